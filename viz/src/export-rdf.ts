// RDF downloads with the CLI's own export code (src/rdf), run in the browser on the graph as
// filtered in the view. Loaded on demand: n3 and jsonld are only fetched when someone exports.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import type { Visible } from "./visibility.ts";

export type RdfDownload = "ttl" | "nt" | "jsonld";

/** The filtered view as a graph of its own: visible nodes and claims, attributes shared. */
export function visibleSubgraph(graph: KnowledgeGraph, visible: Visible): KnowledgeGraph {
  const sub = graph.emptyCopy();
  sub.forEachNode((node) => {
    if (!visible.nodes.has(node)) sub.dropNode(node);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (visible.edges.has(edge)) sub.addDirectedEdgeWithKey(edge, source, target, attrs);
  });
  return sub as KnowledgeGraph;
}

export async function graphToRdf(graph: KnowledgeGraph, format: RdfDownload): Promise<string> {
  const [{ graphToQuads }, { writeRdf }] = await Promise.all([
    import("../../src/rdf/graph-to-quads.ts"),
    import("../../src/rdf/write-rdf.ts"),
  ]);
  return writeRdf(graphToQuads(graph), format);
}

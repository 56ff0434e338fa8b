import type { KnowledgeGraph } from "../model/types.ts";
import type { EdgeFilter } from "./edge-filter.ts";
import { keepCitedArticles } from "./keep-cited-articles.ts";
import type { NodeFilter } from "./node-filter.ts";
import { passingItems } from "./passing-items.ts";

export interface GraphFilter extends NodeFilter, Omit<EdgeFilter, "modalities" | "articles"> {
  /** Drop nodes left without any claim (default false). */
  dropIsolated?: boolean;
}

/**
 * A new graph with the nodes and claims passing `filter`. Modalities and articles apply to nodes and
 * claims alike; kinds and the time window to nodes (a claim goes with its ends). The result is a
 * {@link KnowledgeGraph} like any other: it can be queried, exported as JSON or turned into RDF.
 *
 * @example Only what actually happened, in 2019
 * ```ts
 * const happened = filterGraph(graph, { modalities: ["happened"], from: "2019", to: "2019" });
 * await writeRdf(graphToQuads(happened), "ttl");
 * ```
 */
export function filterGraph(graph: KnowledgeGraph, filter: GraphFilter = {}): KnowledgeGraph {
  const passing = passingItems(graph, filter);
  const result = graph.nullCopy() as KnowledgeGraph;
  graph.forEachNode((node, a) => {
    if (passing.nodes.has(node)) result.addNode(node, { ...a });
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (passing.edges.has(edge)) result.addEdgeWithKey(edge, source, target, { ...a });
  });
  return keepCitedArticles(result);
}

// A set of items shown together (the SPARQL panel's "show all results in the graph"): the items, and
// the two ends of every claim among them, are brought forward and the rest faded.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import type { Emphasis } from "./emphasis.ts";
import type { Highlight } from "./view-state.ts";

export function highlightEmphasis(graph: KnowledgeGraph, highlight: Highlight | null): Emphasis | null {
  if (!highlight) return null;
  const emphasis: Emphasis = { nodes: new Set(), edges: new Set() };
  for (const node of highlight.nodes) if (graph.hasNode(node)) emphasis.nodes.add(node);
  for (const edge of highlight.edges) {
    if (!graph.hasEdge(edge)) continue;
    emphasis.edges.add(edge);
    for (const end of graph.extremities(edge)) emphasis.nodes.add(end);
  }
  return emphasis.nodes.size ? emphasis : null;
}

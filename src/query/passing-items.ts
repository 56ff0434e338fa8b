// Which nodes and claims a GraphFilter lets through, as key sets: the question filterGraph answers,
// without copying the graph. The explorer asks it on every filter change (and hides the rest), so its
// view shows what `filterGraph` returns for the same filter, by the same predicates as `kg timeline`.
import type { KnowledgeGraph } from "../model/types.ts";
import { edgePredicate } from "./edge-filter.ts";
import type { GraphFilter } from "./filter-graph.ts";
import { nodePredicate } from "./node-filter.ts";

export interface PassingItems {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * Node and claim keys passing `filter`: nodes by kind, modality, article and time window; claims by
 * relation, modality, article and confidence, and only when both ends pass.
 *
 * @example
 * ```ts
 * passingItems(graph, { modalities: ["planned"] }).nodes.size; // the same as filterGraph(...).order
 * ```
 */
export function passingItems(graph: KnowledgeGraph, filter: GraphFilter = {}): PassingItems {
  const acceptNode = nodePredicate(filter);
  const acceptEdge = edgePredicate(filter);
  const nodes = new Set<string>();
  graph.forEachNode((node, a) => {
    if (acceptNode(a)) nodes.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    if (nodes.has(source) && nodes.has(target) && acceptEdge(a)) edges.add(edge);
  });
  if (filter.dropIsolated) {
    const linked = new Set<string>();
    for (const edge of edges) for (const end of graph.extremities(edge)) linked.add(end);
    for (const node of [...nodes]) if (!linked.has(node)) nodes.delete(node);
  }
  return { nodes, edges };
}

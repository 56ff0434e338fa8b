// A path as returned by the path queries: the nodes walked and, between each pair, the claim used.
import type { KnowledgeGraph } from "../model/types.ts";
import type { EdgeFilter } from "./edge-filter.ts";
import { bestHop, type Hop } from "./hop.ts";

export interface PathOptions extends EdgeFilter {
  /** Follow claims only in their stated direction (default false: a path may walk a claim backwards). */
  directed?: boolean;
}

export interface GraphPath {
  nodes: string[];
  hops: Hop[];
}

/** Attach the claims to a node path found on a relation view. */
export function toGraphPath(graph: KnowledgeGraph, nodes: string[], options: PathOptions): GraphPath {
  const hops: Hop[] = [];
  for (let i = 1; i < nodes.length; i++) hops.push(bestHop(graph, nodes[i - 1]!, nodes[i]!, options, !options.directed));
  return { nodes, hops };
}

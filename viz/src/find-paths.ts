// Paths between two nodes for "how is A connected to B?". graphology-simple-path enumerates them;
// each hop is a group of parallel claims, so every hop can show all of its evidence.
import { MultiDirectedGraph, MultiUndirectedGraph } from "graphology";
import { allSimpleEdgeGroupPaths } from "graphology-simple-path";
import type { KnowledgeGraph } from "../../src/model/types.ts";

export interface PathResult {
  /** Each path is a list of hops; each hop lists the claims (edge keys) linking two nodes. */
  paths: string[][][];
  /** True when no path follows edge directions and the paths ignore direction. */
  undirected: boolean;
}

function skeleton<G extends MultiDirectedGraph | MultiUndirectedGraph>(
  graph: KnowledgeGraph, target: G, keepEdge: (edge: string) => boolean,
): G {
  graph.forEachNode((node) => target.addNode(node));
  graph.forEachEdge((edge, _a, source, tgt) => {
    if (keepEdge(edge)) target.addEdgeWithKey(edge, source, tgt);
  });
  return target;
}

function shortestFirst(paths: string[][][], limit: number): string[][][] {
  return [...paths].sort((a, b) => a.length - b.length).slice(0, limit);
}

export function findPaths(
  graph: KnowledgeGraph, from: string, to: string,
  options: { maxDepth?: number; limit?: number; keepEdge?: (edge: string) => boolean } = {},
): PathResult {
  const maxDepth = options.maxDepth ?? 5;
  const limit = options.limit ?? 8;
  const keep = options.keepEdge ?? (() => true);
  if (!graph.hasNode(from) || !graph.hasNode(to) || from === to) return { paths: [], undirected: false };
  const directed = allSimpleEdgeGroupPaths(skeleton(graph, new MultiDirectedGraph(), keep), from, to, { maxDepth });
  if (directed.length) return { paths: shortestFirst(directed, limit), undirected: false };
  const reverse = allSimpleEdgeGroupPaths(skeleton(graph, new MultiDirectedGraph(), keep), to, from, { maxDepth });
  if (reverse.length) return { paths: shortestFirst(reverse, limit).map((p) => [...p].reverse()), undirected: false };
  const any = allSimpleEdgeGroupPaths(skeleton(graph, new MultiUndirectedGraph(), keep), from, to, { maxDepth: Math.min(maxDepth, 4) });
  return { paths: shortestFirst(any, limit), undirected: true };
}

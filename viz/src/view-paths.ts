// The paths panel's answer: the core's allPaths (what `kg path --all --max-length N` prints), on the
// graph as the filters leave it. Node filters (kinds, time window) cannot be said as an edge filter, so
// the paths run on the core's filterGraph of the view's filter: a hidden node is never walked through.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { allPaths } from "../../src/query/all-paths.ts";
import { filterGraph, type GraphFilter } from "../../src/query/filter-graph.ts";
import type { GraphPath } from "../../src/query/graph-path.ts";

export interface ViewPaths {
  /** Shortest first, at most `limit` of them. */
  paths: GraphPath[];
  /** How many paths the core found within `maxLength`, before the limit. */
  total: number;
}

export function viewPaths(graph: KnowledgeGraph, from: string, to: string, filter: GraphFilter, options: { maxLength: number; limit: number }): ViewPaths {
  const filtered = Object.keys(filter).length ? filterGraph(graph, filter) : graph;
  if (from === to || !filtered.hasNode(from) || !filtered.hasNode(to)) return { paths: [], total: 0 };
  const paths = allPaths(filtered, from, to, { maxLength: options.maxLength });
  return { paths: paths.slice(0, options.limit), total: paths.length };
}

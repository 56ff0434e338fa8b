import { bidirectional } from "graphology-shortest-path/unweighted.js";
import type { KnowledgeGraph } from "../model/types.ts";
import { toGraphPath, type GraphPath, type PathOptions } from "./graph-path.ts";
import { relationView } from "./relation-view.ts";
import { requireNode } from "./require-node.ts";

/**
 * A shortest path (fewest claims) from `source` to `target`, or `null` if none. Undirected unless
 * `directed: true`; restrict it with `relations`, `modalities`, `minConfidence`, `articles`.
 *
 * @example How is the 2018 ruling linked to the GSOMIA decision, through causal claims only?
 * ```ts
 * shortestPath(graph, "ruling-2018", "gsomia-not-extended", { directed: true, relations: ["causes"] })
 *   ?.hops.map((h) => h.quotes[0]);
 * ```
 */
export function shortestPath(graph: KnowledgeGraph, source: string, target: string, options: PathOptions = {}): GraphPath | null {
  requireNode(graph, source);
  requireNode(graph, target);
  const view = relationView(graph, options, !options.directed);
  const nodes = bidirectional(view, source, target);
  return nodes ? toGraphPath(graph, nodes, options) : null;
}

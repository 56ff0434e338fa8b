import { allSimplePaths } from "graphology-simple-path";
import type { KnowledgeGraph } from "../model/types.ts";
import { toGraphPath, type GraphPath, type PathOptions } from "./graph-path.ts";
import { relationView } from "./relation-view.ts";
import { requireNode } from "./require-node.ts";

export interface AllPathsOptions extends PathOptions {
  /** Longest path, in claims (default 4: the number of simple paths grows exponentially with it). */
  maxLength?: number;
}

/**
 * Every simple path (no node twice) from `source` to `target` of at most `maxLength` claims, shortest first.
 *
 * @example
 * ```ts
 * allPaths(graph, "japan", "korea", { maxLength: 3 }).map((p) => p.nodes.join(" → "));
 * ```
 */
export function allPaths(graph: KnowledgeGraph, source: string, target: string, options: AllPathsOptions = {}): GraphPath[] {
  requireNode(graph, source);
  requireNode(graph, target);
  const view = relationView(graph, options, !options.directed);
  const paths = allSimplePaths(view, source, target, { maxDepth: options.maxLength ?? 4 });
  return paths
    .sort((a, b) => a.length - b.length || a.join("\u0000").localeCompare(b.join("\u0000")))
    .map((nodes) => toGraphPath(graph, nodes, options));
}

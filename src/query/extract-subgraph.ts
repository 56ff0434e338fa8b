import { bfsFromNode } from "graphology-traversal";
import { subgraph } from "graphology-operators";
import type { KnowledgeGraph } from "../model/types.ts";
import type { EdgeFilter } from "./edge-filter.ts";
import { keepCitedArticles } from "./keep-cited-articles.ts";
import { relationView } from "./relation-view.ts";
import { requireNode } from "./require-node.ts";

export interface SubgraphOptions extends EdgeFilter {
  /** Also take every node within this many claims of the given ones, either direction (default 0). */
  radius?: number;
}

/**
 * The subgraph induced by `nodes` and, with `radius`, their neighbourhood (reached through claims passing
 * the filter). It keeps every claim among the kept nodes and exports like the whole graph.
 *
 * @example The GSOMIA decision and everything within two claims of it, as Turtle
 * ```ts
 * const around = extractSubgraph(graph, ["gsomia-not-extended"], { radius: 2 });
 * console.log(await writeRdf(graphToQuads(around), "ttl"));
 * ```
 */
export function extractSubgraph(graph: KnowledgeGraph, nodes: readonly string[], options: SubgraphOptions = {}): KnowledgeGraph {
  nodes.forEach((node) => requireNode(graph, node));
  const radius = options.radius ?? 0;
  const keep = new Set(nodes);
  if (radius > 0) {
    const view = relationView(graph, options, true);
    for (const start of nodes) {
      bfsFromNode(view, start, (node, _attributes, depth) => {
        keep.add(node);
        return depth >= radius;
      });
    }
  }
  return keepCitedArticles(subgraph(graph, keep) as KnowledgeGraph);
}

import type { KnowledgeGraph } from "../model/types.ts";
import type { Kind } from "../model/vocabulary.ts";
import { edgePredicate, type EdgeFilter } from "./edge-filter.ts";
import { hopOf, type Hop } from "./hop.ts";
import { requireNode } from "./require-node.ts";

export interface NeighbourOptions extends EdgeFilter {
  /** `out`: claims from the node, `in`: claims to it, `both` (default). */
  direction?: "in" | "out" | "both";
}

export interface Neighbour {
  node: string;
  label: string;
  kind: Kind;
  /** Whether the claim points from the queried node (`out`) or to it (`in`). */
  direction: "in" | "out";
  hop: Hop;
}

/**
 * The nodes linked to `node` by one claim, one entry per claim, filtered by relation and the other
 * {@link EdgeFilter} fields.
 *
 * @example Who is the cluster plan announced by, and what does it concern?
 * ```ts
 * neighbours(graph, "yongin-cluster", { relations: ["announcedBy", "concerns"], direction: "out" });
 * ```
 */
export function neighbours(graph: KnowledgeGraph, node: string, options: NeighbourOptions = {}): Neighbour[] {
  requireNode(graph, node);
  const accept = edgePredicate(options);
  const direction = options.direction ?? "both";
  const result: Neighbour[] = [];
  const visit = (side: "in" | "out") => (edge: string, attributes: Parameters<typeof accept>[0], source: string, target: string) => {
    if (!accept(attributes)) return;
    const other = side === "out" ? target : source;
    const a = graph.getNodeAttributes(other);
    result.push({ node: other, label: a.label, kind: a.kind, direction: side, hop: hopOf(graph, edge) });
  };
  if (direction !== "in") graph.forEachOutEdge(node, visit("out"));
  if (direction !== "out") graph.forEachInEdge(node, visit("in"));
  return result.sort((x, y) => x.hop.relation.localeCompare(y.hop.relation) || x.label.localeCompare(y.label) || x.hop.claim.localeCompare(y.hop.claim));
}

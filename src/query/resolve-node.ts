// Lets people type what they know ("GSOMIA decision", "Korea") where an id is expected: an id wins,
// otherwise a single exact label or alias match; anything else is not found, with suggestions.
import { NotFoundKgError } from "../errors.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import { findNodes } from "./find-nodes.ts";
import { requireNode } from "./require-node.ts";

/**
 * The id of the node `reference` names: its id, or its label or an alias when exactly one node has it.
 *
 * @example
 * ```ts
 * resolveNode(graph, "South Korea"); // "korea" (by alias)
 * ```
 */
export function resolveNode(graph: KnowledgeGraph, reference: string): string {
  if (graph.hasNode(reference)) return reference;
  const exact = findNodes(graph, reference).filter((m) => m.score >= 90);
  if (exact.length === 1) return exact[0]!.id;
  if (exact.length > 1) {
    throw new NotFoundKgError(
      `"${reference}" names ${exact.length} nodes: ${exact.map((m) => m.id).join(", ")}; give an id`,
      exact.map((m) => m.id),
    );
  }
  requireNode(graph, reference);
  return reference;
}

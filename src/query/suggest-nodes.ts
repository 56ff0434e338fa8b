// "Did you mean": the closest node ids for a reference that names no node.
import type { KnowledgeGraph } from "../model/types.ts";
import { editDistance } from "./edit-distance.ts";
import { findNodes } from "./find-nodes.ts";
import { foldText } from "./fold-text.ts";

/**
 * Up to `limit` node ids close to `text`: text matches first, then typos (edit distance on the folded
 * id, label and aliases, within a third of the length).
 *
 * @example
 * ```ts
 * suggestNodes(graph, "gsomia-decison"); // ["gsomia-decision"]
 * ```
 */
export function suggestNodes(graph: KnowledgeGraph, text: string, limit = 3): string[] {
  const query = foldText(text);
  if (query === "") return [];
  const found = findNodes(graph, text, { limit }).map((m) => m.id);
  if (found.length > 0) return found;
  const budget = Math.max(2, Math.floor(Array.from(query).length / 3));
  const scored: Array<{ id: string; distance: number }> = [];
  graph.forEachNode((id, attributes) => {
    const distance = Math.min(...[id, attributes.label, ...attributes.aliases].map((t) => editDistance(foldText(t), query)));
    if (distance <= budget) scored.push({ id, distance });
  });
  scored.sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
  return scored.slice(0, limit).map((s) => s.id);
}

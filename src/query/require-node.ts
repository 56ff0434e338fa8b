// Every query function starts here, so an unknown id always fails the same way: a NotFoundKgError
// carrying "did you mean" suggestions that the CLI prints.
import { NotFoundKgError } from "../errors.ts";
import type { KnowledgeGraph, NodeAttributes } from "../model/types.ts";
import { suggestNodes } from "./suggest-nodes.ts";

/**
 * The attributes of node `id`, or a {@link NotFoundKgError} with suggestions.
 *
 * @example
 * ```ts
 * try { requireNode(graph, "gsomia-decison"); }
 * catch (e) { if (e instanceof NotFoundKgError) console.log(e.suggestions); }
 * ```
 */
export function requireNode(graph: KnowledgeGraph, id: string): NodeAttributes {
  if (graph.hasNode(id)) return graph.getNodeAttributes(id);
  const suggestions = suggestNodes(graph, id);
  const hint = suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}?` : "";
  throw new NotFoundKgError(`no node "${id}" in the graph${hint}`, suggestions);
}

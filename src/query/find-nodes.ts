// Find nodes by id, label or alias, ignoring case and accents, optionally restricted to kinds.
import type { KnowledgeGraph } from "../model/types.ts";
import type { Kind } from "../model/vocabulary.ts";
import { prepareNodeSearch } from "./node-search.ts";

export interface FindOptions {
  /** Keep only nodes of these kinds. */
  kinds?: readonly Kind[];
  /** At most this many matches (best first). */
  limit?: number;
  /** Also match what the articles say of a node: its date, its figures (a bare number matches the value) and its quotes. */
  content?: boolean;
}

export interface NodeMatch {
  id: string;
  label: string;
  kind: Kind;
  /** Which field matched best. */
  matchedOn: "id" | "label" | "alias" | "date" | "figure" | "quote";
  /** The text of that field. */
  matchedText: string;
  /** 100 = exact id, 95 exact label, 90 exact alias, 85 exact date or figure; lower = prefix, word, substring, all words (content fields weighted lower, see node-search.ts). */
  score: number;
}

/**
 * Nodes whose id, label or an alias matches `text`, best first.
 *
 * @example
 * ```ts
 * findNodes(graph, "gsomia");                      // the GSOMIA agreement and the decision about it
 * findNodes(graph, "", { kinds: ["Country"] });    // every country (an empty text matches all)
 * ```
 */
export function findNodes(graph: KnowledgeGraph, text: string, options: FindOptions = {}): NodeMatch[] {
  return prepareNodeSearch(graph).find(text, options);
}

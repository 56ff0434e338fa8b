// Find nodes by id, label or alias, ignoring case and accents, optionally restricted to kinds.
import type { KnowledgeGraph, NodeAttributes } from "../model/types.ts";
import type { Kind } from "../model/vocabulary.ts";
import { foldText } from "./fold-text.ts";

export interface FindOptions {
  /** Keep only nodes of these kinds. */
  kinds?: readonly Kind[];
  /** At most this many matches (best first). */
  limit?: number;
}

export interface NodeMatch {
  id: string;
  label: string;
  kind: Kind;
  /** Which field matched best. */
  matchedOn: "id" | "label" | "alias";
  /** The text of that field. */
  matchedText: string;
  /** 100 = exact id, 95 exact label, 90 exact alias; lower = prefix, word, substring, all words. */
  score: number;
}

// Exact field matches rank above partial ones; among exact ones an id beats a label beats an alias.
const EXACT = { id: 100, label: 95, alias: 90 } as const;

function partialScore(candidate: string, query: string): number {
  if (candidate.startsWith(query)) return 70;
  if (` ${candidate} `.includes(` ${query} `)) return 65;
  if (candidate.includes(query)) return 50;
  const words = query.split(" ");
  if (words.length > 1 && words.every((w) => candidate.includes(w))) return 40;
  return 0;
}

function bestMatch(id: string, attributes: NodeAttributes, query: string): Omit<NodeMatch, "id" | "label" | "kind"> | null {
  const fields: Array<[NodeMatch["matchedOn"], string]> = [
    ["id", id],
    ["label", attributes.label],
    ...attributes.aliases.map((a): [NodeMatch["matchedOn"], string] => ["alias", a]),
  ];
  let best: Omit<NodeMatch, "id" | "label" | "kind"> | null = null;
  for (const [matchedOn, text] of fields) {
    const folded = foldText(text);
    const score = folded === query ? EXACT[matchedOn] : partialScore(folded, query);
    if (score > 0 && (!best || score > best.score)) best = { matchedOn, matchedText: text, score };
  }
  return best;
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
  const query = foldText(text);
  const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null;
  const matches: NodeMatch[] = [];
  graph.forEachNode((id, attributes) => {
    if (kinds && !kinds.has(attributes.kind)) return;
    const base = { id, label: attributes.label, kind: attributes.kind };
    if (query === "") {
      matches.push({ ...base, matchedOn: "id", matchedText: id, score: 0 });
      return;
    }
    const match = bestMatch(id, attributes, query);
    if (match) matches.push({ ...base, ...match });
  });
  matches.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
  return options.limit !== undefined ? matches.slice(0, options.limit) : matches;
}

// Node search with the folding done once: findNodes folds every id, label and alias on each call,
// which is fine for one CLI query but not for an autocomplete that asks on every keystroke over a
// large graph. Both go through this, so `kg find` and the explorer's search box rank alike.
import type { KnowledgeGraph } from "../model/types.ts";
import type { Kind } from "../model/vocabulary.ts";
import type { FindOptions, NodeMatch } from "./find-nodes.ts";
import { foldText } from "./fold-text.ts";

interface Field {
  matchedOn: NodeMatch["matchedOn"];
  text: string;
  folded: string;
}

interface Entry {
  id: string;
  label: string;
  kind: Kind;
  fields: Field[];
}

export interface NodeSearch {
  /** Nodes whose id, label or an alias matches `text`, best first (see {@link findNodes}). */
  find(text: string, options?: FindOptions): NodeMatch[];
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

function bestMatch(entry: Entry, query: string): Omit<NodeMatch, "id" | "label" | "kind"> | null {
  let best: Omit<NodeMatch, "id" | "label" | "kind"> | null = null;
  for (const { matchedOn, text, folded } of entry.fields) {
    const score = folded === query ? EXACT[matchedOn] : partialScore(folded, query);
    if (score > 0 && (!best || score > best.score)) best = { matchedOn, matchedText: text, score };
  }
  return best;
}

/**
 * Folds every node's id, label and aliases once and answers searches over them. The index reflects
 * the graph when it was prepared; prepare again after changing the graph.
 *
 * @example
 * ```ts
 * const search = prepareNodeSearch(graph);
 * search.find("kyung ho", { limit: 8 }); // Choo Kyung-ho, matched on the id choo-kyung-ho
 * ```
 */
export function prepareNodeSearch(graph: KnowledgeGraph): NodeSearch {
  const entries: Entry[] = [];
  graph.forEachNode((id, a) => {
    const fields: Field[] = [
      { matchedOn: "id", text: id, folded: foldText(id) },
      { matchedOn: "label", text: a.label, folded: foldText(a.label) },
      ...a.aliases.map((alias): Field => ({ matchedOn: "alias", text: alias, folded: foldText(alias) })),
    ];
    entries.push({ id, label: a.label, kind: a.kind, fields });
  });
  return {
    find(text, options = {}) {
      const query = foldText(text);
      const kinds = options.kinds && options.kinds.length > 0 ? new Set(options.kinds) : null;
      const matches: NodeMatch[] = [];
      for (const entry of entries) {
        if (kinds && !kinds.has(entry.kind)) continue;
        const base = { id: entry.id, label: entry.label, kind: entry.kind };
        if (query === "") {
          matches.push({ ...base, matchedOn: "id", matchedText: entry.id, score: 0 });
          continue;
        }
        const match = bestMatch(entry, query);
        if (match) matches.push({ ...base, ...match });
      }
      matches.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
      return options.limit !== undefined ? matches.slice(0, options.limit) : matches;
    },
  };
}

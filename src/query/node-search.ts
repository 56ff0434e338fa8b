// Node search with the folding done once: findNodes folds every id, label and alias on each call,
// which is fine for one CLI query but not for an autocomplete that asks on every keystroke over a
// large graph. Both go through this, so `kg find` and the explorer's search box rank alike.
// With `content: true` a node is also found by what the articles say of it: its date (as written and
// normalised), its figures (as written, or a bare number equal to the value) and its quoted words.
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
  /** Dates, figures and quotes: searched only with `content: true` (filled on the first such search). */
  content: Field[];
  /** Figure values (and stated conversions) with their text, for a bare-number query. */
  numbers: Array<{ value: number; text: string }>;
}

export interface NodeSearch {
  /** Nodes whose id, label or an alias (with `content`, also date, figure or quote) matches `text`, best first (see {@link findNodes}). */
  find(text: string, options?: FindOptions): NodeMatch[];
}

// Exact field matches rank above partial ones; among exact ones an id beats a label beats an alias.
// Content fields weigh less than names: an exact date or figure (85) ranks below an exact name and
// above a partial one ("2019" finds what is dated 2019 before what merely has 2019 in its name); a
// partial date or figure match gets 0.8 × a name's partial score; a quote only ever matches in part,
// at 0.5 × (at most 35, below every name match).
const EXACT = { id: 100, label: 95, alias: 90, date: 85, figure: 85, quote: 0 } as const;
const WEIGHT = { id: 1, label: 1, alias: 1, date: 0.8, figure: 0.8, quote: 0.5 } as const;
const BARE_NUMBER = /^\d[\d,]*(\.\d+)?$/;

function partialScore(candidate: string, query: string): number {
  if (candidate.startsWith(query)) return 70;
  if (` ${candidate} `.includes(` ${query} `)) return 65;
  if (candidate.includes(query)) return 50;
  const words = query.split(" ");
  if (words.length > 1 && words.every((w) => candidate.includes(w))) return 40;
  return 0;
}

function bestMatch(entry: Entry, query: string, content: boolean): Omit<NodeMatch, "id" | "label" | "kind"> | null {
  let best: Omit<NodeMatch, "id" | "label" | "kind"> | null = null;
  const consider = (matchedOn: NodeMatch["matchedOn"], text: string, score: number) => {
    if (score > 0 && (!best || score > best.score)) best = { matchedOn, matchedText: text, score };
  };
  const score = ({ matchedOn, text, folded }: Field) =>
    consider(matchedOn, text, folded === query && EXACT[matchedOn] > 0 ? EXACT[matchedOn] : Math.round(WEIGHT[matchedOn] * partialScore(folded, query)));
  // Two loops rather than one over a spread: this runs for every node on every keystroke.
  for (const field of entry.fields) score(field);
  if (content) for (const field of entry.content) score(field);
  if (content && BARE_NUMBER.test(query)) {
    const value = Number(query.replaceAll(",", ""));
    for (const n of entry.numbers) if (n.value === value) consider("figure", n.text, EXACT.figure);
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
    entries.push({ id, label: a.label, kind: a.kind, fields, content: [], numbers: [] });
  });
  // Dates, figures and quotes are folded on the first search that asks for them: `kg find`, resolveNode
  // and suggestNodes prepare an index for one name search and would otherwise fold every quote for nothing.
  let contentIndexed = false;
  const indexContent = () => {
    contentIndexed = true;
    for (const entry of entries) {
      const a = graph.getNodeAttributes(entry.id);
      const seen = new Set<string>();
      const add = (matchedOn: Field["matchedOn"], text: string) => {
        const key = `${matchedOn}\u0000${text}`;
        if (seen.has(key)) return;
        seen.add(key);
        entry.content.push({ matchedOn, text, folded: foldText(text) });
      };
      if (a.date) {
        add("date", a.date.text);
        if (a.date.value) add("date", a.date.value);
      }
      for (const figure of a.figures ?? []) {
        add("figure", figure.text);
        entry.numbers.push({ value: figure.value, text: figure.text });
        if (figure.converted) {
          add("figure", figure.converted.text);
          entry.numbers.push({ value: figure.converted.value, text: figure.converted.text });
        }
      }
      for (const evidence of a.evidence) add("quote", evidence.quote);
    }
  };
  return {
    find(text, options = {}) {
      if (options.content === true && !contentIndexed) indexContent();
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
        const match = bestMatch(entry, query, options.content === true);
        if (match) matches.push({ ...base, ...match });
      }
      matches.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
      return options.limit !== undefined ? matches.slice(0, options.limit) : matches;
    },
  };
}

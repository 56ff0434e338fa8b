// Autocomplete over node labels and aliases. Matching folds case and accents so "gsomia" finds
// "GSOMIA" and "Choo" finds "Choo Kyung-ho"; ranking prefers whole-label, then word-start matches.

export interface SearchEntry {
  node: string;
  label: string;
  /** The text that matched: the label or one alias. */
  matched: string;
  kind: string;
}

export interface SearchIndex {
  entries: Array<{ node: string; label: string; kind: string; text: string; folded: string }>;
}

export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[‐-―-]/g, "-");
}

export function buildSearchIndex(items: Iterable<{ node: string; label: string; aliases: readonly string[]; kind: string }>): SearchIndex {
  const entries: SearchIndex["entries"] = [];
  for (const item of items) {
    for (const text of [item.label, ...item.aliases]) {
      if (typeof text === "string" && text) entries.push({ node: item.node, label: item.label, kind: item.kind, text, folded: fold(text) });
    }
  }
  return { entries };
}

function score(folded: string, query: string): number {
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  const at = folded.indexOf(query);
  if (at < 0) return -1;
  return /[\p{L}\p{N}]/u.test(folded[at - 1] ?? "") ? 3 : 2;
}

export function searchNodes(index: SearchIndex, query: string, limit = 8): SearchEntry[] {
  const q = fold(query.trim());
  if (!q) return [];
  const best = new Map<string, { entry: SearchEntry; score: number }>();
  for (const e of index.entries) {
    const s = score(e.folded, q);
    if (s < 0) continue;
    const prev = best.get(e.node);
    if (!prev || s < prev.score) best.set(e.node, { entry: { node: e.node, label: e.label, matched: e.text, kind: e.kind }, score: s });
  }
  return [...best.values()]
    .sort((a, b) => a.score - b.score || a.entry.label.length - b.entry.label.length || a.entry.label.localeCompare(b.entry.label))
    .slice(0, limit)
    .map((r) => r.entry);
}

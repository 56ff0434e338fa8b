// Hand-made inputs for the event stage's tests: entity mentions found by plain string search, so
// the tests do not depend on the entity recognizer (another stage with its own tests).
import { segmentText } from "../../src/draft/segment-text.ts";
import type { DateMention, DraftContext, EntityCandidate, FigureMention } from "../../src/draft/types.ts";
import type { Kind } from "../../src/model/vocabulary.ts";

export interface EntityFixture {
  id: string;
  kind: Kind;
  label: string;
  /** Every way the text names it; each occurrence (case-sensitive, whole words) becomes a mention. */
  names: string[];
}

export function contextOf(text: string, datePublished = "2023-03-24"): DraftContext {
  return { text, sentences: segmentText(text), datePublished, corpus: [] };
}

export function entitiesOf(text: string, fixtures: EntityFixture[]): EntityCandidate[] {
  const taken: Array<{ start: number; end: number }> = [];
  const out: EntityCandidate[] = [];
  // Longer names first, so "Korea-Japan summit" is not cut into "Korea" and "Japan" when listed.
  const names = fixtures.flatMap((f) => f.names.map((name) => ({ f, name }))).sort((a, b) => b.name.length - a.name.length);
  const mentions = new Map<string, EntityCandidate["mentions"]>();
  for (const { f, name } of names) {
    const pattern = new RegExp(`(?<![A-Za-z])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z])`, "g");
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + name.length;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      taken.push({ start, end });
      const list = mentions.get(f.id) ?? [];
      list.push({ start, end, text: name, via: "fixture" });
      mentions.set(f.id, list);
    }
  }
  for (const f of fixtures) {
    const list = (mentions.get(f.id) ?? []).sort((a, b) => a.start - b.start);
    if (list.length === 0) continue;
    out.push({ id: f.id, kind: f.kind, label: f.label, aliases: [], mentions: list, confidence: 0.9 });
  }
  return out;
}

export function dateAt(text: string, words: string, value?: string): DateMention {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture: "${words}" not in text`);
  return { start, end: start + words.length, text: words, ...(value ? { value } : {}), confidence: 0.9 };
}

export function figureAt(text: string, words: string, value: number, unit: FigureMention["unit"], measure: string): FigureMention {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture: "${words}" not in text`);
  const span = { start, end: start + words.length };
  return { ...span, text: words, value, unit, measure, evidence: span, confidence: 0.9 };
}

/** Common actors of wire copy about East Asia and trade. */
export const ACTORS: EntityFixture[] = [
  { id: "japan-trade-ministry", kind: "GovernmentOrganization", label: "Ministry of Economy, Trade and Industry", names: ["the trade ministry"] },
  { id: "korea", kind: "Country", label: "South Korea", names: ["South Korea", "Korea", "Seoul", "Korean"] },
  { id: "japan", kind: "Country", label: "Japan", names: ["Japan", "Tokyo", "Japanese"] },
  { id: "china", kind: "Country", label: "China", names: ["China", "Beijing"] },
  { id: "united-states", kind: "Country", label: "United States", names: ["United States", "U.S.", "Washington"] },
  { id: "russia", kind: "Country", label: "Russia", names: ["Russia", "Moscow"] },
  { id: "european-union", kind: "Bloc", label: "European Union", names: ["European Union", "EU"] },
];

import { extractEvents } from "../../src/draft/extract-events.ts";
import type { EventCandidate, RelationCandidate } from "../../src/draft/types.ts";

export interface Extracted {
  text: string;
  events: EventCandidate[];
  relations: RelationCandidate[];
  /** The one event whose label contains `words` (case-insensitive); throws when none or several. */
  event(words: string): EventCandidate;
  /** Ids of nodes (events by label words, entities by id) joined by `rel`. */
  has(from: string, rel: string, to: string): RelationCandidate | undefined;
  quote(r: RelationCandidate): string[];
}

export function run(text: string, extra: EntityFixture[] = [], dates: DateMention[] = [], figures: FigureMention[] = []): Extracted {
  const ctx = contextOf(text);
  const entities = entitiesOf(text, [...extra, ...ACTORS.filter((a) => !extra.some((e) => e.id === a.id))]);
  const { events, relations } = extractEvents(ctx, entities, dates, figures);
  const ids = new Set([...entities.map((e) => e.id), ...events.map((e) => e.id)]);
  const idOf = (ref: string): string[] => {
    if (ids.has(ref)) return [ref];
    const byLabel = events.filter((e) => e.label.toLowerCase().includes(ref.toLowerCase())).map((e) => e.id);
    return byLabel.length ? byLabel : [ref];
  };
  return {
    text,
    events,
    relations,
    event(words) {
      const found = events.filter((e) => e.label.toLowerCase().includes(words.toLowerCase()));
      if (found.length !== 1) throw new Error(`expected one event labelled "${words}", got [${events.map((e) => e.label).join(" | ")}]`);
      return found[0] as EventCandidate;
    },
    has(from, rel, to) {
      const a = idOf(from);
      const b = idOf(to);
      return relations.find((r) => r.rel === rel && a.includes(r.from) && b.includes(r.to));
    },
    quote: (r) => r.evidence.map((e) => text.slice(e.start, e.end)),
  };
}

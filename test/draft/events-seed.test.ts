// The event stage on the seed article with the real entity, date and figure stages, scored against
// the hand annotation: causal links (typed) and modality on matched events. The floors sit just
// under the measured values so that a regression shows; the seed is development data, so these
// are not the project's targets (those are measured by `kg eval` on unseen articles).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { detectDates } from "../../src/draft/detect-dates.ts";
import { detectFigures } from "../../src/draft/detect-figures.ts";
import { extractEvents } from "../../src/draft/extract-events.ts";
import { recognizeEntities } from "../../src/draft/recognize-entities.ts";
import { segmentText } from "../../src/draft/segment-text.ts";
import type { EventCandidate, Span } from "../../src/draft/types.ts";

const dir = "data/articles/joongang-2023-03-24-korea-japan-supply-chain/";
const text = readFileSync(`${dir}article.txt`, "utf8");
interface GoldEntity { id: string; kind: string; modality?: string; evidence?: Array<string | { quote: string; occurrence?: number }> }
interface GoldRelation { from: string; rel: string; to: string; confidence?: number }
const gold = parse(readFileSync(`${dir}annotation.yaml`, "utf8")) as { entities: GoldEntity[]; relations: GoldRelation[] };

const locate = (q: string | { quote: string; occurrence?: number }): Span[] => {
  const quote = typeof q === "string" ? q : q.quote;
  let at = -1;
  for (let i = 0; i < (typeof q === "string" ? 1 : (q.occurrence ?? 1)); i++) at = text.indexOf(quote, at + 1);
  return at < 0 ? [] : [{ start: at, end: at + quote.length }];
};
const goldSpans = gold.entities.map((e) => ({ ...e, spans: (e.evidence ?? []).flatMap(locate) }));
const EVENT_KINDS = new Set(["Event", "Policy", "Plan", "Programme", "Facility", "Organization"]);
const CAUSAL = new Set(["causes", "enables", "prevents", "intendsToCause"]);

/** A drafted event is the gold node with the shortest evidence quote holding its trigger (ties: shared words). */
function goldFor(e: EventCandidate): string | undefined {
  let best: { id: string; score: number } | undefined;
  const words = new Set(e.label.toLowerCase().split(/[^a-z]+/));
  for (const g of goldSpans) {
    if (!EVENT_KINDS.has(g.kind)) continue;
    for (const s of g.spans) {
      if (!(s.start <= e.trigger.start && e.trigger.end <= s.end)) continue;
      const shared = g.id.split("-").filter((w) => words.has(w) || [...words].some((x) => x.length > 4 && w.startsWith(x.slice(0, 5)))).length;
      const score = s.end - s.start - shared * 5;
      if (!best || score < best.score) best = { id: g.id, score };
    }
  }
  return best?.id;
}

describe("event stage on the seed (real upstream stages)", () => {
  const ctx = { text, sentences: segmentText(text), datePublished: "2023-03-24", corpus: [] };
  const entities = recognizeEntities(ctx).entities;
  const out = extractEvents(ctx, entities, detectDates(ctx), detectFigures(ctx));
  const map = new Map<string, string>();
  const overlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
  for (const e of entities) {
    if (gold.entities.some((g) => g.id === e.id)) {
      map.set(e.id, e.id);
      continue;
    }
    // Otherwise the gold entity with the shortest quote overlapping one of its mentions.
    let best: { id: string; len: number } | undefined;
    for (const g of goldSpans) for (const s of g.spans) if (e.mentions.some((m) => overlap(s, m)) && (!best || s.end - s.start < best.len)) best = { id: g.id, len: s.end - s.start };
    if (best) map.set(e.id, best.id);
  }
  for (const e of out.events) {
    const g = goldFor(e);
    if (g) map.set(e.id, g);
  }
  const predicted = out.relations.filter((r) => CAUSAL.has(r.rel));
  const goldCausal = gold.relations.filter((r) => CAUSAL.has(r.rel) && (r.confidence ?? 1) >= 0.9);
  const hit = (p: { from: string; rel: string; to: string }, g: GoldRelation): boolean => map.get(p.from) === g.from && map.get(p.to) === g.to && p.rel === g.rel;

  it("finds the explicit causal links with few false ones", () => {
    const precision = predicted.filter((p) => gold.relations.some((g) => hit(p, g))).length / predicted.length;
    const recall = goldCausal.filter((g) => predicted.some((p) => hit(p, g))).length / goldCausal.length;
    // 0.77, not 0.8, since the seed no longer reads the domestic market as a cause of the souring (issue 8
    // §6): the drafter's "hurt by export restrictions and the domestic market" → causes is now a false one (14/18).
    expect(precision).toBeGreaterThanOrEqual(0.77);
    expect(recall).toBeGreaterThanOrEqual(0.7);
  });

  it("gets the modality of matched events right", () => {
    const matched = out.events.filter((e) => gold.entities.find((g) => g.id === map.get(e.id))?.modality);
    const right = matched.filter((e) => gold.entities.find((g) => g.id === map.get(e.id))?.modality === e.modality);
    expect(matched.length).toBeGreaterThan(30);
    expect(right.length / matched.length).toBeGreaterThanOrEqual(0.85);
  });

  it("proposes one node for the 2019 curbs and one for the deterioration of relations", () => {
    const ids = out.events.map((e) => map.get(e.id));
    expect(ids.filter((id) => id === "japan-export-curbs-2019").length).toBe(1);
    expect(ids.filter((id) => id === "korea-japan-relations-deterioration").length).toBe(1);
  });
});

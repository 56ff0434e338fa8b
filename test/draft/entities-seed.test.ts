// The entity stage against the seed's hand annotation: precision and recall of the entities the
// stage is responsible for (actors, places, texts, topics; events, policies, plans and programmes
// come from the event stage and are left out of both sides), with a matcher of our own: the same
// kind group and a shared name (label, alias or mention text, case- and accent-insensitive),
// one to one. The floors sit a margin below what the rules reach, so a regression fails.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { nameKey } from "../../src/draft/entity-labels.ts";
import { recognizeEntities } from "../../src/draft/recognize-entities.ts";
import { segmentText } from "../../src/draft/segment-text.ts";
import type { EntityCandidate, RelationCandidate } from "../../src/draft/types.ts";
import { EVENT_LIKE_KINDS, KINDS, type Kind } from "../../src/model/vocabulary.ts";
import { SEED_DIR } from "../helpers/seed.ts";

interface GoldEntity {
  id: string;
  kind: Kind;
  label: string;
  aliases?: string[];
  jobTitle?: string;
}

const text = readFileSync(`${SEED_DIR}/article.txt`, "utf8");
const gold = (parse(readFileSync(`${SEED_DIR}/annotation.yaml`, "utf8")) as { entities: GoldEntity[] }).entities.filter(
  (e) => !EVENT_LIKE_KINDS.has(e.kind) && e.kind !== "Event",
);

export interface Score {
  precision: number;
  recall: number;
  matched: Array<[EntityCandidate, GoldEntity]>;
  spurious: EntityCandidate[];
  missed: GoldEntity[];
}

/** One-to-one matching by kind group and a shared name; exported in spirit for the other entity tests. */
function score(drafted: readonly EntityCandidate[], expected: readonly GoldEntity[]): Score {
  const used = new Set<GoldEntity>();
  const matched: Array<[EntityCandidate, GoldEntity]> = [];
  const spurious: EntityCandidate[] = [];
  for (const d of drafted) {
    const names = new Set([d.label, ...d.aliases, ...d.mentions.map((m) => m.text)].map(nameKey));
    const hit = expected.find(
      (g) => !used.has(g) && KINDS[g.kind].group === KINDS[d.kind].group && [g.label, ...(g.aliases ?? [])].some((n) => names.has(nameKey(n))),
    );
    if (hit) {
      used.add(hit);
      matched.push([d, hit]);
    } else spurious.push(d);
  }
  return {
    precision: drafted.length ? matched.length / drafted.length : 1,
    recall: expected.length ? used.size / expected.length : 1,
    matched,
    spurious,
    missed: expected.filter((g) => !used.has(g)),
  };
}

describe("entities on the seed (tuned on: a floor, not a held-out measure)", () => {
  let entities: EntityCandidate[];
  let relations: RelationCandidate[];
  let result: Score;
  beforeAll(() => {
    ({ entities, relations } = recognizeEntities({ text, sentences: segmentText(text), datePublished: "2023-03-24", corpus: [] }));
    result = score(entities, gold);
    console.log(
      `seed entities: precision ${result.precision.toFixed(2)} (${result.matched.length}/${entities.length}), recall ${result.recall.toFixed(2)} (${result.matched.length}/${gold.length}); ` +
        `missed: ${result.missed.map((g) => g.id).join(", ")}; spurious: ${result.spurious.map((d) => d.id).join(", ")}`,
    );
  });

  it("keeps precision and recall above the floors", () => {
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.78);
  });

  it("finds the named actors, places and texts the annotator wrote, with their kinds", () => {
    const byGold = new Map(result.matched.map(([d, g]) => [g.id, d]));
    for (const id of ["korea", "japan", "united-states", "china", "european-union", "asean", "middle-east", "choo-kyung-ho", "yonhap", "supreme-court-of-korea", "gsomia", "inflation-reduction-act", "carbon-border-adjustment-act", "seoul", "yongin", "gyeonggi", "korean-government", "semiconductors"]) {
      expect(byGold.get(id), id).toBeDefined();
      expect(byGold.get(id)!.kind, id).toBe(gold.find((g) => g.id === id)!.kind);
    }
  });

  it("labels as a person would and keeps the gazetteer's confirmed Wikidata ids", () => {
    const get = (id: string) => entities.find((e) => e.id === id)!;
    expect(get("korea").label).toBe("South Korea");
    expect(get("korea").wikidata).toBe("Q884");
    expect(get("japan").aliases).toContain("Tokyo");
    expect(get("choo-kyung-ho")).toMatchObject({ label: "Choo Kyung-ho", jobTitle: "Finance Minister" });
    expect(get("choo-kyung-ho").aliases).toEqual(expect.arrayContaining(["Choo", "the minister"]));
    expect(get("gsomia").aliases).toContain("Gsomia");
    expect(get("inflation-reduction-act")).toMatchObject({ label: "Inflation Reduction Act", kind: "Legislation" });
    expect(get("inflation-reduction-act").aliases).toContain("U.S. Inflation Reduction Act");
    // Every mention is a span of the text, sorted; entities come in order of first mention.
    for (const e of entities) {
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      expect([...e.mentions].sort((a, b) => a.start - b.start)).toEqual(e.mentions);
    }
    const firsts = entities.map((e) => e.mentions[0]!.start);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
  });

  it("states the structural links the naming gives, with evidence in the text", () => {
    const has = (from: string, rel: string, to: string) => relations.some((r) => r.from === from && r.rel === rel && r.to === to);
    expect(has("choo-kyung-ho", "memberOf", "korean-government")).toBe(true);
    expect(has("supreme-court-of-korea", "partOf", "korea")).toBe(true);
    expect(has("yongin", "locatedIn", "gyeonggi")).toBe(true);
    expect(has("korean-government", "partOf", "korea")).toBe(true);
    for (const r of relations) {
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const span of r.evidence) expect(span.end).toBeGreaterThan(span.start);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("makes nothing of the caption's credit but the agency, and nothing of weekdays", () => {
    expect(entities.some((e) => /friday/i.test(e.label))).toBe(false);
    expect(entities.find((e) => e.id === "yonhap")?.kind).toBe("Organization");
  });
});

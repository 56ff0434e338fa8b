// The matching rule of docs/eval.md, case by case, including the cases where it must not match.
import { describe, expect, it } from "vitest";
import { EVIDENCE_JACCARD, matchEntities } from "../../src/eval/match-entities.ts";
import { spanJaccard } from "../../src/eval/span-overlap.ts";
import { locateQuote } from "../../src/validate/locate-quote.ts";
import type { AnnotationSpec } from "../../src/model/annotation-spec.ts";
import { entity, FIXTURE_TEXT, goldModel, goldSpec, modelOf } from "./eval-fixture.ts";

const gold = goldModel();
/** The gold with `edit` applied, matched against the gold. */
function match(edit: (spec: AnnotationSpec) => void) {
  const spec = goldSpec();
  edit(spec);
  return matchEntities(modelOf(spec), gold);
}
const pairOf = (matches: ReturnType<typeof matchEntities>, goldId: string) => matches.find((m) => m.gold === goldId);
const span = (quote: string) => {
  const at = locateQuote("a", FIXTURE_TEXT, quote);
  if (!at) throw new Error(quote);
  return at;
};

describe("matchEntities: what matches", () => {
  it("matches every entity of the gold to itself by id", () => {
    const matches = matchEntities(gold, gold);
    expect(matches).toHaveLength(gold.nodes.length);
    expect(matches.every((m) => m.draft === m.gold && m.by === "id")).toBe(true);
  });

  it("matches by name when the ids differ: case, accents, possessive, punctuation, plural", () => {
    const matches = match((spec) => {
      Object.assign(entity(spec, "export-curbs"), { id: "curbs", label: "JAPAN’S Export Curb." });
      Object.assign(entity(spec, "supreme-court"), { id: "court", label: "Suprême Court of Korea" });
      Object.assign(entity(spec, "chip-materials"), { id: "materials", label: "three chip material" });
      spec.relations = [];
    });
    expect(pairOf(matches, "export-curbs")).toMatchObject({ draft: "curbs", by: "name" });
    expect(pairOf(matches, "supreme-court")).toMatchObject({ draft: "court", by: "name" });
    expect(pairOf(matches, "chip-materials")).toMatchObject({ draft: "materials", by: "name" });
  });

  it("matches a draft label to a gold alias, and a draft alias to a gold label", () => {
    const matches = match((spec) => {
      Object.assign(entity(spec, "japan"), { id: "tokyo", label: "Tokyo", aliases: [] });
      Object.assign(entity(spec, "korea"), { id: "rok", label: "Republic of Korea", aliases: ["South Korea"] });
      spec.relations = [];
    });
    expect(pairOf(matches, "japan")).toMatchObject({ draft: "tokyo", by: "name" });
    expect(pairOf(matches, "korea")).toMatchObject({ draft: "rok", by: "name" });
  });

  it("matches by overlapping evidence (Jaccard ≥ 0.5) when neither id nor name agrees, and reports the kind", () => {
    const quote = "Tokyo curbed exports of three chip materials to Korea";
    const overlap = spanJaccard(span(quote), span("Tokyo curbed exports of three chip materials to Korea on Monday"));
    expect(overlap).toBeGreaterThanOrEqual(EVIDENCE_JACCARD);
    const matches = match((spec) => {
      Object.assign(entity(spec, "export-curbs"), { id: "restrictions", kind: "Event", label: "Restrictions by Tokyo", aliases: [], evidence: [quote] });
      spec.relations = [];
    });
    expect(pairOf(matches, "export-curbs")).toEqual({ draft: "restrictions", gold: "export-curbs", by: "evidence", draftKind: "Event", goldKind: "Policy" });
  });

  it("matches similar names (same head, more than half the words shared) whose evidence touches, where the evidence alone would not", () => {
    const quote = "a Supreme Court ruling in late 2018";
    expect(spanJaccard(span(quote), span("a Supreme Court ruling in late 2018 that ordered Japanese firms to compensate forced laborers"))).toBeLessThan(EVIDENCE_JACCARD);
    const matches = match((spec) => {
      Object.assign(entity(spec, "ruling-2018"), { id: "ruling", label: "Supreme Court ruling", evidence: [quote] });
      spec.relations = [];
    });
    expect(pairOf(matches, "ruling-2018")).toMatchObject({ draft: "ruling", by: "similar-name" });
  });

  it("assigns one to one: a second draft entity with the same name is left unmatched", () => {
    const matches = match((spec) => {
      spec.entities.push({ id: "japan-again", kind: "Country", label: "Japan", evidence: ["Japanese firms"] });
    });
    expect(matches.filter((m) => m.gold === "japan")).toEqual([expect.objectContaining({ draft: "japan" })]);
    expect(matches.some((m) => m.draft === "japan-again")).toBe(false);
  });

  it("lets an id match win over a name match for the same gold entity", () => {
    const matches = match((spec) => {
      Object.assign(entity(spec, "japan"), { label: "Nippon", aliases: [] });
      spec.entities.push({ id: "japan-by-name", kind: "Country", label: "Japan", evidence: ["Tokyo curbed exports"] });
    });
    expect(pairOf(matches, "japan")).toMatchObject({ draft: "japan", by: "id" });
  });

  it("prefers label = label over an alias match when two gold entities share a name", () => {
    const spec = goldSpec();
    // A gold where "Yongin" is the label of one place and an alias of another.
    entity(spec, "chip-cluster").aliases = ["Yongin"];
    const twoYongins = modelOf(spec);
    const draft = goldSpec();
    draft.entities = [{ id: "city", kind: "Place", label: "Yongin", evidence: ["Yongin"] }];
    draft.relations = [];
    expect(matchEntities(modelOf(draft), twoYongins)).toEqual([{ draft: "city", gold: "yongin", by: "name", draftKind: "Place", goldKind: "Place" }]);
  });
});

describe("matchEntities: what must not match", () => {
  it("same label, different kind group: no match", () => {
    const matches = match((spec) => {
      Object.assign(entity(spec, "yongin"), { id: "yongin-city-hall", kind: "GovernmentOrganization" });
      spec.relations = [];
    });
    expect(pairOf(matches, "yongin")).toBeUndefined();
    expect(matches.some((m) => m.draft === "yongin-city-hall")).toBe(false);
  });

  it("same id, different kind group: no match either", () => {
    const matches = match((spec) => {
      entity(spec, "yongin").kind = "Organization";
      spec.relations = [];
    });
    expect(pairOf(matches, "yongin")).toBeUndefined();
  });

  it("the very same span, but an entity of another kind group: no match", () => {
    const matches = match((spec) => {
      // The curbs are left out of the draft, so the gold curbs are free to match anything.
      spec.entities = spec.entities.filter((e) => e.id !== "export-curbs");
      spec.relations = [];
      spec.entities.push({
        id: "chip-exports",
        kind: "Product",
        label: "Chip exports",
        evidence: ["Tokyo curbed exports of three chip materials to Korea on Monday"],
      });
    });
    expect(matches.some((m) => m.draft === "chip-exports")).toBe(false);
    expect(pairOf(matches, "export-curbs")).toBeUndefined();
  });

  it("similar names whose evidence does not touch: no match", () => {
    const matches = match((spec) => {
      Object.assign(entity(spec, "ruling-2018"), { id: "ruling", label: "Supreme Court ruling", evidence: ["If talks resume"] });
      spec.entities = spec.entities.filter((e) => e.id !== "talks-resumption");
      spec.relations = [];
    });
    expect(pairOf(matches, "ruling-2018")).toBeUndefined();
  });

  it("touching evidence, names sharing no more than half their words: no match", () => {
    // "North Korea" shares one word of two with the gold's alias "Korea", one of three with "South Korea".
    const matches = match((spec) => {
      Object.assign(entity(spec, "korea"), { id: "north-korea", label: "North Korea", aliases: [], evidence: ["Seoul retaliated by tightening its own export rules"] });
      spec.relations = [];
    });
    expect(pairOf(matches, "korea")).toBeUndefined();
  });

  it("touching evidence and most words shared, but another head noun: no match", () => {
    // "Yongin chip" shares 2 of 3 words with "Yongin chip cluster", but is about a chip, not a cluster.
    const matches = match((spec) => {
      spec.entities = spec.entities.filter((e) => e.id !== "yongin" && e.id !== "chip-cluster");
      spec.entities.push({ id: "yongin-chip", kind: "Place", label: "Yongin chip", evidence: ["chip cluster in Yongin"] });
      spec.relations = [];
    });
    expect(matches.some((m) => m.draft === "yongin-chip")).toBe(false);
  });

  it("an overlapping span below the threshold, same group: no match", () => {
    // The draft quotes the cluster's clause for a place that is neither the cluster nor the city.
    const quote = "a new chip cluster in Yongin";
    expect(spanJaccard(span(quote), span("a new chip cluster in Yongin, scheduled for completion by 2030"))).toBeLessThan(EVIDENCE_JACCARD);
    expect(spanJaccard(span(quote), span("in Yongin"))).toBeLessThan(EVIDENCE_JACCARD);
    const matches = match((spec) => {
      spec.entities = spec.entities.filter((e) => e.id !== "yongin" && e.id !== "chip-cluster");
      spec.entities.push({ id: "construction-site", kind: "Place", label: "Construction site", evidence: [quote] });
      spec.relations = [];
    });
    expect(matches.some((m) => m.draft === "construction-site")).toBe(false);
  });
});

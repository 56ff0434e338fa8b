// The assembler on hand-made proposals: quotes that find their very place again, figures that go to
// their owner, ids that never clash with the corpus, relations the validator would refuse left out,
// and a YAML file that validates and is the same bytes every time.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DraftKgError } from "../../src/errors.ts";
import { annotationToYaml, isUnreviewedDraft } from "../../src/draft/annotation-yaml.ts";
import { assembleAnnotation, evidenceFor } from "../../src/draft/assemble-annotation.ts";
import { keepValid } from "../../src/draft/keep-valid.ts";
import { segmentText } from "../../src/draft/segment-text.ts";
import type { DraftContext, EntityCandidate, EventCandidate, FigureMention, RelationCandidate, Span } from "../../src/draft/types.ts";
import { validateArticle } from "../../src/validate/validate-article.ts";

const TEXT = [
  "Japan curbed exports of three chemicals to Korea on Monday.",
  "Korea said Japan, the third-largest economy, acted after a court ruling.",
  "Seoul will build 15 industrial complexes.",
].join("\n");

const at = (phrase: string, occurrence = 1): Span => {
  let index = -1;
  for (let n = 0; n < occurrence; n++) index = TEXT.indexOf(phrase, index + 1);
  if (index < 0) throw new Error(`not in text: ${phrase}`);
  return { start: index, end: index + phrase.length };
};
const mention = (phrase: string, occurrence = 1) => ({ ...at(phrase, occurrence), text: phrase, via: "test" });

const ctx = (corpus: DraftContext["corpus"] = []): DraftContext => ({ text: TEXT, sentences: segmentText(TEXT), datePublished: "2019-07-03", corpus });
const META = { id: "test-article", headline: "Test", publisher: "Test Daily", author: ["A. Writer"], datePublished: "2019-07-03", language: "en" };

const japan: EntityCandidate = { id: "japan", kind: "Country", label: "Japan", aliases: ["Tokyo"], wikidata: "Q17", mentions: [mention("Japan"), mention("Japan", 2)], confidence: 0.95 };
const korea: EntityCandidate = { id: "korea", kind: "Country", label: "South Korea", aliases: ["Korea", "Seoul"], mentions: [mention("Korea"), mention("Korea", 2), mention("Seoul")], confidence: 0.9 };
const complexes: EntityCandidate = { id: "industrial-complexes", kind: "Facility", label: "industrial complexes", aliases: [], mentions: [mention("industrial complexes")], confidence: 0.6 };
const curbs: EventCandidate = {
  id: "japan-export-curbs", kind: "Policy", label: "Japan's export curbs", aliases: [], modality: "happened", trigger: at("curbed"),
  mentions: [mention("Japan curbed exports of three chemicals to Korea")], date: { ...at("on Monday"), text: "on Monday", value: "2019-07-01", confidence: 0.9 }, figures: [], confidence: 0.8,
};
const rank: FigureMention = { ...at("third-largest"), text: "third-largest", value: 3, unit: "rank", measure: "size of its economy", evidence: at("the third-largest economy"), confidence: 0.8 };
const count: FigureMention = { ...at("15"), text: "15", value: 15, unit: "count", measure: "industrial complexes", evidence: at("15 industrial complexes"), confidence: 0.8 };

describe("evidenceFor", () => {
  it("names the occurrence of a quote that appears earlier in the text", () => {
    expect(evidenceFor(TEXT, at("Japan"))).toBe("Japan");
    expect(evidenceFor(TEXT, at("Japan", 2))).toEqual({ quote: "Japan", occurrence: 2 });
    // Overlapping occurrences count as the validator counts them.
    expect(evidenceFor("aaa", { start: 1, end: 3 })).toEqual({ quote: "aa", occurrence: 2 });
  });
});

describe("assembleAnnotation", () => {
  const relations: RelationCandidate[] = [
    { from: "japan-export-curbs", rel: "issuedBy", to: "japan", modality: "happened", confidence: 0.9, evidence: [at("Japan curbed exports")] },
    // An actor relation pointing at a facility: the validator would refuse it, so it is not proposed.
    { from: "japan-export-curbs", rel: "hasActor", to: "industrial-complexes", modality: "happened", confidence: 0.9, evidence: [at("Japan curbed")] },
    // Unknown end, self loop, and a duplicate: left out.
    { from: "nobody", rel: "causes", to: "japan", modality: "happened", confidence: 0.9, evidence: [at("Japan")] },
    { from: "japan", rel: "concerns", to: "japan", modality: "happened", confidence: 0.9, evidence: [at("Japan")] },
    { from: "japan-export-curbs", rel: "issuedBy", to: "japan", modality: "happened", confidence: 0.9, evidence: [at("Japan curbed exports")] },
  ];
  const spec = assembleAnnotation(ctx(), [japan, korea, complexes], [curbs], [rank, count], relations);

  it("marks every item as drafted, with its confidence", () => {
    expect(spec.entities.every((e) => e.drafted === true && typeof e.confidence === "number")).toBe(true);
    expect(spec.relations?.every((r) => r.drafted === true)).toBe(true);
  });

  it("gives figures to the nearest owner in their sentence, and keeps events' dates", () => {
    expect(spec.entities.find((e) => e.id === "japan")?.figures?.map((f) => f.value)).toEqual([3]);
    expect(spec.entities.find((e) => e.id === "industrial-complexes")?.figures?.map((f) => f.value)).toEqual([15]);
    expect(spec.entities.find((e) => e.id === "japan-export-curbs")?.date).toEqual({ text: "on Monday", value: "2019-07-01" });
  });

  it("keeps only relations whose ends exist and fit the relation", () => {
    expect(spec.relations?.map((r) => `${r.from} ${r.rel} ${r.to}`)).toEqual(["japan-export-curbs issuedBy japan"]);
  });

  it("validates as written, and writes the same bytes twice", () => {
    const { spec: valid, dropped } = keepValid(spec, META, TEXT);
    expect(dropped).toEqual([]);
    const about = { articleId: META.id, extractor: "test", datePublished: META.datePublished };
    const yaml = annotationToYaml(valid, about);
    expect(annotationToYaml(assembleAnnotation(ctx(), [japan, korea, complexes], [curbs], [rank, count], relations), about)).toBe(yaml);
    const result = validateArticle({
      dir: "x",
      files: { meta: { path: "article.yaml", text: JSON.stringify(META) }, text: { path: "article.txt", text: TEXT }, annotation: { path: "annotation.yaml", text: yaml } },
    });
    expect(result.issues).toEqual([]);
    expect(isUnreviewedDraft(yaml, parse(yaml))).toBe(true);
    // A reviewer removes one mark: the file is now a person's work.
    const reviewedOnce = yaml.replace("    drafted: true\n", "");
    expect(isUnreviewedDraft(reviewedOnce, parse(reviewedOnce))).toBe(false);
  });

  it("never takes a corpus id that names something of another kind, and reuses the corpus id of the same Wikidata item", () => {
    const corpus = [
      { id: "japan-export-curbs", kind: "Event" as const, label: "something else", aliases: [] },
      { id: "nippon", kind: "Country" as const, label: "Japan", aliases: [], wikidata: "Q17" },
    ];
    const linked = assembleAnnotation(ctx(corpus), [japan], [curbs], [], [
      { from: "japan-export-curbs", rel: "issuedBy", to: "japan", modality: "happened", confidence: 0.9, evidence: [at("Japan curbed exports")] },
    ]);
    expect(linked.entities.map((e) => e.id)).toEqual(["nippon", "japan-export-curbs-2"]);
    expect(linked.relations?.[0]).toMatchObject({ from: "japan-export-curbs-2", to: "nippon" });
  });
});

describe("keepValid", () => {
  it("drops an item the validator rejects, and the relations that pointed at it", () => {
    const spec = assembleAnnotation(ctx(), [japan, korea], [curbs], [], [
      { from: "japan-export-curbs", rel: "issuedBy", to: "japan", modality: "happened", confidence: 0.9, evidence: [at("Japan curbed exports")] },
    ]);
    const broken = { ...spec, entities: spec.entities.map((e) => (e.id === "japan" ? { ...e, date: { text: "in Narnia", value: "2019" } } : e)) };
    const { spec: kept, dropped } = keepValid(broken, META, TEXT);
    expect(kept.entities.map((e) => e.id)).toEqual(["korea", "japan-export-curbs"]);
    expect(kept.relations).toEqual([]);
    expect(dropped.map((d) => d.code)).toEqual(["TEXT_NOT_FOUND"]);
  });

  it("an article with nothing to draft is a DraftKgError, not a crash", () => {
    expect(() => keepValid({ entities: [], relations: [] }, META, TEXT)).toThrow(DraftKgError);
  });
});

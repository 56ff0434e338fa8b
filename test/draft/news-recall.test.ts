// Recall rules of the language of news, each on invented wire-style sentences through the whole
// rule extractor, with sentences where the rule must not fire.
import { describe, expect, it } from "vitest";
import { draftAnnotation } from "../../src/draft/draft-annotation.ts";
import type { AnnotationSpec } from "../../src/model/annotation-spec.ts";

function draft(text: string): AnnotationSpec {
  return draftAnnotation({ text, datePublished: "2026-03-12", corpus: [] });
}
const labels = (spec: AnnotationSpec): string[] => spec.entities.map((e) => e.label);
const idOf = (spec: AnnotationSpec, words: RegExp): string => {
  const found = spec.entities.filter((e) => words.test(e.label));
  if (found.length !== 1) throw new Error(`expected one entity matching ${words}, got [${labels(spec).join(" | ")}]`);
  return (found[0] as { id: string }).id;
};
const has = (spec: AnnotationSpec, from: string, rel: string, to: string): boolean => (spec.relations ?? []).some((r) => r.from === from && r.rel === rel && r.to === to);

describe("passives with an adverb between 'be' and the participle", () => {
  it("'were also suspended', 'was later cancelled' are passive events", () => {
    expect(labels(draft("Regional services were also suspended."))).toContain("Suspension of regional services");
    expect(labels(draft("The concert was later cancelled."))).toContain("Cancellation of concert");
  });

  it("an adjective after 'were also' is no event", () => {
    expect(draft("The ministers were also present.").entities.filter((e) => e.kind === "Event")).toEqual([]);
  });
});

describe("a comparator before the object's amount", () => {
  it("'cancelled more than 3,000 trains' is a cancellation of trains, with its figure", () => {
    const spec = draft("The operator cancelled more than 3,000 trains on Wednesday.");
    const id = idOf(spec, /cancellation/i);
    expect(spec.entities.find((e) => e.id === id)?.label).toMatch(/trains$/);
  });

  it("'at least' and 'nearly' open the object too, and the forced verb is the effect", () => {
    const spec = draft("The storm forced the airline to cancel at least 200 flights.");
    const storm = idOf(spec, /^storm$/i);
    const cancel = idOf(spec, /cancellation/i);
    expect(has(spec, storm, "causes", cancel)).toBe(true);
  });

});

describe("an event verb after 'to' or a modal is no modifier of a group", () => {
  it("'forced the government to close schools' is a closure, not a group 'Close schools'", () => {
    const spec = draft("The floods forced the government to close schools.");
    expect(labels(spec)).not.toContain("Close schools");
    const closure = idOf(spec, /closure of schools/i);
    expect(has(spec, idOf(spec, /^floods$/i), "causes", closure)).toBe(true);
  });

  it("a describing word after 'to' still makes a group: 'donated food to young people'", () => {
    expect(labels(draft("The charity donated food to young people."))).toContain("Young people");
  });
});

describe("places after 'near', 'across', 'throughout', 'off'", () => {
  it("are where the event happened, not what it concerns", () => {
    const spec = draft("Floods hit villages near Jakarta and across Central Java province.");
    const floods = idOf(spec, /^floods$/i);
    expect(has(spec, floods, "hasPlace", idOf(spec, /^jakarta$/i))).toBe(true);
    expect(has(spec, floods, "hasPlace", idOf(spec, /central java/i))).toBe(true);
    expect(has(spec, floods, "concerns", idOf(spec, /^jakarta$/i))).toBe(false);
  });

  it("a place an event is aimed at stays what it concerns: 'sanctions on Iran' is no hasPlace", () => {
    const spec = draft("The European Union imposed sanctions on Iran on Monday.");
    const sanctions = idOf(spec, /sanctions/i);
    expect((spec.relations ?? []).some((r) => r.from === sanctions && r.rel === "hasPlace")).toBe(false);
  });
});

describe("the agent of a participle set off by commas after a noun event", () => {
  it("'The strike, called by the CGT union,' has the union as its actor; 'The fine, imposed by the Commission,' is issued by it", () => {
    const strike = draft("The strike, called by the CGT union, began on Wednesday.");
    expect(has(strike, idOf(strike, /^strike$/i), "hasActor", idOf(strike, /^cgt/i))).toBe(true);
    const fine = draft("The fine, imposed by the European Commission, was the largest this year.");
    expect(has(fine, idOf(fine, /^fine$/i), "issuedBy", idOf(fine, /european commission/i))).toBe(true);
  });

  it("a speaker after the clause is no agent: 'The strike began on Wednesday, said the CGT union.'", () => {
    const spec = draft("The strike began on Wednesday, said the CGT union.");
    expect((spec.relations ?? []).some((r) => r.rel === "hasActor" && /cgt/.test(r.to))).toBe(false);
  });
});

describe("the news agency of a dateline", () => {
  it("files the story and is no doer of its first event", () => {
    const spec = draft("LYON (Test Wire) - Dock workers walked off the job on Monday.");
    const agency = idOf(spec, /test wire/i);
    expect((spec.relations ?? []).some((r) => r.to === agency && (r.rel === "hasActor" || r.rel === "issuedBy"))).toBe(false);
  });

  it("an organisation named in parentheses in the story still acts: 'The union (CGT) called a strike'", () => {
    const spec = draft("The General Confederation of Labour (CGT) called a strike on Monday.");
    expect((spec.relations ?? []).some((r) => r.rel === "hasActor" && r.from === idOf(spec, /strike/i))).toBe(true);
  });
});

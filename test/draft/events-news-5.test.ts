// Event recall on wire phrasings written for these tests: a second past-tense verb after "and"
// that the tagger reads as an adjective of its object ("closed schools and suspended ferry services").
import { describe, expect, it } from "vitest";
import { draftStages } from "./draft-stages.ts";

const labels = (text: string) => draftStages(text).events.map((e) => e.label.toLowerCase());

describe("a coordinated past-tense verb read as an adjective", () => {
  it("drafts the second deed with its object", () => {
    const found = labels("Authorities closed schools and suspended ferry services on Friday.");
    expect(found.some((l) => l.includes("closure of schools"))).toBe(true);
    expect(found.some((l) => l.includes("suspension of ferry services"))).toBe(true);
  });

  it("leaves an adjective before a noun alone when no past-tense verb comes first", () => {
    expect(labels("Schools and suspended ferry services were listed on the website.").some((l) => l.includes("suspension"))).toBe(false);
  });
});

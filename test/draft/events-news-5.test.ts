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

describe("a participle clause after a comma", () => {
  it("shares the main clause's subject, not that of a relative clause in between", () => {
    const x = draftStages("Kenya's Supreme Court on Monday overturned a law that allowed police to detain suspects for 30 days without charge, ruling that it violated the constitution.", "2026-11-24");
    expect(x.events.some((e) => /police/i.test(e.label))).toBe(false);
    const police = x.entities.find((e) => /police/i.test(e.label))?.id ?? "police";
    const ruling = x.events.filter((e) => e.label.toLowerCase().includes("ruling"));
    expect(ruling.length).toBeGreaterThan(0);
    for (const e of ruling) expect(x.relations.filter((r) => r.from === e.id && r.rel === "hasActor").map((r) => r.to)).not.toContain(police);
  });
});

describe("a named storm", () => {
  it("is an event, and 'the storm' after it is the same one", () => {
    const x = draftStages("Thousands fled as Typhoon Kalmaegi approached on Thursday. The storm is expected to make landfall on Friday.", "2026-11-20");
    const typhoon = x.entities.find((e) => e.label === "Typhoon Kalmaegi");
    expect(typhoon?.kind).toBe("Event");
    expect(x.events.some((e) => e.label.toLowerCase() === "storm")).toBe(false);
  });
});

// Happenings joined as the subject of one verb, in disaster copy written for these tests: the first
// conjunct is a happening as much as the second ("Power outages and landslides hampered …").
import { describe, expect, it } from "vitest";
import { draftStages } from "./draft-stages.ts";

const labels = (text: string) => draftStages(text).events.map((e) => e.label.toLowerCase());

describe("two happenings joined as a subject", () => {
  it("keeps the first conjunct", () => {
    const found = labels("Power outages and landslides hampered rescue efforts on Saturday.");
    expect(found.some((l) => l.includes("outage"))).toBe(true);
    expect(found.some((l) => l.includes("landslide"))).toBe(true);
  });

  it("but a bare noun before 'and' with no happening after it names none", () => {
    expect(labels("Shortages and prices were discussed.").some((l) => l.includes("shortage"))).toBe(false);
  });
});

// A verb whose subject causes what it names (data/lexicons/causal-cues.json causativeVerbs), beyond
// the frames flagged causativeWhenTransitive: "Sanctions have crippled the economy", "Floods displaced
// 10,000 people"; an issue or a policy standing as the subject causes too ("The drought hurt
// farmers"); an actor never does ("The ministry delayed the project"). Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { detectDates } from "../../src/draft/detect-dates.ts";
import { detectFigures } from "../../src/draft/detect-figures.ts";
import { extractEvents } from "../../src/draft/extract-events.ts";
import { recognizeEntities } from "../../src/draft/recognize-entities.ts";
import { segmentText } from "../../src/draft/segment-text.ts";

/** The `causes` links of the real stages (the recognizer's entities, not fixtures), as "from -> to". */
function causes(text: string): string[] {
  const ctx = { text, sentences: segmentText(text), datePublished: "2024-05-10", corpus: [] };
  const { relations } = extractEvents(ctx, recognizeEntities(ctx).entities, detectDates(ctx), detectFigures(ctx));
  return relations.filter((r) => r.rel === "causes").map((r) => `${r.from} -> ${r.to}`);
}

describe("causative verbs", () => {
  it.each([
    ["Sanctions have crippled the country's economy.", /sanctions -> crippling/],
    ["Floods displaced more than 10,000 people.", /floods -> displacement/],
    ["Rising costs have squeezed household budgets.", /rise-in-costs -> squeezing/],
    ["The drought has driven up food prices across the region.", /drought -> increase-in-food-prices/],
    ["The drought hurt farmers.", /drought -> harm-to-farmers/],
  ])("%s", (text, link) => {
    expect(causes(text).some((c) => link.test(c)), causes(text).join("; ")).toBe(true);
  });

  it("an actor as the subject is no cause", () => {
    expect(causes("The ministry delayed the project.")).toEqual([]);
    expect(causes("The company raised prices.")).toEqual([]);
  });
});

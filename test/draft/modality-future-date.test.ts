// An event the article dates in its own future has not happened, though no word marks it planned
// ("The new rules take effect on Jan. 1"); a present-tense schedule verb points a bare day or month
// forward; "due to" before a schedule verb is no cause phrase. Sentences written for these tests,
// published 2024-05-10 (a Friday).
import { describe, expect, it } from "vitest";
import { detectDates } from "../../src/draft/detect-dates.ts";
import { detectFigures } from "../../src/draft/detect-figures.ts";
import { extractEvents } from "../../src/draft/extract-events.ts";
import { recognizeEntities } from "../../src/draft/recognize-entities.ts";
import { segmentText } from "../../src/draft/segment-text.ts";

const ctxOf = (text: string) => ({ text, sentences: segmentText(text), datePublished: "2024-05-10", corpus: [] });

function events(text: string) {
  const ctx = ctxOf(text);
  return extractEvents(ctx, recognizeEntities(ctx).entities, detectDates(ctx), detectFigures(ctx)).events;
}

describe("modality from the event's own date", () => {
  it("a policy dated after publication is planned; the same words in the past happened", () => {
    expect(events("The new rules take effect on Jan. 1.").find((e) => e.label === "Rules")?.modality).toBe("planned");
    expect(events("The new rules took effect on Jan. 1.").find((e) => e.label === "Rules")?.modality).toBe("happened");
  });

  it("a present-tense schedule verb points a bare date forward", () => {
    const dates = detectDates(ctxOf("The new rules take effect on Jan. 1. The strike begins on Monday.")).map((d) => d.value);
    expect(dates).toEqual(["2025-01-01", "2024-05-13"]);
  });

  it("'due to begin' is a schedule: the strike is planned and 'begin' is no event", () => {
    const found = events("The strike is due to begin on Monday.");
    expect(found.map((e) => [e.label, e.modality])).toEqual([["Strike", "planned"]]);
  });

  it("an event dated in the past stays as the words say", () => {
    expect(events("Workers went on strike on Monday.").every((e) => e.modality === "happened")).toBe(true);
  });
});

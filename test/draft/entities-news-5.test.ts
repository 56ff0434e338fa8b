// Groups named by a participle before a people plural, in news copy written for these tests: the
// participle says which people ("striking workers", "trapped residents"), so it stays in the label.
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "../../src/draft/recognize-entities.ts";
import { segmentText } from "../../src/draft/segment-text.ts";

const groups = (text: string) =>
  recognizeEntities({ text, sentences: segmentText(text), datePublished: "2026-11-20", corpus: [] })
    .entities.filter((e) => e.kind === "Group")
    .map((e) => e.label);

describe("a participle that says which people", () => {
  it.each([
    ["Striking workers blocked the gates of the plant on Monday.", "Striking workers"],
    ["Rescuers freed trapped residents from the rubble.", "Trapped residents"],
    ["Police questioned some detained protesters on Sunday.", "Detained protesters"],
    ["Medics treated injured passengers at the scene.", "Injured passengers"],
  ])("%s", (text, label) => {
    expect(groups(text)).toContain(label);
  });

  it("but a participle that is the sentence's verb stays out", () => {
    expect(groups("The union said employers ignored workers for months.")).not.toContain("Ignored workers");
  });
});

describe("a participle after a noun is its verb", () => {
  it.each([
    ["Police detained protesters outside parliament.", "Detained protesters"],
    ["The cancellation of 800 flights stranded travellers.", "Stranded travellers"],
  ])("%s", (text, label) => {
    expect(groups(text)).not.toContain(label);
  });
});

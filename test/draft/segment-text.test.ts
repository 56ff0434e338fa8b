import { describe, expect, it } from "vitest";
import { segmentText } from "../../src/draft/segment-text.ts";

describe("segmentText", () => {
  it("cuts paragraphs first, splits a photo credit off its caption, and keeps offsets exact", () => {
    const text = "Choo speaks in Seoul on Friday. [YONHAP]\n\nKorea said the U.S. agreed. Japan did not.\n";
    const sentences = segmentText(text);
    expect(sentences.map((s) => s.text)).toEqual(["Choo speaks in Seoul on Friday.", "[YONHAP]", "Korea said the U.S. agreed.", "Japan did not."]);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("does not end a sentence at an abbreviation before a number, but does at a bare 'No.'", () => {
    const texts = segmentText("Samsung is the No. 2 chipmaker. It said so. See Art. 5 of the pact. No. He won't.").map((s) => s.text);
    expect(texts).toEqual(["Samsung is the No. 2 chipmaker.", "It said so.", "See Art. 5 of the pact.", "No.", "He won't."]);
  });

  it("keeps a quotation with its attribution in one sentence", () => {
    const texts = segmentText('"We will respond firmly," the ministry said. Talks resume Monday.').map((s) => s.text);
    expect(texts).toEqual(['"We will respond firmly," the ministry said.', "Talks resume Monday."]);
  });
});

import { describe, expect, it } from "vitest";
import { codePointToUtf16Table, toUtf16Range } from "../../viz/src/text-offsets.ts";
import { segmentText } from "../../viz/src/segment-text.ts";

describe("code point offsets to UTF-16", () => {
  it("is the identity on BMP text", () => {
    const table = codePointToUtf16Table("Korea — Japan");
    expect(toUtf16Range(table, 8, 13)).toEqual([8, 13]);
  });

  it("shifts past astral characters so slices match the quote", () => {
    const text = "🇰🇷 and 🇯🇵 sign 𠀀 pact";
    const quote = "sign 𠀀 pact";
    const cpStart = Array.from(text).indexOf("s");
    const cpEnd = cpStart + Array.from(quote).length;
    const [s, e] = toUtf16Range(codePointToUtf16Table(text), cpStart, cpEnd);
    expect(text.slice(s, e)).toBe(quote);
    expect(s).not.toBe(cpStart);
  });

  it("clamps out-of-range offsets", () => {
    const table = codePointToUtf16Table("abc");
    expect(toUtf16Range(table, -4, 99)).toEqual([0, 3]);
  });
});

describe("segmentText", () => {
  it("splits overlapping spans and lists the most specific owner first", () => {
    const segments = segmentText(20, [
      { start: 0, end: 10, owner: "wide" },
      { start: 4, end: 6, owner: "narrow" },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.owners])).toEqual([
      [0, 4, ["wide"]],
      [4, 6, ["narrow", "wide"]],
      [6, 10, ["wide"]],
      [10, 20, []],
    ]);
  });

  it("ignores empty and out-of-bounds spans", () => {
    expect(segmentText(5, [{ start: 3, end: 3, owner: "a" }, { start: 2, end: 9, owner: "b" }])).toEqual([{ start: 0, end: 5, owners: [] }]);
  });
});

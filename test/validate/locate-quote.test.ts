import { describe, expect, it } from "vitest";
import { codePointLength, locateQuote, utf16Index } from "../../src/validate/locate-quote.ts";

describe("locateQuote", () => {
  it("counts offsets in code points, not UTF-16 units", () => {
    const text = "😀😀 Korea and Japan";
    const e = locateQuote("a", text, "Korea");
    expect(e).toMatchObject({ start: 3, end: 8 });
    expect(Array.from(text).slice(e!.start, e!.end).join("")).toBe("Korea");
    expect(text.slice(utf16Index(text, e!.start), utf16Index(text, e!.end))).toBe("Korea");
  });

  it("finds the n-th occurrence and gives up past the last", () => {
    const text = "Korea, then Korea again";
    expect(locateQuote("a", text, "Korea", 2)?.start).toBe(12);
    expect(locateQuote("a", text, "Korea", 3)).toBeUndefined();
    expect(locateQuote("a", text, "Japan")).toBeUndefined();
  });

  it("records up to 32 code points of context each side", () => {
    const text = `${"x".repeat(40)}QUOTE${"y".repeat(40)}`;
    const e = locateQuote("a", text, "QUOTE")!;
    expect(e.prefix).toBe("x".repeat(32));
    expect(e.suffix).toBe("y".repeat(32));
  });

  it("counts a surrogate pair once and a lone surrogate once", () => {
    expect(codePointLength("a😀b")).toBe(3);
    expect(codePointLength("a\uD800b")).toBe(3);
  });
});

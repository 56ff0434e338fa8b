import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/validate/parse-date.ts";

describe("parseDate", () => {
  it("keeps three layers: text, bounds and precision", () => {
    expect(parseDate({ text: "in late 2018", value: "2018", qualifier: "late" })).toEqual({
      text: "in late 2018",
      value: "2018",
      precision: "year",
      qualifier: "late",
      earliest: "2018-09-01",
      latest: "2018-12-31",
    });
    expect(parseDate({ text: "on March 16", value: "2023-03-16" })).toMatchObject({ precision: "day", earliest: "2023-03-16", latest: "2023-03-16" });
    expect(parseDate({ text: "February", value: "2024-02" })).toMatchObject({ precision: "month", earliest: "2024-02-01", latest: "2024-02-29" });
  });

  it("bounds only the end for 'by'", () => {
    const date = parseDate({ text: "by 2042", value: "2042", qualifier: "by" });
    expect(date).toMatchObject({ latest: "2042-12-31" });
    expect(date).not.toHaveProperty("earliest");
  });

  it("accepts a date with text only", () => {
    expect(parseDate({ text: "during World War II" })).toEqual({ text: "during World War II" });
  });

  it.each([
    [{ text: "x", value: "2019-13" }],
    [{ text: "x", value: "2023-02-29" }],
    [{ text: "x", value: "19" }],
    [{ text: "x", value: "2023-03-16", qualifier: "late" as const }],
    [{ text: "x", qualifier: "early" as const }],
  ])("rejects %o", (spec) => {
    expect(typeof parseDate(spec)).toBe("string");
  });
});

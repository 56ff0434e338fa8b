import { describe, expect, it } from "vitest";
import { detectDates } from "../../src/draft/detect-dates.ts";
import { normalizeDate } from "../../src/draft/normalize-date.ts";
import { segmentText } from "../../src/draft/segment-text.ts";
import type { DateMention, DraftContext } from "../../src/draft/types.ts";
import { parseDate } from "../../src/validate/parse-date.ts";
import lexicon from "../../data/lexicons/dates.json" with { type: "json" };

// 2023-03-24 is a Friday (the seed's publication date); 2023-01-10 a Tuesday.
const FRI = "2023-03-24";
const JAN = "2023-01-10";

const ctx = (text: string, datePublished = FRI): DraftContext => ({ text, sentences: segmentText(text), datePublished, corpus: [] });
const dates = (text: string, datePublished = FRI) => detectDates(ctx(text, datePublished));
const brief = (d: DateMention) => [d.text, d.value ?? null, d.qualifier ?? null];

describe("normalizeDate: the annotation guide's forms", () => {
  const table: Array<[string, string, string | undefined, string | undefined]> = [
    // text, published, value, qualifier
    ["in late 2018", FRI, "2018", "late"],
    ["early 2019", FRI, "2019", "early"],
    ["mid-2020", FRI, "2020", "mid"],
    ["by 2042", FRI, "2042", "by"],
    ["in 2026", FRI, "2026", undefined],
    ["this year", FRI, "2023", undefined],
    ["next year", FRI, "2024", undefined],
    ["last year", FRI, "2022", undefined],
    ["last month", FRI, "2023-02", undefined],
    ["this month", FRI, "2023-03", undefined],
    ["earlier this month", FRI, "2023-03", undefined],
    ["later this year", FRI, "2023", undefined],
    ["Friday", FRI, "2023-03-24", undefined],
    ["on Friday", FRI, "2023-03-24", undefined],
    ["on Monday", FRI, "2023-03-20", undefined],
    ["Thursday", FRI, "2023-03-23", undefined],
    ["Saturday", FRI, "2023-03-18", undefined],
    ["last Friday", FRI, "2023-03-17", undefined],
    ["next Monday", FRI, "2023-03-27", undefined],
    ["next Friday", FRI, "2023-03-31", undefined],
    ["today", FRI, "2023-03-24", undefined],
    ["yesterday", FRI, "2023-03-23", undefined],
    ["tomorrow", FRI, "2023-03-25", undefined],
    ["on March 16", FRI, "2023-03-16", undefined],
    ["March 16, 2023", FRI, "2023-03-16", undefined],
    ["16 March 2023", FRI, "2023-03-16", undefined],
    ["Oct. 30", FRI, "2022-10-30", undefined],
    ["Aug 22, 2019", FRI, "2019-08-22", undefined],
    ["Sept. 11, 2001", FRI, "2001-09-11", undefined],
    ["In October", FRI, "2022-10", undefined],
    ["in December", JAN, "2022-12", undefined],
    ["in March", FRI, "2023-03", undefined],
    ["last October", FRI, "2022-10", undefined],
    ["last March", FRI, "2022-03", undefined],
    ["this October", FRI, "2023-10", undefined],
    ["October 2019", FRI, "2019-10", undefined],
    ["since 2019", FRI, "2019", undefined],
    ["until 2025", FRI, "2025", "by"],
    ["around 2030", FRI, "2030", "around"],
    ["the end of last year", FRI, "2022", "late"],
    ["by the end of this year", FRI, "2023", "by"],
    ["the beginning of next year", FRI, "2024", "early"],
    ["late last year", FRI, "2022", "late"],
    ["early next year", FRI, "2024", "early"],
    ["late March", FRI, "2023-03", "late"],
    ["mid-March", FRI, "2023-03", "mid"],
    ["the end of the year", FRI, "2023", "late"],
    ["2023-03-16", FRI, "2023-03-16", undefined],
    ["2023.03.16", FRI, "2023-03-16", undefined],
    ["two years ago", FRI, "2021", undefined],
    ["a year ago", FRI, "2022", undefined],
    ["three months ago", FRI, "2022-12", undefined],
    ["five days ago", FRI, "2023-03-19", undefined],
    ["Friday, March 24, 2023", FRI, "2023-03-24", undefined],
    ["the 16th of March", FRI, "2023-03-16", undefined],
    ["in the fourth quarter of 2022", FRI, "2022", "late"],
    ["Q1 2023", FRI, "2023", "early"],
    ["this summer", FRI, "2023", "mid"],
    ["last summer", FRI, "2022", "mid"],
    ["fiscal 2023", FRI, "2023", undefined],
    ["March 16-17", FRI, "2023-03", undefined],
    ["the July–September quarter of 2022", FRI, "2022", undefined],
    ["the Jan-March period", FRI, "2023", "early"],
    ["since Sept. 7", "2023-09-01", "2022-09-07", undefined],
    ["Feb. 29", "2024-03-10", "2024-02-29", undefined],
  ];
  for (const [text, published, value, qualifier] of table) {
    it(`${text} (published ${published}) → ${value ?? "no value"} ${qualifier ?? ""}`, () => {
      const n = normalizeDate(text, published);
      expect(n, text).toBeDefined();
      expect(n?.value).toBe(value);
      expect(n?.qualifier).toBe(qualifier);
      expect(n!.confidence).toBeGreaterThan(0);
      expect(n!.confidence).toBeLessThanOrEqual(1);
      expect(typeof parseDate({ text, value: n?.value, qualifier: n?.qualifier })).toBe("object");
    });
  }

  it("parts of a year that are no third give the whole year, less sure (documented choice)", () => {
    const half = normalizeDate("the first half of 2023", FRI);
    expect(half).toMatchObject({ value: "2023" });
    expect(half?.qualifier).toBeUndefined();
    expect(half!.confidence).toBeLessThan(0.7);
    expect(normalizeDate("the second quarter of 2023", FRI)?.qualifier).toBeUndefined();
  });

  it("names no value where the format has none: decades, spans of years, a winter across New Year", () => {
    for (const text of ["the 1990s", "the early 2000s", "2019-20", "2010-2020", "last winter"]) {
      const n = normalizeDate(text, FRI);
      expect(n, text).toBeDefined();
      expect(n?.value, text).toBeUndefined();
      expect(n?.qualifier, text).toBeUndefined();
    }
  });

  it("'last week' is the month (or year) that holds the whole week, and nothing across New Year", () => {
    expect(normalizeDate("last week", FRI)?.value).toBe("2023-03"); // 13–19 March
    expect(normalizeDate("last week", "2023-03-02")?.value).toBe("2023-02"); // 20–26 February
    expect(normalizeDate("last week", "2023-03-08")?.value).toBe("2023"); // 27 February – 5 March
    expect(normalizeDate("last week", "2023-01-03")?.value).toBeUndefined(); // 26 Dec – 1 Jan
    expect(normalizeDate("early last week", FRI)?.qualifier).toBeUndefined();
  });

  it("a future reading moves open dates forward, never explicit ones", () => {
    expect(normalizeDate("on Monday", FRI, { future: true })?.value).toBe("2023-03-27");
    expect(normalizeDate("Friday", FRI, { future: true })?.value).toBe("2023-03-24");
    expect(normalizeDate("in October", FRI, { future: true })?.value).toBe("2023-10");
    expect(normalizeDate("in February", FRI, { future: true })?.value).toBe("2024-02");
    expect(normalizeDate("March 16", FRI, { future: true })?.value).toBe("2024-03-16");
    expect(normalizeDate("in 2019", FRI, { future: true })?.value).toBe("2019");
  });

  it("a month and day without a year is the occurrence nearest publication", () => {
    expect(normalizeDate("Dec. 28", "2023-01-05")?.value).toBe("2022-12-28");
    expect(normalizeDate("Jan. 3", "2022-12-28")?.value).toBe("2023-01-03");
    expect(normalizeDate("April 2", FRI)?.value).toBe("2023-04-02");
  });

  it("rejects what is no date and a bad publication date", () => {
    expect(normalizeDate("the year", FRI)).toBeUndefined();
    expect(normalizeDate("banana", FRI)).toBeUndefined();
    expect(normalizeDate("2023-02-30", FRI)).toBeUndefined();
    expect(normalizeDate("Friday", "24 March 2023")).toBeUndefined();
    expect(normalizeDate("Friday", "2023-02-30")).toBeUndefined();
  });

  it("early/mid/late on a single day keep the day and drop the qualifier ('early Friday' is a time of day)", () => {
    expect(normalizeDate("early Friday", FRI)).toMatchObject({ value: "2023-03-24" });
    expect(normalizeDate("early Friday", FRI)?.qualifier).toBeUndefined();
  });
});

describe("detectDates in wire copy", () => {
  it("finds the forms of news with their prepositions, sorted and non-overlapping", () => {
    const text =
      "SEOUL, March 24 (Yonhap) -- South Korea said Friday it will resume talks with Japan next month, " +
      "four years after Tokyo curbed exports in July 2019. The Supreme Court ruled in late 2018, and " +
      "the two sides agreed last week to meet again by the end of this year.";
    expect(dates(text).map(brief)).toEqual([
      ["March 24", "2023-03-24", null],
      ["Friday", "2023-03-24", null],
      ["next month", "2023-04", null],
      ["in July 2019", "2019-07", null],
      ["in late 2018", "2018", "late"],
      ["last week", "2023-03", null],
      ["by the end of this year", "2023", "by"],
    ]);
  });

  it("a clause that looks forward resolves a weekday, month or day forward", () => {
    expect(dates("The two leaders will meet in Tokyo on Monday.").map(brief)).toEqual([["on Monday", "2023-03-27", null]]);
    expect(dates("Officials met on Monday, Yonhap said.").map(brief)).toEqual([["on Monday", "2023-03-20", null]]);
    expect(dates("The ministry said Thursday it would announce the results on Tuesday.").map(brief)).toEqual([
      ["Thursday", "2023-03-23", null],
      ["on Tuesday", "2023-03-28", null],
    ]);
    expect(dates("On Tuesday, the two sides will sign the deal.").map(brief)).toEqual([["On Tuesday", "2023-03-28", null]]);
    expect(dates("The vote is scheduled for October.").map(brief)).toEqual([["October", "2023-10", null]]);
    expect(dates("Exports fell in October.").map(brief)).toEqual([["in October", "2022-10", null]]);
  });

  it("a month with no year goes back, even across New Year", () => {
    expect(dates("In December, the central bank raised rates.", JAN).map(brief)).toEqual([["In December", "2022-12", null]]);
  });

  it("keeps a year used as a modifier and a day used in a name", () => {
    expect(dates("The 2018 ruling angered Tokyo.").map(brief)).toEqual([["2018", "2018", null]]);
    expect(dates("Koreans marked the March 1 movement.").map(brief)).toEqual([["March 1", "2023-03-01", null]]);
    expect(dates("Korea's 2019 decision and the U.S. 2020 election.").map(brief)).toEqual([
      ["2019", "2019", null],
      ["2020", "2020", null],
    ]);
  });

  it("a date that modifies a noun leaves its preposition to the noun phrase", () => {
    expect(dates("Relations were hurt by 2019 curbs.").map(brief)).toEqual([["2019", "2019", null]]);
    expect(dates("He lost in Monday's vote.").map(brief)).toEqual([["Monday", "2023-03-20", null]]);
    expect(dates("The cluster is due by 2042, officials said.").map(brief)).toEqual([["by 2042", "2042", "by"]]);
    expect(dates("The ruling came in late 2018 which angered Tokyo.").map(brief)).toEqual([["in late 2018", "2018", "late"]]);
  });

  it("named periods and decades keep text only", () => {
    expect(dates("Koreans forced into labor during World War II.").map(brief)).toEqual([["during World War II", null, null]]);
    expect(dates("Ties have been frosty since the Korean War.").map(brief)).toEqual([["since the Korean War", null, null]]);
    expect(dates("Growth was faster in the 1990s.").map(brief)).toEqual([["in the 1990s", null, null]]);
    expect(dates("Trade recovered after World War II.").map(brief)).toEqual([["World War II", null, null]]);
  });

  it("finds nothing in numbers, names, modals and durations", () => {
    const negatives = [
      "Prime Minister Theresa May said she may resign.",
      "Will Smith and June Kim attended the ROK-U.S. drills.",
      "More than 2,000 people gathered and 300 trillion won was spent.",
      "The ship carried 1900 tons of rice and 2000 won coins.",
      "Flight 2020 landed; Busan lost the Expo 2030 bid; see Article 2019.",
      "Over the last year, prices rose; in the next month, too.",
      "COVID-19 cases, the G7 and the F-35 program.",
      "Protesters march 16 kilometers to the square.",
      "The price was $2019 and 5,000 units sold.",
      "It costs 2300 won.",
      "They met at 2030 GMT.",
      "The score was 2019-20 points.",
      "See http://www.w3.org/2000/01/rdf-schema for the vocabulary.",
    ];
    for (const text of negatives) expect(dates(text).map(brief), text).toEqual([]);
  });

  it("every mention is verbatim, sorted, non-overlapping and passes the validator", () => {
    const text =
      "On Monday, Seoul said exports fell 5 percent last month. Since 2019, ties have soured; in early 2023 " +
      "they thawed, and on March 16, 2023 the leaders met. Talks resume next Tuesday and by 2030 the cluster opens.";
    const found = dates(text);
    expect(found.length).toBe(7);
    let previousEnd = 0;
    for (const d of found) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(d.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = d.end;
      expect(typeof parseDate(d)).toBe("object");
    }
  });

  it("keeps no-break spaces verbatim", () => {
    const text = "The ruling came in\u00a0late\u00a02018.";
    expect(dates(text).map(brief)).toEqual([["in\u00a0late\u00a02018", "2018", "late"]]);
  });

  it("is deterministic and works without sentences", () => {
    const text = "Choo said Friday the plan, due by 2042, follows the summit on March 16.";
    const a = JSON.stringify(dates(text));
    const b = JSON.stringify(dates(text));
    expect(a).toBe(b);
    expect(detectDates({ text, sentences: [], datePublished: FRI, corpus: [] }).map(brief)).toEqual(dates(text).map(brief));
  });

  it("a deadline points forward: 'must … by Friday' is the coming Friday, a past 'by Friday' the last one", () => {
    const TUE = "2023-03-21";
    expect(dates("Talks must end by Friday.", TUE).map(brief)).toEqual([["by Friday", "2023-03-24", "by"]]);
    expect(dates("The deadline for bids is Monday.", TUE).map(brief)).toEqual([["Monday", "2023-03-27", null]]);
    expect(dates("Most staff had left by Friday.", TUE).map(brief)).toEqual([["by Friday", "2023-03-17", "by"]]);
  });

  it("reads its words from data/lexicons/dates.json", () => {
    expect(Object.keys(lexicon.months)).toContain("Sept.");
    expect(Object.keys(lexicon.weekdays)).toHaveLength(7);
    for (const [, months] of Object.entries(lexicon.parts)) {
      expect(months).toHaveLength(2);
      expect(months[0]!).toBeLessThanOrEqual(months[1]!);
    }
  });
});

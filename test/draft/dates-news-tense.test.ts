// Dates in news sentences written for these tests: which way an underspecified date (a weekday, a
// month, a day and month with no year) resolves when the clause mixes a future cue with past verbs,
// open-ended bounds ("until at least Monday"), and month-of-year forms ("in March next year").
// Published Friday 2026-11-20.
import { describe, expect, it } from "vitest";
import { detectDates } from "../../src/draft/detect-dates.ts";
import { segmentText } from "../../src/draft/segment-text.ts";

const PUB = "2026-11-20";
const found = (text: string) =>
  detectDates({ text, sentences: segmentText(text), datePublished: PUB, corpus: [] }).map((d) => [d.text, d.value ?? null, d.qualifier ?? null]);

describe("a future cue made past by the words between it and the date", () => {
  it.each([
    ["Police said the attack could have been prevented if warnings issued on Tuesday had been heeded.", "on Tuesday", "2026-11-17"],
    ["The bank had been expected to hold rates in July but raised them instead.", "in July", "2026-07"],
    ["The fire was likely started by lightning on Tuesday.", "on Tuesday", "2026-11-17"],
    ["The company missed a deadline on Thursday to file its accounts.", "on Thursday", "2026-11-19"],
    ["A ruling that would allow the merger was issued on Wednesday.", "on Wednesday", "2026-11-18"],
    ["The union said the strike would continue after talks collapsed on Tuesday.", "on Tuesday", "2026-11-17"],
    ["Investors bet the central bank will cut again after it trimmed them in September.", "in September", "2026-09"],
    ["The government may extend the measures introduced on April 14.", "on April 14", "2026-04-14"],
  ])("%s", (text, date, value) => {
    expect(found(text)).toContainEqual([date, value, null]);
  });
});

describe("a future cue that still stands", () => {
  it.each([
    ["A decision is likely in January, officials said.", "in January", "2027-01"],
    ["The regulator said a final decision was likely in January.", "in January", "2027-01"],
    ["The company said it would appeal and expected a ruling in January.", "in January", "2027-01"],
    ["The law will be debated in parliament and voted on in January.", "in January", "2027-01"],
    ["The new board will be elected by shareholders in January.", "in January", "2027-01"],
    ["The fine will be paid once the appeal is rejected in January.", "in January", "2027-01"],
    ["The results will be announced on Wednesday.", "on Wednesday", "2026-11-25"],
  ])("%s", (text, date, value) => {
    expect(found(text)).toContainEqual([date, value, null]);
  });
});

describe("a day and month with no year in a past clause is the last one, not the nearest", () => {
  it("reads 'signed on March 3' back and 'takes effect on January 1' forward", () => {
    expect(found("The deal, signed on March 3, is expected to boost trade.")).toContainEqual(["on March 3", "2026-03-03", null]);
    expect(found("The new rules take effect on January 1.")).toContainEqual(["on January 1", "2027-01-01", null]);
  });
});

describe("open ends", () => {
  it("'until at least Monday' is the next Monday and no deadline", () => {
    expect(found("Schools remain closed until at least Monday.")).toEqual([["until at least Monday", "2026-11-23", null]]);
    expect(found("The airport will stay shut at least until Sunday, the operator said.")).toEqual([["at least until Sunday", "2026-11-22", null]]);
  });

  it("'until March' in a present clause runs forward, in a past clause back", () => {
    expect(found("The tariffs stay in place until March.")).toEqual([["until March", "2027-03", "by"]]);
    expect(found("The freeze lasts through January.")).toEqual([["through January", "2027-01", "by"]]);
    expect(found("Flights were suspended until March.")).toEqual([["until March", "2026-03", "by"]]);
  });
});

describe("forms of a month or the year's end", () => {
  it.each([
    ["The review ends in March next year.", "in March next year", "2027-03", null],
    ["The law will take effect by March next year.", "by March next year", "2027-03", "by"],
    ["Prices peaked in June last year.", "in June last year", "2025-06", null],
    ["The rally began earlier in the month.", "earlier in the month", "2026-11", null],
    ["A decision is due later in the year.", "later in the year", "2026", null],
    ["The deal should close by year-end.", "by year-end", "2026", "by"],
    ["Debt will peak at end-2027.", "at end-2027", "2027", "late"],
    ["The plant will be completed by end-March 2027.", "by end-March 2027", "2027-03", "by"],
  ] as Array<[string, string, string, string | null]>)("%s", (text, date, value, qualifier) => {
    expect(found(text)).toContainEqual([date, value, qualifier]);
  });
});

describe("a part of a year named without its year", () => {
  it.each([
    ["Sales fell 4% in the first quarter, the company said.", "in the first quarter", "2026", "early"],
    // July-December and July-September fit none of the format's thirds (early Jan-Apr, mid May-Aug, late Sep-Dec): the year alone.
    ["Output grew in the second half, the ministry said.", "in the second half", "2026", null],
    ["Exports will recover in the fourth quarter, analysts expect.", "in the fourth quarter", "2026", "late"],
    ["The economy shrank in the third quarter.", "in the third quarter", "2026", null],
    // A stated year makes it a qualifier on that year.
    ["Profits doubled in the first quarter of 2024.", "in the first quarter of 2024", "2024", "early"],
  ] as Array<[string, string, string, string | null]>)("%s", (text, date, value, qualifier) => {
    expect(found(text)).toContainEqual([date, value, qualifier]);
  });

  it("a part after publication, reported as past, is last year's", () => {
    const text = "Profits rose in the fourth quarter.";
    const dates = detectDates({ text, sentences: segmentText(text), datePublished: "2026-05-04", corpus: [] });
    expect(dates.map((d) => [d.text, d.value, d.qualifier])).toEqual([["in the fourth quarter", "2025", "late"]]);
  });

  it("'the last quarter' alone is not a part of the year, and a bare 'first quarter' is no date", () => {
    expect(found("He scored in the first quarter of the match.").map((d) => d[0])).not.toContain("in the first quarter");
    expect(found("She finished first quarter in the poll.")).toEqual([]);
  });
});

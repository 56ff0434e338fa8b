// Counts in news copy written for these tests (disasters, elections, courts, conflicts): a part of a
// named whole ("26 of the 150 seats", "Nine of the 12 judges"), people in a state with no noun after
// the number ("17 still missing", "and 45 injured"), and a toll or tally named before the number.
import { describe, expect, it } from "vitest";
import { detectFigures } from "../../src/draft/detect-figures.ts";
import { segmentText } from "../../src/draft/segment-text.ts";

const figures = (text: string) =>
  detectFigures({ text, sentences: segmentText(text), datePublished: "2026-11-20", corpus: [] }).map((f) => [f.text, f.value, f.unit]);

describe("a part of a named whole", () => {
  it.each([
    ["The coalition won 26 of the 150 seats.", ["26", 26, "count"]],
    ["Nine of the 12 judges agreed with the ruling.", ["Nine", 9, "count"]],
    ["Police said four of the victims were children.", ["four", 4, "count"]],
    ["Rebels hold 35 of the country's 60 districts.", ["35", 35, "count"]],
  ])("%s", (text, figure) => {
    expect(figures(text)).toContainEqual(figure);
  });

  it("counts nothing in 'two of them'", () => {
    expect(figures("Three ministers resigned and two of them left the party.").map((f) => f[0])).toEqual(["Three"]);
  });
});

describe("people in a state, with no noun after the number", () => {
  it.each([
    ["The death toll rose to 42 on Tuesday, with 17 still missing.", ["17", 17, "count"]],
    ["At least two people were killed and 45 injured in the unrest, the commission said.", ["45", 45, "count"]],
    ["The blast left 9 dead and dozens hurt.", ["9", 9, "count"]],
    ["Officials said 120 were hospitalised after the leak.", ["120", 120, "count"]],
  ])("%s", (text, figure) => {
    expect(figures(text)).toContainEqual(figure);
  });
});

describe("a toll or tally named before the number", () => {
  it.each([
    ["The death toll rose to 42 on Tuesday.", ["42", 42, "count"]],
    ["The toll stood at 56 on Friday, the disaster agency said.", ["56", 56, "count"]],
    ["The number of dead reached 102 by Sunday.", ["102", 102, "count"]],
    ["The official tally climbed to 1,350.", ["1,350", 1350, "count"]],
  ])("%s", (text, figure) => {
    expect(figures(text)).toContainEqual(figure);
  });

  it("leaves a bare number after a verb that counts nothing named", () => {
    expect(figures("The index rose to 105 in October.")).toEqual([]);
  });
});

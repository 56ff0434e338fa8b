// Where clause-split.ts cuts a sentence: a reported clause without "that" opens after a speech
// verb or a verb of thought when a subject and its finite verb follow, and only then.
import { describe, expect, it } from "vitest";
import { splitClauses } from "../../src/draft/clause-split.ts";
import { tokenizeSentences } from "../../src/draft/clause-tokens.ts";
import { segmentText } from "../../src/draft/segment-text.ts";

function clauses(text: string): string[] {
  const [s] = tokenizeSentences({ text, sentences: segmentText(text), datePublished: "2026-11-20", corpus: [] });
  const tokens = s?.tokens ?? [];
  return splitClauses(tokens).map((c) => `${c.type}: ${tokens.slice(c.start, c.end).map((t) => t.text).join(" ")}`);
}

describe("a reported clause without 'that'", () => {
  it("opens after a speech verb before a subject and its modal", () => {
    expect(clauses("The minister said a decision on the tariffs would be made next week.")).toEqual(["main: The minister said", "reported: a decision on the tariffs would be made next week"]);
  });

  it("opens after a verb of thought", () => {
    expect(clauses("Investors fear a prolonged shutdown would hurt growth.")).toEqual(["main: Investors fear", "reported: a prolonged shutdown would hurt growth"]);
  });

  it("does not open before the one spoken to", () => {
    expect(clauses("The minister told reporters the port would reopen on Friday.")[0]).toMatch(/^main: The minister told reporters the port/);
  });

  it("does not open before an object with a clause of its own", () => {
    expect(clauses("The government announced new measures on Friday that will cut fuel prices.")[0]).toMatch(/^main: The government announced new measures/);
  });

  it("does not open before a pronoun that stands for the speaker", () => {
    expect(clauses("The union has said it will hold a second strike.")).toHaveLength(1);
  });
});

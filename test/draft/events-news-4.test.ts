// Event recall on wire phrasings written for these tests: hyphenated event nouns, and phrasal verbs
// whose first word is a trigger but which name no happening of their own.
import { describe, expect, it } from "vitest";
import { draftStages } from "./draft-stages.ts";

const labels = (text: string) => draftStages(text).events.map((e) => e.label.toLowerCase());

describe("hyphenated event nouns", () => {
  it("drafts a sell-off, a cease-fire and a run-off", () => {
    expect(labels("Asian stocks slid on Tuesday amid a sell-off in technology shares.").some((l) => l.includes("sell-off"))).toBe(true);
    expect(labels("The rebels agreed to a cease-fire on Sunday.").some((l) => l.includes("cease-fire"))).toBe(true);
    expect(labels("Voters will return to the polls for a run-off next month.").some((l) => l.includes("run-off"))).toBe(true);
  });

  it("but the same words as a phrasal verb are no such noun", () => {
    expect(labels("The fund plans to sell off its stake in the carrier.").some((l) => l.includes("sell-off"))).toBe(false);
  });
});

describe("'rule out' is no ruling", () => {
  it("drafts no decision from 'could not be ruled out' or 'did not rule out'", () => {
    const found = [
      ...labels("Officials said a prolonged shutdown of the port could not be ruled out."),
      ...labels("The central bank did not rule out a further rate hike in June."),
    ];
    expect(found.some((l) => l.includes("ruling"))).toBe(false);
    expect(found.some((l) => l.includes("shutdown"))).toBe(true);
  });

  it("while a court that ruled still drafts a ruling", () => {
    expect(labels("The Supreme Court ruled on Thursday that the law was unconstitutional.").some((l) => l.includes("ruling"))).toBe(true);
  });
});

describe("people left in a state", () => {
  it("drafts the deaths and the displacement a disaster left", () => {
    expect(labels("The storm swept through the province on Sunday, leaving at least 40 people dead.")).toContain("deaths of 40 people");
    expect(labels("Floods have left 3,000 families homeless in the north.")).toContain("displacement of 3,000 families");
  });

  it("but not without a count of people", () => {
    expect(labels("The minister left the meeting angry.").some((l) => l.includes("death"))).toBe(false);
    expect(labels("The attack left him injured.").some((l) => l.includes("injur"))).toBe(false);
  });
});

describe("prepositions the tagger reads as verbs", () => {
  it("draft no event of their own", () => {
    expect(labels("Rescuers searched for survivors under collapsed buildings on Tuesday.").some((l) => l.startsWith("under"))).toBe(false);
  });
});

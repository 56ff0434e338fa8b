// Negation in news copy beyond "not": "have yet to", "no plans to", and a negated subject or noun
// phrase ("No one was injured", "no agreement was reached"), whose negation stops at that phrase and
// its verb ("no agreement after three days of talks": the talks happened). "no fewer than" is a
// comparator and negates nothing. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { detectFigures } from "../../src/draft/detect-figures.ts";
import { segmentText } from "../../src/draft/segment-text.ts";
import { run } from "./events-fixtures.ts";

describe("negation cues", () => {
  it("'yet to' and 'no plans to' say it has not happened", () => {
    expect(run("Police have yet to identify the attacker.").event("attacker").modality).toBe("not_happened");
    expect(run("The company said it had no plans to cut jobs.").event("cut").modality).toBe("not_happened");
  });

  it("a negated subject negates its verb, and the label names no pronoun", () => {
    const injured = run("No one was injured in the blast.");
    expect(injured.event("injur").modality).toBe("not_happened");
    expect(injured.event("injur").label).toBe("Injuries");
    expect(injured.event("blast").modality).toBe("happened");
  });

  it("a negated noun phrase stops at its phrase: an event after a preposition keeps its own modality", () => {
    expect(run("No agreement was reached after three days of talks.").event("talks").modality).toBe("happened");
  });

  it("'no fewer than' is a comparator, not a negation", () => {
    const text = "No fewer than 40 people were killed in the attack.";
    const figures = detectFigures({ text, sentences: segmentText(text), datePublished: "2024-05-10", corpus: [] });
    expect(run(text, [], [], figures).event("death").modality).toBe("happened");
  });
});

describe("a month name is a date", () => {
  it("'in March' makes no protest march; 'the march' still does", () => {
    expect(() => run("Construction is scheduled to begin in March.").event("march")).toThrow(/expected one event/);
    expect(run("Thousands joined the march in Paris.").event("march").modality).toBe("happened");
  });
});

describe("'due to' before a schedule verb", () => {
  it("states a schedule, not a cause", () => {
    const talks = run("The talks are due to resume on Monday.");
    expect(talks.relations.filter((r) => r.rel === "causes")).toEqual([]);
    expect(run("Flights were cancelled due to the strike.").has("strike", "causes", "cancellation")).toBeDefined();
  });
});

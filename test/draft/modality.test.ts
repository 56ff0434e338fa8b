// Modality of events from cue words and negation, in wire-copy sentences: one expected modality
// per event, including negatives where a cue must not reach an event in another clause.
import { describe, expect, it } from "vitest";
import { run } from "./events-fixtures.ts";

const cases: Array<[string, string, string]> = [
  // [sentence, words of the event label, expected modality]
  ["Tokyo lifted the curbs on Friday.", "lifting", "happened"],
  ["Seoul will impose tariffs on Japanese cars.", "tariffs", "planned"],
  ["Exports will fall next year.", "fall in exports", "expected"],
  ["Exports are expected to rise in the second half.", "rise in exports", "expected"],
  ["Prices could rise sharply.", "rise in prices", "potential"],
  ["The government plans to build a new airport.", "construction", "planned"],
  ["Beijing may impose sanctions on the firms.", "sanctions", "potential"],
  ["The minister vowed to retaliate.", "retaliation", "planned"],
  ["Seoul is set to sign the accord next week.", "signing", "planned"],
  ["Japan did not sign the agreement.", "signing", "not_happened"],
  ["Tokyo refused to lift the ban.", "lifting", "not_happened"],
  ["The court failed to reach a ruling.", "ruling", "not_happened"],
  ["Activists called for compensation.", "compensation", "potential"],
  ["He looks forward to improved relations and an expansion of trade.", "expansion", "expected"],
  ["Choo said Seoul would lift the ban.", "lifting", "planned"],
  ["The two sides agreed to resume talks.", "talks", "planned"],
  ["Exports will recover if the curbs are lifted.", "recovery", "conditional"],
  ["If talks fail, Washington could impose sanctions.", "sanctions", "conditional"],
  ["The envisioned semiconductor cluster will be built by 2042.", "construction", "planned"],
  ["Tokyo moved to ease the restrictions.", "easing", "happened"],
  // What is needed or hoped for, or under negotiation with an indefinite article, has not happened;
  // the cue reaches the noun after it, not the clause's verb.
  ["The deal still needs approval from regulators.", "approval", "potential"],
  ["Talks on a ceasefire stalled.", "stalling", "happened"],
  ["Hopes of a ceasefire faded on Tuesday.", "ceasefire", "potential"],
  ["The union is demanding a 10 percent pay rise.", "pay rise", "potential"],
  ["Farmers are lobbying for a ban on imports.", "ban", "potential"],
  // A definite event after a modal's verb keeps its own modality, though its quote opens at that verb.
  ["Unions said they would fight the job cuts.", "job cuts", "happened"],
];

describe("modality from cues", () => {
  it.each(cases)("%s → %s: %s", (sentence, label, modality) => {
    expect(run(sentence).event(label).modality).toBe(modality);
  });

  it("a thing under negotiation with an indefinite article is potential; with a definite one it happened", () => {
    const byLabel = (sentence: string, label: string) => run(sentence).events.find((e) => e.label === label)?.modality;
    expect(byLabel("Talks on a ceasefire stalled.", "Ceasefire")).toBe("potential");
    expect(byLabel("The two sides held talks on the ruling.", "Ruling")).toBe("happened");
  });

  it("a cue does not cross into another verb's clause ('plans to restore relations hurt by curbs')", () => {
    const x = run("Korea announced plans to restore relations hurt by the export curbs.");
    expect(x.event("restoration").modality).toBe("planned");
    expect(x.event("deterioration").modality).toBe("happened");
    expect(x.event("curbs").modality).toBe("happened");
  });

  it("a modal reaches the coordinated verb ('will develop … and diversify')", () => {
    const x = run("The government will develop new markets and diversify export products.");
    expect(x.event("diversification").modality).toBe("planned");
  });

  it("'will' in one clause does not make a past event in another planned", () => {
    const x = run("Japan imposed the curbs in 2019, and Korea will lift its own restrictions.");
    expect(x.event("curbs").modality).toBe("happened");
    expect(x.event("lifting").modality).toBe("planned");
  });

  it("a relation takes the modality of its clause", () => {
    const x = run("Positive spillovers are expected to stem from the summit.");
    const planned = run("Seoul will expand flights to restore tourism.");
    expect(planned.has("expansion", "intendsToCause", "restoration")?.modality).toBe("planned");
    expect(x.events.every((e) => e.modality)).toBe(true);
  });
});

describe("modality of gerunds", () => {
  it("a gerund after 'the foundation for' is planned; after a verb ('arrested for violating') it is not changed", () => {
    expect(run("The summit laid the foundation for revitalizing bilateral ties.").event("revitalization").modality).toBe("planned");
    expect(run("Police said the protesters were arrested for attacking the embassy.").event("attack").modality).toBe("happened");
  });
});

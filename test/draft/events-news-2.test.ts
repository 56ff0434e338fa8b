// Events, their labels and their speakers in a budget story, sentences written for these tests: a
// state after "be" that is no act ("the effect will be limited"), a company moving work abroad, the
// possessor of the actor ("Germany's coalition government") that is no second party, a complement
// clause after a time ("warned on Monday that the recovery could stall"), and a speech verb after
// "but" whose speaker is the first conjunct's subject, not the pronoun after it.
import { describe, expect, it } from "vitest";
import { draftStages } from "./draft-stages.ts";

const draft = (text: string) => draftStages(text, "2025-11-27");

describe("events of a budget story", () => {
  it("'the effect will be limited' is a state; 'imports were limited to 5%' is a restriction", () => {
    const state = draft('"Without lower grid fees the effect will be limited," said Clemens Fuest.').events;
    expect(state.map((e) => e.id).join(", ")).not.toMatch(/effect|limit|restriction|curb/);
    const act = draft("Imports of steel were limited to 5% of the market last year.").events;
    expect(act.length, act.map((e) => e.id).join(", ")).toBeGreaterThan(0);
  });

  it.each([
    ["High energy prices could force chemical companies to move production abroad.", /^relocation-of-production$/, "potential"],
    ["Volkswagen will shift assembly of the ID.3 to Spain next year.", /^relocation-of-assembly/, "planned"],
    ["The carmaker relocated its headquarters to Munich in 2019.", /^relocation-of-headquarters/, "happened"],
  ])("moving work elsewhere is a relocation: %s", (text, id, modality) => {
    const { events } = draft(text);
    const found = events.find((e) => id.test(e.id));
    expect(found, events.map((e) => e.id).join(", ")).toBeDefined();
    expect(found?.modality).toBe(modality);
  });

  it("'moved to a new office' or 'shifted its stance' is no relocation of work", () => {
    const ids = draft("The minister moved quickly and the party shifted its stance on taxes.").events.map((e) => e.id);
    expect(ids.join(", ")).not.toMatch(/relocation/);
  });

  it("the possessor of the actor is not a second party of the agreement", () => {
    const { events, relations } = draft("BERLIN, Nov 27 (Reuters) - Germany's coalition government agreed on Wednesday to cut the electricity tax for manufacturers.");
    const agreement = events.find((e) => /^agreement/.test(e.id));
    expect(agreement, events.map((e) => e.id).join(", ")).toBeDefined();
    expect(agreement?.label).not.toMatch(/Germany.Germany/);
    const actors = relations.filter((r) => r.from === agreement?.id && r.rel === "hasActor").map((r) => r.to);
    expect(actors).toEqual(["germanys-coalition-government"]);
  });

  it("a complement clause after a time: the subject is 'the recovery', not 'Monday that the recovery'", () => {
    const { events } = draft("The Bundesbank warned on Monday that the recovery could stall if U.S. tariffs on European goods rise further.");
    const ids = events.map((e) => e.id);
    expect(ids).toContain("stalling-of-recovery");
    expect(ids.join(", ")).not.toMatch(/monday/);
  });

  it("'welcomed the cut but said it …': the economists speak, not the company of the sentence before", () => {
    const { relations } = draft("BASF, the world's largest chemical maker, said last month it would close two more plants. Economists welcomed the cut but said it was unlikely to be enough.");
    const speakers = relations.filter((r) => r.rel === "announcedBy").map((r) => `${r.from} -> ${r.to}`);
    expect(speakers.some((s) => /closure.* -> basf$/.test(s)), speakers.join("; ")).toBe(true);
    expect(speakers.filter((s) => !/closure/.test(s) && / -> basf$/.test(s)), speakers.join("; ")).toEqual([]);
  });

  it("an inverted speaker after its report still counts: '…,' said the minister", () => {
    const { relations } = draft('"We will cut the tax from January," said Finance Minister Lars Klingbeil.');
    expect(relations.some((r) => r.rel === "announcedBy" && r.to === "lars-klingbeil")).toBe(true);
  });
});

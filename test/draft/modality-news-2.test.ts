// Modality in news copy, second round: a definite event noun as the subject of a modal keeps its
// own modality unless the verb says the event itself goes on ("the strike could cost billions" vs
// "the walkout could last for weeks"); a change caused by an event, not by an actor, is expected;
// "voted to" reports an act that was taken.
import { describe, expect, it } from "vitest";
import { run } from "./events-fixtures.ts";

describe("a modal after an event noun", () => {
  it("is the predicate's when the verb is not the event's own happening", () => {
    expect(run("The strike could cost the economy billions of dollars.").event("strike").modality).toBe("happened");
    expect(run("The ban will hurt farmers.").event("ban").modality).toBe("happened");
  });

  it("is the noun's when the verb says it happens, goes on or lasts", () => {
    expect(run("The walkout could last for weeks.").event("walkout").modality).toBe("potential");
    expect(run("The protests are likely to continue.").event("protests").modality).toBe("expected");
    expect(run("The vote will be held on Sunday.").event("vote").modality).not.toBe("happened");
  });

  it("an indefinite noun always takes it", () => {
    expect(run("A second strike could follow next month.").event("strike").modality).toBe("potential");
    expect(run("A ban could cost farmers dearly.").event("ban").modality).toBe("potential");
  });
});

describe("who changes what", () => {
  it("a change an event will bring about is expected; one an actor will make is planned", () => {
    expect(run("The ban will hurt farmers.").event("harm").modality).toBe("expected");
    expect(run("Japan will restore exchanges with Korea.").event("restoration").modality).toBe("planned");
  });
});

describe("acts reported with an infinitive", () => {
  it("'voted to approve' approved; 'agreed to settle' is still to come", () => {
    expect(run("Parliament voted to approve the budget on Tuesday.").event("approval").modality).toBe("happened");
    expect(run("The company agreed to pay 300 million dollars to settle the case.").event("settlement").modality).not.toBe("happened");
  });
});

describe("threats and expectations", () => {
  it("what a threat names has not happened; a definite object already exists", () => {
    const x = run("The union threatened a second strike.");
    expect(x.events.find((e) => /^second strike$/i.test(e.label))?.modality).toBe("potential");
  });

  it("'bracing for' an event expects it", () => {
    expect(run("Investors are bracing for a rate cut in December.").event("cut").modality).toBe("expected");
  });
});

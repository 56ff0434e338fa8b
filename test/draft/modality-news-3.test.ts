// Modality in news copy, third round: a negation whose verb is no event ("declined to comment on")
// does not undo the definite thing after it; a refusal an "if" clause only supposes is
// conditional, as is what it refuses; "its next meeting" has not taken place; and a lowercase
// "drew" is a verb, not a first name.
import { describe, expect, it } from "vitest";
import { run } from "./events-fixtures.ts";

describe("a negation that belongs to a verb which is no event", () => {
  it("leaves the definite proposal or plan after it as it is", () => {
    expect(run("The minister declined to comment on the proposal.").event("proposal").modality).not.toBe("not_happened");
    expect(run("The ministry would not comment on the plan.").event("plan").modality).not.toBe("not_happened");
  });

  it("still negates an event verb it governs", () => {
    expect(run("Officials refused to sign the agreement.").event("signing").modality).toBe("not_happened");
  });
});

describe("a refusal inside an if clause", () => {
  it("is conditional, and so is what it refuses", () => {
    const r = run("The union will strike if the company refuses to raise wages.");
    expect(r.event("decision not to").modality).toBe("conditional");
    expect(r.event("increase in wages").modality).toBe("conditional");
    expect(run("The company refused to raise wages.").event("increase in wages").modality).toBe("not_happened");
  });
});

describe("'next' and 'coming' before an event noun", () => {
  it("make it planned", () => {
    expect(run("The bank is likely to hold rates steady at its next meeting.").event("meeting").modality).toBe("planned");
    expect(run("Voters head to the polls in the coming election.").event("election").modality).toBe("planned");
  });

  it("reach only the noun phrase after them", () => {
    expect(run("The next day, workers went on strike.").event("strike").modality).toBe("happened");
  });
});

describe("a lowercase word compromise takes for a first name", () => {
  it("is read as the verb it is", () => {
    const r = run("The plan drew criticism from industry.");
    expect(r.events.map((e) => e.label)).not.toContain("Drewing criticism");
    expect(r.events.some((e) => /^Drawing criticism/.test(e.label))).toBe(true);
  });
});

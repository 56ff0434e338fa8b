// Modality in news copy, fifth round: the subject of a reported clause without "that" ("said a
// decision would be made") takes the modal after it, like the subject of a clause of its own.
import { describe, expect, it } from "vitest";
import { draftStages } from "./draft-stages.ts";

const event = (text: string, label: RegExp) => draftStages(text, "2026-11-20").events.find((e) => label.test(e.label));

describe("the subject of a reported clause", () => {
  it("takes the modal after it when a speech verb opens the clause", () => {
    expect(event("The minister said a decision on the tariffs would be made next week.", /^Decision/)?.modality).not.toBe("happened");
  });

  it("takes the modal after it when 'that' opens the clause", () => {
    expect(event("The court ruled that the merger could go ahead.", /^Merger$/)?.modality).toBe("potential");
  });

  it("keeps a definite event as it happened when the modal is the verb's", () => {
    expect(event("The minister said the strike would cost billions.", /^Strike$/)?.modality ?? "happened").toBe("happened");
  });
});

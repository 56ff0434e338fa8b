// Modality in news copy, sixth round: a verb cue read across an adverb or a date before its "to"
// ("voted unanimously on Wednesday to raise"), and a present-tense time clause ("until repairs are
// completed") that shares the future of its main clause.
import { describe, expect, it } from "vitest";
import { draftStages } from "./draft-stages.ts";

const event = (text: string, label: RegExp) => draftStages(text, "2026-11-20").events.find((e) => label.test(e.label));

describe("a verb cue with words before its 'to'", () => {
  it("reads 'voted … to' across an adverb and a date", () => {
    expect(event("The central bank's board voted unanimously on Wednesday to raise its benchmark rate.", /^Increase/)?.modality).toBe("happened");
  });

  it("reads 'plans … to' across a date phrase", () => {
    expect(event("The company plans next year to close three factories in Ohio.", /clos/i)?.modality).toBe("planned");
  });

  it("is not read across a comma", () => {
    expect(event("Officials voted on Monday, and to everyone's surprise prices rose.", /^Vote/)?.modality ?? "happened").toBe("happened");
  });
});

describe("a present-tense time clause", () => {
  it("shares the future of its main clause", () => {
    expect(event("The port will stay closed until repairs are completed, the authority said.", /repairs/i)?.modality).not.toBe("happened");
  });

  it("stays a fact in the past tense", () => {
    expect(event("The port stayed closed until repairs were completed, the authority said.", /repairs/i)?.modality ?? "happened").toBe("happened");
  });

  it("stays a fact when the main clause has no future", () => {
    expect(event("The port stays closed until repairs are completed, the authority said.", /repairs/i)?.modality ?? "happened").toBe("happened");
  });
});

describe("a reported clause after a verb of thought", () => {
  it("gives its subject the modal after it", () => {
    expect(event("Investors fear a prolonged shutdown would hurt growth.", /shutdown/i)?.modality).not.toBe("happened");
  });
});

describe("a negated 'rule out'", () => {
  it("leaves what was not ruled out possible", () => {
    expect(event("The governor did not rule out a further rate hike.", /hike/i)?.modality).toBe("potential");
  });

  it("keeps what was ruled out from happening", () => {
    expect(event("The central bank ruled out a rate cut.", /cut/i)?.modality).toBe("not_happened");
  });
});

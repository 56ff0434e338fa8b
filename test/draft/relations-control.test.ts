// Who does what an infinitive names after a control verb: the object of "forced", "urged", "ordered"
// ("urged the union to return"), the subject of "pledged", "agreed" ("Japan pledged to lift").
// Invented sentences.
import { describe, expect, it } from "vitest";
import { run } from "./events-fixtures.ts";

const actorsOf = (sentence: string, words: string): string[] => {
  const x = run(sentence);
  const event = x.event(words);
  return x.relations.filter((r) => r.rel === "hasActor" && r.from === event.id).map((r) => r.to);
};

describe("the actor of an infinitive after a control verb", () => {
  it("after a verb that controls its object, the object acts", () => {
    expect(actorsOf("The court ordered Japan to pay damages.", "paying")).toEqual(["japan"]);
    expect(actorsOf("Washington urged Seoul to return to negotiations.", "return")).toEqual(["korea"]);
  });

  it("an object that names no actor leaves the infinitive without one, never the subject", () => {
    expect(actorsOf("Thousands of nurses walked off the job, forcing hospitals to postpone hundreds of planned operations.", "postponement")).not.toContain("nurses");
  });

  it("after a verb that controls its subject, the subject acts", () => {
    expect(actorsOf("Japan pledged to lift the curbs.", "lifting")).toEqual(["japan"]);
  });

  it("a counted phrase is about what it counts ('postponement of hundreds of planned operations')", () => {
    expect(run("The storm forced airlines to cancel hundreds of flights.").event("cancellation").label).toBe("Cancellation of hundreds of flights");
  });
});

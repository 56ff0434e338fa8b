// Pronoun subjects (src/draft/pronoun-subjects.ts): "it", "they", "he", "she" before an event's verb
// stand for the first fitting actor of the sentence, else of the sentence before; never further.
import { describe, expect, it } from "vitest";
import { run } from "./events-fixtures.ts";

const UNION = { id: "union", kind: "Organization" as const, label: "Dockers' union", names: ["The union", "the union"] };
const MINISTER = { id: "habeck", kind: "Person" as const, label: "Robert Habeck", names: ["Robert Habeck", "Habeck"] };

describe("pronoun subjects", () => {
  it("'They' in the next sentence is the organisation named first before it", () => {
    const x = run("The union rejected the offer. They will strike on Monday.", [UNION]);
    const link = x.has("strike", "hasActor", "union");
    expect(link).toBeDefined();
    expect(x.quote(link!)).toEqual(["The union", "They will strike"]);
  });

  it("'he' is a person, 'it' is not", () => {
    const x = run("Robert Habeck met the union on Friday. He later criticised the offer.", [UNION, MINISTER]);
    expect(x.has("criticism", "hasActor", "habeck")).toBeDefined();
    expect(x.has("criticism", "hasActor", "union")).toBeUndefined();
    const y = run("Robert Habeck spoke on Friday. It later criticised the offer.", [MINISTER]);
    expect(y.relations.filter((r) => r.rel === "hasActor")).toHaveLength(0);
  });

  it("looks back one sentence only", () => {
    const x = run("The union rejected the offer. Talks went on. They will strike on Monday.", [UNION]);
    expect(x.has("strike", "hasActor", "union")).toBeUndefined();
  });
});

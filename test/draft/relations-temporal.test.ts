// Temporal order from cues, on invented wire sentences: the phrase a cue governs ends at its clause,
// an actor after the cue opens a clause, and a happening the recognizer named can be an end.
import { describe, expect, it } from "vitest";
import { run } from "./events-fixtures.ts";

describe("temporal cues", () => {
  it("'after the drought, and … later imposed curbs': the curbs are not what came first", () => {
    const x = run("Prices jumped after the drought, and the government later imposed export curbs.", [{ id: "drought", kind: "Issue", label: "drought", names: ["drought"] }]);
    expect(x.relations.some((r) => r.rel === "before")).toBe(false);
  });

  it("'after Tokyo curbed exports': the actor opens the clause, its event is the earlier one", () => {
    const x = run("Relations soured in 2019 after Tokyo curbed exports.");
    expect(x.has("curbs", "before", "relations")).toBeDefined();
  });

  it("'during' a happening the recognizer named", () => {
    const x = run("Japan imposed curbs on exports during World War II.", [{ id: "world-war-ii", kind: "Event", label: "World War II", names: ["World War II"] }]);
    const during = x.relations.find((r) => r.rel === "during");
    expect(during?.to).toBe("world-war-ii");
  });
});

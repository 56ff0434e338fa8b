// Modality of events in news on other topics: conditionals, subjects with a modal after them,
// refusals to act and demands made of others.
import { describe, expect, it } from "vitest";
import { run } from "./events-fixtures.ts";

describe("modality in news copy", () => {
  it("a noun subject takes the modal after it, and an if-clause makes it conditional", () => {
    const x = run("Union leaders said a second, longer strike could follow later this month if no improved offer is made.");
    expect(x.event("strike").modality).toBe("conditional");
  });

  it("'would not intervene' did not happen", () => {
    const x = run("The minister said the government would not intervene in the dispute.");
    expect(x.event("intervention").modality).toBe("not_happened");
  });

  it("'urged X to' and 'called on both sides to' are demands: potential", () => {
    const x = run("The company urged the union to return to the table.");
    expect(x.event("return to talks").modality).toBe("potential");
    const y = run("The minister called on both sides to resume talks.");
    expect(y.event("resumption").modality).toBe("potential");
  });

  it("'urged both sides to agree a ceasefire' is one potential ceasefire", () => {
    const x = run("The United Nations urged both sides to agree a ceasefire.");
    expect(x.events.filter((e) => /ceasefire/i.test(e.label))).toHaveLength(1);
    expect(x.event("ceasefire").modality).toBe("potential");
  });
});

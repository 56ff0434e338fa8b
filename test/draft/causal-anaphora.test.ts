// Causal links across sentences in invented wire copy: a subject that refers back to an event
// ("The move came after …", "This followed …") and a sentence opened by "As a result," whose first
// word the tagger reads as a verb; and the sentences with a subject of their own that stay order only.
import { describe, expect, it } from "vitest";
import { run } from "./events-fixtures.ts";

const causal = (text: string): string[] =>
  run(text)
    .relations.filter((r) => ["causes", "enables", "prevents", "intendsToCause"].includes(r.rel))
    .map((r) => `${r.from} ${r.rel} ${r.to}`);

describe("causal links to an event referred back to", () => {
  it("'The move came after …': what it came after causes the earlier event", () => {
    const x = run("The bank raised rates. The move came after inflation rose to 9%.");
    expect(x.has("rise in inflation", "causes", "increase in rates")).toBeDefined();
    expect(x.has("rise in inflation", "before", "increase in rates")).toBeDefined();
  });

  it("'This followed …': the pronoun is the event of the sentence before", () => {
    const x = run("The bank raised rates. This followed a surge in inflation.");
    expect(x.has("surge in inflation", "causes", "increase in rates")).toBeDefined();
  });

  it("'The decision came amid …' is a weak cause", () => {
    const x = run("The bank raised rates. The decision came amid a surge in inflation.");
    const link = x.has("surge in inflation", "causes", "increase in rates");
    expect(link?.confidence).toBeLessThan(0.6);
  });

  it("'As a result,' before a noun the tagger reads as a verb still links the sentences", () => {
    const x = run("The central bank raised interest rates on Wednesday. As a result, borrowing costs rose sharply.");
    expect(x.has("increase in interest rates", "causes", "rise in costs")).toBeDefined();
  });

  it("a subject that names its own event ('The summit came after talks') is order only", () => {
    expect(causal("The summit came after talks in Paris.")).toHaveLength(0);
    expect(causal("The meeting followed talks in Paris.")).toHaveLength(0);
  });

  it("'followed' with a named subject deep in the sentence gives no cause", () => {
    expect(causal("Ministers from the two countries met on Friday, and a dinner followed the talks.")).toHaveLength(0);
  });
});

describe("connectives that refer back", () => {
  it("'In response,' opening a sentence: the event before answers it", () => {
    const x = run("Japan tightened export controls. In response, Korea filed a complaint with the WTO.");
    expect(x.has("export controls", "causes", "lawsuit")).toBeDefined();
  });

  it("'…, and as a result, …' inside a sentence takes the cause before the cue, not the sentence before", () => {
    const x = run("Exports slumped in May. The bank raised rates sharply, and as a result, the currency strengthened.");
    expect(x.has("increase in rates", "causes", "strengthening in currency")).toBeDefined();
    expect(x.has("slump", "causes", "strengthening in currency")).toBeUndefined();
  });

  it("a connective joins two events, not an event and a thing it names", () => {
    const x = run("The bank raised rates. As a result, mortgages are more expensive.", [{ id: "mortgages", kind: "Economy", label: "mortgages", names: ["mortgages"] }]);
    expect(x.relations.filter((r) => r.rel === "causes")).toHaveLength(0);
  });
});

describe("a participle that modifies a noun", () => {
  it("'amid falling sales': the fall is the cause of the cuts, not their effect", () => {
    const x = run("The company cut 500 jobs amid falling sales.");
    expect(x.has("fall in sales", "causes", "cut in 500 jobs")).toBeDefined();
    expect(x.has("cut in 500 jobs", "causes", "fall in sales")).toBeUndefined();
  });
});

describe("what the actor is fighting", () => {
  it("'as it battles soaring inflation' gives the reason for the main verb", () => {
    const x = run("The bank has raised rates 12 times since 2021 as it battles soaring inflation.");
    expect(x.has("soaring inflation", "causes", "increase in rates")).toBeDefined();
  });

  it("'as it prepares for talks' states no reason", () => {
    expect(causal("The bank has raised rates 12 times since 2021 as it prepares for talks with the government.")).toHaveLength(0);
  });
});

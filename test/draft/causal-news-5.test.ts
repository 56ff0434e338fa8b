// Causal links in invented wire copy: a purpose clause opening the sentence ("To ease congestion,
// …", "In an effort to curb inflation, …") is the aim of the clause after its comma, never of the
// sentence before; a finite "leave" with a state after its object ("Flooding has left thousands
// stranded") is caused by its subject's event.
import { describe, expect, it } from "vitest";
import { run } from "./events-fixtures.ts";

const causal = (text: string): string[] =>
  run(text)
    .relations.filter((r) => ["causes", "enables", "prevents", "intendsToCause"].includes(r.rel))
    .map((r) => `${r.from} ${r.rel} ${r.to}`);

describe("a purpose clause that opens the sentence", () => {
  it("'In an effort to …,' is the aim of the main clause after the comma, not of the sentence before", () => {
    const x = run("Talks broke down over wages last week. In an effort to curb inflation, the central bank raised interest rates.");
    expect(x.has("increase in interest rates", "intendsToCause", "curbing inflation")).toBeDefined();
    expect(x.has("breakdown", "intendsToCause", "curbing inflation")).toBeUndefined();
  });

  it("a bare 'To V …,' opening the sentence is a purpose even when the tagger reads the verb as a noun", () => {
    const x = run("To ease congestion, officials reopened the northern terminal on Monday.");
    expect(x.has("reopening", "intendsToCause", "easing of congestion")).toBeDefined();
  });

  it("after an opening 'But' and with a participle cue ('Seeking to …')", () => {
    expect(run("But to avoid a strike, the airline raised wages.").has("increase in wages", "intendsToCause", "avoiding")).toBeDefined();
    expect(run("Seeking to calm markets, the ministry suspended the new tax.").has("suspension", "intendsToCause", "calming markets")).toBeDefined();
  });

  it("'To date,' and 'To be sure,' open no purpose", () => {
    expect(causal("To date, the company has sold five million cars.")).toEqual([]);
    expect(causal("To be sure, the company raised prices.").filter((l) => l.includes("intendsToCause"))).toEqual([]);
  });
});

describe("a finite 'leave' with a state after its object", () => {
  it("the subject's event causes the state", () => {
    expect(run("Flooding has left thousands of residents stranded in the north.").has("flooding", "causes", "stranding")).toBeDefined();
    expect(run("The earthquake left at least 40 people dead.").has("earthquake", "causes", "deaths")).toBeDefined();
  });

  it("an actor who leaves causes nothing", () => {
    expect(causal("The minister left the meeting early on Tuesday.")).toEqual([]);
    expect(causal("The party's leader left the coalition talks.")).toEqual([]);
  });
});

describe("a causative verb coordinated with the one before", () => {
  it("shares its subject, which causes both ('killed … and destroyed …')", () => {
    const x = run("Last year, a similar storm killed more than 300 people and destroyed 40,000 homes.");
    expect(x.has("storm", "causes", "deaths")).toBeDefined();
    expect(x.has("storm", "causes", "destruction")).toBeDefined();
    expect(x.has("deaths", "causes", "destruction")).toBeUndefined();
  });

  it("an actor's two deeds give no cause", () => {
    expect(causal("The company hired 200 workers and opened a new plant.")).toEqual([]);
  });
});

describe("'from' after a noun of harm names its source", () => {
  it("'crop damage from earlier floods', 'Damage from the earthquake'", () => {
    expect(run("Rice prices have risen because of crop damage from earlier floods.").has("floods", "causes", "crop damage")).toBeDefined();
    expect(run("Damage from the earthquake is estimated at $2 billion.").has("earthquake", "causes", "damage")).toBeDefined();
  });

  it("a place, a starting point or an origin after 'from' is no cause", () => {
    expect(causal("Residents were evacuated from coastal towns on Thursday.")).toEqual([]);
    expect(causal("Exports fell from a year earlier, while imports from China rose.")).toEqual([]);
  });
});

describe("the reasons a company gives after 'blaming'", () => {
  const TEXT = "Volkwerk said on Tuesday it would cut 4,000 jobs, blaming weak demand for electric vehicles and rising competition from Chinese rivals.";

  it("each coordinated reason causes the act, across the first one's prepositional phrase", () => {
    const x = run(TEXT);
    expect(x.has("weak demand", "causes", "cut")).toBeDefined();
    expect(x.has("rise in competition", "causes", "cut")).toBeDefined();
  });

  it("the demand's own 'for' is no 'blamed X for Y'", () => {
    expect(causal(TEXT).filter((l) => l.startsWith("weak-demand") && !l.endsWith("jobs"))).toEqual([]);
  });

  it("a phrase that names an event may be what the second noun joins, so no conjunct is read across it", () => {
    const x = run("Shares fell, citing weak demand after the strike and rising costs.");
    expect(x.has("weak demand", "causes", "fall in shares")).toBeDefined();
    expect(x.has("rise in costs", "causes", "fall in shares")).toBeUndefined();
  });
});

describe("'as' before an adjective, a noun and a verb opens a clause", () => {
  it("'fell … as local brands gained market share' is a weak cause", () => {
    const x = run("Volkwerk's sales in China fell 18% in the third quarter as local brands gained market share.");
    expect(x.has("gain in market share", "causes", "fall in")).toBeDefined();
  });

  it("'as high as', 'as expected' compare and link nothing", () => {
    expect(causal("Inflation rose as high as 9% in June.")).toEqual([]);
    expect(causal("The index closed as expected.")).toEqual([]);
  });
});

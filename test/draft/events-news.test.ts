// Events in wire copy on topics the rules were not first written on (central banks, strikes,
// courts, disasters, elections, companies): each sentence is invented, in the style of a news
// agency, and the test states what a reader would mark as a happening in it.
import { describe, expect, it } from "vitest";
import { run } from "./events-fixtures.ts";

const labels = (text: string): string[] => run(text).events.map((e) => e.label);

describe("events in news on other topics", () => {
  it("a participle the tagger reads as an adjective after 'were' is a passive verb", () => {
    const x = run("Schools were closed because of the heavy rain.");
    expect(x.event("schools").modality).toBe("happened");
    expect(x.has("heavy rain", "causes", "schools")).toBeDefined();
  });

  it("'suspended' is named by its own noun, and the noun after 'due to' is the cause", () => {
    const x = run("Flights were suspended due to damage at the airport.");
    expect(x.event("flights").label).toBe("Suspension of flights");
    expect(x.has("damage", "causes", "suspension of flights")).toBeDefined();
  });

  it("a verb right after 'which' changes the noun phrase before it", () => {
    const x = run("Officials pointed to inflation, which climbed to 6.2% in April.");
    expect(x.event("inflation").label).toBe("Rise in inflation");
  });

  it("'strike' with no object is a labour strike; with one it is an attack", () => {
    const strike = run("Unions threatened to strike over pay.");
    expect(strike.event("strike").label).toBe("Strike");
    expect(strike.event("strike").modality).toBe("potential");
    expect(labels("Missiles struck the capital overnight.").join()).toMatch(/attack on capital$/i);
  });

  it("a definite noun after a modal's verb keeps its own modality: the ruling happened, the appeal is planned", () => {
    const x = run("The firm said it would appeal the ruling.");
    expect(x.event("appeal").modality).toBe("planned");
    expect(x.event("ruling").modality).toBe("happened");
  });

  it("a quake's coordinated result participles are both its effects, and not each other's", () => {
    const x = run("A magnitude 6.8 earthquake struck the island on Monday, killing at least 40 people and destroying hundreds of homes.");
    expect(x.events.filter((e) => /attack/i.test(e.label))).toHaveLength(0);
    expect(x.has("earthquake", "causes", "deaths")).toBeDefined();
    expect(x.has("earthquake", "causes", "destruction")).toBeDefined();
    expect(x.has("deaths", "causes", "destruction")).toBeUndefined();
  });

  it("'plans' between a subject and 'to' + verb is the verb, and what is planned is the event", () => {
    const x = run("The government plans to cut fuel taxes.");
    expect(x.event("cut").modality).toBe("planned");
    expect(x.events.some((e) => /plans/i.test(e.label))).toBe(false);
  });

  it("a noun after an amount with a determiner or a unit, even when tagged as a verb", () => {
    expect(labels("The layoffs follow a 20% drop in profit.")).toContain("20% drop in profit");
    expect(labels("The government announced a $5 billion package.").some((l) => /package/.test(l))).toBe(true);
  });

  it("a gerund before a finite verb is a noun ('fighting resumed')", () => {
    expect(labels("The talks ended, and fighting resumed hours later.")).toContain("Fighting");
  });

  it("court, company and election verbs name events", () => {
    expect(labels("The Supreme Court upheld the verdict.").length).toBeGreaterThan(0);
    expect(labels("Prosecutors charged the former chief executive with fraud.").some((l) => /executive/.test(l))).toBe(true);
    expect(labels("The carmaker recalled 2 million cars.").join()).toMatch(/recall of 2 million cars$/i);
    expect(labels("Opposition parties boycotted the vote.").some((l) => /protests/i.test(l))).toBe(true);
  });

  it("'he recalled' (remembered) and 'opened fire' name no event", () => {
    expect(labels("He recalled that the talks had been tense.").some((l) => /recall/i.test(l))).toBe(false);
    expect(labels("Soldiers opened fire.")).toHaveLength(0);
  });

  it("'the layoffs' after 'sales slumped' is another change, not the slump", () => {
    const x = run("Sales slumped in March. The layoffs were announced in April.");
    expect(x.events.filter((e) => /slump|layoffs/i.test(e.label))).toHaveLength(2);
  });

  it("'due to' + a schedule verb is a timetable, not a cause", () => {
    const x = run("The two leaders are due to meet on Monday in Geneva.");
    expect(x.relations.filter((r) => r.rel === "causes")).toHaveLength(0);
    expect(x.event("meeting").modality).not.toBe("happened");
  });

  it("a central bank keeping its rate is a decision; keeping a promise is none", () => {
    expect(labels("The central bank kept interest rates unchanged.")).toContain("Keeping interest rates unchanged");
    expect(labels("The bank held its key rate at 5.25%.").join()).toMatch(/key rate/);
    expect(labels("The minister kept his promise.")).toHaveLength(0);
  });

  it("company results, settlements and pleas are events", () => {
    expect(labels("The company reported a record profit.")).toContain("Record profit");
    expect(labels("The company agreed to pay a $50 million settlement.").join()).toMatch(/settlement/);
    expect(labels("He pleaded guilty to fraud.")).toContain("Guilty plea");
  });

  it("'pushing inflation higher' is a rise in inflation, the result of the surge before it", () => {
    const x = run("Oil prices surged, pushing inflation higher.");
    expect(x.event("inflation").label).toBe("Increase in inflation");
    expect(x.has("surge", "causes", "inflation")).toBeDefined();
    expect(labels("The ministry pushed the talks to Friday.").some((l) => /increase|decrease/i.test(l))).toBe(false);
  });

  it("a plan is named by what it plans, up to the sentence's own verb or modal", () => {
    const wage = labels("The government's plan to raise the minimum wage drew criticism from unions.");
    expect(wage.find((l) => /plan to raise/i.test(l))).toMatch(/plan to raise the minimum wage$/i);
    expect(wage).toContain("Criticism");
    expect(labels("A proposal to cap rents would be tabled next week.")).toContain("Proposal to cap rents");
  });

  it("the owner before a possessive is not a modifier of the noun ('The central bank's decision')", () => {
    const found = labels("The central bank's decision to hold rates surprised markets.");
    expect(found.some((l) => /decision$/i.test(l))).toBe(true);
    expect(found.join("|")).not.toMatch(/central decision/i);
  });

  it("a boom and a sell-off are changes; a capitalised 'Drew' stays a name", () => {
    expect(labels("Prices soared during a housing boom.").join("|")).toMatch(/housing boom/i);
    expect(labels("Drew Hart, a local farmer, spoke to reporters.")).toEqual([]);
  });

  it("a level a quantity stays at is a state the news reports; a person standing somewhere is none", () => {
    expect(labels("Inflation remained high at 7.1% in March.")).toContain("Persistent inflation");
    expect(labels("Unemployment stood at 6.5% in the third quarter.")).toContain("Level of unemployment");
    expect(labels("The mayor stood at the door of the town hall.")).toEqual([]);
  });

  it("a bare noun after 'weeks of' and a bare gathering as a subject are happenings; bare investment is not", () => {
    expect(labels("The deal came after weeks of negotiations.")).toContain("Negotiations");
    expect(labels("Talks resumed on Monday.").join("|")).toMatch(/talks/i);
    expect(labels("Investment rose in the second quarter.")).not.toContain("Investment");
  });

  it("an amount after the object is a second object, not part of the label ('fined the provider 1.2 billion euros')", () => {
    const found = labels("The European Commission fined the cloud provider 1.2 billion euros for abusing its position.");
    expect(found.find((l) => /fine/i.test(l))).toMatch(/fine on cloud provider$/i);
    expect(labels("The government will build 15 industrial complexes.").join("|")).toMatch(/15 industrial complexes/i);
  });
});

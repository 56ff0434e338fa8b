// More causal phrasings of news copy, sentences written for these tests: "blamed X on Y" and
// "attributed X to Y" with a plain noun phrase as the cause, "led to" with a plain noun phrase as the
// effect, the enabling idioms ("paves the way for", "set the stage for") that are no acts of their
// own, the finite clause after "arguing that", and two mentions of one kind of happening with
// different counts ("cancelled 800 flights" … "the cancellation of more than 1,000 flights").
import { describe, expect, it } from "vitest";
import { draftStages } from "./draft-stages.ts";

const draft = (text: string) => draftStages(text);

const links = (text: string, rel: string): string[] =>
  draft(text)
    .relations.filter((r) => r.rel === rel)
    .map((r) => `${r.from} -> ${r.to}`);

describe("causal phrasings of news copy (3)", () => {
  it.each([
    ["Officials blamed the fire on faulty wiring.", "causes", /^faulty-wiring -> fire$/],
    ["Analysts attributed the drop in sales to weak demand.", "causes", /^weak-demand -> drop-in-sales$/],
    ["Staff shortages led to long queues at airports.", "causes", /^staff-shortages -> long-queues/],
    ["The tariffs resulted in higher prices for consumers.", "causes", /^tariffs -> higher-prices/],
    ["The ruling paves the way for the merger.", "enables", /^ruling -> merger$/],
    ["The union is demanding a pay rise, arguing that soaring prices have eroded wages.", "causes", /^soaring-prices -> wages$/],
  ])("%s", (text, rel, link) => {
    const found = links(text, rel);
    expect(found.some((c) => link.test(c)), found.join("; ")).toBe(true);
  });

  it("the blamed noun keeps no 'on' phrase of the cause in its label", () => {
    expect(draft("Officials blamed the fire on faulty wiring.").events.map((e) => e.id)).not.toContain("fire-on-faulty-wiring");
  });

  it("'paved the way' is the cue, not an act of paving", () => {
    const ids = draft("The ruling paved the way for the merger.").events.map((e) => e.id);
    expect(ids.some((id) => /pav/.test(id)), ids.join(", ")).toBe(false);
  });

  it("what follows 'arguing that' is not demanded: the claim keeps its own modality", () => {
    const { events } = draft("The union is demanding a pay rise, arguing that soaring prices have eroded wages.");
    expect(events.find((e) => e.id === "soaring-prices")?.modality).toBe("happened");
    expect(events.find((e) => /pay-rise/.test(e.id))?.modality).toBe("potential");
  });

  it("two cancellations with different counts stay two events, each with its count in the label", () => {
    const { events, relations } = draft("Lufthansa cancelled more than 800 flights on Friday. Ground staff staged a walkout in July that forced the cancellation of more than 1,000 flights.");
    const cancellations = events.filter((e) => /cancellation/.test(e.id)).map((e) => e.id);
    expect(cancellations).toHaveLength(2);
    expect(cancellations.some((id) => /1-000-flights/.test(id)), cancellations.join(", ")).toBe(true);
    const caused = relations.filter((r) => r.rel === "causes").map((r) => r.to);
    expect(caused.some((id) => /1-000-flights/.test(id)), caused.join(", ")).toBe(true);
    expect(caused.some((id) => /800-flights/.test(id)), caused.join(", ")).toBe(false);
  });

  it("one cancellation named twice with the same count is still one event", () => {
    const ids = draft("The airline cancelled 800 flights on Friday. The cancellation of 800 flights stranded travellers.")
      .events.map((e) => e.id)
      .filter((id) => /cancellation/.test(id));
    expect(ids).toHaveLength(1);
  });
});

describe("modality from a predicate after the subject", () => {
  it.each([
    ["Lufthansa warned that some delays were likely.", "delays", "expected"],
    ["A decision is expected in December.", "decision", "expected"],
    ["Further rate cuts are possible.", "cuts", "potential"],
    ["An appeal is pending.", "appeal", "happened"],
  ])("%s", (text, id, modality) => {
    const event = draft(text).events.find((e) => e.id === id);
    expect(event?.modality, JSON.stringify(draft(text).events.map((e) => [e.id, e.modality]))).toBe(modality);
  });

  it("a purpose 'to' early in a sentence takes no cause from the sentence before", () => {
    const rels = draft("The union said it could call further strikes if the airline did not improve its offer. Lufthansa plans to resume normal operations on Saturday.").relations;
    expect(rels.filter((r) => r.rel === "intendsToCause")).toEqual([]);
  });
});

describe("passive cues and their ends", () => {
  it.each([
    ["The economy shrank 0.6% in the first quarter, hurt by a slump in copper prices.", /^slump-in-copper-prices -> contraction-in-economy$/],
    ["Relations hurt by the curbs have improved.", /^curbs -> deterioration-of-relations$/],
    ["The bank raised rates to tame inflation that was fuelled by stimulus spending.", /^stimulus-spending -> inflation$/],
    ["Officials pointed to a surge in prices, which was driven by higher fuel costs.", /^higher-fuel-costs -> surge-in-prices$/],
    ["Prices rose because of weak Chinese demand.", /^weak-chinese-demand -> rise-in-prices$/],
  ])("%s", (text, link) => {
    const found = links(text, "causes");
    expect(found.some((c) => link.test(c)), found.join("; ")).toBe(true);
  });

  it("a participle after a comma is no event of its own ('hurt by' names no harm to '0.6% in the first quarter')", () => {
    const ids = draft("The economy shrank 0.6% in the first quarter, hurt by a slump in copper prices.").events.map((e) => e.id);
    expect(ids.some((id) => id.startsWith("harm")), ids.join(", ")).toBe(false);
  });

  it("the sentence's own verb after the agent is no cause", () => {
    expect(links("Relations hurt by the curbs have improved.", "causes").some((c) => c.startsWith("improvement"))).toBe(false);
  });

  it("'to tame inflation' is an aim of the rate rise", () => {
    expect(links("The bank raised rates to tame inflation.", "intendsToCause")).toContain("increase-in-rates -> taming-inflation");
  });
});

describe("clauses of a flood report", () => {
  it("'pledged aid and plans to suspend …': 'plans' is a verb here, so no aim of the aid", () => {
    expect(links("The government has pledged 20 million euros in emergency aid and plans to suspend tax payments.", "intendsToCause")).toEqual([]);
  });

  it("a coordinated verb after a cue's object is no end of the cue ('blocked dozens of roads and cut off villages')", () => {
    const prevented = links("Rescue efforts have been hampered by landslides, which have blocked dozens of roads and cut off several villages.", "prevents");
    expect(prevented.some((c) => /-> cut/.test(c)), prevented.join("; ")).toBe(false);
  });

  it("a bare 'Rescue efforts' opening the sentence is the effect of 'hampered by'", () => {
    expect(links("Rescue efforts have been hampered by landslides.", "causes")).toContain("landslides -> rescue-efforts");
  });

  it("the subject before a relative clause is the actor of the verb after it", () => {
    const x = draft("Prime Minister Giorgia Meloni, who cut short a visit to Japan for the G7 summit, is expected to visit the area on Saturday.");
    const visit = x.events.find((e) => e.modality === "expected");
    expect(visit, JSON.stringify(x.events.map((e) => [e.id, e.modality]))).toBeDefined();
    const actors = x.relations.filter((r) => r.from === visit?.id && r.rel === "hasActor").map((r) => r.to);
    expect(actors).toEqual(["giorgia-meloni"]);
  });

  it("'unable to' makes the infinitive not happened", () => {
    expect(draft("The drought left the ground unable to absorb the water.").events.find((e) => /absorb/.test(e.id))?.modality).toBe("not_happened");
  });

  it("a named race is an event and its cancellation's id ends on no preposition", () => {
    const x = draft("The Formula One Grand Prix at Imola, which was due to take place on Sunday, has been cancelled because of the flooding.");
    expect(x.entities.find((e) => e.label === "Formula One Grand Prix")?.kind).toBe("Event");
    const cancel = x.events.find((e) => /^cancellation/.test(e.id));
    expect(cancel?.id).toMatch(/grand-prix$/);
    expect(links("The Formula One Grand Prix at Imola, which was due to take place on Sunday, has been cancelled because of the flooding.", "causes")).toContain(`flooding -> ${cancel?.id}`);
  });
});

describe("people leaving their homes", () => {
  it.each([
    "More than 10,000 people have been forced to leave their homes after torrential rain caused rivers to burst their banks.",
    "Thousands fled their homes after torrential rain caused rivers to burst their banks.",
  ])("%s", (text) => {
    const x = draft(text);
    expect(x.events.map((e) => e.id)).toContain("evacuation");
    expect(links(text, "causes")).toContain("torrential-rain -> evacuation");
  });
});

describe("a regulator's settlement report", () => {
  it("the agency of a wire dateline is no antecedent of 'it'", () => {
    const x = draft("WASHINGTON, Sept 22 (Reuters) - Boeing agreed on Thursday to pay $200 million to settle civil charges that it misled investors.");
    const actors = x.relations.filter((r) => r.rel === "hasActor" && /mislead/.test(r.from)).map((r) => r.to);
    expect(actors).not.toContain("reuters");
  });

  it("'a 20-month grounding of the 737 MAX that cost …' is an event, the effect of 'led to', and its phrase ends at 'that'", () => {
    const text = "The second crash led to a 20-month grounding of the 737 MAX that cost Boeing more than $20 billion.";
    const grounding = draft(text).events.find((e) => /grounding/.test(e.id));
    expect(grounding?.label).toMatch(/^20-month grounding of .*737 MAX$/);
    expect(links(text, "causes")).toContain(`second-crash -> ${grounding?.id}`);
  });

  it("'the planemaker' refers back to the company", () => {
    const boeing = draft("Boeing said it had made changes. The planemaker is still facing an investigation.").entities.find((e) => e.id === "boeing");
    expect(boeing?.aliases).toContain("the planemaker");
  });

  it("'… by the Justice Department and is expected to deliver': the department is no actor of the coordinated verb", () => {
    const x = draft("The planemaker is still facing a criminal investigation by the Justice Department and is expected to deliver its first jet to China later this year.");
    const delivery = x.events.find((e) => /deliver/.test(e.id));
    expect(delivery?.modality).toBe("expected");
    expect(x.relations.filter((r) => r.from === delivery?.id && r.rel === "hasActor").map((r) => r.to)).not.toContain("department-of-justice");
  });
});

describe("negated responses", () => {
  it("'did not admit or deny': the negation reaches the verb after 'or', and a denial that did not happen answers nothing", () => {
    const text = "Muilenburg agreed to pay $1 million to settle the charges, the SEC said. Boeing and Muilenburg did not admit or deny the SEC's findings.";
    const x = draft(text);
    expect(x.events.find((e) => e.id === "denial")?.modality).toBe("not_happened");
    expect(links(text, "causes").some((c) => c.endsWith("-> denial"))).toBe(false);
  });

  it("after 'and' a past-tense verb keeps its own modality ('did not resign and denied …')", () => {
    expect(draft("The minister did not resign and denied the report.").events.find((e) => e.id.startsWith("denial"))?.modality).toBe("happened");
  });
});

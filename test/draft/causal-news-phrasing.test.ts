// Causal phrasings of everyday news copy, sentences written for these tests: a change adjective
// before a topic as the subject of a causative verb ("Higher borrowing costs could slow the
// economy"), a participle opening the subject ("Rising fuel prices have squeezed …"), "blaming"
// after the action, an appositive passive cue ("The fire, fanned by strong winds, …"), a deed noun
// that "comes as" something happens, and the tagger's "Prices rose" read as a plural and the flower.
import { describe, expect, it } from "vitest";
import { draftStages } from "./draft-stages.ts";

const draft = (text: string) => draftStages(text);

/** The `causes` links of the real stages, as "from -> to". */
function causes(text: string): string[] {
  return draft(text).relations.filter((r) => r.rel === "causes").map((r) => `${r.from} -> ${r.to}`);
}

describe("causal phrasings of news copy", () => {
  it.each([
    ["Higher borrowing costs could slow the economy next year, economists warned.", /^interest-rates -> slowdown-in-economy$/],
    ["Rising fuel prices have squeezed household budgets.", /^rise-in-\S+-prices -> squeezing-household-budgets$/],
    ["The company cut 400 jobs, blaming falling demand.", /^falling-demand -> cut-in-400-jobs$/],
    ["The fire, fanned by strong winds, destroyed 50 homes.", /^strong-winds -> fire$/],
    ["The fire destroyed 50 homes.", /^fire -> destruction-of-50-homes$/],
    ["Lightning sparked fires across the state.", /^lightning -> fires$/],
    ["The layoffs come as the company struggles with falling demand.", /^fall-in-demand -> layoffs$/],
    ["Prices rose, fuelled by higher energy costs.", /^higher-energy-costs -> rise-in-prices$/],
    ["Floods forced schools to shut.", /^floods -> closure-of-schools$/],
    ["The outage forced hospitals to postpone surgeries.", /^outage -> \S*postponement-of-surgeries$/],
  ])("%s", (text, link) => {
    const found = causes(text);
    expect(found.some((c) => link.test(c)), found.join("; ")).toBe(true);
  });

  it("an unchanged topic as the subject is no cause ('Oil prices hurt airlines' names no change)", () => {
    expect(causes("Oil prices hurt airlines.")).toEqual([]);
  });

  it("layoffs are an event, not the topic 'job security'", () => {
    const { events, entities } = draft("The layoffs were announced on Monday.");
    expect(events.map((e) => e.id)).toContain("layoffs");
    expect(entities.map((e) => e.id)).not.toContain("job-security");
  });

  it("'Prices rose' and 'Shares rose' are a plural and its verb; 'a rose' stays a noun", () => {
    expect(draft("Prices rose 3 percent in May.").events.map((e) => e.id)).toContain("rise-in-prices");
    expect(draft("Shares rose sharply on Monday.").events.map((e) => e.id)).toContain("rise-in-shares");
    expect(draft("She bought a rose.").events.map((e) => e.id).some((id) => id.startsWith("rise"))).toBe(false);
  });

  it("a plural opening the sentence is no verb of its own ('Prices rose' drafts no 'pricing')", () => {
    expect(draft("Prices rose 3 percent in May.").events.map((e) => e.id).some((id) => /pric(e|ing)-/.test(id) && !id.startsWith("rise"))).toBe(false);
  });
});

describe("facilities named by common nouns", () => {
  it("a participle after a noun is its verb, not a facility's modifier ('The outage forced hospitals')", () => {
    const { entities } = draft("The outage forced hospitals to postpone surgeries. Workers at the planned battery plant said the new container terminals were busy.");
    expect(entities.filter((e) => e.kind === "Facility").map((e) => e.label).sort()).toEqual(["Battery plant", "Container terminals"]);
  });
});

describe("links the words do not state", () => {
  const text =
    "The dispute comes as waiting lists hit a record 850,000 in January, driven by staff shortages and rising demand after the pandemic. " +
    "Opposition parties blamed the government for the crisis and called for an independent review of NHS funding.";

  it("a passive cue's effect stands right before it, not at the other end of the sentence", () => {
    expect(causes(text).some((c) => c.endsWith("-> dispute"))).toBe(false);
  });

  it("a participle opening the next conjunct ('shortages and rising demand') is no causative verb", () => {
    expect(causes(text).some((c) => c.startsWith("staff-shortages ->"))).toBe(false);
  });

  it("'blamed X for Y' makes Y no cause of an earlier event; an actor's call is not caused by its object", () => {
    expect(causes(text).some((c) => c.startsWith("crisis ->"))).toBe(false);
    expect(draft(text).relations.some((r) => r.rel === "intendsToCause" && r.from === "crisis")).toBe(false);
  });
});

describe("links the words do not state (a chipmaker's profit warning)", () => {
  const text =
    "Veltrix said it would cut 1,200 jobs after weak demand from carmakers pushed it to a quarterly loss. " +
    "Veltrix, which supplies power chips to Volkswagen, has been hit by a slowdown in car sales and by rising competition from Chinese rivals. " +
    "The company did not expect demand to recover before next year.";
  const found = draft(text);
  const links = found.relations.filter((r) => ["causes", "enables", "intendsToCause"].includes(r.rel)).map((r) => `${r.from} -${r.rel}-> ${r.to}`);

  it("a passive cue with no event at its verb links nothing in another clause; a change adjective after 'by' is no means", () => {
    expect(links.filter((l) => l.includes("supplying")), links.join("; ")).toEqual([]);
  });

  it("'expect X to V' states no purpose", () => {
    expect(links.filter((l) => l.includes("intendsToCause")), links.join("; ")).toEqual([]);
  });

  it("'weak demand' is a noun, no 'demand' cue: the loss happened", () => {
    expect(found.events.find((e) => e.label === "Quarterly loss")?.modality).toBe("happened");
  });
});

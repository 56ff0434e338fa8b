// The commonest causal patterns of news copy on topics the rules were not written on (strikes,
// central banks, disasters, courts, wars): each test is a sentence a reporter would write and the
// link (or the silence) a reader would draw from it.
import { describe, expect, it } from "vitest";
import { run } from "./events-fixtures.ts";

describe("causal cues in news on other topics", () => {
  it("'after' with an event in the after-clause and a change in the main clause: causes at 0.6 and before", () => {
    const x = run("Container traffic came to a standstill after dock workers began a strike.");
    expect(x.has("strike", "causes", "standstill")).toMatchObject({ confidence: 0.6 });
    expect(x.has("strike", "before", "standstill")).toBeDefined();
    expect(x.event("strike").label).toBe("Dock workers' strike");
  });

  it("'because of' with a noun phrase that names no lexicon event makes the phrase the cause", () => {
    const x = run("Car sales fell because of high interest rates.");
    const link = x.has("high interest rates", "causes", "fall in car sales");
    expect(link).toBeDefined();
    expect(x.event("high interest rates").confidence).toBeLessThan(0.7);
  });

  it("'X and Y dropped due to …' reaches both conjuncts", () => {
    const x = run("Exports and imports dropped due to the strike at the port.");
    expect(x.has("strike", "causes", "drop in exports")).toBeDefined();
    expect(x.has("strike", "causes", "drop in imports")).toBeDefined();
  });

  it("'but Relations between X and Y' is one theme, not two", () => {
    const x = run("Relations between Korea and Japan soured after Tokyo curbed exports.");
    expect(x.events.filter((e) => /relations/i.test(e.label))).toHaveLength(1);
  });

  it("'forced X to V' causes the infinitive's event, which happened", () => {
    const x = run("The floods forced the government to close schools in three provinces.");
    expect(x.has("floods", "causes", "closure of schools")).toBeDefined();
    expect(x.event("closure").modality).toBe("happened");
  });

  it("'prompting X to V' causes, and is no purpose", () => {
    const x = run("The central bank raised its key rate, prompting banks to increase mortgage rates.");
    expect(x.has("key rate", "causes", "mortgage rates")).toMatchObject({ modality: "happened" });
    expect(x.relations.some((r) => r.rel === "intendsToCause")).toBe(false);
  });

  it("'blamed X on Y' makes Y the cause of X", () => {
    const x = run("The minister blamed the rise in inflation on the war.");
    expect(x.has("war", "causes", "rise in inflation")).toBeDefined();
    expect(x.has("rise in inflation", "causes", "war")).toBeUndefined();
  });

  it("'citing' gives the reason of the action before it", () => {
    const x = run("The airline cancelled 300 flights, citing a shortage of pilots.");
    expect(x.has("shortage of pilots", "causes", "cancellation")).toBeDefined();
  });

  it("'triggered', 'led to' between disasters and their effects; a bare 'the drought' is not the tsunami", () => {
    const x = run("The earthquake triggered a tsunami. The drought led to a sharp rise in food prices.");
    expect(x.has("earthquake", "causes", "tsunami")).toBeDefined();
    expect(x.has("drought", "causes", "rise in food prices")).toBeDefined();
    expect(x.has("tsunami", "causes", "rise")).toBeUndefined();
  });

  it("'in a bid to' aims from the action at its purpose", () => {
    const x = run("The central bank raised interest rates in a bid to curb inflation.");
    expect(x.relations.find((r) => r.rel === "intendsToCause")).toBeDefined();
  });

  it("a labour strike is not an armed attack: 'the attack' does not join it", () => {
    const x = run("Dock workers went on strike on Monday. Separately, the army said the attack killed 12 soldiers.");
    expect(x.events.filter((e) => /strike/i.test(e.label))).toHaveLength(1);
    expect(x.events.some((e) => /attack/i.test(e.label))).toBe(true);
  });
});

describe("no fragment events", () => {
  it("idioms and adjectival participles name no event ('fell short of', 'an improved offer')", () => {
    const x = run("The union rejected the offer, saying it fell short of inflation. A strike could follow if no improved offer is made.");
    expect(x.events.some((e) => /^fall/i.test(e.label))).toBe(false);
    expect(x.events.some((e) => /restoration|improvement/i.test(e.label))).toBe(false);
  });

  it("a percentage before a noun stays whole in the label ('4.5 per cent rise', never 'Cent rise')", () => {
    const x = run("The union rejected an offer of a 4.5 per cent rise.");
    expect(x.events.some((e) => /^cent/i.test(e.label))).toBe(false);
  });

  it("no label ends on a dangling preposition", () => {
    const x = run("Shares in the company fell 8 per cent following the profit warning. Exports plunged in May.");
    for (const e of x.events) expect(e.label).not.toMatch(/\s(in|of|on|to)$/);
    expect(x.has("profit warning", "causes", "fall in shares")).toBeDefined();
  });
});

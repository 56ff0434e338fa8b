// Causal phrasings of news copy (4), sentences written for these tests: a connective after its verb
// ("worsened as a result") whose cause is in the sentence before, the main act a connective of the
// next sentence refers back to, a cue verb inside a subordinate clause, a participle clause after a
// subordinate clause, and "led by" in a market report, which names no cause.
import { describe, expect, it } from "vitest";
import { detectDates } from "../../src/draft/detect-dates.ts";
import { detectFigures } from "../../src/draft/detect-figures.ts";
import { extractEvents } from "../../src/draft/extract-events.ts";
import { recognizeEntities } from "../../src/draft/recognize-entities.ts";
import { segmentText } from "../../src/draft/segment-text.ts";

const CAUSAL = new Set(["causes", "enables", "prevents", "intendsToCause"]);

function causal(text: string): string[] {
  const ctx = { text, sentences: segmentText(text), datePublished: "2025-03-04", corpus: [] };
  const entities = recognizeEntities(ctx).entities;
  return extractEvents(ctx, entities, detectDates(ctx), detectFigures(ctx))
    .relations.filter((r) => CAUSAL.has(r.rel))
    .map((r) => `${r.from} -${r.rel}-> ${r.to}`);
}

describe("causal phrasings of news copy (4)", () => {
  it("'worsened as a result': the event before the cue is the effect, the sentence before has the cause", () => {
    const found = causal("Shipping lines began diverting vessels to Antwerp and Hamburg. Congestion at Antwerp worsened as a result, and several carriers imposed surcharges on cargo.");
    expect(found.some((l) => /^diverting-vessels -causes-> worsening-of-congestion/.test(l)), found.join("; ")).toBe(true);
    expect(found.some((l) => /^worsening-of-congestion.* -causes-> .*surcharges/.test(l)), found.join("; ")).toBe(false);
  });

  it("'…, and as a result, prices rose' still reads the event before the cue as the cause", () => {
    const found = causal("The central bank raised interest rates sharply, and as a result, mortgage costs rose.");
    expect(found.some((l) => /increase-in-interest-rates -causes-> .*mortgage/.test(l)), found.join("; ")).toBe(true);
  });

  it("a cue verb inside an 'after' clause does not take the main clause's event as its subject", () => {
    const found = causal("The outbreak began after Cyclone Freddy caused severe flooding in February.");
    expect(found, found.join("; ")).toContain("severe-flooding -causes-> outbreak");
    expect(found.some((l) => /^outbreak -causes->/.test(l)), found.join("; ")).toBe(false);
  });

  it("a participle clause after an 'after' clause states a result of the main clause's event", () => {
    const found = causal("Thousands of dockworkers went on strike on Monday after talks with terminal operators collapsed, halting container traffic at the port.");
    expect(found, found.join("; ")).toContain("dockworkers-strike -causes-> halt-of-container-traffic");
    expect(found.some((l) => /^collapse.* -causes-> halt/.test(l)), found.join("; ")).toBe(false);
  });

  it("'In response,' answers the main act of the sentence before, not an event in its relative clause", () => {
    const found = causal("The union called a strike at the port, which would delay shipments of grain. In response, the operators filed a lawsuit against the union.");
    const toLawsuit = found.filter((l) => /-causes-> .*lawsuit/.test(l));
    expect(toLawsuit.some((l) => /^strike/.test(l)), found.join("; ")).toBe(true);
    expect(toLawsuit.some((l) => /^delay/.test(l)), found.join("; ")).toBe(false);
  });

  it("'led by insurance shares' in a market report is no cause of the fall", () => {
    const found = causal("Turkey's main stock index fell 2% on Friday, led by insurance and construction shares.");
    expect(found.some((l) => /-> fall-in/.test(l)), found.join("; ")).toBe(false);
  });

  it("'The profit warning dragged down other retail stocks': the subject event causes the fall it names", () => {
    const found = causal("The profit warning dragged down other retail stocks.");
    expect(found.some((l) => /^profit-warning -causes-> /.test(l)), found.join("; ")).toBe(true);
  });

  it("'weighed on bank shares, which fell 4%': the relative clause's change is the effect when the object names no node", () => {
    const found = causal("Rising rates have weighed on bank shares, which fell 4% this week.");
    expect(found, found.join("; ")).toContain("rise-in-rates -causes-> fall-in-bank-shares");
  });

  it("'The strike has halted grain shipments': the halt is caused; the goods are prevented by nothing", () => {
    const found = causal("The strike has halted grain shipments from the port.");
    expect(found.some((l) => /^strike -causes-> halt/.test(l)), found.join("; ")).toBe(true);
    expect(found.some((l) => /-prevents->/.test(l)), found.join("; ")).toBe(false);
  });

  it("'The penalty wiped 3% off its shares': the fine referred back to causes the loss", () => {
    const found = causal("The Commission fined the company 2 billion euros on Tuesday. The penalty wiped 3% off its shares.");
    expect(found.some((l) => /^fine-on-company -causes-> /.test(l)), found.join("; ")).toBe(true);
  });
});

// Causal links in invented wire copy on economy, disasters, courts, conflicts and companies: the
// link a reader draws from each sentence, its direction and relation, and the sentences that
// state order or a timetable and must give no causal link at all.
import { describe, expect, it } from "vitest";
import { run, type EntityFixture } from "./events-fixtures.ts";

const TOPICS: EntityFixture[] = [
  { id: "inflation", kind: "Issue", label: "inflation", names: ["inflation"] },
  { id: "exports", kind: "Economy", label: "exports", names: ["exports"] },
];

const causal = (text: string, extra: EntityFixture[] = []): string[] =>
  run(text, extra)
    .relations.filter((r) => ["causes", "enables", "prevents", "intendsToCause"].includes(r.rel))
    .map((r) => `${r.from} ${r.rel} ${r.to}`);

describe("causal cues in news on other topics", () => {
  it("a cue verb whose subject is a changed state makes that state the cause", () => {
    const x = run("Higher fuel costs fuelled inflation.", TOPICS);
    expect(x.has("higher fuel costs", "causes", "inflation")).toBeDefined();
    expect(x.event("higher fuel costs").confidence).toBeLessThan(0.7);
  });

  it("'weighed on' harms what follows it", () => {
    const x = run("The dispute weighed on exports.", TOPICS);
    expect(x.has("dispute", "causes", "exports")).toBeDefined();
  });

  it("a thing as subject ('the company') is no cause", () => {
    expect(causal("The company caused a sharp fall in prices.")).toHaveLength(0);
  });

  it("'helped' and 'allowed' enable; 'paved the way for' enables", () => {
    expect(run("Lower interest rates helped a recovery in housing.").has("lower interest rates", "enables", "recovery")).toBeDefined();
    expect(run("The ceasefire allowed the resumption of aid deliveries.").has("ceasefire", "enables", "resumption")).toBeDefined();
  });

  it("'blocked' by an actor: the blocking itself prevents its object", () => {
    const x = run("The court blocked the merger.");
    expect(x.has("blocking", "prevents", "merger")).toBeDefined();
  });

  it("'in retaliation for' an attack named by another noun: the airstrikes are their own event and the cause", () => {
    const x = run("Rebels attacked the town in retaliation for the airstrikes.");
    expect(x.has("airstrikes", "causes", "attack on town")).toBeDefined();
  });

  it("purpose: 'to stem' names the aim, which the measure intends", () => {
    const x = run("The government introduced subsidies to stem the decline in farm incomes.");
    expect(x.event("stemming").modality).toBe("planned");
    expect(x.relations.some((r) => r.rel === "intendsToCause" && x.events.find((e) => e.id === r.to)?.label.startsWith("Stemming"))).toBe(true);
  });

  it("'support' outside a purpose infinitive is no event", () => {
    expect(run("Britain supports the plan.").events.some((e) => /support/i.test(e.label))).toBe(false);
  });

  it("'in a bid to' and 'so that' state an aim", () => {
    expect(run("The government cut fuel taxes in a bid to ease the burden on households.").has("cut in fuel taxes", "intendsToCause", "easing")).toBeDefined();
    expect(run("The company cut prices so that sales would recover.").has("cut in prices", "intendsToCause", "recovery")).toBeDefined();
  });

  it("'after' between a visit and a summit is order only, not a cause", () => {
    const x = run("The president visited a factory after the summit in Rome.");
    expect(x.relations.filter((r) => r.rel === "causes")).toHaveLength(0);
  });

  it("'due to' + a schedule verb gives no link", () => {
    expect(causal("The ministers are due to meet on Monday to discuss the strike.")).toHaveLength(0);
  });

  it("'due to' + a noun the tagger reads as a verb is a cause", () => {
    expect(run("Flights were suspended due to damage at the airport.").has("damage", "causes", "suspension")).toBeDefined();
  });

  it("a passive cue verb with its agent reverses the ends: landslides cause the blocking", () => {
    const x = run("The main road was blocked by landslides.");
    expect(x.has("landslides", "causes", "blocking")).toBeDefined();
    expect(x.relations.some((r) => r.rel === "prevents")).toBe(false);
  });

  it("'after complaints' causes an investigation", () => {
    expect(run("The investigation began in 2023 after complaints from smaller rivals.").has("complaints", "causes", "investigation")).toBeDefined();
  });

  it("'allowing X to V' enables and states no aim", () => {
    const x = run("Inflation has eased, allowing the bank to cut rates.");
    expect(x.has("easing", "enables", "cut in rates")).toBeDefined();
    expect(x.relations.some((r) => r.rel === "intendsToCause")).toBe(false);
  });

  it("a shooting is an attack, and protests after it are its effect", () => {
    expect(run("The protests erupted after police shot a teenager.").has("shooting", "causes", "protests")).toBeDefined();
  });

  it("an aim verb after 'intended to' is labelled as the aim", () => {
    const x = run("The tariffs are intended to protect domestic steelmakers.");
    expect(x.has("tariffs", "intendsToCause", "protecting domestic steelmakers")).toBeDefined();
  });

  it("a causative verb's cause is its subject, not an event inside the subject's appositive", () => {
    const x = run("The sanctions, imposed after the invasion, have weakened the economy.");
    expect(x.has("invasion", "causes", "weakening")).toBeUndefined();
  });

  it("'blamed X for Y': X causes Y; 'blamed Y on X' is the same link", () => {
    expect(run("The minister blamed the war for the rise in inflation.").has("war", "causes", "rise in inflation")).toBeDefined();
    expect(run("The minister blamed the rise in inflation on the war.").has("war", "causes", "rise in inflation")).toBeDefined();
    expect(run("The minister blamed the war for the rise in inflation.").has("rise in inflation", "causes", "war")).toBeUndefined();
  });
});

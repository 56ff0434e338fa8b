// Causal links in invented wire copy, second round: a clause opened by "as" whose subject is an
// event noun, harm verbs ("hampered", "held back"), every conjunct of a causing subject, one node
// for a happening named by two nouns ("an earthquake" … "the quake"), strikes and protests that
// follow a breakdown, a blockade as a measure; and the sentences that must stay without a link.
import { describe, expect, it } from "vitest";
import { run } from "./events-fixtures.ts";

const CAUSAL = new Set(["causes", "enables", "prevents", "intendsToCause"]);
const causal = (text: string): string[] =>
  run(text)
    .relations.filter((r) => CAUSAL.has(r.rel))
    .map((r) => `${r.from} ${r.rel} ${r.to}`);

describe("'as' before a clause whose subject is an event noun", () => {
  it("reads the event noun and its verb as the circumstance that causes the main event", () => {
    expect(run("The airline cancelled 300 flights as a storm hit the coast.").has("storm", "causes", "cancellation")).toBeDefined();
    expect(run("Shortages of medicine worsened as the blockade continued.").has("blockade", "causes", "worsening")).toBeDefined();
    expect(run("The minister resigned as the scandal deepened.").has("scandal", "causes", "resignation")).toBeDefined();
  });

  it("'as a' before a role or a reporting clause is no cause", () => {
    expect(causal("He spoke as a member of the party that won the election.")).toHaveLength(0);
    expect(causal("He served as a mediator after the talks collapsed.").filter((l) => !l.includes("collapse"))).toHaveLength(0);
  });
});

describe("harm verbs and conjoined causes", () => {
  it("'hampered', 'hindered', 'held back' state that the subject harmed what follows", () => {
    expect(run("The power outages hampered rescue efforts.").has("power outages", "causes", "rescue efforts")).toBeDefined();
    expect(run("Heavy rain hindered the search for survivors.").has("heavy rain", "causes", "search for survivors")).toBeDefined();
  });

  it("each conjunct of the subject of a causing verb is a cause", () => {
    const x = run("Aftershocks and power cuts slowed the work of rescuers.");
    expect(x.has("aftershocks", "causes", "slowdown")).toBeDefined();
    expect(x.has("power cuts", "causes", "slowdown")).toBeDefined();
    const y = run("The strike and the storm caused delays at the port.");
    expect(y.has("strike", "causes", "delays")).toBeDefined();
    expect(y.has("storm", "causes", "delays")).toBeDefined();
  });

  it("actors joined by 'and' are no causes", () => {
    expect(causal("Japan and Korea agreed to restore ties.")).toHaveLength(0);
  });
});

describe("strikes, protests and measures after a breakdown", () => {
  it("a strike or a protest after a failure or an arrest is caused by it", () => {
    expect(run("Dockworkers went on strike after months of failed negotiations over wages.").has("negotiations", "causes", "strike")).toBeDefined();
    expect(run("Workers walked off the job following the collapse of contract talks.").has("collapse", "causes", "strike")).toBeDefined();
  });

  it("'after' between a strike and a date-like happening with no change stays order", () => {
    expect(causal("Workers went on strike after the holiday weekend.")).toHaveLength(0);
  });

  it("a blockade is a measure and can cause", () => {
    const x = run("The blockade caused a shortage of fuel.");
    expect(x.event("blockade").kind).toBe("Policy");
    expect(x.relations.some((r) => r.rel === "causes" && r.from === x.event("blockade").id)).toBe(true);
  });
});

describe("one happening named by two nouns", () => {
  it("'the quake' after 'an earthquake' is the same node, so its links meet", () => {
    const x = run("A strong earthquake struck the coast on Tuesday. The quake triggered landslides that blocked roads.");
    expect(x.events.filter((e) => /quake/i.test(e.label))).toHaveLength(1);
    expect(x.has("earthquake", "causes", "landslides")).toBeDefined();
  });

  it("'the walkout' after 'the strike' is the same node; 'the storm' after 'the strike' is not", () => {
    const x = run("Port workers began a strike on Monday. The walkout halted shipments of grain.");
    expect(x.events.filter((e) => /strike|walkout/i.test(e.label))).toHaveLength(1);
    const y = run("Port workers began a strike on Monday. The storm closed the port.");
    expect(y.events.some((e) => /storm/i.test(e.label))).toBe(true);
    expect(y.events.some((e) => /strike/i.test(e.label))).toBe(true);
  });
});

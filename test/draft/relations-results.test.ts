// Causal links that news states without a connective between the two events: a result clause
// ("…, pushing up bread prices"), a penalty and its reason ("fined … for abusing"), "as" before a
// clause, and "after" between a disaster or strike and the disruption it brings. Each positive
// has a negative beside it: the same words where they state no cause.
import { describe, expect, it } from "vitest";
import { run } from "./events-fixtures.ts";

const causal = (x: ReturnType<typeof run>) => x.relations.filter((r) => r.rel === "causes" || r.rel === "enables" || r.rel === "prevents");

describe("result participle clauses after a comma", () => {
  it("'X dropped, pushing up Y': the drop causes the rise", () => {
    const x = run("Because of the drought, wheat output dropped by a third, pushing up bread prices.");
    expect(x.has("drop in wheat output", "causes", "bread prices")).toMatchObject({ confidence: 0.7 });
    expect(x.has("drought", "causes", "drop in wheat output")).toBeDefined();
  });

  it("'forced the port to close, leaving ships stranded': the strike closes the port, the closure strands the ships", () => {
    const x = run("The strike has forced the port to close, leaving hundreds of ships stranded.");
    expect(x.has("strike", "causes", "closure of port")).toBeDefined();
    expect(x.has("closure of port", "causes", "stranding")).toBeDefined();
    expect(x.event("closure of port").modality).toBe("happened");
  });

  it("'struck …, killing 12 people': the quake causes the deaths", () => {
    const x = run("A powerful earthquake struck the island on Monday, killing 12 people.");
    expect(x.has("earthquake", "causes", "deaths")).toBeDefined();
  });

  it("a participle of speech or elaboration is no result", () => {
    const x = run("The central bank cut its key rate, saying inflation had eased.");
    expect(causal(x)).toHaveLength(0);
    const y = run("The minister resigned on Monday, leaving for Geneva.");
    expect(causal(y)).toHaveLength(0);
  });

  it("a participle with no comma before it is no result clause", () => {
    const x = run("Workers kept pushing up wages.");
    expect(causal(x)).toHaveLength(0);
  });
});

describe("a penalty and its reason: 'for'/'over' + gerund", () => {
  it("'fined the company … for abusing its dominant position'", () => {
    const x = run("The EU fined the company 2 billion euros for abusing its dominant position.");
    const link = x.has("abusing its dominant position", "causes", "fine");
    expect(link).toMatchObject({ confidence: 0.8 });
  });

  it("'arrested … for looting', 'sued … over using'", () => {
    expect(run("Police arrested 40 people for looting shops in the capital.").has("looting shops", "causes", "arrest")).toBeDefined();
  });

  it("'for' of duration or beneficiary, and 'for' + gerund after no penalty, state no cause", () => {
    expect(causal(run("Police detained the suspect for three days."))).toHaveLength(0);
    expect(causal(run("The court ruled for the workers."))).toHaveLength(0);
    expect(causal(run("The company is known for making cheap phones."))).toHaveLength(0);
  });
});

describe("'as' before a clause", () => {
  it("'declared a state of emergency as floodwaters rose': a weak cause", () => {
    const x = run("The government declared a state of emergency as floodwaters rose.");
    const link = x.has("floodwaters", "causes", "state of emergency");
    expect(link).toBeDefined();
    expect(link?.confidence).toBeLessThanOrEqual(0.5);
  });

  it("'as' in the role of, 'as well as', 'such as', 'as expected' are no cue", () => {
    expect(causal(run("The ministry acted as mediator in the talks, as well as in the strike."))).toHaveLength(0);
    expect(causal(run("Prices fell as expected in March."))).toHaveLength(0);
    expect(causal(run("She was appointed as finance minister after the election."))).toHaveLength(0);
  });
});

describe("'after' between a disaster, attack or strike and what it disrupts", () => {
  it("'Flights were cancelled after a powerful storm hit the coast': causes at 0.6 and before", () => {
    const x = run("Flights were cancelled across the region after a powerful storm hit the coast on Sunday.");
    expect(x.has("storm", "causes", "cancellation of flights")).toMatchObject({ confidence: 0.6 });
    expect(x.has("storm", "before", "cancellation of flights")).toBeDefined();
  });

  it("'Schools were closed after the earthquake'; 'the minister was arrested after the raid'", () => {
    expect(run("Schools were closed after the earthquake.").has("earthquake", "causes", "closure")).toBeDefined();
  });

  it("temporal-only 'after' between two actions stays order only", () => {
    const x = run("The president met the prime minister after the election.");
    expect(causal(x)).toHaveLength(0);
    const y = run("The strike lasted for three days after the union rejected the offer.");
    expect(causal(y)).toHaveLength(0);
  });
});

describe("a definite event noun with no antecedent of its kind is a new event", () => {
  it("'The ruling prompted protests' after a cut in the forecast: the ruling is the cause, not the cut", () => {
    const x = run("Shares of Acme fell after the company cut its profit forecast. The ruling prompted protests in the capital.");
    expect(x.has("ruling", "causes", "protests")).toBeDefined();
    expect(x.has("cut", "causes", "protests")).toBeUndefined();
  });

  it("'the ruling' after the court ruled is that ruling", () => {
    const x = run("The court ruled against the union on Monday. The ruling prompted protests.");
    expect(x.events.filter((e) => /ruling/i.test(e.label))).toHaveLength(1);
  });
});

describe("'citing' reaches a phrase whose complement names a place", () => {
  it("'cut its profit forecast, citing weak demand in China'", () => {
    const x = run("Acme cut its profit forecast, citing weak demand in China.");
    expect(x.has("weak demand", "causes", "cut")).toBeDefined();
  });
});

describe("measures taken after another actor's act, and reasons after 'over'", () => {
  it("'Japan tightened export controls after Korea's top court ordered …': the ruling causes the measure", () => {
    const x = run("Japan tightened export controls on three chemicals after South Korea's top court ordered Japanese firms to compensate wartime laborers.");
    expect(x.relations.some((r) => r.rel === "causes" && /decision|ruling/i.test(x.events.find((e) => e.id === r.from)?.label ?? ""))).toBe(true);
  });

  it("the same actor's two acts joined by 'after' are order only", () => {
    const x = run("Japan tightened export controls after Japan held talks with China.");
    expect(causal(x)).toHaveLength(0);
  });

  it("'a row over wartime labor', 'an investigation … over alleged fraud': the reason after 'over'", () => {
    expect(run("The two countries have been locked in a row over wartime labor since 2018.").has("wartime labor", "causes", "row")).toBeDefined();
  });

  it("'over' of a period or a quantity is no cue", () => {
    expect(causal(run("Protests continued over the weekend."))).toHaveLength(0);
    expect(causal(run("Police arrested over 100 people."))).toHaveLength(0);
  });
});

describe("disasters named bare, and results of tagger-misread participles", () => {
  it("'Heavy rain caused flooding in the north, forcing thousands to evacuate'", () => {
    const x = run("Heavy rain caused flooding in the north, forcing thousands to evacuate.");
    expect(x.has("heavy rain", "causes", "flooding")).toBeDefined();
    expect(x.has("flooding", "causes", "evacuation")).toBeDefined();
  });

  it("'The company laid off 2,000 workers as sales slumped': a weak cause", () => {
    const x = run("The company laid off 2,000 workers as sales slumped.");
    expect(x.has("slump in sales", "causes", "layoffs")).toMatchObject({ confidence: 0.5 });
  });

  it("'after talks on wages collapsed': the collapse, not the talks, is the cause", () => {
    const x = run("The union called the strike after talks on wages collapsed.");
    expect(x.has("collapse of talks", "causes", "strike")).toBeDefined();
    const talks = x.events.find((e) => e.label === "Talks on wages");
    expect(x.relations.some((r) => r.rel === "causes" && r.from === talks?.id)).toBe(false);
  });
});

describe("the aim of a measure verb", () => {
  it("'raised interest rates … to curb inflation': the aim is 'Curbing inflation', an event", () => {
    const x = run("The central bank raised interest rates on Wednesday to curb inflation.");
    const aim = x.event("curbing inflation");
    expect(aim.kind).toBe("Event");
    expect(x.has("increase in interest rates", "intendsToCause", "curbing inflation")).toBeDefined();
  });
});

describe("'blamed for' and 'sent X soaring'", () => {
  it("'The storm was blamed for the deaths of 12 people': the subject causes the complement", () => {
    expect(run("The storm was blamed for the deaths of 12 people.").has("storm", "causes", "deaths")).toBeDefined();
  });

  it("'The ministry responsible for trade imposed curbs': an actor is no cause", () => {
    expect(causal(run("The ministry responsible for trade imposed curbs."))).toHaveLength(0);
  });

  it("'sent oil prices soaring', '…, sending shares tumbling': the change is the effect", () => {
    expect(run("The attack sent oil prices soaring.").has("attack", "causes", "oil prices")).toBeDefined();
    expect(run("Oil prices jumped, sending shares of airlines tumbling.").has("jump", "causes", "shares of airlines")).toBeDefined();
  });

  it("'sent a delegation to the talks' states no cause", () => {
    expect(causal(run("The government sent a delegation to the talks."))).toHaveLength(0);
  });
});

describe("'over' after a change, and what a dispute escalates into", () => {
  it("'Relations plunged … over the rulings'", () => {
    expect(run("Relations plunged to their lowest point in decades over the rulings.").has("rulings", "causes", "relations")).toBeDefined();
  });

  it("'over the past decade', 'over 10 percent' are no reason", () => {
    expect(causal(run("Prices rose over the past decade."))).toHaveLength(0);
    expect(causal(run("Exports fell over 10 percent."))).toHaveLength(0);
  });

  it("'The dispute escalated into a trade war'", () => {
    expect(run("The dispute escalated into a trade war.").has("dispute", "causes", "trade war")).toBeDefined();
  });
});

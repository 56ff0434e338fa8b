// Events and plans from verbs and nominalisations: one node per happening, labels a person would
// write, dates and figures on the event they belong to. Wire-copy sentences, hand-made entities.
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../src/draft/extract-events.ts";
import { EVENT_LIKE_KINDS } from "../../src/model/vocabulary.ts";
import { contextOf, dateAt, entitiesOf, figureAt, run, ACTORS } from "./events-fixtures.ts";

const PRODUCTS = [{ id: "chip-materials", kind: "Product" as const, label: "Three key chip materials", names: ["three key products"] }];
const GOVERNMENT = { id: "korean-government", kind: "GovernmentOrganization" as const, label: "Government of South Korea", names: ["the government"] };

describe("events from verbs and nominalisations", () => {
  it("turns 'Tokyo curbed exports on X' into one policy with actor, object and date", () => {
    const text = "Relations soured in 2019 after Tokyo curbed exports on three key products in July 2019.";
    const date = dateAt(text, "in July 2019", "2019-07");
    const x = run(text, PRODUCTS, [date]);
    const curbs = x.event("curbs");
    expect(curbs.kind).toBe("Policy");
    expect(curbs.label).toBe("Japan's 2019 export curbs on three key chip materials");
    expect(curbs.modality).toBe("happened");
    expect(curbs.date?.text).toBe("in July 2019");
    expect(x.has("curbs", "issuedBy", "japan")).toBeDefined();
    expect(x.has("curbs", "concerns", "chip-materials")).toBeDefined();
  });

  it("joins 'The move' and 'the curbs' to the event they refer back to", () => {
    const x = run("Japan imposed export curbs on South Korea in 2019. The move angered Seoul. Officials said the curbs hurt trade.");
    const curbs = x.events.filter((e) => /curbs/i.test(e.label));
    expect(curbs).toHaveLength(1);
    expect(curbs[0]?.mentions.map((m) => m.text.toLowerCase())).toEqual(expect.arrayContaining(["the move", "the curbs"]));
  });

  it("keeps two measures of the same frame apart when their actors differ", () => {
    const x = run("Beijing imposed tariffs on U.S. goods to counter Washington's tariffs on Chinese steel.");
    expect(x.events.filter((e) => /tariffs/i.test(e.label))).toHaveLength(2);
  });

  it("makes 'will construct 15 industrial complexes' a planned plan with its figure", () => {
    const text = "Choo said the government will construct 15 industrial complexes across the nation, aiming to break ground in 2026.";
    const figure = figureAt(text, "15", 15, "count", "industrial complexes");
    const date = dateAt(text, "in 2026", "2026");
    const x = run(text, [GOVERNMENT, { id: "choo", kind: "Person", label: "Choo Kyung-ho", names: ["Choo"] }], [date], [figure]);
    const plan = x.event("construction");
    expect(plan).toMatchObject({ kind: "Plan", label: "Construction of 15 industrial complexes", modality: "planned" });
    expect(plan.figures.map((f) => f.value)).toEqual([15]);
    expect(plan.date?.value).toBe("2026");
    expect(x.has("construction", "issuedBy", "korean-government")).toBeDefined();
    // The elaborating clause ("aiming to break ground") is not an event of its own.
    expect(x.events).toHaveLength(1);
  });

  it("reads a refusal as a decision that happened and the refused thing that did not", () => {
    const x = run("Seoul declined to extend the military pact with Tokyo.", [{ id: "pact", kind: "Agreement", label: "Military pact", names: ["military pact"] }]);
    const decision = x.event("decision not to extend");
    const extension = x.event("extension");
    expect(decision.modality).toBe("happened");
    expect(extension.modality).toBe("not_happened");
    expect(x.has("decision not to extend", "prevents", "extension of")).toMatchObject({ modality: "happened" });
    expect(x.has("decision not to extend", "hasActor", "korea")).toBeDefined();
  });

  it("does not make an event of a verb that governs another ('declined to', 'moved to')", () => {
    const x = run("Tokyo moved to ease the restrictions last month.");
    expect(x.events.map((e) => e.label).sort()).toEqual(["Japan's easing of restrictions", "Restrictions"]);
    expect(x.has("easing", "concerns", "Restrictions")).toBeDefined();
  });

  it("reads a change of state with its theme ('Exports to China fell')", () => {
    const x = run("Exports to China fell for a third month.");
    expect(x.event("exports to china").label).toBe("Fall in exports to China");
    expect(x.has("fall in exports", "concerns", "china")).toBeDefined();
  });

  it("does not split a compound noun into two events ('exchange programs')", () => {
    const x = run("The exchange programs will include cultural exchanges.");
    expect(x.events.map((e) => e.label).sort()).toEqual(["Cultural exchanges", "Exchange programs"]);
  });

  it("ignores nouns inside a named entity that is not an event ('Inflation Reduction Act')", () => {
    const text = "Korea and Japan will tackle the U.S. Inflation Reduction Act.";
    const x = run(text, [{ id: "ira", kind: "Legislation", label: "Inflation Reduction Act", names: ["Inflation Reduction Act"] }]);
    const act = { start: text.indexOf("Inflation"), end: text.indexOf(" Act") + 4 };
    expect(x.events.some((e) => e.trigger.start >= act.start && e.trigger.end <= act.end)).toBe(false);
    expect(x.has("response to", "concerns", "ira")).toBeDefined();
  });

  it("reuses an event-like entity the recognizer found instead of making a second node", () => {
    const text = "The summit was held on March 16. Relations improved after the Korea-Japan summit.";
    const x = run(text, [{ id: "korea-japan-summit", kind: "Event", label: "Korea–Japan summit", names: ["Korea-Japan summit"] }]);
    expect(x.events.some((e) => /summit/i.test(e.label) && e.id !== "korea-japan-summit")).toBe(true);
    expect(x.has("korea-japan-summit", "before", "improvement of relations")).toBeDefined();
  });

  it("gives every event a modality, a trigger inside its mentions and a verbatim mention text", () => {
    const text = "Japan imposed export curbs in 2019. Korea retaliated. The two sides will hold talks, which could ease tensions.";
    const x = run(text);
    for (const e of x.events) {
      expect(EVENT_LIKE_KINDS.has(e.kind)).toBe(true);
      expect(e.modality).toBeTruthy();
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(e.mentions.some((m) => m.start <= e.trigger.start && e.trigger.end <= m.end)).toBe(true);
    }
  });

  it("is deterministic: the same input gives the same output", () => {
    const text = "Japan imposed export curbs in 2019. Korea retaliated by strengthening its export regulations. Choo said the government will build a port.";
    const ctx = contextOf(text);
    const entities = entitiesOf(text, ACTORS);
    expect(JSON.stringify(extractEvents(ctx, entities, [], []))).toBe(JSON.stringify(extractEvents(contextOf(text), entitiesOf(text, ACTORS), [], [])));
  });
});

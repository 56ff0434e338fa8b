// Structural links of wire copy: whose law it is ("the U.S. Inflation Reduction Act"), which
// government a minister sits in; and the doer of a coordinated verb or of an event noun in the
// passive ("The strike was called by the union"). Invented sentences, with the cases that must stay silent.
import { describe, expect, it } from "vitest";
import { clauseRoleLinks } from "../../src/draft/relation-clause-roles.ts";
import { entityLinks } from "../../src/draft/relation-entities.ts";
import type { EntityCandidate, EventCandidate, RelationCandidate } from "../../src/draft/types.ts";
import { contextOf, type EntityFixture, entitiesOf } from "./events-fixtures.ts";

const F: EntityFixture[] = [
  { id: "united-states", kind: "Country", label: "United States", names: ["U.S."] },
  { id: "eu", kind: "Bloc", label: "European Union", names: ["EU"] },
  { id: "ira", kind: "Legislation", label: "Inflation Reduction Act", names: ["U.S. Inflation Reduction Act", "Inflation Reduction Act"] },
  { id: "dma", kind: "Legislation", label: "Digital Markets Act", names: ["Digital Markets Act"] },
  { id: "halvard", kind: "Organization", label: "Halvard Group", names: ["Halvard Group"] },
];
const pairs = (text: string, fixtures: EntityFixture[] = F, patch: (e: EntityCandidate[]) => EntityCandidate[] = (e) => e): string[] => {
  const ctx = contextOf(text);
  return entityLinks(text, ctx.sentences, patch(entitiesOf(text, fixtures)), []).map((r) => `${r.from} ${r.rel} ${r.to}${r.role ? ` (${r.role})` : ""}`);
};

describe("whose law it is", () => {
  it("a state or bloc named before a law, inside its name or with a possessive, issues it", () => {
    // The recognizer names "U.S." inside the longer name as well; the fixture finds only the longer one.
    const text = "Exporters must comply with the U.S. Inflation Reduction Act.";
    const us = (list: EntityCandidate[]) => [...list, { id: "united-states", kind: "Country" as const, label: "United States", aliases: [], mentions: [{ ...at(text, "U.S."), text: "U.S.", via: "test" }], confidence: 0.9 }];
    expect(pairs(text, F, us)).toEqual(["ira issuedBy united-states"]);
    expect(pairs("Big platforms face the EU's new Digital Markets Act.")).toEqual(["dma issuedBy eu"]);
  });

  it("a company before a law, or a state after it, issues nothing", () => {
    expect(pairs("Halvard Group Digital Markets Act filings rose.")).toEqual([]);
    expect(pairs("The Digital Markets Act EU officials drafted was delayed.")).toEqual([]);
  });
});

describe("a minister in the one government the article names", () => {
  const people: EntityFixture[] = [
    { id: "ana-lima", kind: "Person", label: "Ana Lima", names: ["Ana Lima"] },
    { id: "government", kind: "GovernmentOrganization", label: "Government of Brazil", names: ["the government"] },
  ];
  const titled = (title: string) => (list: EntityCandidate[]) => list.map((e) => (e.kind === "Person" ? { ...e, jobTitle: title } : e));
  const text = "Finance Minister Ana Lima said the government would cut spending.";

  it("a minister is memberOf the government, with the title as role", () => {
    expect(pairs(text, people, titled("Finance Minister"))).toEqual(["ana-lima memberOf government (Finance Minister)"]);
  });

  it("a title that is no government post, or two governments, gives nothing", () => {
    expect(pairs(text, people, titled("chief economist"))).toEqual([]);
    const two = [...people, { id: "government-of-peru", kind: "GovernmentOrganization" as const, label: "Government of Peru", names: ["Lima's government"] }];
    expect(pairs(`${text} Lima's government objected.`, two, titled("Finance Minister"))).toEqual([]);
  });
});

const at = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`'${phrase}' not in '${text}'`);
  return { start, end: start + phrase.length };
};
const entityIn = (text: string, id: string, kind: EntityCandidate["kind"], phrase: string): EntityCandidate => ({ id, kind, label: phrase, aliases: [], mentions: [{ ...at(text, phrase), text: phrase, via: "test" }], confidence: 0.8 });
const eventIn = (text: string, id: string, trigger: string, clause: string): EventCandidate => ({
  id, kind: "Event", label: id, aliases: [], modality: "happened", trigger: at(text, trigger),
  mentions: [{ ...at(text, clause), text: clause, via: "test" }], figures: [], confidence: 0.8,
});
const roles = (text: string, events: EventCandidate[], entities: EntityCandidate[], existing: RelationCandidate[] = []) =>
  clauseRoleLinks(text, events, entities, existing).map((l) => `${l.from} ${l.rel} ${l.to}`);

describe("the doer of an event noun in the passive", () => {
  it("'was called by X': X did it", () => {
    const text = "The strike was called by the union.";
    expect(roles(text, [eventIn(text, "strike", "strike", "The strike was called by the union")], [entityIn(text, "union", "Organization", "union")])).toEqual(["strike hasActor union"]);
  });

  it("'was criticised by X' is someone else's act", () => {
    const text = "The strike was criticised by the union.";
    expect(roles(text, [eventIn(text, "strike", "strike", "The strike was criticised by the union")], [entityIn(text, "union", "Organization", "union")])).toEqual([]);
  });
});

describe("the subject of a coordinated verb", () => {
  const doer = (from: string, to: string, text: string): RelationCandidate => ({ from, rel: "hasActor", to, modality: "happened", confidence: 0.85, evidence: [{ start: 0, end: text.length }] });

  it("'X rejected the offer and launched a strike': X does both", () => {
    const text = "The union rejected the offer and launched a strike on Monday.";
    const union = entityIn(text, "union", "Organization", "union");
    const rejection = eventIn(text, "rejection", "rejected", "The union rejected the offer");
    const strike = eventIn(text, "strike", "strike", "launched a strike on Monday");
    expect(roles(text, [rejection, strike], [union], [doer("rejection", "union", text)])).toEqual(["strike hasActor union"]);
  });

  it("a second subject after 'and', or a comma before it, gives nothing", () => {
    const text = "The union rejected the offer and workers launched a strike.";
    const union = entityIn(text, "union", "Organization", "union");
    const workers = entityIn(text, "workers", "Group", "workers");
    const rejection = eventIn(text, "rejection", "rejected", "The union rejected the offer");
    const strike = eventIn(text, "strike", "strike", "a strike");
    expect(roles(text, [rejection, strike], [union, workers], [doer("rejection", "union", text), doer("strike", "workers", text)])).toEqual([]);
    const text2 = "The union rejected the offer, and a strike began.";
    const strike2 = eventIn(text2, "strike", "strike", "a strike began");
    expect(roles(text2, [eventIn(text2, "rejection", "rejected", "The union rejected the offer"), strike2], [entityIn(text2, "union", "Organization", "union")], [doer("rejection", "union", text2)])).toEqual([]);
  });
});

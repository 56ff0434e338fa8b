import { describe, expect, it } from "vitest";
import { clauseRoleLinks } from "../../src/draft/relation-clause-roles.ts";
import type { EntityCandidate, EventCandidate, RelationCandidate } from "../../src/draft/types.ts";

const TEXT = "Dock workers began a strike at the North Quay terminal in Oslo over pay.";
const span = (phrase: string) => {
  const start = TEXT.indexOf(phrase);
  return { start, end: start + phrase.length };
};
const entity = (id: string, kind: EntityCandidate["kind"], phrase: string): EntityCandidate => ({ id, kind, label: phrase, aliases: [], mentions: [{ ...span(phrase), text: phrase, via: "test" }], confidence: 0.8 });
const strike: EventCandidate = {
  id: "strike", kind: "Event", label: "Dock workers' strike", aliases: [], modality: "happened", trigger: span("began"),
  mentions: [{ ...span("Dock workers began a strike at the North Quay terminal in Oslo over pay"), text: "", via: "test" }], figures: [], confidence: 0.8,
};
const workers = entity("dock-workers", "Group", "Dock workers");
const terminal = entity("north-quay-terminal", "Facility", "North Quay terminal");
const oslo = entity("oslo", "Place", "Oslo");
const pay = entity("pay", "Issue", "pay");

describe("clauseRoleLinks", () => {
  it("the actor before the verb does it, a place after 'in'/'at' is where, the rest is what it is about", () => {
    const links = clauseRoleLinks(TEXT, [strike], [workers, terminal, oslo, pay], []);
    expect(links.map((l) => `${l.rel} ${l.to}`)).toEqual(["hasActor dock-workers", "hasPlace north-quay-terminal", "hasPlace oslo", "concerns pay"]);
    expect(links.every((l) => l.confidence < 0.6 && l.note && l.modality === "happened")).toBe(true);
  });

  it("leaves pairs the argument rules already linked, and entities outside the event's clause", () => {
    const existing: RelationCandidate[] = [{ from: "strike", rel: "hasActor", to: "dock-workers", modality: "happened", confidence: 0.9, evidence: [span("Dock workers began")] }];
    const elsewhere = entity("elsewhere", "Country", "Oslo");
    elsewhere.mentions = [{ start: TEXT.length, end: TEXT.length + 4, text: "Oslo", via: "test" }];
    const links = clauseRoleLinks(TEXT, [strike], [workers, elsewhere], existing);
    expect(links).toEqual([]);
  });

  it("a non-actor before the verb is not made the doer", () => {
    const text = "Prices rose after the strike.";
    const rise: EventCandidate = { ...strike, id: "rise", trigger: { start: 7, end: 11 }, mentions: [{ start: 0, end: 28, text: "", via: "test" }] };
    const prices: EntityCandidate = { id: "prices", kind: "Economy", label: "Prices", aliases: [], mentions: [{ start: 0, end: 6, text: "Prices", via: "test" }], confidence: 0.8 };
    expect(clauseRoleLinks(text, [rise], [prices], [])).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { clauseRoleLinks } from "../../src/draft/relation-clause-roles.ts";
import type { EntityCandidate, EventCandidate, RelationCandidate } from "../../src/draft/types.ts";

const at = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`'${phrase}' not in '${text}'`);
  return { start, end: start + phrase.length };
};
const entityIn = (text: string, id: string, kind: EntityCandidate["kind"], phrase: string): EntityCandidate => ({ id, kind, label: phrase, aliases: [], mentions: [{ ...at(text, phrase), text: phrase, via: "test" }], confidence: 0.8 });
const eventIn = (text: string, id: string, trigger: string, clause = text.replace(/\.$/, "")): EventCandidate => ({
  id, kind: "Event", label: id, aliases: [], modality: "happened", trigger: at(text, trigger),
  mentions: [{ ...at(text, clause), text: clause, via: "test" }], figures: [], confidence: 0.8,
});
const links = (text: string, event: EventCandidate, entities: EntityCandidate[], existing: RelationCandidate[] = []) =>
  clauseRoleLinks(text, [event], entities, existing).map((l) => `${l.rel} ${l.to}`);

describe("clauseRoleLinks", () => {
  const TEXT = "Dock workers began a strike at the North Quay terminal in Oslo on Monday.";
  const strike = eventIn(TEXT, "strike", "strike");
  const workers = entityIn(TEXT, "dock-workers", "Group", "Dock workers");
  const terminal = entityIn(TEXT, "north-quay-terminal", "Facility", "North Quay terminal");
  const oslo = entityIn(TEXT, "oslo", "Place", "Oslo");

  it("the actor before the trigger does it, a place after 'in'/'at' is where", () => {
    const out = clauseRoleLinks(TEXT, [strike], [workers, terminal, oslo], []);
    expect(out.map((l) => `${l.rel} ${l.to}`)).toEqual(["hasActor dock-workers", "hasPlace north-quay-terminal", "hasPlace oslo"]);
    expect(out.every((l) => l.confidence < 0.6 && l.note && l.modality === "happened")).toBe(true);
  });

  it("leaves pairs the argument rules already linked, and entities outside the event's clause", () => {
    const existing: RelationCandidate[] = [{ from: "strike", rel: "hasActor", to: "dock-workers", modality: "happened", confidence: 0.9, evidence: [at(TEXT, "Dock workers began")] }];
    const elsewhere: EntityCandidate = { ...oslo, id: "elsewhere", mentions: [{ start: TEXT.length, end: TEXT.length + 4, text: "Oslo", via: "test" }] };
    expect(links(TEXT, strike, [workers, elsewhere], existing)).toEqual([]);
  });

  it("a non-actor before the verb is not made the doer", () => {
    const text = "Prices rose after the strike.";
    expect(links(text, eventIn(text, "rise", "rose"), [entityIn(text, "prices", "Economy", "Prices")])).toEqual([]);
  });

  it("what the event concerns is named shortly after its trigger", () => {
    const text = "The regulator fined Vantor Systems for misleading customers.";
    const fine = eventIn(text, "fine", "fined");
    expect(links(text, fine, [entityIn(text, "vantor", "Organization", "Vantor Systems")])).toEqual(["concerns vantor"]);
  });

  it("an entity past a comma, a relative pronoun or a speech verb belongs to another clause", () => {
    const text = "Workers blocked the gates of the plant, Halvard Motors said in a statement.";
    const blockade = eventIn(text, "blockade", "blocked");
    expect(links(text, blockade, [entityIn(text, "halvard", "Organization", "Halvard Motors")])).toEqual([]);
    const text2 = "Ministers approved the budget that Northland Bank had criticised.";
    expect(links(text2, eventIn(text2, "approval", "approved"), [entityIn(text2, "northland-bank", "Organization", "Northland Bank")])).toEqual([]);
  });

  it("an entity far after the trigger is not what it concerns", () => {
    const text = "The airline cut flights on several routes for the rest of the winter season to Valdora.";
    expect(links(text, eventIn(text, "cut", "cut"), [entityIn(text, "valdora", "Country", "Valdora")])).toEqual([]);
  });

  it("an entity that modifies a nearer event's noun is that event's, not this one's", () => {
    const text = "The announcement follows the Valdora summit on Monday.";
    const announcement = eventIn(text, "announcement", "announcement");
    const summit = eventIn(text, "summit", "summit", "the Valdora summit");
    const valdora = entityIn(text, "valdora", "Country", "Valdora");
    expect(clauseRoleLinks(text, [announcement, summit], [valdora], []).filter((l) => l.from === "announcement")).toEqual([]);
  });

  it("an event named in a phrase after 'before'/'amid' is not done by the sentence's subject", () => {
    const text = "The central bank held rates steady before the election.";
    const election = eventIn(text, "election", "election");
    expect(links(text, election, [entityIn(text, "central-bank", "GovernmentOrganization", "central bank")])).toEqual([]);
    const text2 = "Northland Bank cut jobs amid the slowdown.";
    expect(links(text2, eventIn(text2, "slowdown", "slowdown"), [entityIn(text2, "northland-bank", "Organization", "Northland Bank")])).toEqual([]);
  });

  it("'approved … by X': the agent of a passive does it; an agent of another participle does not do the event after it", () => {
    const text = "The rate hike was approved unanimously by Northland Bank.";
    const approval = eventIn(text, "approval", "approved");
    expect(links(text, approval, [entityIn(text, "northland-bank", "Organization", "Northland Bank")])).toEqual(["hasActor northland-bank"]);
    const text2 = "The strike, called by the Dockers' Union, halted container traffic.";
    const halt = eventIn(text2, "halt", "halted");
    expect(links(text2, halt, [entityIn(text2, "dockers-union", "Organization", "Dockers' Union")])).toEqual([]);
    const strike = eventIn(text2, "strike", "strike");
    expect(links(text2, strike, [entityIn(text2, "dockers-union", "Organization", "Dockers' Union")])).toEqual(["hasActor dockers-union"]);
  });
});


describe("a name that modifies another actor's name is not the doer", () => {
  it("a demonym before a descriptor and a company name ('German carmaker Volkwerk')", () => {
    const text = "German carmaker Volkwerk cut 4,000 jobs.";
    const cut = eventIn(text, "job-cuts", "cut");
    expect(links(text, cut, [entityIn(text, "germany", "Country", "German"), entityIn(text, "volkwerk", "Organization", "Volkwerk")])).toEqual(["hasActor volkwerk"]);
  });

  it("a country inside a group's name ('Chinese rivals')", () => {
    const text = "Chinese rivals cut prices.";
    const china: EntityCandidate = entityIn(text, "china", "Country", "Chinese");
    expect(links(text, eventIn(text, "price-cut", "cut"), [china, entityIn(text, "chinese-rivals", "Group", "Chinese rivals")])).toEqual(["hasActor chinese-rivals"]);
  });

  it("but an organisation before a person's title and name still acts ('EU antitrust chief Ana Ruiz')", () => {
    const text = "EU antitrust chief Ana Ruiz fined the company.";
    const fine = eventIn(text, "fine", "fined");
    expect(links(text, fine, [entityIn(text, "eu", "Bloc", "EU"), entityIn(text, "ana-ruiz", "Person", "Ana Ruiz")]).sort()).toEqual(["issuedBy ana-ruiz", "issuedBy eu"]);
  });
});

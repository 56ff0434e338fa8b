// Names in news copy written for these tests (a steel takeover, an election, a flood, a port strike,
// an airline fined in court): an acronym in brackets that the name's own reading did not define, a
// company or union named short after its full name, and a description after a comma that is the
// subject of "said", not a second name.
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "../../src/draft/recognize-entities.ts";
import { segmentText } from "../../src/draft/segment-text.ts";
import type { EntityCandidate } from "../../src/draft/types.ts";

const run = (text: string): EntityCandidate[] => recognizeEntities({ text, sentences: segmentText(text), datePublished: "2026-11-20", corpus: [] }).entities;
const byLabel = (entities: EntityCandidate[], label: string) => entities.find((e) => e.label === label);
const labels = (entities: EntityCandidate[]) => entities.map((e) => e.label);

describe("an acronym in brackets is the short form of the name before it", () => {
  it.each([
    ["The United Steelworkers (USW) union, which represents about 11,000 employees, said it remained skeptical. The USW said talks would go on.", "United Steelworkers", "USW"],
    ["Botswana's Democratic Party (BDP), which has governed since 1966, lost its majority. The BDP conceded.", "Democratic Party", "BDP"],
    ["The German Weather Service (DWD) warned that more rain was expected. The DWD issued an alert for Saxony.", "German Weather Service", "DWD"],
  ])("%s", (text, label, acronym) => {
    const found = run(text);
    expect(byLabel(found, label)?.aliases).toContain(acronym);
    expect(labels(found)).not.toContain(acronym);
  });

  it("takes the whole long form when the name runs on past the country inside it", () => {
    const found = run("The Committee on Foreign Investment in the United States (CFIUS) had reviewed the transaction for more than a year. CFIUS cleared it on Friday.");
    const committee = byLabel(found, "Committee on Foreign Investment in the United States");
    expect(committee?.aliases).toContain("CFIUS");
    expect(labels(found)).not.toContain("CFIUS");
    expect(byLabel(found, "United States")?.kind).toBe("Country");
  });

  it("leaves an acronym that spells something else on its own", () => {
    const found = run("Shares of the Bank of Korea rose, and the WTO (Geneva) ruled on Friday. The WTO said more.");
    expect(byLabel(found, "Bank of Korea")?.aliases ?? []).not.toContain("WTO");
  });
});

describe("a company or union named in full is named short afterwards", () => {
  it("joins the bare name to the full one with its designator", () => {
    const found = run("Acme Holdings said on Monday it would cut 2,000 jobs. Shares of Acme fell 3% in Frankfurt.");
    expect(byLabel(found, "Acme Holdings")?.aliases).toContain("Acme");
    expect(byLabel(found, "Acme Holdings")?.mentions.map((m) => m.text)).toEqual(["Acme Holdings", "Acme"]);
  });

  it("joins a full name to the company the gazetteer knows by its short name", () => {
    const found = run("A court ordered Qantas Airways to pay a A$100 million penalty. Qantas said it had apologised to customers.");
    const airline = found.filter((e) => e.kind === "Organization" && /Qantas/.test(e.label));
    expect(airline).toHaveLength(1);
    expect(airline[0]!.aliases).toContain("Qantas Airways");
  });

  it("joins a union named with its head word to its bare name", () => {
    const found = run("The strike was called by the FNV Havens union. FNV Havens spokesman Niek Stam said talks had failed.");
    expect(found.filter((e) => /FNV Havens/.test(e.label))).toHaveLength(1);
  });

  it("keeps a maker named by its product word apart from the word alone", () => {
    const found = run("Nippon Steel completed the deal. The Nippon Foundation welcomed it.");
    expect(byLabel(found, "Nippon Steel")?.aliases ?? []).not.toContain("Nippon");
  });
});

describe("a description after a comma", () => {
  it("is the subject of the reporting verb after it, not a second name of the company before the comma", () => {
    const found = run("The strike, called by the FNV Havens union, hit the terminal owned by Danish shipping group A.P. Moller-Maersk, the union said.");
    const maersk = found.find((e) => /Maersk/.test(e.label));
    expect(maersk?.aliases ?? []).not.toContain("the union");
    expect(byLabel(found, "FNV Havens union")?.mentions.map((m) => m.text)).toContain("the union");
  });

  it("still renames the organisation when it is an apposition", () => {
    const found = run("The walkout was organised by the Transport Workers Union, the union representing ground staff, on Friday.");
    expect(byLabel(found, "Transport Workers Union")?.mentions.map((m) => m.text)).toContain("the union");
  });
});

describe("facilities and courts", () => {
  it("reads two airports joined by 'and' as two facilities", () => {
    const found = run("Qantas flights from Sydney Airport and Melbourne Airport were operating normally on Monday.");
    expect(byLabel(found, "Sydney Airport")?.kind).toBe("Facility");
    expect(byLabel(found, "Melbourne Airport")?.kind).toBe("Facility");
    expect(labels(found)).not.toContain("Sydney Airport and Melbourne Airport");
  });

  it("keeps one name with 'and' inside it whole", () => {
    expect(labels(run("The Ministry of Trade and Industry said exports fell."))).toContain("Ministry of Trade and Industry");
  });

  it.each([
    ["The strike shut the ports of Vancouver and Prince Rupert on Monday, stranding grain.", ["Port of Vancouver", "Port of Prince Rupert"]],
    ["Cargo piled up at the Montreal and Vancouver ports as the lockout went on.", ["Montreal port", "Vancouver port"]],
  ])("gives each place its own facility: %s", (text, facilities) => {
    const found = run(text);
    for (const label of facilities) expect(byLabel(found, label)?.kind).toBe("Facility");
  });

  it("starts a described facility after the verb, not at the subject", () => {
    const found = run("The strike hit container terminals in Vancouver on Tuesday.");
    expect(byLabel(found, "Container terminals")?.kind).toBe("Facility");
    expect(labels(found).some((l) => /strike/i.test(l))).toBe(false);
  });

  it("reads a court whose first word alone is no name", () => {
    const found = run("Australia's Federal Court on Monday ordered the airline to pay a A$100 million penalty.");
    expect(byLabel(found, "Federal Court")?.kind).toBe("Court");
  });
});

describe("an institution the gazetteer files under a country the article never names", () => {
  it("is the article's own institution, not that country's", () => {
    const found = run("Botswana's ruling party lost its majority. The opposition won 36 of the 61 seats in the National Assembly, results showed.");
    const assembly = byLabel(found, "National Assembly");
    expect(assembly?.kind).toBe("GovernmentOrganization");
    expect(assembly?.id).not.toBe("national-assembly-korea");
    expect(assembly?.wikidata).toBeUndefined();
  });

  it("is still that country's where the article names it", () => {
    const found = run("South Korea's ruling party lost its majority in the National Assembly on Wednesday.");
    expect(byLabel(found, "National Assembly")?.id).toBe("national-assembly-korea");
  });

  it("drops a one-word alias that is the given name of someone else", () => {
    const found = run("Botswana's opposition won the election. UDC leader Duma Boko will be sworn in on Friday.");
    expect(found.some((e) => e.label === "State Duma")).toBe(false);
  });
});

describe("an institution's head word alone", () => {
  it("is the institution named in full before, not a person", () => {
    const found = run("The European Commission fined the company on Tuesday. The Commission said the company had abused its dominance.");
    expect(found.filter((e) => e.kind === "Person")).toHaveLength(0);
    expect(byLabel(found, "European Commission")?.mentions.map((m) => m.text)).toContain("The Commission");
  });

  it("is nothing when no institution with that word was named", () => {
    const found = run("Regulators in Brussels fined the company. The Commission said it would appeal.");
    expect(labels(found)).not.toContain("Commission");
  });
});

describe("plurals before a past tense the lexicon reads as a noun or adjective", () => {
  it.each([
    ["Farmers lost millions as grain shipments stalled.", "Farmers"],
    ["Investors bet on further increases after the decision.", "Investors"],
  ])("%s", (text, label) => {
    expect(byLabel(run(text), label)?.kind).toBe("Group");
  });

  it("reads a capitalised plural of organisations opening a sentence as a group, not a person", () => {
    const found = run("Shippers urged Ottawa to end the strike.");
    expect(byLabel(found, "Shippers")?.kind).toBe("Group");
  });
});

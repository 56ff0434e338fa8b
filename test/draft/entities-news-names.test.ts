// Names in news copy written for these tests: institutions whose head word opens an "on"/"for"
// phrase ("Council on Foreign Relations", "Institute for Fiscal Studies"), amendments as laws, titles
// that end in "General", unknown places listed beside known ones, and a capital as a point of bearing.
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "../../src/draft/recognize-entities.ts";
import { segmentText } from "../../src/draft/segment-text.ts";
import type { EntityCandidate } from "../../src/draft/types.ts";

const run = (text: string): EntityCandidate[] => recognizeEntities({ text, sentences: segmentText(text), datePublished: "2026-11-20", corpus: [] }).entities;
const kindOf = (entities: EntityCandidate[], label: string) => entities.find((e) => e.label === label)?.kind;

describe("a head word before 'on' or 'for' opens the name", () => {
  it.each([
    ["The Council on Foreign Relations published a report on Monday.", "Council on Foreign Relations", "Organization"],
    ["The Institute for Fiscal Studies said taxes would have to rise.", "Institute for Fiscal Studies", "Organization"],
    ["Ballots will be counted by the Commission on Elections.", "Commission on Elections", "GovernmentOrganization"],
    ["The Center for Strategic and International Studies hosted the talks.", "Center for Strategic and International Studies", "Organization"],
    ["The Kenya National Commission on Human Rights said two people were killed.", "Kenya National Commission on Human Rights", "GovernmentOrganization"],
  ])("%s", (text, label, kind) => {
    expect(kindOf(run(text), label)).toBe(kind);
  });
});

describe("texts and titles", () => {
  it("reads an amendment as legislation", () => {
    expect(kindOf(run("The groups argue the law violates the First Amendment."), "First Amendment")).toBe("Legislation");
  });

  it.each([
    ["Texas Attorney General Ken Paxton said the state would appeal.", "Ken Paxton", "Attorney General"],
    ["Inspector General Maria Ortiz opened an inquiry.", "Maria Ortiz", "Inspector General"],
  ])("%s", (text, label, title) => {
    expect(run(text).find((e) => e.label === label)?.jobTitle).toBe(title);
  });
});

describe("places", () => {
  it("reads an unknown name listed beside a known city or region as one of its kind", () => {
    const found = run("Turnout was high in Utrecht and Groningen. Grain piled up in Alberta and Manitoba.");
    expect(kindOf(found, "Groningen")).toBe("Place");
    expect(kindOf(found, "Manitoba")).toBe("Region");
  });

  it("keeps an unknown name beside nothing known unread", () => {
    expect(run("The fire destroyed homes in Cobargo on Tuesday.").map((e) => e.label)).not.toContain("Cobargo");
  });

  it("reads a capital as the city when a bearing is taken from it", () => {
    const found = run("The quake struck about 75 km southeast of Jakarta on Monday.");
    expect(kindOf(found, "Jakarta")).toBe("Place");
  });
});

describe("a title in apposition past a possessive or a lead word", () => {
  it.each([
    ["Gabriel Galipolo, the bank's governor, defended the decision.", "Gabriel Galipolo", "Governor"],
    ["Maria Keller, the outgoing finance minister, congratulated him.", "Maria Keller", "Finance Minister"],
  ])("%s", (text, label, title) => {
    const person = run(text).find((e) => e.label === label);
    expect(person?.kind).toBe("Person");
    expect(person?.jobTitle).toBe(title);
  });
});

describe("goods and sectors named by common nouns", () => {
  it("reads commodities and industries of general news from the topic lexicon", () => {
    const found = run("Shipments of canola were delayed. Prices of cooking oil and cement rose. The chemical industry and heavy industry cut jobs.");
    expect(kindOf(found, "Canola")).toBe("Product");
    expect(kindOf(found, "Cooking oil")).toBe("Product");
    expect(kindOf(found, "Cement")).toBe("Product");
    expect(kindOf(found, "Chemical industry")).toBe("Sector");
    expect(kindOf(found, "Heavy industry")).toBe("Sector");
  });
});

describe("facilities named by common nouns", () => {
  it("reads a described plural after a preposition, with no determiner", () => {
    const found = run("Thousands sheltered at evacuation centres after the quake. Families were moved into refugee camps.");
    expect(kindOf(found, "Evacuation centres")).toBe("Facility");
    expect(kindOf(found, "Refugee camps")).toBe("Facility");
  });

  it("leaves a bare plural after a preposition unread", () => {
    expect(run("Aid was sent to camps on Monday.").map((e) => e.label)).toEqual([]);
  });
});

describe("the body people work for is no speaker", () => {
  it.each([
    ["Analysts at Jefferies said the dispute could cost the airline dearly.", "Jefferies"],
    ["Economists at Nomura said growth would slow.", "Nomura"],
  ])("%s", (text, label) => {
    expect(kindOf(run(text), label)).toBe("Organization");
  });

  it("a single name before a speech verb is still a person", () => {
    expect(kindOf(run("Prabowo said the talks would resume."), "Prabowo")).toBe("Person");
  });
});

describe("regional adjectives", () => {
  it("'Latin American' is the region, never the United States", () => {
    const entities = run("Chile is the first major Latin American economy to begin easing.");
    expect(entities.map((e) => e.id)).toContain("latin-america");
    expect(entities.map((e) => e.id)).not.toContain("united-states");
  });
});

describe("plural nouns capitalised by the sentence", () => {
  it("'Organisers said' is a group, not a person named Organisers", () => {
    expect(kindOf(run("Organisers said they could not guarantee the safety of fans."), "Organisers")).toBe("Group");
  });
});

// Who said it, in the ways wire copy names a speaker: a title before the name after a quotation,
// "a spokeswoman for X", a description between commas after the name, and "told" whose object is
// the one spoken to. Invented sentences; each checks the speaker a reader would name, or that none
// is named.
import { describe, expect, it } from "vitest";
import { type EntityFixture, run } from "./events-fixtures.ts";

const PEOPLE: EntityFixture[] = [
  { id: "marc-dubois", kind: "Person", label: "Marc Dubois", names: ["Marc Dubois"] },
  { id: "carlos-vidal", kind: "Person", label: "Carlos Vidal", names: ["Carlos Vidal"] },
  { id: "ana-ruiz", kind: "Person", label: "Ana Ruiz", names: ["Ana Ruiz"] },
  { id: "socialist-party", kind: "Organization", label: "Socialist Party", names: ["Socialist Party"] },
  { id: "air-valdora", kind: "Organization", label: "Air Valdora", names: ["Air Valdora"] },
  { id: "reuters", kind: "Organization", label: "Reuters", names: ["Reuters"] },
  { id: "police", kind: "GovernmentOrganization", label: "Police", names: ["Police"] },
];

describe("reported speech: who the speaker is", () => {
  it("a quotation before a title and a name: the name speaks, the quotation is the report", () => {
    const x = run("\"We will fight any cut in pay,\" union President Marc Dubois told reporters outside the port.", PEOPLE);
    expect(x.has("cut", "announcedBy", "marc-dubois")?.note).toContain("direct quotation");
  });

  it("'…, a spokeswoman for X said': the organisation is the source of what comes before", () => {
    const x = run("The airline cancelled 300 flights on Tuesday, a spokeswoman for Air Valdora said.", PEOPLE);
    expect(x.has("cancellation", "announcedBy", "air-valdora")).toBeDefined();
  });

  it("'…, Governor X said, adding …': the name after the title speaks", () => {
    const x = run("The central bank will raise rates again in December, Governor Ana Ruiz said, adding that inflation remained high.", PEOPLE);
    expect(x.has("increase", "announcedBy", "ana-ruiz")).toBeDefined();
  });

  it("a description between commas after the name does not take the speaker's place", () => {
    const x = run("Carlos Vidal, a member of the ruling Socialist Party, said Japan would cut spending.", PEOPLE);
    expect(x.has("cut", "announcedBy", "carlos-vidal")).toBeDefined();
    expect(x.has("cut", "announcedBy", "socialist-party")).toBeUndefined();
  });

  it("'told X': X is spoken to, not the speaker", () => {
    const x = run("Police arrested 12 protesters in the capital, officials told Reuters.", PEOPLE);
    expect(x.relations.some((r) => r.rel === "announcedBy" && r.to === "reuters")).toBe(false);
  });

  it("a time or place put first before a comma is not a report of the speaker", () => {
    const x = run("On Monday, Governor Ana Ruiz said Japan would raise tariffs on steel.", PEOPLE);
    expect(x.has("tariffs", "announcedBy", "ana-ruiz")).toBeDefined();
  });
});

describe("reported speech: what the speaker announces", () => {
  it("an event the article already named is taken up again, not announced", () => {
    const x = run("Dock workers began a strike on Monday. Marc Dubois said the strike had halted shipments.", PEOPLE);
    expect(x.has("strike", "announcedBy", "marc-dubois")).toBeUndefined();
    const strike = x.event("strike").id;
    expect(x.relations.some((r) => r.rel === "announcedBy" && r.to === "marc-dubois" && r.from !== strike)).toBe(true);
  });

  it("the first event of the report is the claim; a noun after it is part of the claim's wording", () => {
    const x = run("Ana Ruiz said the slowdown followed the collapse of talks with Japan.", PEOPLE);
    expect(x.has("slowdown", "announcedBy", "ana-ruiz")).toBeDefined();
    expect(x.has("collapse", "announcedBy", "ana-ruiz")).toBeUndefined();
  });
});

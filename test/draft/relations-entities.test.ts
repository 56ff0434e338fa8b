// Links between entities named side by side in wire copy (relation-entities.ts): where a place or
// company is, who works where, which bloc a country belongs to, which company is a unit of which.
// Invented sentences, with the cases that must stay silent.
import { describe, expect, it } from "vitest";
import { entityLinks } from "../../src/draft/relation-entities.ts";
import type { RelationCandidate } from "../../src/draft/types.ts";
import { contextOf, type EntityFixture, entitiesOf } from "./events-fixtures.ts";

const F: EntityFixture[] = [
  { id: "palu", kind: "Place", label: "Palu", names: ["Palu"] },
  { id: "central-sulawesi", kind: "Region", label: "Central Sulawesi", names: ["Central Sulawesi"] },
  { id: "indonesia", kind: "Country", label: "Indonesia", names: ["Indonesia"] },
  { id: "jakarta", kind: "Place", label: "Jakarta", names: ["Jakarta"] },
  { id: "bali", kind: "Region", label: "Bali", names: ["Bali"] },
  { id: "lombok", kind: "Region", label: "Lombok", names: ["Lombok"] },
  { id: "toronto", kind: "Place", label: "Toronto", names: ["Toronto"] },
  { id: "halcyon", kind: "Organization", label: "Halcyon Freight", names: ["Halcyon Freight"] },
  { id: "ana-ruiz", kind: "Person", label: "Ana Ruiz", names: ["Ana Ruiz"] },
  { id: "northland-bank", kind: "Organization", label: "Northland Bank", names: ["Northland Bank"] },
  { id: "dockers-union", kind: "Organization", label: "Dockers' Union", names: ["Dockers' Union"] },
  { id: "marc-dubois", kind: "Person", label: "Marc Dubois", names: ["Marc Dubois"] },
  { id: "nato", kind: "Bloc", label: "NATO", names: ["NATO"] },
  { id: "turkey", kind: "Country", label: "Turkey", names: ["Turkey"] },
  { id: "vantor", kind: "Organization", label: "Vantor", names: ["Vantor"] },
  { id: "halvard-group", kind: "Organization", label: "Halvard Group", names: ["Halvard Group"] },
  { id: "port-of-halifax", kind: "Facility", label: "Port of Halifax", names: ["Port of Halifax"] },
  { id: "nova-scotia", kind: "Region", label: "Nova Scotia", names: ["Nova Scotia"] },
  { id: "apple", kind: "Organization", label: "Apple", names: ["Apple"] },
  { id: "samsung", kind: "Organization", label: "Samsung", names: ["Samsung"] },
];

const links = (text: string, existing: RelationCandidate[] = []): string[] => {
  const ctx = contextOf(text);
  return entityLinks(text, ctx.sentences, entitiesOf(text, F), existing).map((r) => `${r.from} ${r.rel} ${r.to}${r.role ? ` (${r.role})` : ""}`);
};

describe("entityLinks", () => {
  it("'X, Y' names a place with the place that holds it", () => {
    expect(links("The quake flattened homes in Palu, Central Sulawesi, on Friday.")).toEqual(["palu locatedIn central-sulawesi"]);
  });

  it("a list of places is not a place and its container", () => {
    expect(links("Flights to Jakarta, Bali and Lombok were cancelled.")).toEqual([]);
    expect(links("Tremors were felt in Bali, Lombok and Central Sulawesi.")).toEqual([]);
  });

  it("'X-based Y' and 'Y, based in X'", () => {
    expect(links("Toronto-based Halcyon Freight halted shipments.")).toEqual(["halcyon locatedIn toronto"]);
    expect(links("Halcyon Freight, based in Toronto, halted shipments.")).toEqual(["halcyon locatedIn toronto"]);
  });

  it("a facility 'in' a region", () => {
    expect(links("Workers at the Port of Halifax in Nova Scotia walked out.")).toEqual(["port-of-halifax locatedIn nova-scotia"]);
  });

  it("a person with a title of an organisation, after the name or before it", () => {
    expect(links("Ana Ruiz, chief economist at Northland Bank, said rates would rise.")).toEqual(["ana-ruiz memberOf northland-bank (chief economist)"]);
    expect(links("Dockers' Union President Marc Dubois rejected the offer.")).toEqual(["marc-dubois memberOf dockers-union (President)"]);
    expect(links("Marc Dubois of the Dockers' Union said talks had failed.")).toEqual(["marc-dubois memberOf dockers-union"]);
  });

  it("a person merely near an organisation is no member of it", () => {
    expect(links("Ana Ruiz sued Northland Bank last year.")).toEqual([]);
    expect(links("Marc Dubois met the Dockers' Union on Monday.")).toEqual([]);
  });

  it("'<bloc> member X' and 'X, a member of <bloc>'", () => {
    expect(links("NATO member Turkey objected.")).toEqual(["turkey memberOf nato"]);
    expect(links("Turkey, a member of NATO, objected.")).toEqual(["turkey memberOf nato"]);
  });

  it("'X, a unit of Y' and 'Y's X'; a rival is not a unit", () => {
    expect(links("Vantor, a software unit of Halvard Group, was fined.")).toEqual(["vantor partOf halvard-group"]);
    expect(links("Samsung's rival Apple cut prices.")).toEqual([]);
  });

  it("a pair another rule linked is left alone", () => {
    const existing: RelationCandidate[] = [{ from: "palu", rel: "locatedIn", to: "central-sulawesi", modality: "happened", confidence: 0.9, evidence: [{ start: 0, end: 4 }] }];
    expect(links("The quake flattened homes in Palu, Central Sulawesi, on Friday.", existing)).toEqual([]);
  });
});

// Entity recall on wire phrasings written for these tests: a surname with an elided prefix
// ("O'Regan") is one name, and a single name with an age or a role noun in apposition
// ("Rahmat, 34, a fisherman,") is a person.
import { describe, expect, it } from "vitest";
import { draftStages } from "./draft-stages.ts";

const people = (text: string) => draftStages(text).entities.filter((e) => e.kind === "Person").map((e) => e.label);

describe("a surname with an elided prefix", () => {
  it("stays whole", () => {
    expect(people("Labour Minister Seamus O'Regan urged both sides to return to the bargaining table.")).toContain("Seamus O'Regan");
    expect(people("Finance Minister Maria D'Souza said the deficit would narrow.")).toContain("Maria D'Souza");
  });
});

describe("a single name with a role in apposition", () => {
  it("is a person after an age and a role noun", () => {
    expect(people("Officials said the dam broke. Rahmat, 34, a fisherman, said his house had collapsed.")).toContain("Rahmat");
  });

  it("is a person before a possessive role", () => {
    expect(people("The court fined the firm on Monday. Okonjo, the company's lawyer, said it would appeal.")).toContain("Okonjo");
  });

  it("but a common word before a role is no person", () => {
    expect(people("Meanwhile, a union spokesman said members had rejected the offer.")).not.toContain("Meanwhile");
  });
});

describe("a country in the possessive of its institution", () => {
  it("is an entity of its own, which the institution is part of", () => {
    const draft = draftStages("Kenya's Supreme Court on Monday upheld the election of William Ruto as president.");
    expect(draft.entities.find((e) => e.kind === "Country")?.label).toBe("Kenya");
    expect(draft.entities.some((e) => e.kind === "Court")).toBe(true);
  });
});

describe("a speaker named only by role", () => {
  it("is a person", () => {
    const labels = people("Northwind Airlines cut its forecast. A union spokesman said workers would strike. The central bank governor warned that inflation would stay high.");
    expect(labels).toContain("Union spokesman");
    expect(labels).toContain("Central bank governor");
  });

  it("but not when a named person holds the role", () => {
    const labels = people("Union spokesman Tom Reid criticised the offer. The spokesman said workers would strike.");
    expect(labels).toEqual(["Tom Reid"]);
  });
});

// A pronoun that opens a paraphrase is the speaker doing what is reported: "Google said it would
// appeal" (Google appeals), "the minister said he would resign"; "it" never stands for a person,
// "he" only for one, and a quotation or a pronoun deeper in the report gives no doer.
import { describe, expect, it } from "vitest";
import { run, type EntityFixture } from "./events-fixtures.ts";

const ACTORS: EntityFixture[] = [
  { id: "google", kind: "Organization", label: "Google", names: ["Google"] },
  { id: "union", kind: "Organization", label: "union", names: ["The union", "the union"] },
  { id: "ana-ruiz", kind: "Person", label: "Ana Ruiz", names: ["Ana Ruiz"] },
  { id: "central-bank", kind: "GovernmentOrganization", label: "central bank", names: ["The central bank"] },
];

const doers = (text: string): string[] =>
  run(text, ACTORS)
    .relations.filter((r) => (r.rel === "hasActor" || r.rel === "issuedBy") && /speaker does it/.test(r.note ?? ""))
    .map((r) => `${r.rel} ${r.to}`);

describe("a pronoun opening a paraphrase", () => {
  it("'X said it would …': X does it", () => {
    const x = run("Google said it would appeal the decision.", ACTORS);
    expect(x.has("appeal", "hasActor", "google")).toBeDefined();
    expect(run("The union said on Monday that it would extend the strike.", ACTORS).has("extension", "hasActor", "union")).toBeDefined();
  });

  it("a measure the speaker will take is issued by it", () => {
    expect(doers("The central bank said it would keep rates unchanged.")).toEqual(["issuedBy central-bank"]);
  });

  it("'he'/'she' stands for a person, 'it' never does", () => {
    expect(doers("Ana Ruiz said she would resign.")).toEqual(["hasActor ana-ruiz"]);
    expect(doers("Ana Ruiz said it would appeal the ruling.")).toEqual([]);
    expect(doers("Google said he would resign.")).toEqual([]);
  });

  it("a pronoun that is not the report's subject, or a quotation, gives no doer", () => {
    expect(doers("Google said the regulator had fined it unfairly.")).toEqual([]);
    expect(doers("\"It will appeal,\" Google said.")).toEqual([]);
  });
});

describe("the reporter's aside inside a paraphrase", () => {
  it("', which fell …' after a report is not what the speaker said", () => {
    const x = run("Ana Ruiz warned that the cut could weaken the peso, which fell 1.5% after the announcement.", ACTORS);
    const announced = x.relations.filter((r) => r.rel === "announcedBy").map((r) => r.from);
    expect(announced.some((id) => /weaken/.test(id)), announced.join(", ")).toBe(true);
    expect(announced.some((id) => /^fall/.test(id)), announced.join(", ")).toBe(false);
  });
});

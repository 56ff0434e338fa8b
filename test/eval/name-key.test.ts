import { describe, expect, it } from "vitest";
import { nameKey } from "../../src/eval/name-key.ts";

describe("nameKey", () => {
  it.each([
    ["GSOMIA", "Gsomia"],
    ["Gsomía", "gsomia"],
    ["the U.S.", "US"],
    ["The Government", "government"],
    ["Japan's export curbs", "Japan export curb"],
    ["Japan’s export curbs", "japans export curbs"],
    ["export restrictions", "Export restriction"],
    ["Industrial complexes", "industrial complex"],
    ["Policies", "policy"],
    ["start-ups", "Start ups"],
    ["Korea-Japan summit", "Korea Japan summit"],
  ])("%s = %s", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ["Korea", "Korean"],
    ["South Korea", "North Korea"],
    ["Paris", "Pari"],
    ["crisis", "crisi"],
    ["US", "U"],
    ["2019 curbs", "2018 curbs"],
  ])("%s ≠ %s", (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it("drops a leading article only when something is left", () => {
    expect(nameKey("The")).toBe("the");
    expect(nameKey("A")).toBe("a");
  });
});

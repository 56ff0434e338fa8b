// Who takes part when the text names the two sides as one compound ("Korea-Japan flights"). Invented
// sentences; one must stay without a party.
import { describe, expect, it } from "vitest";
import { run } from "./events-fixtures.ts";

describe("parties named as a hyphenated pair", () => {
  it("'increase the number of Korea-Japan flights': both countries take part, neither is merely concerned", () => {
    const x = run("The two governments agreed to increase the number of Korea-Japan flights.");
    expect(x.has("flights", "hasActor", "korea")).toMatchObject({ role: "party" });
    expect(x.has("flights", "hasActor", "japan")).toMatchObject({ role: "party" });
    expect(x.has("flights", "concerns", "korea")).toBeUndefined();
  });

  it("one country alone after the verb is what it concerns", () => {
    const x = run("The airline will increase the number of flights to Japan.");
    expect(x.relations.some((r) => r.rel === "hasActor" && r.to === "japan")).toBe(false);
  });
});

// Entity kinds and recall on wire phrasings written for these tests: a company named after a
// descriptor ("Brazilian planemaker Aerolux") is an organisation, and the descriptor's first word
// is no verb of its own.
import { describe, expect, it } from "vitest";
import { draftStages } from "./draft-stages.ts";

const kindOf = (text: string, label: string) => draftStages(text).entities.find((e) => e.label === label)?.kind;

describe("a company named after its descriptor", () => {
  it("is an organisation, not a person", () => {
    expect(kindOf("Brazilian planemaker Aerolux posted a quarterly loss on Thursday.", "Aerolux")).toBe("Organization");
    expect(kindOf("Swiss drugmaker Halvion said sales of its cancer drug rose.", "Halvion")).toBe("Organization");
  });

  it("and the word before the descriptor drafts no event", () => {
    const events = draftStages("Regulators fined U.S. cloud provider Nimbus Corp 1.2 billion euros on Tuesday.").events.map((e) => e.label.toLowerCase());
    expect(events.some((l) => l.startsWith("clouding"))).toBe(false);
  });
});

describe("people described by a relative clause", () => {
  it("are a group that acts", () => {
    const groups = draftStages("Farmers, who rely on the port to ship their grain, said the strike had cost them millions.").entities.filter((e) => e.kind === "Group").map((e) => e.label);
    expect(groups).toContain("Farmers");
  });
});

import { describe, expect, it } from "vitest";
import { clauseRoleLinks } from "../../src/draft/relation-clause-roles.ts";
import type { EntityCandidate, EventCandidate } from "../../src/draft/types.ts";

// Who issues a measure (issuedBy) rather than takes part in it (hasActor), in the clause-role fallback.
const at = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`'${phrase}' not in '${text}'`);
  return { start, end: start + phrase.length };
};
const entityIn = (text: string, id: string, kind: EntityCandidate["kind"], phrase: string): EntityCandidate => ({ id, kind, label: phrase, aliases: [], mentions: [{ ...at(text, phrase), text: phrase, via: "test" }], confidence: 0.8 });
const eventIn = (text: string, id: string, trigger: string, kind: EventCandidate["kind"] = "Event"): EventCandidate => ({
  id, kind, label: id, aliases: [], modality: "happened", trigger: at(text, trigger),
  mentions: [{ ...at(text, text.replace(/\.$/, "")), text: text.replace(/\.$/, ""), via: "test" }], figures: [], confidence: 0.8,
});
const links = (text: string, event: EventCandidate, entities: EntityCandidate[]) => clauseRoleLinks(text, [event], entities, []).map((l) => `${l.rel} ${l.to}`);

describe("issuedBy in the clause-role fallback", () => {
  it("the doer of a policy or a plan issues it", () => {
    const text = "The Ministry of Transport on Tuesday quietly unveiled a plan for new rail links.";
    const ministry = entityIn(text, "transport-ministry", "GovernmentOrganization", "The Ministry of Transport");
    expect(links(text, eventIn(text, "rail-plan", "plan", "Plan"), [ministry])).toEqual(["issuedBy transport-ministry"]);
  });

  it("the authority that imposes a fine issues it, also when named by 'by'", () => {
    const text = "Halvard Group was fined by the competition authority.";
    const authority = entityIn(text, "authority", "GovernmentOrganization", "competition authority");
    expect(links(text, eventIn(text, "fine", "fined"), [authority])).toEqual(["issuedBy authority"]);
  });

  it("the doer of an ordinary event takes part in it (hasActor), also for a ruling", () => {
    const text = "Dock workers walked out on Monday.";
    expect(links(text, eventIn(text, "walkout", "walked out"), [entityIn(text, "workers", "Group", "Dock workers")])).toEqual(["hasActor workers"]);
    const text2 = "The appeals court issued a ruling on the merger.";
    expect(links(text2, eventIn(text2, "ruling", "ruling"), [entityIn(text2, "court", "Court", "The appeals court")])).toEqual(["hasActor court"]);
  });

  it("a group of people named before a plan takes part in it, it does not issue it", () => {
    const text = "Students and academics will join new exchange programs.";
    const students = entityIn(text, "students", "Group", "Students and academics");
    expect(links(text, eventIn(text, "programs", "programs", "Programme"), [students])).toEqual(["hasActor students"]);
  });
});

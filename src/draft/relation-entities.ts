// Links between two entities that the wording of news states by putting them side by side: "Palu,
// Central Sulawesi" (locatedIn), "Toronto-based Halcyon" (locatedIn), "Ana Ruiz, chief economist
// at Northland Bank" and "union President Marc Dubois" (memberOf, with the title as role), "NATO
// member Turkey", "Vantor, a unit of Halvard Group" (partOf). The patterns are data
// (data/lexicons/relation-patterns.json, entityPatterns): each says what the text between the two
// mentions must be, which kinds may stand at each end and which end the edge starts from. Only
// neighbouring mentions of one sentence are paired, and a pair another rule already linked is left.
import lexicon from "../../data/lexicons/relation-patterns.json" with { type: "json" };
import type { Kind, Relation } from "../model/vocabulary.ts";
import { checkRelationKinds } from "../validate/relation-constraints.ts";
import { sentenceAt } from "./entity-state.ts";
import type { EntityCandidate, RelationCandidate, Sentence } from "./types.ts";

interface EntityPattern {
  id: string;
  rel: Relation;
  between: string;
  left: string[];
  right: string[];
  source: "left" | "right";
  after?: string;
  notAfter?: string;
  notBefore?: string;
  confidence: number;
  note: string;
}

const TITLE = `(?:${lexicon.titleHeads.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`;
const PATTERNS = (lexicon.entityPatterns as EntityPattern[]).map((p) => ({
  ...p,
  betweenRe: new RegExp(p.between.replaceAll("{title}", TITLE), "iu"),
  afterRe: p.after ? new RegExp(p.after, "iu") : undefined,
  notAfterRe: p.notAfter ? new RegExp(p.notAfter, "u") : undefined,
  notBeforeRe: p.notBefore ? new RegExp(p.notBefore, "iu") : undefined,
}));
/** How much text either side a pattern may look at. */
const WINDOW = 60;

interface Placed {
  entity: EntityCandidate;
  start: number;
  end: number;
}

export function entityLinks(text: string, sentences: readonly Sentence[], entities: readonly EntityCandidate[], existing: readonly RelationCandidate[]): RelationCandidate[] {
  const linked = new Set<string>();
  for (const r of existing) {
    linked.add(`${r.from}|${r.to}`);
    linked.add(`${r.to}|${r.from}`);
  }
  // Every mention once, longest first where two overlap ("Port of Halifax" over "Halifax").
  const placed: Placed[] = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: Placed[] = [];
  // "the U.S. Inflation Reduction Act": a name at the start of a longer one is still its neighbour,
  // the rest of the longer name standing after it.
  const nested: Array<[Placed, Placed]> = [];
  for (const p of placed) {
    const last = mentions[mentions.length - 1];
    if (last && p.start < last.end) {
      if (p.start === last.start && p.end < last.end && p.entity.id !== last.entity.id) {
        const rest = /^(?:['\u2019]s)?\s+/u.exec(text.slice(p.end, last.end));
        if (rest) nested.push([p, { ...last, start: p.end + rest[0].length }]);
      }
      continue;
    }
    mentions.push(p);
  }
  const pairs: Array<[Placed, Placed]> = [...nested];
  for (let k = 0; k + 1 < mentions.length; k++) pairs.push([mentions[k] as Placed, mentions[k + 1] as Placed]);
  const out: RelationCandidate[] = [];
  for (const [a, b] of pairs) {
    if (a.entity.id === b.entity.id || !sameSentence(sentences, a.start, b.start)) continue;
    const between = text.slice(a.end, b.start);
    if (between.length > WINDOW) continue;
    const after = text.slice(b.end, b.end + WINDOW);
    const before = text.slice(Math.max(0, a.start - WINDOW), a.start);
    for (const p of PATTERNS) {
      if (!p.left.includes(a.entity.kind) || !p.right.includes(b.entity.kind)) continue;
      const m = p.betweenRe.exec(between);
      if (!m) continue;
      if (p.afterRe && !p.afterRe.test(after)) continue;
      if (p.notAfterRe?.test(after) || p.notBeforeRe?.test(before)) continue;
      const [from, to] = p.source === "left" ? [a.entity, b.entity] : [b.entity, a.entity];
      if (linked.has(`${from.id}|${to.id}`) || checkRelationKinds(p.rel, from.kind as Kind, to.kind as Kind)) continue;
      linked.add(`${from.id}|${to.id}`);
      const role = m.groups?.["role"]?.trim();
      out.push({
        from: from.id,
        rel: p.rel,
        to: to.id,
        modality: "happened",
        confidence: p.confidence,
        note: `${p.note} (pattern ${p.id})`,
        evidence: [{ start: a.start, end: b.end }],
        ...(role ? { role } : {}),
      });
      break;
    }
  }
  out.push(...governmentMemberLinks(sentences, entities, [...existing, ...out]));
  return out;
}

const MEMBERS = lexicon.governmentMembers;
const MEMBER_TITLE = new RegExp(`\\b(?:${MEMBERS.titleWords.join("|")})\\b`, "iu");
const GOVERNMENT_LABEL = new RegExp(MEMBERS.governmentLabel, "iu");

/**
 * "Finance Minister Fernando Haddad said the government would …": a minister sits in the one
 * government the article names. Needs the title (from the recognizer's jobTitle), exactly one
 * government, and no memberOf the person already has; the evidence is the person's first mention
 * with the sentence around it (the title and the name).
 */
function governmentMemberLinks(sentences: readonly Sentence[], entities: readonly EntityCandidate[], existing: readonly RelationCandidate[]): RelationCandidate[] {
  const governments = entities.filter((e) => e.kind === "GovernmentOrganization" && GOVERNMENT_LABEL.test(e.label));
  const government = governments.length === 1 ? governments[0] : undefined;
  if (!government) return [];
  const placed = new Set(existing.filter((r) => r.rel === "memberOf").map((r) => r.from));
  const out: RelationCandidate[] = [];
  for (const person of entities) {
    if (person.kind !== "Person" || !person.jobTitle || !MEMBER_TITLE.test(person.jobTitle) || placed.has(person.id)) continue;
    const first = person.mentions[0];
    const sentence = first && sentenceContaining(sentences, first.start);
    if (!first || !sentence) continue;
    out.push({
      from: person.id,
      rel: "memberOf",
      to: government.id,
      modality: "happened",
      confidence: MEMBERS.confidence,
      note: `'${person.jobTitle}' is a post in a government, and the article names one government: '${government.label}'`,
      evidence: [{ start: sentence.start, end: sentence.end }],
      role: person.jobTitle,
    });
  }
  return out;
}

/** The sentence an offset falls in (none between sentences), by entity-state's binary search. */
function sentenceContaining(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  const s = sentences[sentenceAt(sentences, offset)];
  return s && s.start <= offset && offset < s.end ? s : undefined;
}

function sameSentence(sentences: readonly Sentence[], a: number, b: number): boolean {
  const s = sentenceContaining(sentences, a);
  return !!s && b < s.end;
}

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
  for (const p of placed) {
    const last = mentions[mentions.length - 1];
    if (last && p.start < last.end) continue;
    mentions.push(p);
  }
  const out: RelationCandidate[] = [];
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k] as Placed;
    const b = mentions[k + 1] as Placed;
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
  return out;
}

function sameSentence(sentences: readonly Sentence[], a: number, b: number): boolean {
  const s = sentences.find((x) => x.start <= a && a < x.end);
  return !!s && b < s.end;
}

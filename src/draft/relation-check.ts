// The last gate of the event stage: every proposed edge must join two known nodes, fit the kinds
// src/validate/relation-constraints.ts allows at its ends, and appear once. Two rules proposing the
// same edge are one edge: the higher confidence, both notes, the evidence of both (two spans at most).
import { checkRelationKinds } from "../validate/relation-constraints.ts";
import type { Kind } from "../model/vocabulary.ts";
import type { RelationCandidate } from "./types.ts";

export function keepValidRelations(relations: RelationCandidate[], kindOf: ReadonlyMap<string, Kind>): RelationCandidate[] {
  const byKey = new Map<string, RelationCandidate>();
  for (const r of relations) {
    if (r.from === r.to) continue;
    const source = kindOf.get(r.from);
    const target = kindOf.get(r.to);
    if (!source || !target || checkRelationKinds(r.rel, source, target)) continue;
    if (r.evidence.length === 0 || r.evidence.some((e) => e.end <= e.start)) continue;
    const key = `${r.from}\u0000${r.rel}\u0000${r.to}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...r, evidence: [...r.evidence], confidence: round(r.confidence) });
      continue;
    }
    const better = r.confidence > seen.confidence ? r : seen;
    const notes = [...new Set([seen.note, r.note].filter((n): n is string => !!n))];
    const evidence = [...seen.evidence];
    for (const e of r.evidence) {
      if (evidence.length < 2 && !evidence.some((x) => x.start <= e.start && e.end <= x.end)) evidence.push(e);
    }
    byKey.set(key, {
      ...better,
      ...(better.role ?? seen.role ? { role: better.role ?? seen.role } : {}),
      confidence: round(Math.max(r.confidence, seen.confidence)),
      evidence: evidence.sort((a, b) => a.start - b.start),
      ...(notes.length ? { note: notes.join("; ") } : {}),
    });
  }
  return [...byKey.values()].sort(
    (a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) || cmp(a.from, b.from) || cmp(a.rel, b.rel) || cmp(a.to, b.to),
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const round = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

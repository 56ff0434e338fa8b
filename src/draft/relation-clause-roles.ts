// Who did it and what it was about, from where an entity stands in the event's own clause: an actor
// named before the trigger is the doer ("dock workers began a strike" → hasActor), anything named
// after it is what the event is about ("curbed exports to Korea" → concerns), a place after "in" or
// "at" is where it happened. It fills in only pairs the argument rules (relation-roles.ts) left
// unlinked, at a lower confidence, and says so in the note.
import { KINDS } from "../model/vocabulary.ts";
import type { EntityCandidate, EventCandidate, RelationCandidate } from "./types.ts";

const PLACE_KINDS = new Set(["Country", "Region", "Place", "Facility"]);

export function clauseRoleLinks(text: string, events: readonly EventCandidate[], entities: readonly EntityCandidate[], existing: readonly RelationCandidate[]): RelationCandidate[] {
  const linked = new Set<string>();
  for (const r of existing) {
    linked.add(`${r.from}|${r.to}`);
    linked.add(`${r.to}|${r.from}`);
  }
  const out: RelationCandidate[] = [];
  for (const event of events) {
    // The first mention holds the trigger and its clause.
    const clause = event.mentions.find((m) => m.start <= event.trigger.start && event.trigger.end <= m.end);
    if (!clause) continue;
    for (const entity of entities) {
      if (linked.has(`${event.id}|${entity.id}`)) continue;
      const mention = entity.mentions.find((m) => clause.start <= m.start && m.end <= clause.end);
      if (!mention) continue;
      const before = mention.end <= event.trigger.start;
      const after = mention.start >= event.trigger.end;
      if (!before && !after) continue;
      const isActor = KINDS[entity.kind].group === "actor";
      const prep = /\b(in|at)\s+(the\s+)?$/i.test(text.slice(Math.max(clause.start, mention.start - 12), mention.start));
      let rel: RelationCandidate["rel"];
      let note: string;
      let confidence: number;
      if (before && isActor) {
        rel = "hasActor";
        note = `'${entity.label}' is named before the event's verb in its clause: the doer`;
        confidence = 0.55;
      } else if (after && prep && PLACE_KINDS.has(entity.kind)) {
        rel = "hasPlace";
        note = `'in/at ${entity.label}' in the event's clause: where it happened`;
        confidence = 0.55;
      } else if (after) {
        rel = "concerns";
        note = `'${entity.label}' is named after the event's verb in its clause: what it is about`;
        confidence = 0.5;
      } else continue;
      linked.add(`${event.id}|${entity.id}`);
      out.push({ from: event.id, rel, to: entity.id, modality: event.modality, confidence, note, evidence: [{ start: clause.start, end: clause.end }] });
    }
  }
  return out;
}

// The places in a sentence where a node is named, for rules that link "the node nearest the cue":
// event mentions (after coreference) and entity mentions, each with its token range.
import type { Kind } from "../model/vocabulary.ts";
import type { EventMention, EventNode, SentenceView } from "./event-model.ts";
import type { Span } from "./types.ts";

export interface NodeRef {
  id: string;
  kind: Kind;
  sent: number;
  tokStart: number;
  tokEnd: number;
  /** Evidence range of the mention (tokens). */
  evStart: number;
  evEnd: number;
  event?: EventMention;
  eventClass?: string;
}

export function refsBySentence(views: readonly SentenceView[], nodes: readonly EventNode[], mentions: readonly EventMention[]): NodeRef[][] {
  const out: NodeRef[][] = views.map(() => []);
  for (const m of mentions) {
    if (m.node === undefined) continue;
    const node = nodes[m.node];
    if (!node) continue;
    out[m.sent]?.push({
      id: node.id,
      kind: node.entityId ? (views[m.sent]?.entities.find((e) => e.entity.id === node.entityId)?.entity.kind ?? "Event") : node.kind,
      sent: m.sent,
      tokStart: m.tokStart,
      tokEnd: m.tokEnd,
      evStart: m.evidence.tokStart,
      evEnd: m.evidence.tokEnd,
      event: m,
      eventClass: m.frame.class,
    });
  }
  views.forEach((view, s) => {
    for (const e of view.entities) {
      if (out[s]?.some((r) => r.event && r.tokStart <= e.tokStart && e.tokStart < r.tokEnd && r.event.form === "entity")) continue;
      out[s]?.push({ id: e.entity.id, kind: e.entity.kind, sent: s, tokStart: e.tokStart, tokEnd: e.tokEnd, evStart: e.tokStart, evEnd: e.tokEnd });
    }
    out[s]?.sort((a, b) => a.tokStart - b.tokStart || Number(!a.event) - Number(!b.event));
  });
  return out;
}

/** Character span covering token ranges of one sentence. */
export function spanOf(view: SentenceView, from: number, to: number): Span {
  const a = view.tokens[Math.max(0, from)];
  const b = view.tokens[Math.min(view.tokens.length, to) - 1];
  return { start: a?.start ?? view.sentence.start, end: b?.end ?? view.sentence.end };
}

// Who does it, whom or what it concerns, and where: edges from each event mention's arguments.
// The subject actor issues a measure or plan (issuedBy) or takes part in an event (hasActor with
// the frame's role); parties named with "with"/"between" take part; an actor after "to"/"against"
// is the target; places after "in"/"at"/"across" are where it happens; everything else the
// mention's object or prepositional phrases name is what it concerns.
import lexicon from "../../data/lexicons/relation-patterns.json" with { type: "json" };
import { KINDS, type Relation } from "../model/vocabulary.ts";
import { isActorKind } from "./event-arguments.ts";
import type { EntitySpan, EventMention, EventNode, SentenceView } from "./event-model.ts";
import { spanOf } from "./relation-refs.ts";
import type { RelationCandidate } from "./types.ts";

const PLACE_KINDS = new Set(["Country", "Bloc", "Region", "Place", "Facility"]);
const PLACE_PREPS = new Set(["in", "at", "across", "near", "inside", "outside", "throughout", "off"]);
const ISSUER_KINDS = new Set<string>(lexicon.issuer.kinds);
const ISSUER_FRAMES = new Set<string>(lexicon.issuer.frames);
const PARTY_FRAMES = new Set(["cooperation", "agreement", "gathering", "exchange", "signing"]);
const PARTY_THEMES = new Set(["relations", "dispute", "tension", "rift", "feud", "row", "conflict", "talks", "trade"]);

/** "Korea-Japan flights", "U.S.-China trade": two actors joined by a hyphen name the two sides. */
function pairedByHyphen(view: SentenceView, span: EntitySpan): boolean {
  return view.entities.some((o) => {
    if (o === span || o.entity.id === span.entity.id || !isActorKind(o)) return false;
    const between = o.end <= span.start ? view.sentence.text.slice(o.end - view.sentence.start, span.start - view.sentence.start) : span.end <= o.start ? view.sentence.text.slice(span.end - view.sentence.start, o.start - view.sentence.start) : "x";
    return /^[-\u2013]$/.test(between);
  });
}

export function roleLinks(views: readonly SentenceView[], nodes: readonly EventNode[], mentions: readonly EventMention[]): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const m of mentions) {
    if (m.node === undefined || m.form === "anaphor" || m.form === "entity") continue;
    const node = nodes[m.node];
    const view = views[m.sent];
    if (!node || !view) continue;
    const modality = node.primary === m ? m.modality : m.modality;
    const edge = (rel: Relation, span: EntitySpan, confidence: number, note: string, role?: string): void => {
      const from = Math.min(span.tokStart, m.tokStart, rel === "hasActor" || rel === "issuedBy" ? span.tokStart : m.evidence.tokStart);
      const to = Math.max(span.tokEnd, m.tokEnd);
      out.push({ from: node.id, rel, to: span.entity.id, modality, confidence: confidence * Math.min(1, m.confidence + 0.2), note, evidence: [spanOf(view, from, to)], ...(role ? { role } : {}) });
    };
    const actorIds = new Set(m.actors.map((a) => a.entity.id));
    const parties = m.actors.length + m.args.filter((a) => (a.prep === "with" || a.prep === "between") && isActorKind(a.span)).length;
    for (const actor of m.actors) {
      const issuing = (m.frame.actorRel === "issuedBy" && (ISSUER_KINDS.has(node.kind) || ISSUER_KINDS.has(m.frame.kind))) || ISSUER_FRAMES.has(m.frame.id);
      if (issuing) edge("issuedBy", actor, 0.85, `subject of '${m.frame.id}' issues it`);
      else {
        const role = parties >= 2 && PARTY_FRAMES.has(m.frame.id) ? "party" : (m.frame.actorRoleByKind?.[actor.entity.kind] ?? m.frame.role ?? "actor");
        edge("hasActor", actor, 0.85, `actor of '${m.frame.id}' (${m.form === "noun" ? "modifier or possessive" : "subject"})`, role);
      }
    }
    for (const arg of m.args) {
      const e = arg.span.entity;
      if (actorIds.has(e.id) || e.id === node.id || e.id === node.entityId) continue;
      const actor = KINDS[e.kind].group === "actor";
      if (actor && pairedByHyphen(view, arg.span)) edge("hasActor", arg.span, 0.8, `'${arg.span.text}' is one of a hyphenated pair ('Korea-Japan …'): a party`, "party");
      else if (PLACE_PREPS.has(arg.prep) && PLACE_KINDS.has(e.kind)) edge("hasPlace", arg.span, 0.8, `'${arg.prep} ${arg.span.text}' after the trigger`);
      else if ((arg.prep === "with" || arg.prep === "between") && actor && PARTY_FRAMES.has(m.frame.id)) edge("hasActor", arg.span, 0.8, `'${arg.prep} ${arg.span.text}' names a party`, "party");
      else if (arg.prep === "theme" && actor && m.theme && PARTY_THEMES.has(m.theme.head)) edge("hasActor", arg.span, 0.8, `party to the ${m.theme.head}`, "party");
      else if ((arg.prep === "to" || arg.prep === "against") && actor) edge("concerns", arg.span, 0.8, `'${arg.prep} ${arg.span.text}': the target`, "target");
      else if (arg.prep === "mod" && actor) edge("concerns", arg.span, 0.6, `modifier '${arg.span.text}'`);
      else edge("concerns", arg.span, arg.prep === "object" ? 0.85 : 0.75, `${arg.prep === "object" ? "object" : `'${arg.prep}' phrase`} of '${m.frame.id}'`);
    }
    // "lifted the restrictions": the act concerns the measure named as its object.
    if (m.form === "verb" && m.object) {
      for (const n of mentions) {
        if (n === m || n.sent !== m.sent || n.node === undefined || n.node === m.node || n.form !== "noun") continue;
        if (n.tokStart < m.object.tokStart || n.tokStart >= m.object.tokEnd) continue;
        const target = nodes[n.node];
        if (target) out.push({ from: node.id, rel: "concerns", to: target.id, modality, confidence: 0.8, note: `object of '${m.frame.id}' is an event`, evidence: [spanOf(view, m.tokStart, n.tokEnd)] });
      }
    }
    if (m.form === "refusal" && m.refused?.node !== undefined) {
      const refused = nodes[m.refused.node];
      if (refused) {
        out.push({
          from: node.id,
          rel: "prevents",
          to: refused.id,
          modality: "happened",
          confidence: 0.9,
          note: `cue '${view.tokens.slice(m.tokStart, m.tokEnd).map((t) => t.lower).join(" ")}' (prevents: what was declined did not happen)`,
          evidence: [spanOf(view, m.tokStart, m.refused.evidence.tokEnd)],
        });
        for (const arg of m.refused.args) {
          if (!actorIds.has(arg.span.entity.id)) edge("concerns", arg.span, 0.85, "what the refusal is about");
        }
      }
    }
  }
  return out;
}

// Who does it when the subject is a pronoun: "Canada's government said it would impose a ban",
// "It also raised tariffs on aluminium". News names an actor once and then goes on with "it",
// "they", "he" or "she"; without this, every such event has no actor. The antecedent is the first
// actor of a fitting kind named earlier in the same sentence, else in the sentence before (the
// subject of a news sentence usually comes first); nothing further back, so a wrong guess stays
// local. Reported speech with a pronoun (speech-attribution's pronounDoers) is read there first.
import lexicon from "../../data/lexicons/speech-verbs.json" with { type: "json" };
import type { Token } from "./clause-tokens.ts";
import { isActorKind } from "./event-arguments.ts";
import type { EntitySpan, EventMention, EventNode, SentenceView } from "./event-model.ts";
import { spanOf } from "./relation-refs.ts";
import type { RelationCandidate } from "./types.ts";

/** Pronoun → the kinds it can stand for ("*": any actor but a person). */
const SUBJECT_PRONOUNS = lexicon.subjectPronouns as Record<string, string[]>;

/** Words that may stand between a subject pronoun and its verb: "it would also not", "they have". */
const between = (t: Token | undefined): boolean =>
  !!t && (t.tags.has("Auxiliary") || t.tags.has("Modal") || t.tags.has("Adverb") || t.tags.has("Negative") || /^(also|not|still|now|then|later|already)$/.test(t.lower));

function fits(pronoun: string, span: EntitySpan): boolean {
  const kinds = SUBJECT_PRONOUNS[pronoun];
  if (!kinds || !isActorKind(span)) return false;
  if (kinds.includes(span.entity.kind)) return true;
  // "it"/"they" stand for organisations, countries, groups; never for a person.
  return kinds.includes("*") && span.entity.kind !== "Person" && !(pronoun === "it" && span.entity.kind === "Group");
}

/** The subject pronoun right before `m`'s verb (or before the light verb of a noun mention), if any. */
function pronounBefore(view: SentenceView, m: EventMention): number | undefined {
  const tokens = view.tokens;
  // A noun named through a light verb ("it would impose a ban") has its evidence start at that verb's subject.
  if (m.form === "noun" && m.evidence.tokStart < m.tokStart && SUBJECT_PRONOUNS[tokens[m.evidence.tokStart]?.lower ?? ""]) return m.evidence.tokStart;
  if (m.form !== "verb" || m.passive) return undefined;
  let k = m.tokStart - 1;
  while (k >= 0 && m.tokStart - k <= 4 && between(tokens[k])) k--;
  return k >= 0 && SUBJECT_PRONOUNS[tokens[k]?.lower ?? ""] ? k : undefined;
}

/**
 * Where a wire dateline ends ("WASHINGTON, Sept 22 (Reuters) - Boeing agreed … that it misled"):
 * the agency in its brackets is the one filing the story, never what a pronoun stands for.
 */
function datelineEnd(view: SentenceView): number {
  for (let k = 0; k < Math.min(view.tokens.length, 14); k++) if (/\)\s*(-{1,2}|\u2014|\u2013)\s*$/.test(view.tokens[k]?.post ?? "")) return k + 1;
  return 0;
}

function antecedent(views: readonly SentenceView[], sent: number, before: number, pronoun: string): { view: SentenceView; span: EntitySpan } | undefined {
  const here = views[sent] as SentenceView;
  const opening = datelineEnd(here);
  const own = here.entities.filter((e) => e.tokStart >= opening && e.tokEnd <= before && fits(pronoun, e)).sort((a, b) => a.tokStart - b.tokStart)[0];
  if (own) return { view: here, span: own };
  // Back one sentence only for a pronoun that opens its sentence ("It also raised …"): inside a
  // sentence ("The FIM-CISL union said it …") the pronoun stands for something of its own sentence.
  if (here.tokens.slice(0, before).some((t) => !between(t))) return undefined;
  const previous = views[sent - 1];
  const earlier = previous?.entities.filter((e) => fits(pronoun, e)).sort((a, b) => a.tokStart - b.tokStart)[0];
  return previous && earlier ? { view: previous, span: earlier } : undefined;
}

export function pronounSubjects(views: readonly SentenceView[], nodes: readonly EventNode[], mentions: readonly EventMention[], known: readonly RelationCandidate[]): RelationCandidate[] {
  const done = new Set(known.filter((r) => r.rel === "hasActor" || r.rel === "issuedBy").map((r) => r.from));
  const out: RelationCandidate[] = [];
  for (const m of mentions) {
    if (m.node === undefined || m.actors.length > 0) continue;
    const node = nodes[m.node];
    const view = views[m.sent];
    if (!node || !view || done.has(node.id)) continue;
    const k = pronounBefore(view, m);
    if (k === undefined) continue;
    const pronoun = view.tokens[k]?.lower ?? "";
    const found = antecedent(views, m.sent, k, pronoun);
    if (!found) continue;
    const issuing = m.frame.actorRel === "issuedBy" && found.span.entity.kind !== "Group";
    out.push({
      from: node.id,
      rel: issuing ? "issuedBy" : "hasActor",
      to: found.span.entity.id,
      ...(issuing ? {} : { role: m.frame.role ?? "actor" }),
      modality: m.modality,
      confidence: 0.6,
      note: `'${pronoun}' stands for ${found.span.entity.label}, the first fitting actor named ${found.view === view ? "before it in the sentence" : "in the sentence before"}`,
      evidence: [spanOf(found.view, found.span.tokStart, found.span.tokEnd), spanOf(view, k, m.tokEnd)],
    });
    done.add(node.id);
  }
  return out;
}

// Modality of each event mention, from the cue words of modality-cues.json read leftwards from
// the trigger inside its clause (the nearest cue wins; a longer cue wins over a shorter one that
// ends on the same word), then the clause: an "if" clause and the main clause it conditions are
// conditional; a coordinated verb phrase shares its first verb's modal ("will develop … and
// diversify"). Hedges ("alleged", "reportedly") do not change the modality; they lower confidence.
import lexicon from "../../data/lexicons/modality-cues.json" with { type: "json" };
import type { Modality } from "../model/vocabulary.ts";
import { controlVerbBefore, isImplicative, objectControlled } from "./causal-links.ts";
import { startsAfter } from "./date-calendar.ts";
import { hasBreakAfter, isNoun, matchesAt, type Token } from "./clause-tokens.ts";
import { inflect, triggerIndex } from "./event-lexicon.ts";
import type { EventMention, SentenceView } from "./event-model.ts";

interface Cue {
  words: string[];
  modality: Modality;
  agentive?: Modality;
  cue: string;
  /**
   * "nounPhrase": the cue reaches only the noun phrase it opens and the verb that phrase is the
   * subject of. "object": only a noun trigger in the noun phrase right after the cue.
   */
  scope?: string;
}

let cues: Cue[] | undefined;
let hedges: string[][] | undefined;

function cueList(): Cue[] {
  cues ??= lexicon.cues
    .flatMap((c) =>
      c.forms.map((f) => ({
        words: f.split(" "),
        modality: c.modality as Modality,
        cue: f,
        ...("agentive" in c ? { agentive: c.agentive as Modality } : {}),
        ...("scope" in c ? { scope: c.scope as string } : {}),
      })),
    )
    .sort((a, b) => b.words.length - a.words.length);
  return cues;
}

function hedgeList(): string[][] {
  hedges ??= lexicon.hedges.map((h) => h.split(" ")).sort((a, b) => b.length - a.length);
  return hedges;
}

/** "Tokyo's decision to tighten controls": what follows states the decision's content, which happened with it. */
const CONTENT_NOUNS = new Set(["decision", "move", "order", "ruling", "verdict", "vote", "step", "measures", "measure", "choice"]);
const AGENTIVE = new Set(["action", "response", "speech", "gathering"]);

/** One-word verb cues that are also common nouns ("demand", "plans", "risks", "needs", "hopes"). */
const NOUN_HOMOGRAPHS: ReadonlySet<string> = new Set(lexicon.nounHomographs ?? []);

/** The nearest cue ending before `at` and not before `from`. */
export function cueBefore(view: SentenceView, at: number, from: number, stops: ReadonlySet<number> = new Set()): { cue: Cue; tokStart: number; tokEnd: number } | undefined {
  for (let end = at - 1; end >= from; end--) {
    // Another event's verb in between takes the cue for itself ("plans to restore relations hurt by …").
    if (stops.has(end)) return undefined;
    for (const cue of cueList()) {
      const start = end - cue.words.length + 1;
      if (start < from) continue;
      if (!matchesAt(view.tokens, start, cue.words)) continue;
      // "weak demand from carmakers": a one-word verb cue read as a noun is that noun, no cue.
      const only = cue.words.length === 1 ? view.tokens[start] : undefined;
      if (only && only.tags.has("Noun") && !only.tags.has("Verb") && NOUN_HOMOGRAPHS.has(only.lower)) continue;
      if (cue.scope === "nounPhrase" && !opensSubjectOf(view, end + 1, at)) continue;
      if (cue.scope === "object" && !nounPhraseUpTo(view, end + 1, at)) continue;
      return { cue, tokStart: start, tokEnd: end + 1 };
    }
    const split = cueSplitBeforeTo(view, end, from);
    if (split) return split;
  }
  return undefined;
}

/**
 * "voted unanimously on Wednesday to raise", "agreed last week to cut": news puts an adverb or a
 * date between a verb cue and its "to"; the cue still governs the infinitive. Only the words of
 * modality-cues.json cueGap (adverbs, dates and their prepositions) may stand in the gap.
 */
function cueSplitBeforeTo(view: SentenceView, end: number, from: number): { cue: Cue; tokStart: number; tokEnd: number } | undefined {
  if (view.tokens[end]?.lower !== "to") return undefined;
  let k = end - 1;
  while (k > from && k > end - 1 - CUE_GAP_MAX && isGapWord(view.tokens[k])) k--;
  // No gap: the cue is contiguous and cueBefore has read it. The gap ends at the cue's verb.
  if (k === end - 1 || !view.tokens[k]?.tags.has("Verb")) return undefined;
  for (const cue of cueList()) {
    if (cue.words.length < 2 || cue.words[cue.words.length - 1] !== "to") continue;
    const head = cue.words.slice(0, -1);
    const start = k - head.length + 1;
    if (start >= from && matchesAt(view.tokens, start, head)) return { cue, tokStart: start, tokEnd: end + 1 };
  }
  return undefined;
}

const CUE_GAP_MAX = 4;
const CUE_GAP_WORDS: ReadonlySet<string> = new Set(lexicon.cueGap.words);
function isGapWord(t: Token | undefined): boolean {
  return !!t && !/[,;:]/.test(t.post) && (CUE_GAP_WORDS.has(t.lower) || t.tags.has("Date") || (t.tags.has("Adverb") && !t.tags.has("Negative") && t.lower !== "not"));
}

/**
 * Whether the words from `from` up to the trigger at `at` stay inside one noun phrase and the verb
 * group it is the subject of ("no [agreement]", "no one [was injured]"): no preposition, no verb
 * other than an auxiliary or a form of be.
 */
function opensSubjectOf(view: SentenceView, from: number, at: number): boolean {
  for (let k = from; k < at; k++) {
    const t = view.tokens[k];
    if (!t || t.tags.has("Preposition") || /[,;:]/.test(t.post)) return false;
    if (t.tags.has("Verb") && !t.tags.has("Auxiliary") && !t.tags.has("Copula")) return false;
  }
  return true;
}

/** "…, arguing that soaring prices have eroded wages": what follows "that" is a proposition of its own, out of the cue's reach. */
function thatBetween(view: SentenceView, from: number, at: number): boolean {
  for (let k = from + 1; k < at; k++) if (view.tokens[k]?.lower === "that") return true;
  return false;
}

/** "talks on a [ceasefire]", "hopes of a lasting [deal]": only noun-phrase words up to a noun trigger at `at`. */
function nounPhraseUpTo(view: SentenceView, from: number, at: number): boolean {
  const trigger = view.tokens[at];
  if (!trigger || (trigger.tags.has("Verb") && !trigger.tags.has("Noun") && !trigger.tags.has("Gerund"))) return false;
  for (let k = from; k < at; k++) {
    const t = view.tokens[k];
    if (!t || t.tags.has("Verb") || t.tags.has("Preposition") || /[,;:]/.test(t.post)) return false;
  }
  return true;
}

export function assignModality(view: SentenceView, mentions: EventMention[]): void {
  const ifClauses = view.clauses.filter((c) => c.type === "if");
  const verbTokens = new Set<number>();
  for (const m of mentions) if (m.form === "verb") for (let k = m.tokStart; k < m.tokEnd; k++) verbTokens.add(k);
  for (const m of mentions) {
    if (m.form === "refusal" || m.form === "anaphor") continue;
    const clause = view.clauses[m.clauseIndex];
    if (!clause) continue;
    let found = cueBefore(view, m.tokStart, clause.start, verbTokens);
    if (found && definiteObject(view, m, found.tokEnd, found.cue.modality === "not_happened")) found = undefined;
    // An actor doing something to an object is agentive even with a change verb ("will restore exchanges").
    // "The ban will hurt farmers": a change whose subject is no actor is expected, not planned.
    const agentive = AGENTIVE.has(m.frame.class) || (m.form === "verb" && !!m.object && !m.passive && (m.frame.class !== "change" || m.actors.length > 0 || !subjectIsEvent(view, mentions, m)));
    let modality: Modality = "happened";
    if (found) {
      modality = found.cue.agentive && agentive ? found.cue.agentive : found.cue.modality;
      m.modalityCue = found.cue.cue;
      if (modality === "not_happened") m.negated = true;
    } else if ((clause.type === "coordinated" || clause.type === "participle") && ![...verbTokens].some((k) => k >= clause.start && k < m.tokStart) && !finitePast(view, m) && !thatBetween(view, clause.start, m.tokStart)) {
      // "will develop new markets … and diversify export products": the modal reaches the conjunct.
      const previousClause = view.clauses[m.clauseIndex - 1];
      const shared = previousClause ? cueBefore(view, previousClause.end, previousClause.start) : undefined;
      // "did not admit or deny": after "or"/"nor" a bare verb shares the negation too.
      const opener = view.tokens[clause.start]?.lower ?? "";
      const bareVerb = !!view.tokens[m.tokStart]?.tags.has("Infinitive") || !view.tokens[m.tokStart]?.tags.has("PastTense");
      if (shared && (shared.cue.modality !== "not_happened" || (/^(or|nor)$/.test(opener) && bareVerb))) {
        modality = shared.cue.agentive && agentive ? shared.cue.agentive : shared.cue.modality;
        m.modalityCue = `${shared.cue.cue} (shared by the coordinated verb)`;
      }
    }
    const predicate = !found && m.form === "noun" && opensClause(view, m, clause.start) ? predicativeAfter(view, m.evidence.tokEnd) : undefined;
    if (predicate) {
      // "some delays were likely", "a decision is expected in December": the predicate says how sure.
      modality = predicate.modality;
      m.modalityCue = `${predicate.cue} (predicate of the subject)`;
    } else if (!found && m.form === "noun" && (m.frame.nounIsThing || isClauseSubject(view, m, clause.start))) {
      // "The exchange programs will include …": the subject's modal follows it.
      const right = cueAfter(view, m.evidence.tokEnd);
      if (right && !(definiteSubject(view, m) && !occurrenceVerbAfter(view, m.evidence.tokEnd + right.words.length))) {
        modality = right.agentive && agentive ? right.agentive : right.modality;
        m.modalityCue = `${right.cue} (after the subject)`;
      }
    } else if (!found && m.form === "verb" && view.tokens[m.tokStart]?.tags.has("Gerund") && /^(for|toward|towards)$/.test(view.tokens[m.tokStart - 1]?.lower ?? "") && view.tokens[m.tokStart - 2]?.tags.has("Noun")) {
      // "laid the foundation for revitalizing ties", "a push for reopening talks": not yet done.
      modality = "planned";
      m.modalityCue = `${view.tokens[m.tokStart - 1]?.lower} + gerund after a noun`;
    } else if (!found && m.form === "verb" && view.tokens[m.tokStart - 1]?.lower === "to" && objectControlled(view, m.tokStart - 1)) {
      // "ordering Japanese firms to compensate": demanded; "forced the government to close schools": done.
      const governor = controlVerbBefore(view, m.tokStart - 1);
      modality = isImplicative(governor) ? "happened" : "potential";
      m.modalityCue = `object-control verb '${governor?.lower ?? ""}' + to`;
    } else if (!found && m.form === "noun" && purposeLightObject(view, m)) {
      // "cut rates to support growth": the event a purpose light verb governs is aimed at, not yet done.
      modality = "planned";
      m.modalityCue = "to + light verb (purpose)";
    } else if (!found && m.form === "verb" && view.tokens[m.tokStart - 1]?.lower === "to" && !CONTENT_NOUNS.has(view.tokens[m.tokStart - 2]?.lower ?? "")) {
      // A purpose ("join forces to tackle global issues") is aimed at, not yet done.
      modality = "planned";
      m.modalityCue = "to (purpose infinitive)";
    }
    if (!found && modality === "happened" && clause.type === "subordinate" && FUTURE_TIME_OPENERS.has(view.tokens[clause.start]?.lower ?? "") && presentTenseClause(view, clause.start + 1, clause.end)) {
      // "will stay closed until repairs are completed": the present tense after "until" speaks of a time to come.
      const main = view.clauses.find((c) => c.type === "main" && !c.quoted && c.end <= clause.start) ?? view.clauses.find((c) => c.type === "main" && !c.quoted && c.start >= clause.end);
      const shared = main ? cueBefore(view, main.end, main.start) : undefined;
      if (shared && (shared.cue.modality === "expected" || shared.cue.modality === "planned")) {
        modality = shared.cue.agentive && agentive ? shared.cue.agentive : shared.cue.modality;
        m.modalityCue = `${view.tokens[clause.start]?.lower ?? ""} + present tense (time of the main clause's '${shared.cue.cue}')`;
      }
    }
    // "The union threatened a second strike": what a threat or a warning names has not happened.
    const governor = !found && m.form === "noun" ? mentions.find((v) => v.form === "verb" && !!v.object && v.object.tokStart <= m.tokStart && m.tokStart < v.object.tokEnd && OBJECT_MODALITY[v.frame.id]) : undefined;
    if (governor && !definiteObject(view, m, governor.tokEnd)) {
      modality = OBJECT_MODALITY[governor.frame.id] as Modality;
      m.modalityCue = `object of '${governor.frame.id}'`;
    }
    if (clause.type === "if" && m.form !== "noun") {
      modality = "conditional";
      m.modalityCue = view.tokens[clause.start]?.lower ?? "if";
    } else if (ifClauses.length > 0 && modality !== "happened" && modality !== "not_happened") {
      modality = "conditional";
      m.modalityCue = `${m.modalityCue ?? ""} + if-clause`.trim();
    }
    if (modality === "not_happened") m.negated = true;
    m.modality = modality;
    const hedge = hedgeIn(view, clause.start, clause.end) ?? hedgeIn(view, m.evidence.tokStart, m.evidence.tokEnd);
    if (hedge) {
      m.hedge = hedge;
      m.confidence *= 0.75;
    }
  }
}

const FUTURE_TIME_OPENERS: ReadonlySet<string> = new Set(lexicon.futureTimeClauses.openers);

/** The clause's first verb is in the present tense: "are completed", "takes effect", not "were completed". */
function presentTenseClause(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = view.tokens[k];
    if (!t || !t.tags.has("Verb")) continue;
    if (t.tags.has("PastTense") || /^(was|were|had|did)$/.test(t.lower)) return false;
    return t.tags.has("PresentTense") || /^(is|are|am|has|have|does|do)$/.test(t.lower);
  }
  return false;
}

/** "pledged to rebuild homes and allocated funds": a past-tense conjunct is a fact of its own, not under the modal. */
function finitePast(view: SentenceView, m: EventMention): boolean {
  const t = view.tokens[m.tokStart];
  return m.form === "verb" && !!t && t.tags.has("PastTense") && /ed$/.test(t.lower) && !PASSIVE_BEFORE.has(view.tokens[m.tokStart - 1]?.lower ?? "");
}
const PASSIVE_BEFORE = new Set(["be", "been", "being", "is", "are", "was", "were", "have", "has", "had"]);

/** "to support growth", "to seek investment": "to" + a light verb right before the noun's phrase. */
function purposeLightObject(view: SentenceView, m: EventMention): boolean {
  let k = m.tokStart - 1;
  while (k > m.tokStart - 4 && k > 0 && !triggerIndex().lightVerbs.has(view.tokens[k]?.lower ?? "")) k--;
  if (!triggerIndex().lightVerbs.has(view.tokens[k]?.lower ?? "") || view.tokens[k - 1]?.lower !== "to") return false;
  const before = view.tokens[k - 2];
  return !!before && (isNoun(before) || before.tags.has("Date")) && !CONTENT_NOUNS.has(before.lower);
}

const EXPECTATION = new Set(["expected", "anticipated", "predicted", "forecast", "foreseen"]);
const DEFINITE = new Set(["the", "this", "that", "these", "those", "its", "their", "his", "her"]);

/**
 * "said it would appeal the ruling", "will lift the curbs": a definite noun phrase after a verb
 * names something that already exists; the modal before the verb is the verb's, not the noun's.
 * A plan or programme ("will approve the plan") is planned in itself and keeps the cue.
 */
function definiteObject(view: SentenceView, m: EventMention, cueEnd: number, negation = false): boolean {
  // "will carry out the plan": a plan or a thing named after a modal's verb is as planned as the verb;
  // but "declined to comment on the proposal" does not undo the proposal: the negation is the comment's.
  if (m.form !== "noun" || ((m.frame.nounIsThing || m.frame.kind === "Plan") && !negation) || m.causePhrase) return false;
  let start = m.evidence.tokStart;
  // "would fight the job cuts": a mention whose quote opens at the governing verb has its determiner
  // right before the trigger (or before one modifier of it).
  for (const k of [m.tokStart - 1, m.tokStart - 2]) {
    const t = view.tokens[k];
    if (k > start && k >= cueEnd && t && (DEFINITE.has(t.lower) || t.tags.has("Possessive"))) start = k;
  }
  const first = view.tokens[start];
  if (!first || !(DEFINITE.has(first.lower) || first.tags.has("Possessive"))) return false;
  // "Economists had expected the hike": the hike expected before is the one that came.
  const cueWord = view.tokens[cueEnd - 1];
  if (cueEnd === start && cueWord && cueWord.lower !== "to" && cueWord.tags.has("Verb") && cueWord.tags.has("PastTense") && EXPECTATION.has(cueWord.lower)) return true;
  for (let k = cueEnd; k < start; k++) {
    const t = view.tokens[k];
    if (t && t.tags.has("Verb") && !t.tags.has("Auxiliary") && !t.tags.has("Modal") && !t.tags.has("Copula")) return true;
  }
  return false;
}

/** A noun mention opening its clause ("a second, longer strike could follow", "said a decision would be made"), or a "that" clause: a modal after it is its own. */
function isClauseSubject(view: SentenceView, m: EventMention, clauseStart: number): boolean {
  // "warned that some delays would follow": clause-split.ts does not cut before "that" after a verb; the subject starts after it.
  let from = clauseStart;
  for (let k = m.evidence.tokStart - 1; k >= clauseStart && from === clauseStart; k--) if (view.tokens[k]?.lower === "that") from = k + 1;
  for (let k = from; k < m.evidence.tokStart; k++) {
    const t = view.tokens[k];
    if (!t || !(t.tags.has("Determiner") || t.tags.has("Adjective") || t.tags.has("Noun") || t.tags.has("Value") || /^(and|but|,)$/.test(t.lower))) return false;
  }
  return true;
}

/** "Further rate cuts are …", "warned that some delays were …": only noun-phrase words between the clause's start (or "that") and the noun. */
function opensClause(view: SentenceView, m: EventMention, clauseStart: number): boolean {
  let k = m.evidence.tokStart - 1;
  while (k >= clauseStart) {
    const t = view.tokens[k];
    if (!t || t.lower === "that" || /[,;:]/.test(t.post)) break;
    // "rate cuts": the tagger reads a noun modifier right before the head as a present-tense verb.
    const modifierVerb = k === m.evidence.tokStart - 1 && t.tags.has("Verb") && !t.tags.has("PastTense");
    if (!(modifierVerb || t.tags.has("Determiner") || t.tags.has("Adjective") || t.tags.has("Noun") || t.tags.has("Value") || t.tags.has("Adverb") || t.tags.has("Possessive"))) return false;
    k--;
  }
  return true;
}

/** An event noun ends right before the verb (a few auxiliaries between): the change's subject is that event. */
function subjectIsEvent(view: SentenceView, mentions: readonly EventMention[], m: EventMention): boolean {
  return mentions.some((o) => o !== m && o.form === "noun" && o.tokEnd <= m.tokStart && o.tokEnd >= m.tokStart - 3 && o.clauseIndex === m.clauseIndex);
}

const OBJECT_MODALITY = lexicon.objectModalityFrames as Record<string, string>;

const OCCURRENCE_VERBS = new Set(lexicon.subjectOccurrenceVerbs.verbs);

/** "The strike could …", "Its ban will …": a definite noun names an event already known. */
function definiteSubject(view: SentenceView, m: EventMention): boolean {
  const first = view.tokens[m.evidence.tokStart];
  return !!first && (DEFINITE.has(first.lower) || first.tags.has("Possessive")) && !m.frame.nounIsThing && m.frame.kind !== "Plan";
}

/** The verb after a modal (past adverbs and "not") says the event itself takes place ("could resume", "will not go ahead"). */
function occurrenceVerbAfter(view: SentenceView, at: number): boolean {
  let k = at;
  while (k < view.tokens.length && (view.tokens[k]?.tags.has("Adverb") || view.tokens[k]?.lower === "not" || view.tokens[k]?.lower === "be" && view.tokens[k + 1]?.lower !== undefined && /ed$|en$/.test(view.tokens[k + 1]?.lower ?? ""))) k++;
  const t = view.tokens[k];
  return !!t && OCCURRENCE_VERBS.has(t.root || t.lower);
}

const AUXILIARY_CUES = new Set(["will", "would", "could", "may", "might", "can", "shall", "will not", "won't", "would not", "could not", "cannot", "is set to", "are set to", "is expected to", "are expected to", "is likely to", "are likely to", "is to", "are to", "is scheduled to", "are scheduled to"]);

/** A modal right after a subject noun phrase. */
function cueAfter(view: SentenceView, at: number): Cue | undefined {
  for (const cue of cueList()) {
    if (AUXILIARY_CUES.has(cue.cue) && matchesAt(view.tokens, at, cue.words)) return cue;
  }
  return undefined;
}

const PREDICATIVE = lexicon.predicativeCues;
const PREDICATIVE_BE: ReadonlySet<string> = new Set(PREDICATIVE.be);
const PREDICATIVE_ADVERBS: ReadonlySet<string> = new Set(PREDICATIVE.adverbs);
const PREDICATIVE_WORDS = Object.entries(PREDICATIVE.words as Record<string, Modality>)
  .map(([w, modality]) => ({ words: w.split(" "), modality, cue: w }))
  .sort((a, b) => b.words.length - a.words.length);

/** "were likely", "is expected in December", "are now possible": be, adverbs, a predicate of modality-cues.json, and no "to" after it. */
function predicativeAfter(view: SentenceView, at: number): { modality: Modality; cue: string } | undefined {
  const tokens = view.tokens;
  if (!PREDICATIVE_BE.has(tokens[at]?.lower ?? "") || hasBreakAfter(tokens[at - 1])) return undefined;
  let k = at + 1;
  while (PREDICATIVE_ADVERBS.has(tokens[k]?.lower ?? "")) k++;
  const hit = PREDICATIVE_WORDS.find((p) => matchesAt(tokens, k, p.words));
  if (!hit || tokens[k + hit.words.length]?.lower === "to") return undefined;
  return { modality: hit.modality, cue: `${tokens[at]?.lower} ${hit.cue}` };
}

function hedgeIn(view: SentenceView, from: number, to: number): string | undefined {
  for (let k = from; k < to; k++) {
    for (const words of hedgeList()) if (matchesAt(view.tokens, k, words)) return words.join(" ");
  }
  return undefined;
}

const VERB_OBJECT_MODALITY = new Map(Object.entries(lexicon.objectModalityVerbs.verbs as Record<string, Modality>).flatMap(([verb, modality]) => inflect(verb).map((form) => [form, { verb, modality }] as const)));

/** The entry of objectModalityVerbs a verb mention's words are a form of ("called off", "were scrapped"). */
function objectModalityVerb(view: SentenceView, v: EventMention): { verb: string; modality: Modality } | undefined {
  const words = view.tokens.slice(v.tokStart, v.tokEnd);
  return VERB_OBJECT_MODALITY.get(words.map((t) => t.lower).join(" ")) ?? VERB_OBJECT_MODALITY.get(words.map((t) => t.root || t.lower).join(" "));
}

/**
 * "The strike was called off", "scrapped the plan", "postponed the vote until next month": after
 * the clause cues have run (the verb's own modality is known only then, and a passive subject
 * comes before its verb), an event noun in the object of a cancelling verb that happened did not
 * happen, and one in the object of a postponing verb is planned, with the verb's future date.
 */
export function objectModalityByVerb(views: readonly SentenceView[], mentions: EventMention[], published: string | undefined): void {
  for (const v of mentions) {
    if (v.form !== "verb" || !v.object || v.modality !== "happened") continue;
    const view = views[v.sent];
    const entry = view ? objectModalityVerb(view, v) : undefined;
    if (!view || !entry) continue;
    const object = v.object;
    for (const m of mentions) {
      if (m === v || m.sent !== v.sent || m.form !== "noun" || m.tokStart < object.tokStart || m.tokStart >= object.tokEnd) continue;
      if (m.modality !== "happened") continue;
      m.modality = entry.modality;
      m.modalityCue = `object of '${entry.verb}'`;
      if (entry.modality === "not_happened") m.negated = true;
      if (entry.modality === "planned" && v.date?.value && published && startsAfter(v.date.value, published) && !m.date) {
        m.date = v.date;
        delete v.date;
      }
    }
  }
}

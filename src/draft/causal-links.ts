// Causal links stated in the text, from the cue lexicon data/lexicons/causal-cues.json. Each cue
// governs a complement (read to its right) that is the cause or the effect; the other end is the
// node named nearest the cue on its left, or — for a cue that opens the sentence ("Because of X, Y")
// — the first event of the main clause after the comma. Ends are events, or entities that can be
// causes (topics, policies, laws: "due to the Inflation Reduction Act"), never actors or places.
// Three further rules state links without a connective: a causative verb ("the row raised
// uncertainty"), a response verb with no stated cause ("Korea retaliated" answers the latest
// action of another actor), and a refusal ("declined to extend" prevents the extension).
import lexicon from "../../data/lexicons/causal-cues.json" with { type: "json" };
import { isGenericFrame } from "./event-generic.ts";
import { KINDS, type Modality, type Relation } from "../model/vocabulary.ts";
import { clauseAt } from "./clause-split.ts";
import { hasBreakAfter, isFiniteVerb, isNoun, isVerb, matchesAt, type Token } from "./clause-tokens.ts";
import { blamePreposition, CAUSATIVE_VERBS, CHANGE_ADJECTIVES, IMPLICATIVE_CONTROL_VERBS as IMPLICATIVE, OBJECT_CONTROL_VERBS as OBJECT_CONTROL, SCHEDULE_AFTER_DUE_TO } from "./causal-lexicon.ts";
import { IRREGULAR_PAST, subjectLeft } from "./event-arguments.ts";
import type { EventMention, EventNode, SentenceView } from "./event-model.ts";
import { type NodeRef, spanOf } from "./relation-refs.ts";
import type { RelationCandidate, Span } from "./types.ts";

interface CueEntry {
  cue: string;
  forms: string[];
  complementIs: "cause" | "effect";
  relation: Relation;
  confidence: number;
  frontable?: boolean;
  /** The complement is a noun phrase ending before the sentence's finite verb ("Deaths from the outbreak have climbed"). */
  endsAtVerb?: boolean;
  clausal?: boolean;
  weak?: boolean;
  alsoBefore?: boolean;
  selfIsEffect?: boolean;
  requiresEventCause?: boolean;
  effectClasses?: string[];
  verbOnly?: boolean;
  gerund?: boolean;
  purposeInfinitive?: boolean;
  anaphoricCause?: boolean;
  conditional?: boolean;
  passive?: boolean;
  /** Also read as a cause when the cause event is of one of these frames (a storm, an attack). */
  causeFrames?: string[];
  /** Also read as a cause when the effect event is of one of these frames (a cancellation, an arrest). */
  effectFrames?: string[];
  /** Like effectFrames, but only when the effect is the verb that starts the happening ("went on strike after …"). */
  effectVerbFrames?: string[];
  /** The event left of the cue must be of one of these frames ("fined … for abusing"). */
  governorFrames?: string[];
  gerundPhraseCause?: boolean;
  /** Also read as a cause when the effect is a measure of these frames by another actor than the cause's. */
  reactionFrames?: string[];
  /** "as" read only before a clause (a subject, then a finite verb whose event is the cause). */
  asClause?: boolean;
  /** Read only when the words before the cue are an anaphor of an earlier event ("The move came after …", "This followed …"). */
  anaphorSubject?: boolean;
  /** Neither end may be an event of a verb the trigger lexicon does not list (event-generic.ts). */
  listedEndsOnly?: boolean;
}

interface CueForm {
  words: string[];
  entry: CueEntry;
  form: string;
}

const FORMS: CueForm[] = (lexicon.cues as CueEntry[])
  .flatMap((entry) => entry.forms.map((form) => ({ words: form.split(" "), entry, form })))
  .sort((a, b) => b.words.length - a.words.length);
const BY_FIRST = new Map<string, CueForm[]>();
for (const f of FORMS) BY_FIRST.set(f.words[0] ?? "", [...(BY_FIRST.get(f.words[0] ?? "") ?? []), f]);
const NON_PURPOSE = new Set(lexicon.nonPurposeGovernors);
/** "plans to restore …": the plan aims at what follows "to". */
const PLAN_NOUNS = new Set(["plan", "plans", "strategy", "programme", "program", "scheme", "initiative", "bid", "effort", "efforts", "campaign", "drive", "push", "measures", "steps"]);
const SUBORDINATE_WORDS = new Set(["after", "before", "because", "since", "while", "when", "if", "as", "although", "though", "until", "unless", "whereas"]);

/** "ordering Japanese firms to compensate": a control verb, its object, then "to". */
export function objectControlled(view: SentenceView, toIndex: number): boolean {
  return controlVerbBefore(view, toIndex) !== undefined;
}

/** The object-control verb that governs the "to" at `toIndex` ("called on both sides to"), if any. */
export function controlVerbBefore(view: SentenceView, toIndex: number): Token | undefined {
  let k = toIndex - 1;
  while (k >= 0 && k > toIndex - 7) {
    const t = view.tokens[k] as Token;
    const phrase = `${t.lower} ${view.tokens[k + 1]?.lower ?? ""}`;
    if ((OBJECT_CONTROL.has(t.lower) || OBJECT_CONTROL.has(phrase)) && (t.tags.has("Verb") || IMPLICATIVE.has(t.lower))) return t;
    if (isVerb(t) || hasBreakAfter(t)) return undefined;
    k--;
  }
  return undefined;
}

/** "forced the government to close schools": the infinitive of an implicative verb happened. */
export const isImplicative = (verb: Token | undefined): boolean => !!verb && IMPLICATIVE.has(verb.lower);

const PASSIVE_BE = new Set(["is", "are", "was", "were", "be", "been", "being"]);
const CAUSE_GROUPS = new Set(["event", "policy", "topic"]);

export interface CausalInput {
  views: readonly SentenceView[];
  refs: NodeRef[][];
  nodes: readonly EventNode[];
  mentions: readonly EventMention[];
}

export function linkCauses(input: CausalInput): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const { views, refs } = input;
  const effectsFound = new Set<string>();
  for (let s = 0; s < views.length; s++) {
    const view = views[s] as SentenceView;
    const here = refs[s] ?? [];
    for (let i = 0; i < view.tokens.length; i++) {
      const match = BY_FIRST.get(view.tokens[i]?.lower ?? "")?.find((f) => matchesAt(view.tokens, i, f.words) && cueApplies(view, i, f));
      if (!match) continue;
      const found = resolveCue(input, s, i, match);
      for (const link of found) {
        out.push(link);
        if (link.rel === "causes" || link.rel === "enables" || link.rel === "intendsToCause") effectsFound.add(link.to);
      }
      if (found.length > 0) i += match.words.length - 1;
    }
    out.push(...causativeLinks(view, s, here, effectsFound));
    out.push(...resultClauseLinks(view, s, here, out));
    out.push(...blameLinks(view, s, here));
  }
  out.push(...coCauses(views, refs, out));
  out.push(...responseLinks(input, effectsFound));
  return out;
}

function cueApplies(view: SentenceView, i: number, f: CueForm): boolean {
  const t = view.tokens[i] as Token;
  const next = view.tokens[i + f.words.length];
  const prev = view.tokens[i - 1];
  // "…, forcing thousands to evacuate": an -ing form after a comma is a verb whatever the tagger says.
  if (f.entry.verbOnly && !t.tags.has("Verb") && !(/ing$/.test(t.lower) && hasBreakAfter(prev))) return false;
  // "the road was blocked by landslides": a passive cue verb reverses the ends ('hurt by' and its kin read it).
  if (f.entry.verbOnly && f.entry.complementIs === "effect" && PASSIVE_BE.has(prev?.lower ?? "")) return false;
  // "hit by rising competition": a participle describing the agent's noun is no means.
  if (f.entry.gerund) return !!next && isVerb(next) && next.lower.endsWith("ing") && !(CHANGE_ADJECTIVES.has(next.lower) && isNoun(view.tokens[i + f.words.length + 1]));
  if (f.entry.purposeInfinitive) {
    // "To curb inflation, the bank raised rates": opening the sentence, the purpose of the clause after the
    // comma; the tagger often reads the verb there as a noun ("To ease congestion"), so only a date is refused.
    if (f.entry.frontable && isSentenceOpening(view, i)) return !!next && /^[a-z]+$/.test(next.text) && !next.tags.has("Date");
    if (!next || !(isVerb(next) || next.tags.has("Infinitive"))) return false;
    if (prev && PLAN_NOUNS.has(prev.lower)) return true;
    if (!prev || NON_PURPOSE.has(prev.lower) || (isVerb(prev) && !hasBreakAfter(prev)) || prev.tags.has("Adjective")) return false;
    return !objectControlled(view, i);
  }
  if (f.entry.asClause) return asOpensClause(view, i);
  if (f.entry.anaphorSubject) return anaphorBefore(view, i);
  if (f.entry.clausal && f.form === "since") return !!next && !next.tags.has("Date") && !next.tags.has("Value");
  // "The talks are due to resume on Monday": a schedule, not a cause (causal-cues.json scheduleAfterDueTo).
  if (f.form === "due to" && !!next && SCHEDULE_AFTER_DUE_TO.has(next.root || next.lower) && !next.tags.has("Noun")) return false;
  return true;
}

const isCauseKind = (r: NodeRef): boolean => !!r.event || CAUSE_GROUPS.has(KINDS[r.kind].group);

function resolveCue(input: CausalInput, s: number, i: number, f: CueForm): RelationCandidate[] {
  const view = input.views[s] as SentenceView;
  const here = input.refs[s] ?? [];
  const cueEnd = i + f.words.length;
  const entry = f.entry;
  const fronted = entry.frontable && isSentenceOpening(view, i);
  let complement: NodeRef[] = [];
  let head: NodeRef | undefined;
  if (fronted) {
    const brk = nextBreak(view, cueEnd);
    complement = here.filter((r) => r.tokStart >= cueEnd && r.tokStart <= brk);
    head = here.find((r) => r.event && r.tokStart > brk);
  } else {
    // "landslides, which have blocked dozens of roads and cut off villages": the complement stays in
    // the cue's clause; a coordinated verb phrase after it is a second act, not the cue's object.
    const cueClause = view.clauses.findIndex((c) => c.start <= i && i < c.end);
    const nextClause = cueClause >= 0 ? view.clauses[cueClause + 1] : undefined;
    const clauseCap = nextClause && nextClause.type === "coordinated" && !entry.clausal ? nextClause.start : view.tokens.length;
    const windowEnd = Math.min(complementEnd(view, cueEnd, entry), clauseCap);
    complement = here.filter((r) => r.tokStart >= cueEnd && r.tokStart < windowEnd);
    if (entry.selfIsEffect) {
      head = here.find((r) => r.event && r.tokStart <= i && i < r.tokEnd + 1 && r.tokEnd >= i);
      // "The economy shrank 0.6%, hurt by high rates": a participle after a comma says what hurt the
      // event before it, which is the effect (event detection drops the participle's own event).
      if (!head && hasBreakAfter(view.tokens[i - 1])) head = nearestLeft(here.filter((r) => r.event), i);
      // "Veltrix, which supplies chips, has been hit by …": with no event at the cue verb the effect is
      // its subject (here a company, no event), never an event further left in another clause.
      if (!head) return [];
    }
    if (entry.purposeInfinitive && PLAN_NOUNS.has(view.tokens[i - 1]?.lower ?? "")) {
      head = here.find((r) => r.event && r.tokEnd === i);
      // "pledged aid and plans to suspend tax payments": "plans" is the verb here, naming no plan of its own; no aim.
      if (!head) return [];
    }
    // "The dispute has hurt trade … and sparked a boycott": the cause is the first conjunct's subject.
    if (entry.verbOnly && entry.complementIs === "effect" && view.clauses[cueClause]?.type === "coordinated") {
      const previous = view.clauses[cueClause - 1];
      const subject = previous ? here.find((r) => r.event && r.tokStart >= previous.start && r.tokStart < previous.end) : undefined;
      if (subject && subject.tokStart <= (previous?.start ?? 0) + 3) head = subject;
      // "Opposition parties blamed the government for the crisis and called for a review": the
      // conjuncts' subject is an actor, who is no cause; an event in the first conjunct's object is not it.
      const opener = previous ? here.find((r) => r.tokStart >= previous.start && r.tokStart <= previous.start + 1) : undefined;
      if (!head && opener && !isCauseKind(opener)) return [];
    }
    // "Prices rose, fuelled by higher costs": a passive participle's effect stands right before it,
    // not an event at the other end of the sentence ("The dispute comes as …, driven by …").
    if (entry.passive && !entry.selfIsEffect) {
      const near = nearestLeft(here, i);
      if (!near || near.tokEnd < i - PASSIVE_REACH) return [];
      // "to tame inflation that was fuelled by …": the relative pronoun's antecedent is what was fuelled.
      const antecedent = relativeAntecedentRef(view, here, i);
      if (antecedent) head = antecedent;
    }
    // "The court blocked the merger": a cue verb that is an event itself is the end that acts.
    if (entry.verbOnly && entry.relation === "prevents") head ??= here.find((r) => r.event?.form === "verb" && r.event.frame.class === "action" && r.tokStart === i);
    // "The outbreak began after a cyclone caused flooding": a cue verb in a clause opened by a
    // subordinator has its subject in that clause, never the main clause's event before it.
    if (!head && entry.complementIs === "effect" && entry.verbOnly && subordinatorBetween(view, nearestLeft(here, i), i)) return [];
    head ??= nearestLeft(here, i);
  }
  // "Congestion worsened as a result, and …": a connective right after its verb, with no break
  // before it, refers back: the event before it is the effect, the cause is in the sentence before.
  const trailing = entry.anaphoricCause && !fronted && trailsItsVerb(view, i, cueEnd);
  if (entry.anaphoricCause && !fronted && !trailing) {
    complement = here.filter((r) => r.tokStart >= cueEnd);
    // "…, and as a result, prices rose": past the sentence's opening the cause is the event before the cue.
    head = isSentenceOpening(view, i) ? undefined : nearestLeft(here, i);
  }
  if (trailing) {
    const effect = nearestLeft(here.filter((r) => r.event), i);
    const cause = antecedentEvent(input, s - 1);
    if (!effect?.event || !cause || cause.id === effect.id) return [];
    const otherView = input.views[cause.sent];
    return [make(view, s, cause, entry.relation, effect, entry.confidence, relationModality(cause, effect, entry.relation, false), `cue '${f.form}' after its verb: the sentence before states the cause`, i, cueEnd, otherView)];
  }

  // "aimed at fleshing out …": a verb right after the cue that names no event leaves the link without an end.
  const after = view.tokens[cueEnd];
  // "after contract talks stalled": a word before a noun that the tagger reads as a verb is the noun's modifier.
  const modifier = !!after && !/ing$/.test(after.lower) && isNoun(view.tokens[cueEnd + 1]) && entry.relation !== "intendsToCause";
  if (!fronted && !entry.anaphoricCause && after && isVerb(after) && !modifier && !entry.clausal && !here.some((r) => r.event && r.tokStart === cueEnd)) return [];
  // Prefer the first event of the complement (its verb, for a clause); an entity only when no event is there.
  const firstEvent = (entry.clausal ? complement.find((r) => r.event && r.event.form === "verb") : undefined) ?? complement.find((r) => r.event);
  let primary = firstEvent ?? complement.find(isCauseKind) ?? relativeEffect(view, here, entry, complement, cueEnd);
  // "after talks on wages collapsed": the noun is the theme of the complement's verb, which is the event meant.
  if (primary?.event?.form === "noun") {
    const p = primary;
    const verb = complement.find((r) => r.event?.form === "verb" && r.event.frame.class === "change" && r.id !== p.id && (r.event.theme?.tokStart ?? r.evStart) <= p.tokStart && p.tokEnd <= r.tokStart);
    if (verb) primary = verb;
  }
  // "The outbreak began after Cyclone Freddy caused severe flooding": when the complement's first
  // event causes another by a cue verb right after it, that other event is a cause as well.
  let chainEnd: NodeRef | undefined;
  if (primary && entry.complementIs === "cause" && !entry.anaphoricCause) {
    const p = primary;
    const verb = view.tokens[p.tokEnd];
    const chained = verb && BY_FIRST.get(verb.lower)?.some((g) => g.entry.verbOnly && g.entry.complementIs === "effect" && g.entry.relation === "causes" && matchesAt(view.tokens, p.tokEnd, g.words));
    chainEnd = chained ? complement.find((r) => r.event && r.tokStart > p.tokEnd && r.tokStart <= p.tokEnd + 4) : undefined;
  }
  let prevSentence: NodeRef | undefined;
  // "Lufthansa plans to resume …": a purpose "to" early in a sentence has its cause in that sentence, not the one before.
  if (!head && (entry.anaphoricCause || (i <= 2 && !(entry.purposeInfinitive && i > 0)))) {
    prevSentence = antecedentEvent(input, s - 1);
    head = prevSentence;
  }
  if (!primary || !head || primary.id === head.id) return [];
  // "The strike has halted grain shipments": when the cue verb names an event of its own (the halt),
  // the subject causes that event (a causative link); its object, a thing, is prevented by nothing.
  if (entry.verbOnly && entry.relation === "prevents" && !primary.event && here.some((r) => r.event && r.tokStart === i && r.id !== head.id)) return [];
  // The cue verb's own event acts on an event ("blocked the merger"), not on a thing it names.
  if (head.tokStart === i && !primary.event) return [];
  const cause = entry.complementIs === "cause" ? primary : head;
  const effect = entry.complementIs === "cause" ? head : primary;
  if (!isCauseKind(cause) || !isCauseKind(effect)) return [];
  // "To ease congestion, officials reopened …": opening the sentence the cue is a purpose whatever its verb.
  if (entry.listedEndsOnly && !fronted && (isGenericFrame(cause.event?.frame) || isGenericFrame(effect.event?.frame))) return [];
  if (entry.requiresEventCause && !cause.event) return [];
  // "As a result, loans became dearer": a connective joins two events, never an event and a thing.
  if (entry.anaphoricCause && !(cause.event && effect.event)) return [];
  if (entry.governorFrames && !(head.event && entry.governorFrames.includes(head.event.frame.id) && head.sent === s)) return [];
  // "crop damage from earlier floods": a noun of harm right before "from"; a verb there ("were killed
  // from …", "has deteriorated from …") takes "from" as a starting point.
  if (entry.endsAtVerb && !(head.event?.form === "noun" && head.tokEnd === i)) return [];
  // "as a storm hit the coast", "as the blockade continued": a noun event that is the subject of the clause's verb.
  // "as a member of …", "as a spokesman said": after "as a" only an event noun opening the clause ("as a storm hit").
  if (entry.asClause && /^(a|an)$/.test(view.tokens[i + 1]?.lower ?? "") && !(primary.event?.form === "noun" && primary.tokStart <= i + 3 && finiteAfterNoun(view.tokens[primary.tokEnd]))) return [];
  if (entry.asClause && primary.event?.form !== "verb" && !(primary.event?.form === "noun" && finiteAfterNoun(view.tokens[primary.tokEnd]))) return [];
  const byFrame = (frames: string[] | undefined, r: NodeRef): boolean => !!frames && !!r.event && frames.includes(r.event.frame.id);
  // "Japan tightened export controls after Korea's top court ruled": a measure by one actor after another's act answers it.
  const reaction = byFrame(entry.reactionFrames, effect) && !!cause.event && (effect.event?.actors.length ?? 0) > 0 && !cause.event.actors.some((a) => effect.event?.actors.some((b) => b.entity.id === a.entity.id));
  if (entry.effectClasses && !entry.anaphorSubject && !(effect.eventClass && entry.effectClasses.includes(effect.eventClass)) && !byFrame(entry.causeFrames, cause) && !byFrame(entry.effectFrames, effect) && !(byFrame(entry.effectVerbFrames, effect) && effect.event?.form === "verb") && !reaction) return [];
  if ((entry.relation === "intendsToCause" || entry.verbOnly) && !cause.event && entry.complementIs === "effect") return [];
  const relation: Relation = entry.relation;
  let note = `cue '${f.form}' (${relation}, ${entry.complementIs === "cause" ? "effect first" : "cause first"})${entry.weak ? "; weak cue" : ""}`;
  // "retaliated by strengthening its export regulations": the means is part of the response.
  if (entry.gerund && effect.event?.frame.meansArePart) {
    return [make(view, s, cause, "partOf", effect, 0.85, relationModality(cause, effect, "partOf", false), `cue 'by' + gerund inside a response: the means is part of it`, i, cueEnd)];
  }
  if (entry.purposeInfinitive) note = `purpose infinitive 'to ${view.tokens[cueEnd]?.text ?? ""}' after a complete verb phrase (intendsToCause)`;
  const links: RelationCandidate[] = [];
  // "… if Japan does not withdraw the measures": what is not done is the condition; doing it prevents the effect.
  if (entry.conditional && cause.event?.negated && relation === "causes") {
    return [make(view, s, cause, "prevents", effect, entry.confidence * 0.9, "conditional", `cue '${f.form}' with a negated condition: doing it prevents the effect`, i, cueEnd)];
  }
  const modality = relationModality(cause, effect, relation, !!entry.conditional);
  const main = make(view, s, cause, relation, effect, entry.confidence, modality, note, i, cueEnd, prevSentence ? input.views[prevSentence.sent] : undefined);
  links.push(main);
  if (chainEnd && chainEnd.id !== head.id && chainEnd.id !== cause.id) {
    links.push(make(view, s, chainEnd, relation, head, entry.confidence * 0.9, relationModality(chainEnd, head, relation, !!entry.conditional), `${note}; the effect of the complement's own cue verb`, i, cueEnd));
  }
  if (entry.alsoBefore && cause.event && effect.event) {
    links.push({ ...main, rel: "before", modality: "happened", confidence: Math.min(0.9, entry.confidence + 0.3), note: `cue '${f.form}' (before: the cause comes first)` });
  }
  // "Exports and imports dropped due to …": the other conjuncts of one verb share the link.
  for (const sibling of siblingsOf(here, head)) {
    const c = entry.complementIs === "cause" ? primary : sibling;
    const e = entry.complementIs === "cause" ? sibling : primary;
    if (c.id !== e.id) links.push(make(view, s, c, relation, e, entry.confidence * 0.9, relationModality(c, e, relation, !!entry.conditional), `${note}; a conjunct sharing the verb`, i, cueEnd));
  }
  // "hurt by export restrictions and the domestic market": each conjunct of the complement.
  const others = complement.filter((r) => r !== primary && r.id !== head?.id && isCauseKind(r) && (coordinated(view, primary, r) || coordinatedPastModifier(view, here, primary, r)));
  for (const other of others) {
    const c = entry.complementIs === "cause" ? other : head;
    const e = entry.complementIs === "cause" ? head : other;
    if (!c || !e || c.id === e.id) continue;
    links.push(make(view, s, c, relation, e, entry.confidence * 0.7, modality, `${note}; a conjunct of the complement`, i, cueEnd));
  }
  // "Aftershocks and power cuts hampered the rescue": each conjunct of the subject is a cause.
  if (entry.complementIs === "effect" && !fronted && !entry.anaphoricCause && !prevSentence) {
    for (const r of here) {
      if (r.id === cause.id || r.id === effect.id || r.tokEnd > cause.tokStart || !isCauseKind(r) || !(r.event || cause.event)) continue;
      if (coordinated(view, r, cause)) links.push(make(view, s, r, relation, effect, entry.confidence * 0.8, relationModality(r, effect, relation, !!entry.conditional), `${note}; a conjunct of the subject`, i, cueEnd));
    }
  }
  // "will develop new markets … and diversify export products … to restore …": the aim of the
  // second verb of a coordination is the aim of the first as well.
  if (entry.complementIs === "effect" && cause.event && !prevSentence) {
    const clause = view.clauses[cause.event.clauseIndex];
    if (clause?.type === "coordinated") {
      const first = here.find((r) => r.event && r.event.form === "verb" && r.id !== cause.id && r.event.clauseIndex === cause.event!.clauseIndex - 1);
      if (first && first.id !== effect.id) links.push(make(view, s, first, relation, effect, entry.confidence * 0.8, relationModality(first, effect, relation, !!entry.conditional), `${note}; shared by the coordinated verb`, i, cueEnd));
    }
  }
  return links;
}

/** Event refs of the same trigger as `ref` (conjuncts split from one verb), other than it. */
function siblingsOf(refs: NodeRef[], ref: NodeRef | undefined): NodeRef[] {
  if (!ref?.event) return [];
  return refs.filter((r) => r.event && r.id !== ref.id && r.tokStart === ref.tokStart && r.event.frame === ref.event?.frame);
}

const AS_NOT_CLAUSE = new Set(["well", "such", "soon", "much", "many", "far", "part", "of", "to", "if", "though", "usual", "expected", "planned", "scheduled", "long", "early", "recently", "part", "high", "low", "little", "few", "good", "bad", "likely"]);
const AS_NOT_AFTER = new Set(["such", "as", "so", "same", "just", "known", "seen", "regarded", "served", "serve", "serves", "acted", "act", "acts", "works", "worked", "described", "identified", "named", "appointed", "elected", "reappointed"]);

/** compromise tags some past forms after a noun as nouns ("as a storm hit", "as floodwaters rose"). */
function finiteAfterNoun(t: Token | undefined): boolean {
  return !!t && (isVerb(t) || /ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower)) && !t.lower.endsWith("ing");
}

/** "… as floodwaters rose": "as" opens a clause (a subject, then a finite verb before any comma). */

function asOpensClause(view: SentenceView, i: number): boolean {
  const next = view.tokens[i + 1];
  const prev = view.tokens[i - 1];
  if (!next || AS_NOT_CLAUSE.has(next.lower) || (prev && AS_NOT_AFTER.has(prev.lower))) return false;
  if (isVerb(next) || next.tags.has("Preposition") || next.tags.has("Adverb") || next.tags.has("Value")) return false;
  // "as high as 5%", "as strong as expected" compare; "as local brands gained share" opens a clause.
  if (next.tags.has("Adjective") && !next.tags.has("Noun") && !isNoun(view.tokens[i + 2])) return false;
  for (let k = i + 2; k < Math.min(view.tokens.length, i + 8); k++) {
    const t = view.tokens[k] as Token;
    const before = view.tokens[k - 1] as Token;
    if (hasBreakAfter(before)) return false;
    // compromise tags some past forms after a plural noun as nouns ("as floodwaters rose").
    const past = /ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower);
    if ((isVerb(t) || (past && isNoun(before))) && !t.lower.endsWith("ing") && (!t.tags.has("Infinitive") || IRREGULAR_PAST.has(t.lower)) && before.lower !== "to") return true;
  }
  return false;
}

const ANAPHOR_DETERMINERS = new Set(lexicon.anaphorSubjects.determiners);
const ANAPHOR_PRONOUNS = new Set(lexicon.anaphorSubjects.pronouns);
const ANAPHOR_NOUNS = new Set(lexicon.anaphorSubjects.nouns);
const ANAPHOR_MODIFIERS = new Set(lexicon.anaphorSubjects.modifiers);

/**
 * "The move came after …", "This followed …", "The decision was a response to …": the subject is
 * a pronoun or a determiner and at most two nouns, opening the sentence, so it refers back to an
 * event already named (event-coref resolves "the move"; a pronoun is the previous sentence's last event).
 */
function anaphorBefore(view: SentenceView, i: number): boolean {
  const words = view.tokens.slice(0, i).filter((t) => !/^(but|and|yet|however|meanwhile)$/.test(t.lower));
  if (words.length === 0 || words.some((t) => hasBreakAfter(t))) return false;
  if (words.length === 1) return ANAPHOR_PRONOUNS.has(words[0]?.lower ?? "");
  const rest = words.slice(1);
  const last = rest[rest.length - 1];
  return words.length <= 3 && ANAPHOR_DETERMINERS.has(words[0]?.lower ?? "") && !!last && ANAPHOR_NOUNS.has(last.lower) && rest.slice(0, -1).every((t) => ANAPHOR_MODIFIERS.has(t.lower));
}

const RESULT_PARTICIPLES = new Set(lexicon.resultParticiples.forms);
const FINITE_RESULT_VERBS = new Set(lexicon.finiteResultVerbs.forms);
const RESULT_VERB_GAP = new Set(lexicon.finiteResultVerbs.between);

/**
 * "Wheat output dropped by a third, pushing up bread prices", "the port closed, leaving hundreds of
 * ships stranded": a participle clause after a comma that states a result. Its first event is
 * caused by the nearest event before the comma (the participle itself when it is a trigger).
 */
function resultClauseLinks(view: SentenceView, s: number, refs: NodeRef[], found: readonly RelationCandidate[]): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  // Token by token rather than by clause: the tagger sometimes reads the participle as a noun
  // ("…, killing 12 people") and then no clause starts there.
  for (let i = 1; i < view.tokens.length; i++) {
    const first = view.tokens[i] as Token;
    if (!RESULT_PARTICIPLES.has(first.lower) || !hasBreakAfter(view.tokens[i - 1])) continue;
    const clause = { start: i, end: nextBreak(view, i) + 1 };
    const first_ = refs.find((r) => r.event && r.tokStart >= clause.start && r.tokStart < clause.end);
    const before = refs.filter((r) => r.event && r.tokEnd <= clause.start && r.event.form !== "refusal").sort((a, b) => b.tokEnd - a.tokEnd);
    // "went on strike after talks collapsed, halting traffic": the participle's subject is the main
    // clause's, so an event inside a subordinate clause before the comma is passed over.
    const cause = before.find((r) => view.clauses[r.event?.clauseIndex ?? -1]?.type !== "subordinate") ?? before[0];
    // "…, killing 40 people and destroying hundreds of homes": a participle coordinated with the first is a result too.
    const coordinated = refs.filter((r) => r !== first_ && r.event?.form === "verb" && r.tokStart > clause.start && r.tokStart < clause.end && view.tokens[r.tokStart - 1]?.lower === "and" && /ing$/.test(view.tokens[r.tokStart]?.lower ?? ""));
    for (const effect of first_ ? [first_, ...coordinated] : []) {
      if (!effect.event || !cause?.event || cause.id === effect.id) continue;
      if (found.some((l) => l.to === effect.id && (l.rel === "causes" || l.rel === "enables")) || out.some((l) => l.to === effect.id)) continue;
      // "…, leaving for Rome", "…, pushing for talks": the participle must reach its result, not an aim.
      if (effect.event.frame.class === "speech" || (effect.event.modality !== "happened" && cause.event.modality === "happened")) continue;
      const conf = lexicon.resultParticiples.confidence;
      out.push(make(view, s, cause, "causes", effect, conf, relationModality(cause, effect, "causes", false), `participle clause '${first.text} …' after a comma states a result of the event before it`, clause.start, effect.tokEnd));
    }
  }
  out.push(...finiteResultLinks(view, s, refs, [...found, ...out]));
  return out;
}

/**
 * "Flooding has left thousands of residents stranded": a finite "leave" between an event as its
 * subject and the state it leaves its object in; the subject causes that state (causal-cues.json
 * finiteResultVerbs). The subject must end right before the verb, so an actor's "left" has no cause.
 */
function finiteResultLinks(view: SentenceView, s: number, refs: NodeRef[], found: readonly RelationCandidate[]): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const { reach, confidence } = lexicon.finiteResultVerbs;
  for (let i = 1; i < view.tokens.length - 1; i++) {
    const verb = view.tokens[i] as Token;
    if (!FINITE_RESULT_VERBS.has(verb.lower) || !isVerb(verb)) continue;
    let k = i;
    while (k > 0 && RESULT_VERB_GAP.has(view.tokens[k - 1]?.lower ?? "")) k--;
    const cause = refs.find((r) => r.event && r.tokEnd === k && r.event.form !== "refusal" && r.event.frame.class !== "speech");
    const clause = clauseAt(view.clauses, i);
    const end = Math.min(clause?.end ?? view.tokens.length, i + 1 + reach);
    const effect = refs.find((r) => r.event && r.tokStart > i + 1 && r.tokStart < end && r.event.frame.class !== "speech");
    if (!cause?.event || !effect || cause.id === effect.id) continue;
    if (found.some((l) => l.to === effect.id && (l.rel === "causes" || l.rel === "enables"))) continue;
    out.push(make(view, s, cause, "causes", effect, confidence, relationModality(cause, effect, "causes", false), `'${verb.text}' with a state after its object: the subject's event causes it`, cause.evStart, effect.tokEnd));
  }
  return out;
}

/**
 * "The minister blamed the rise in inflation on the war", "attributed the fall to weak demand":
 * the object is the effect and the phrase after "on"/"to" is the cause.
 */
function blameLinks(view: SentenceView, s: number, refs: NodeRef[]): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    const verb = view.tokens[i] as Token;
    const k = blamePreposition(view.tokens, i);
    if (k === undefined) continue;
    const prep = view.tokens[k]?.lower ?? "";
    const before = refs.find((r) => r.tokStart > i && r.tokEnd <= k && (r.event || isCauseKind(r)));
    const after = refs.find((r) => r.tokStart > k && r.tokStart < k + 8 && (r.event || isCauseKind(r)));
    // "blamed the fall on the war": the object is the effect; "blamed the war for the fall": the object is the cause.
    const [effect, cause] = prep === "for" ? [after, before] : [before, after];
    if (!effect || !cause || effect.id === cause.id) continue;
    out.push(make(view, s, cause, "causes", effect, 0.85, relationModality(cause, effect, "causes", false), `'${verb.lower} X ${prep} Y': ${prep === "for" ? "X causes Y" : "Y causes X"}`, i, Math.max(cause.tokEnd, effect.tokEnd)));
  }
  return out;
}

function make(
  view: SentenceView,
  s: number,
  cause: NodeRef,
  rel: Relation,
  effect: NodeRef,
  confidence: number,
  modality: Modality,
  note: string,
  cueStart: number,
  cueEnd: number,
  otherView?: SentenceView,
): RelationCandidate {
  const inThis = [cause, effect].filter((r) => r.sent === s);
  const from = Math.min(cueStart, ...inThis.map((r) => r.evStart));
  const to = Math.max(cueEnd, ...inThis.map((r) => Math.max(r.tokEnd, r.evStart === r.tokStart ? r.tokEnd : Math.min(r.evEnd, r.tokEnd + 2))));
  const evidence: Span[] = [spanOf(view, from, to)];
  const away = [cause, effect].find((r) => r.sent !== s);
  if (away && otherView) evidence.unshift(spanOf(otherView, away.evStart, away.evEnd));
  return { from: cause.id, rel, to: effect.id, modality, confidence, note, evidence };
}

/** An edge's modality is its clause's: conditional chains stay conditional; an aim has its source's. */
function relationModality(cause: NodeRef, effect: NodeRef, rel: Relation, conditional: boolean): Modality {
  const c = cause.event?.modality ?? "happened";
  const e = effect.event?.modality ?? "happened";
  if (conditional || c === "conditional" || e === "conditional") return "conditional";
  if (rel === "intendsToCause" || rel === "prevents" || rel === "partOf") return c === "not_happened" ? "not_happened" : c;
  if (e !== "happened" && e !== "not_happened") return e;
  return c === "not_happened" ? "not_happened" : c;
}

/** How many words a passive cue ("driven by") may stand after its effect ("Prices rose sharply, driven by"). */
const PASSIVE_REACH = 5;

function nearestLeft(refs: NodeRef[], at: number): NodeRef | undefined {
  const left = refs.filter((r) => r.tokEnd <= at);
  const events = left.filter((r) => r.event);
  const best = (list: NodeRef[]): NodeRef | undefined => list.sort((a, b) => b.tokEnd - a.tokEnd || b.tokStart - a.tokStart)[0];
  const found = best(events) ?? best(left.filter(isCauseKind));
  // "will lift its export restrictions …, in a move aimed at …": a noun inside a verb's object is
  // governed by that verb, whose event is the one the cue continues.
  if (found?.event?.form === "noun") {
    const governor = events.find((r) => r.event?.form === "verb" && r.tokStart < found.tokStart && r.evEnd >= found.tokEnd && r.id !== found.id);
    if (governor) return governor;
  }
  return found;
}

/** A subordinator after `left` that opens the clause of token `i` (no break between them). */
function subordinatorBetween(view: SentenceView, left: NodeRef | undefined, i: number): boolean {
  if (!left) return false;
  for (let k = i - 1; k >= left.tokEnd; k--) {
    const t = view.tokens[k] as Token;
    if (SUBORDINATE_WORDS.has(t.lower)) return true;
    if (hasBreakAfter(t) && k < i - 1) return false;
  }
  return false;
}

/**
 * "The decision weighed on bank shares, which fell 4%": when the cue's object names no node, the
 * event of the relative clause right after it is what the cue's subject did to it.
 */
function relativeEffect(view: SentenceView, refs: NodeRef[], entry: CueEntry, complement: NodeRef[], cueEnd: number): NodeRef | undefined {
  if (entry.complementIs !== "effect" || !entry.verbOnly || complement.length > 0) return undefined;
  let k = cueEnd;
  while (k < view.tokens.length && k < cueEnd + 6 && !hasBreakAfter(view.tokens[k])) k++;
  const pronoun = view.tokens[k + 1];
  if (!hasBreakAfter(view.tokens[k]) || !/^(which|that)$/.test(pronoun?.lower ?? "")) return undefined;
  return refs.find((r) => r.event?.form === "verb" && r.event.frame.class === "change" && r.tokStart > k + 1 && r.tokStart <= k + 3);
}

const BACKGROUND_CLAUSES = new Set(["relative", "subordinate", "participle", "if", "quote"]);

/**
 * The event a connective of the next sentence refers back to ("In response, …", "… as a result"):
 * the last happened event of the sentence's main clauses, not one in a relative, subordinate or
 * participle clause ("…, which would eliminate jobs", "… because demand had surged"), nor a refusal
 * or a report of speech; failing that, its last event.
 */
function antecedentEvent(input: CausalInput, s: number): NodeRef | undefined {
  const view = input.views[s];
  const refs = [...(input.refs[s] ?? [])].filter((r) => r.event && r.event.form !== "refusal").reverse();
  if (!view) return undefined;
  const foreground = refs.find((r) => !BACKGROUND_CLAUSES.has(view.clauses[r.event?.clauseIndex ?? -1]?.type ?? "main") && r.event?.frame.class !== "speech" && r.event?.modality === "happened");
  return foreground ?? refs[0];
}

/** "worsened as a result, and …", "rose as a result.": the cue follows a word with no break and ends its clause. */
function trailsItsVerb(view: SentenceView, i: number, cueEnd: number): boolean {
  const prev = view.tokens[i - 1];
  const last = view.tokens[cueEnd - 1];
  if (!prev || hasBreakAfter(prev) || /^(and|so|but|or|yet)$/.test(prev.lower)) return false;
  return cueEnd >= view.tokens.length || hasBreakAfter(last) || /[.!?]/.test(last?.post ?? "");
}

function isSentenceOpening(view: SentenceView, i: number): boolean {
  for (let k = 0; k < i; k++) {
    const t = view.tokens[k] as Token;
    if (!/^(but|and|yet|so|however|meanwhile|still)$/.test(t.lower)) return false;
  }
  return true;
}

function nextBreak(view: SentenceView, from: number): number {
  for (let k = from; k < view.tokens.length; k++) if (hasBreakAfter(view.tokens[k])) return k;
  return view.tokens.length - 1;
}

/** How far the complement of a cue reaches: its clause for "because"/"if", else to the next break or 14 words. */
function complementEnd(view: SentenceView, from: number, entry: CueEntry): number {
  if (entry.clausal) {
    const clause = view.clauses.find((c) => c.start <= from - 1 && from - 1 < c.end);
    return clause ? clause.end : view.tokens.length;
  }
  const limit = Math.min(view.tokens.length, from + 14);
  for (let k = from; k < limit; k++) {
    // "Relations hurt by the curbs have improved": the agent of a passive cue ends at the sentence's
    // own verb, whose event is not the cause ("after talks collapsed" keeps its verb: not passive).
    if ((entry.passive || entry.selfIsEffect || entry.endsAtVerb) && k > from + 1 && isFiniteVerb(view.tokens[k])) return k;
    if (hasBreakAfter(view.tokens[k]) || /[.!?]/.test(view.tokens[k]?.post ?? "")) return k + 1;
  }
  return limit;
}

const RELATIVE_BE = new Set(["is", "are", "was", "were", "has been", "have been", "had been", "being"]);

/** The node right before "that/which was …" ending at the passive cue `i`, when there is one. */
function relativeAntecedentRef(view: SentenceView, refs: NodeRef[], i: number): NodeRef | undefined {
  const tokens = view.tokens;
  for (const n of [1, 2]) {
    const be = tokens.slice(i - n, i).map((t) => t.lower).join(" ");
    if (!RELATIVE_BE.has(be)) continue;
    const pronoun = i - n - 1;
    if (!/^(that|which)$/.test(tokens[pronoun]?.lower ?? "")) return undefined;
    const ref = refs.filter((r) => r.tokEnd === pronoun).sort((a, b) => (b.event ? 1 : 0) - (a.event ? 1 : 0))[0];
    return ref && isCauseKind(ref) ? ref : undefined;
  }
  return undefined;
}

/** Two complement nodes joined by "and"/"or"/"," with nothing but a noun phrase between. */
function coordinated(view: SentenceView, a: NodeRef, b: NodeRef): boolean {
  if (b.tokStart <= a.tokEnd) return false;
  for (let k = a.tokEnd; k < b.tokStart; k++) {
    const t = view.tokens[k] as Token;
    if (/^(and|or|as well as)$/.test(t.lower) || t.tags.has("Determiner") || t.tags.has("Adjective")) continue;
    if (isVerb(t)) return false;
    if (t.tags.has("Preposition")) return false;
  }
  return /\b(and|or)\b/.test(view.tokens.slice(a.tokEnd, b.tokStart).map((t) => t.lower).join(" ")) || hasBreakAfter(view.tokens[a.tokEnd - 1]);
}

/**
 * "weak demand for electric vehicles and rising competition": an event, a prepositional phrase that
 * names no event, then "and" and a second event are two conjuncts. A phrase that names an event
 * ("protests over the ruling and the sanctions") may be what the second conjunct joins, so it is left.
 */
function coordinatedPastModifier(view: SentenceView, refs: NodeRef[], a: NodeRef, b: NodeRef): boolean {
  if (!a.event || !b.event || b.tokStart <= a.tokEnd + 1 || !view.tokens[a.tokEnd]?.tags.has("Preposition")) return false;
  const and = view.tokens.slice(a.tokEnd, b.tokStart).findIndex((t) => t.lower === "and") + a.tokEnd;
  if (and < a.tokEnd + 2) return false;
  for (let k = a.tokEnd + 1; k < b.tokStart; k++) {
    const t = view.tokens[k] as Token;
    if (k !== and && (isVerb(t) && !(k > and && /ing$/.test(t.lower)) || t.tags.has("Preposition") || hasBreakAfter(t))) return false;
  }
  return !refs.some((r) => r.event && r !== a && r !== b && r.tokStart > a.tokEnd && r.tokStart < b.tokStart);
}

const CO_CAUSE = [["along", "with"], ["together", "with"], ["as", "well", "as"], ["coupled", "with"]];

/**
 * "X raised uncertainty, along with the worsening dispute and the reorganization of the supply
 * chain": events named after "along with" share the effect of the cause before it.
 */
function coCauses(views: readonly SentenceView[], refs: NodeRef[][], links: RelationCandidate[]): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  views.forEach((view, s) => {
    for (let i = 0; i < view.tokens.length; i++) {
      const words = CO_CAUSE.find((w) => matchesAt(view.tokens, i, w));
      if (!words) continue;
      const at = view.tokens[i] as Token;
      const link = links.find((l) => l.rel === "causes" && l.evidence.some((e) => e.start <= at.start && at.start - e.end < 40 && e.start >= view.sentence.start && e.end <= view.sentence.end));
      if (!link) continue;
      const end = i + words.length;
      const effect = (refs[s] ?? []).find((r) => r.id === link.to);
      if (!effect) continue;
      const after = (refs[s] ?? []).filter((r) => r.event && r.tokStart >= end && r.tokStart < end + 16 && r.id !== link.to && r.id !== link.from);
      for (const r of after) {
        out.push(make(view, s, r, "causes", effect, 0.7, relationModality(r, effect, "causes", false), `'${words.join(" ")}' adds a cause to the link before it`, i, end));
      }
    }
  });
  return out;
}

/** Entities that can cause as the subject of a causative verb: measures, laws, issues, not actors, places or products. */
const CAUSE_ENTITY_KINDS: ReadonlySet<string> = new Set(["Policy", "Plan", "Programme", "Legislation", "Agreement", "Issue"]);
const TOPIC_KINDS: ReadonlySet<string> = new Set(["Economy", "Product", "Sector", "Issue"]);

/** The trigger's lemma with its particle ("knocked out" -> "knock out"). */
function verbLemma(view: SentenceView, from: number, to: number): string {
  return view.tokens.slice(from, to).map((t) => t.root || t.lower).join(" ");
}

/** "The row raised uncertainty", "the curbs hurt relations": a change verb with an object names its cause as subject. */
function causativeLinks(view: SentenceView, s: number, refs: NodeRef[], effectsFound: Set<string>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const r of refs) {
    const m = r.event;
    if (!m || m.form !== "verb" || m.passive || !m.object || effectsFound.has(r.id)) continue;
    if (!m.frame.causativeWhenTransitive && !CAUSATIVE_VERBS.has(verbLemma(view, m.tokStart, m.tokEnd))) continue;
    // "amid falling sales", "the rising cost of living": a participle after a preposition or determiner modifies the noun; it has no subject.
    const before = view.tokens[m.tokStart - 1];
    if (/ing$/.test(view.tokens[m.tokStart]?.lower ?? "") && before && (before.tags.has("Preposition") || before.tags.has("Determiner"))) continue;
    // "staff shortages and rising demand": a participle after a noun and a conjunction opens the next conjunct.
    if (/ing$/.test(view.tokens[m.tokStart]?.lower ?? "") && /^(and|or)$/.test(before?.lower ?? "") && isNoun(view.tokens[m.tokStart - 2])) continue;
    const clause = view.clauses[m.clauseIndex];
    if (!clause) continue;
    // In a relative clause ("a factor that raised …") the subject is the antecedent to the left.
    const from = clause.type === "relative" ? 0 : clause.start;
    const candidates = refs.filter((x) => x !== r && x.tokEnd <= m.tokStart && x.tokStart >= from && (x.event || isCauseKind(x)) && x.id !== r.id);
    // "The sanctions, imposed after the invasion, have weakened the economy": the subject, not an event inside its appositive.
    const subject = clause.type === "relative" ? undefined : subjectLeft(view, m.tokStart, clause.start);
    // "Rising fuel prices have squeezed budgets": a participle read as a verb with the rest of the
    // subject as its object is the subject's event too.
    const head = subject ? candidates.find((x) => x.event && x.tokStart <= subject.tokStart + 3 && (x.tokStart >= subject.tokStart && x.tokStart < subject.tokEnd || x.tokEnd === subject.tokStart && x.event.object?.tokStart === subject.tokStart && x.tokStart === clause.start)) : undefined;
    // "The drought hurt farmers", "the tariffs have crippled exporters": a policy, law or issue named
    // as the subject causes it too; so does a topic after a change adjective ("Higher borrowing costs
    // could slow the economy"), which names its state, not the thing.
    const changed = subject ? CHANGE_ADJECTIVES.has(view.tokens[subject.tokStart]?.lower ?? "") : false;
    const named = subject && !head ? candidates.find((x) => !x.event && (CAUSE_ENTITY_KINDS.has(x.kind) || changed && TOPIC_KINDS.has(x.kind)) && x.tokStart >= subject.tokStart && x.tokEnd <= subject.tokEnd && x.tokStart <= subject.tokStart + 3) : undefined;
    // "The storm killed 300 people and destroyed 40,000 homes": a coordinated verb with no subject of
    // its own shares the first conjunct's, which causes both.
    if (clause.type === "coordinated" && !subject && /^(and|or)$/.test(view.tokens[m.tokStart - 1]?.lower ?? "")) {
      const first = refs.filter((x) => x.event?.form === "verb" && x.tokEnd <= clause.start).sort((a, b) => b.tokEnd - a.tokEnd)[0];
      const link = first ? out.find((l) => l.to === first.id) : undefined;
      const shared = link ? refs.find((x) => x.id === link.from) : undefined;
      if (shared && shared.id !== r.id) out.push(make(view, s, shared, "causes", r, 0.75, relationModality(shared, r, "causes", false), `causative verb '${view.tokens[m.tokStart]?.text ?? ""}' coordinated with the one before: their subject causes both`, m.tokStart, m.object.tokEnd));
      continue;
    }
    const cause = head ?? named ?? candidates.sort((a, b) => b.tokEnd - a.tokEnd)[0];
    if (!cause || !(cause.event || cause === named)) continue;
    // "killing 40 people and destroying homes": a verb coordinated with the one before shares its subject, and is no effect of it.
    if (view.tokens[m.tokStart - 1]?.lower === "and" && cause.event?.form === "verb") continue;
    // "Prices rose after the bank cut rates": a subordinator between them starts another clause.
    if (view.tokens.slice(cause.tokEnd, m.tokStart).some((t) => SUBORDINATE_WORDS.has(t.lower))) continue;
    const verb = view.tokens.slice(m.tokStart, m.tokEnd).map((t) => t.text).join(" ");
    out.push(make(view, s, cause, "causes", r, 0.8, relationModality(cause, r, "causes", false), `causative verb '${verb}' (its subject causes the change)`, m.tokStart, m.object.tokEnd));
    // "Aftershocks and power cuts slowed the work": the other conjuncts of the subject cause it too.
    for (const x of candidates) {
      if (x === cause || x.id === r.id || !x.event || !(coordinated(view, x, cause) || coordinated(view, cause, x))) continue;
      out.push(make(view, s, x, "causes", r, 0.7, relationModality(x, r, "causes", false), `causative verb '${verb}'; a conjunct of its subject`, m.tokStart, m.object.tokEnd));
    }
  }
  return out;
}

/**
 * "Korea retaliated …" with no stated cause answers the latest action of another actor in the
 * sentences before (preferring an actor named in this sentence); coordinated responses of the
 * same actor in the sentence ("… and declined to extend …") answer it too.
 */
function responseLinks(input: CausalInput, effectsFound: Set<string>): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const m of input.mentions) {
    if (m.frame.class !== "response" || m.form !== "verb" || m.node === undefined) continue;
    // A response that did not happen answers nothing; one with no actor cannot be told to come from "another" actor.
    if (m.modality === "not_happened" || m.actors.length === 0) continue;
    const node = input.nodes[m.node];
    if (!node || effectsFound.has(node.id)) continue;
    const actorIds = new Set(m.actors.map((a) => a.entity.id));
    const view = input.views[m.sent] as SentenceView;
    const named = new Set(view.entities.map((e) => e.entity.id).filter((id) => !actorIds.has(id)));
    const candidates: NodeRef[] = [];
    for (let s = Math.max(0, m.sent - 3); s <= m.sent; s++) {
      for (const r of input.refs[s] ?? []) {
        if (!r.event || r.id === node.id || (s === m.sent && r.tokStart >= m.tokStart)) continue;
        if (r.event.frame.class !== "action" || r.event.form === "refusal") continue;
        const actors = r.event.actors.map((a) => a.entity.id);
        if (actors.length === 0 || actors.some((id) => actorIds.has(id))) continue;
        candidates.push(r);
      }
    }
    const score = (r: NodeRef): number => (r.event?.actors.some((a) => named.has(a.entity.id)) ? 1000 : 0) + r.sent * 100 + r.tokStart / 100;
    const cause = candidates.sort((a, b) => score(b) - score(a))[0];
    if (!cause) continue;
    const causeView = input.views[cause.sent] as SentenceView;
    const here = { sent: m.sent, id: node.id, kind: node.kind, tokStart: m.tokStart, tokEnd: m.tokEnd, evStart: m.evidence.tokStart, evEnd: m.evidence.tokEnd, event: m } as NodeRef;
    const evidence: Span[] = [spanOf(view, m.evidence.tokStart, m.evidence.tokEnd)];
    if (cause.sent !== m.sent) evidence.unshift(spanOf(causeView, cause.evStart, cause.evEnd));
    const verb = view.tokens.slice(m.tokStart, m.tokEnd).map((t) => t.text).join(" ");
    out.push({ from: cause.id, rel: "causes", to: node.id, modality: relationModality(cause, here, "causes", false), confidence: 0.7, note: `inferred: '${verb}' answers the latest earlier action by another actor`, evidence });
    // Coordinated responses of the same actor in this sentence.
    for (const other of input.mentions) {
      if (other.sent !== m.sent || other === m || other.node === undefined || other.tokStart < m.tokStart) continue;
      const clause = view.clauses[other.clauseIndex];
      if (!clause || clause.type !== "coordinated" || other.form !== "refusal") continue;
      const otherNode = input.nodes[other.node];
      if (!otherNode) continue;
      out.push({ from: cause.id, rel: "causes", to: otherNode.id, modality: "happened", confidence: 0.6, note: `inferred: coordinated with '${verb}', a response to the same action`, evidence: [...evidence.slice(0, -1), spanOf(view, m.evidence.tokStart, other.evidence.tokEnd)] });
    }
  }
  return out;
}



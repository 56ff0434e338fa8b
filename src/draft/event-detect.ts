// Event mentions: verbs and nominalisations of the trigger lexicon, with their arguments, one
// record per place the text names something that happens. Joining mentions into nodes is
// event-coref's job; modality is modality-detect's.
import { EVENT_LIKE_KINDS } from "../model/vocabulary.ts";
import { blamePreposition, CAUSATIVE_VERBS, CHANGE_ADJECTIVES, SCHEDULE_AFTER_DUE_TO } from "./causal-lexicon.ts";
import { clauseAt, splitClauses } from "./clause-split.ts";
import { hasBreakAfter, isNoun, isVerb, matchesAt, type Token, type TokenSentence } from "./clause-tokens.ts";
import {
  COMPARATORS_BEFORE,
  IRREGULAR_PAST,
  entitiesIn,
  headWord,
  isActorKind,
  isDeterminer,
  modifierText,
  nounPhraseRight,
  prepositionalPhrases,
  skipsToSubject,
  subjectLeft,
  type Phrase,
} from "./event-arguments.ts";
import { inflect, triggerIndex, type Frame, type PhraseEntry } from "./event-lexicon.ts";
import { GENERIC_CONFIDENCE, genericVerbEntry } from "./event-generic.ts";
import { type EntitySpan, type EventMention, type SentenceView, tokenSpan } from "./event-model.ts";
import modalityLexicon from "../../data/lexicons/modality-cues.json" with { type: "json" };
import triggerLexicon from "../../data/lexicons/event-triggers.json" with { type: "json" };
import causalLexicon from "../../data/lexicons/causal-cues.json" with { type: "json" };
import relationPatterns from "../../data/lexicons/relation-patterns.json" with { type: "json" };
import type { EntityCandidate } from "./types.ts";

const PASSIVE_AUX = new Set(["is", "are", "was", "were", "be", "been", "being", "get", "got"]);
// "the effect will be limited": a state the subject is in, not an act done to it (event-triggers.json).
const STATE_PREDICATES = new Set((triggerLexicon as { statePredicates?: string[] }).statePredicates ?? []);
const PASSIVE_ADVERBS = new Set((triggerLexicon as { passiveAdverbs?: string[] }).passiveAdverbs ?? []);
const PARTICLES = new Set(["up", "down", "back", "off", "out", "forward"]);
const REFUSALS = modalityLexicon.refusalVerbs.map((f) => f.split(" "));
const ADJECTIVAL_THEMES = new Set((triggerLexicon as { adjectivalThemes?: string[] }).adjectivalThemes ?? []);
const BARE_AFTER = new Set((triggerLexicon as { bareAfter?: string[] }).bareAfter ?? []);
const BARE_SUBJECT_FRAMES = new Set((triggerLexicon as { bareSubjectFrames?: string[] }).bareSubjectFrames ?? []);
const NAME_LIKE_PAST = new Set(["drew", "rose", "bore", "wore", "sang", "won", "hunted"]);
const IDIOMS = ((triggerLexicon as { idioms?: string[] }).idioms ?? []).map((f) => f.split(" "));

/** "fell short of", "took place": a trigger word inside a fixed phrase names no event. */
function inIdiom(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.lower ?? "";
  return IDIOMS.some((words) => words.some((w, k) => w === word && matchesAt(tokens, i - k, words)));
}

/** Sentences with their clauses and the entity mentions placed on their tokens. */
export function buildViews(sentences: TokenSentence[], entities: EntityCandidate[]): SentenceView[] {
  const mentions = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ entity, m })))
    .sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  return sentences.map((raw) => {
    const ts = { ...raw, tokens: fixTags(raw.tokens) };
    const entityAt: Array<EntitySpan | undefined> = new Array(ts.tokens.length).fill(undefined);
    const spans: EntitySpan[] = [];
    for (const { entity, m } of mentions) {
      if (m.start < ts.sentence.start || m.end > ts.sentence.end) continue;
      const first = ts.tokens.findIndex((t) => t.end > m.start);
      if (first === -1) continue;
      let last = first;
      while (last < ts.tokens.length && (ts.tokens[last] as Token).start < m.end) last++;
      if (last === first || entityAt.slice(first, last).some(Boolean)) continue;
      const span: EntitySpan = { entity, start: m.start, end: m.end, tokStart: first, tokEnd: last, text: m.text };
      spans.push(span);
      for (let k = first; k < last; k++) entityAt[k] = span;
    }
    return { ...ts, clauses: splitClauses(ts.tokens), entities: spans, entityAt };
  });
}

/**
 * "Prices rose 3 percent", "Shares rose sharply": the tagger reads "rose" after a plural as the
 * flower, and then a sentence-initial plural before it as a verb. A past form (NAME_LIKE_PAST's
 * irregular ones) right after a plural subject, with no determiner or adjective before it, is the
 * verb, and that plural is its subject noun. Also an infinitive read as an adjective after "to"
 * (event-triggers.json adjectivesAfterTo).
 */
const PAST_READ_AS_NOUN: Readonly<Record<string, string>> = { rose: "rise", bore: "bear", wore: "wear", drew: "draw" };
const ADJECTIVES_AFTER_TO = new Set((triggerLexicon as { adjectivesAfterTo?: string[] }).adjectivesAfterTo ?? []);
function fixVerbReadings(tokens: Token[]): Token[] {
  const out = [...tokens];
  for (let i = 1; i < out.length; i++) {
    const t = out[i] as Token;
    const prev = out[i - 1] as Token;
    // "forced schools to shut": an infinitive the tagger reads as an adjective.
    if (prev.lower === "to" && ADJECTIVES_AFTER_TO.has(t.lower) && t.tags.has("Adjective") && !t.tags.has("Verb")) {
      out[i] = { ...t, tags: new Set(["Verb", "Infinitive"]) };
      continue;
    }
    // "… and cut off several villages": after "and", a word before its particle is a phrasal verb.
    if (prev.lower === "and" && t.tags.has("Noun") && !t.tags.has("Verb") && out[i + 1]?.tags.has("PhrasalVerb") && out[i + 1]?.tags.has("Particle") && out.slice(Math.max(0, i - 8), i - 1).some((x) => x.tags.has("PastTense") && !x.tags.has("Auxiliary"))) {
      out[i] = { ...t, root: t.root || t.lower, tags: new Set(["Verb", "PastTense"]) };
      continue;
    }
    const root = PAST_READ_AS_NOUN[t.lower];
    if (!root || !t.tags.has("Noun") || /[,;:.!?]/.test(prev.post) || !/[^s]s$/.test(prev.lower)) continue;
    const prevIsPlural = prev.tags.has("Plural") || (i - 1 === 0 && prev.tags.has("PresentTense"));
    if (!prevIsPlural || prev.tags.has("Pronoun")) continue;
    out[i] = { ...t, root, tags: new Set(["Verb", "PastTense"]) };
    if (!prev.tags.has("Noun")) out[i - 1] = { ...prev, tags: new Set([...[...prev.tags].filter((x) => !["Verb", "PresentTense", "Infinitive", "Imperative"].includes(x)), "Noun", "Plural"]) };
  }
  return out;
}

/** Verbs in -s that take "to" + verb and that the tagger reads as plural nouns ("plans", "aims"). */
const CONTROL_S = new Set(["plans", "aims", "hopes", "intends", "wants", "seeks", "vows", "pledges", "threatens", "expects", "needs", "promises", "proposes", "offers", "moves", "plots"]);
const NOUN_FIXES = new Set((triggerLexicon.nounFixes as string[]) ?? []);
const CLAUSE_OPENERS = new Set(["while", "and", "but", "when", "as", "because", "after", "before", "that", "whereas", "although", "though", "if"]);
const PREPOSITION_WORDS = new Set(["in", "on", "of", "for", "with", "at", "from", "to", "between", "against", "over", "into", "by", "among", "across", "after", "before", "since", "during", "amid"]);

/**
 * Two tagging slips of compromise that break argument reading in news copy: a sentence-initial
 * noun read as an imperative ("Trade with Japan … decreased") and plural nouns read as verbs
 * after a modifier ("Korea-Japan ties"). Both are re-tagged as nouns.
 */
function fixTags(raw: Token[]): Token[] {
  const tokens = fixVerbReadings(raw);
  return tokens.map((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const modifierBefore = !!prev && (prev.tags.has("Adjective") || prev.tags.has("Determiner") || prev.tags.has("Noun") || prev.tags.has("Possessive")) && !prev.tags.has("Pronoun");
    const clauseOpening = i === 0 || (!!prev && CLAUSE_OPENERS.has(prev.lower));
    // "Trade with Japan …", "… while trade with China increased": a bare verb form opening a clause before a preposition.
    const imperative = clauseOpening && t.tags.has("Verb") && !t.tags.has("PastTense") && !t.tags.has("Gerund") && !!next && PREPOSITION_WORDS.has(next.lower) && next.lower !== "to";
    // "Korea-Japan ties", "cut interest rates.": a plural after a modifier, before a break or a preposition.
    const endsPhrase = !next || /[,;:.!?]/.test(t.post) || PREPOSITION_WORDS.has(next.lower) || next.lower === "and";
    const afterVerb = !!prev && prev.tags.has("Verb") && !prev.tags.has("Auxiliary") && !prev.tags.has("Copula") && !prev.tags.has("Modal");
    const plural =
      (modifierBefore && (NOUN_FIXES.has(t.lower) || (t.tags.has("PresentTense") && /[^s]s$/.test(t.lower) && endsPhrase && !prev?.tags.has("Plural")))) ||
      // Two finite verbs do not follow each other: "restore exchanges by …".
      (afterVerb && t.tags.has("PresentTense") && /[^s]s$/.test(t.lower) && !t.tags.has("Infinitive"));
    // "Exports and imports dropped": a plural conjunct before the verb is no verb itself.
    const conjunct = t.tags.has("PresentTense") && /[^s]s$/.test(t.lower) && prev?.lower === "and" && !!tokens[i - 2]?.tags.has("Plural") && !!next && next.tags.has("Verb") && (next.tags.has("PastTense") || next.tags.has("Modal") || next.tags.has("Auxiliary"));
    // "The government plans to cut taxes": a control verb in -s read as a plural noun, between its subject and "to" + verb.
    const controlVerb = CONTROL_S.has(t.lower) && !!prev && isNoun(prev) && !isDeterminer(prev) && next?.lower === "to" && !!tokens[i + 2] && (tokens[i + 2] as Token).tags.has("Verb");
    // "the minimum wage drew criticism": the tagger reads a lower-case past form as a first name
    // ("Drew"); a lower-case word is no name in news copy, and these forms are verbs.
    if (t.tags.has("ProperNoun") && /^[a-z]/.test(t.text) && NAME_LIKE_PAST.has(t.lower)) {
      const tags = new Set([...t.tags].filter((x) => !["Noun", "Singular", "ProperNoun", "Person", "FirstName"].includes(x)));
      for (const x of ["Verb", "PastTense"]) tags.add(x);
      return { ...t, tags };
    }
    if (controlVerb) {
      const tags = new Set([...t.tags].filter((x) => !["Noun", "Plural"].includes(x)));
      for (const x of ["Verb", "PresentTense"]) tags.add(x);
      return { ...t, tags };
    }
    if (!imperative && !plural && !conjunct) return t;
    const tags = new Set([...t.tags].filter((x) => !["Verb", "PresentTense", "Infinitive", "Imperative"].includes(x)));
    tags.add("Noun");
    if (plural || conjunct) tags.add("Plural");
    return { ...t, tags };
  });
}

/** Every event mention of one sentence, left to right. */
export function detectMentions(view: SentenceView, sent: number): EventMention[] {
  const index = triggerIndex();
  const tokens = view.tokens;
  const found: EventMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const inEntity = view.entityAt[i];
    const verbMatch = longestMatch(index.verbs.get(t.lower), tokens, i);
    // "to stem the decline": aim verbs are events only in a purpose infinitive.
    const verbEntry = verbMatch && verbMatch.frames.every((f) => f.purposeOnly) && tokens[i - 1]?.lower !== "to" ? undefined : verbMatch;
    // "to begin in March": a month name is a date, not the protest noun it spells.
    const nounEntry = t.tags.has("Month") && /^[A-Z]/.test(t.text) ? undefined : longestMatch(index.nouns.get(t.lower), tokens, i);
    let mention: EventMention | undefined;
    if (!inEntity && inIdiom(tokens, i)) continue;
    if (inEntity) {
      // An entity of an event-like kind ("the Korea-Japan summit" found by the recognizer) is an
      // event node already: its mention stands in for ours.
      if (EVENT_LIKE_KINDS.has(inEntity.entity.kind) && i === inEntity.tokStart) {
        const entry = nounEntry ?? verbEntry ?? firstTriggerInside(view, inEntity);
        mention = entityMention(view, sent, inEntity, entry?.frames[0]);
        i = inEntity.tokEnd - 1;
      }
      if (!mention) continue;
    } else if (verbEntry && isVerbUse(tokens, i) && !isControlUse(tokens, i + verbEntry.words.length) && (mention = verbMention(view, sent, i, verbEntry))) {
      i = mention.tokEnd - 1;
    } else if (nounEntry && isNounUse(tokens, i, nounEntry) && !inCuePhrase(tokens, i)) {
      // A verb reading that found no event ("fighting resumed": no object to fight) may still be the noun.
      mention = nounMention(view, sent, i, nounEntry);
      if (mention) i = mention.tokEnd - 1;
    } else if (index.anaphors.has(t.lower) && isDeterminer(tokens[i - 1]) && /^(the|this|that|these|those)$/.test(tokens[i - 1]?.lower ?? "")) {
      mention = anaphorMention(view, sent, i);
    } else if (!verbEntry && !nounEntry) {
      // A content verb the lexicon does not list, with an object: a lower-confidence event of its own.
      const generic = opensAsFinite(tokens, i) ? undefined : genericVerbEntry(tokens, i);
      if (generic && isVerbUse(tokens, i) && !isControlUse(tokens, i + generic.words.length) && (mention = verbMention(view, sent, i, generic))) {
        mention.confidence = GENERIC_CONFIDENCE;
        i = mention.tokEnd - 1;
      }
    }
    if (mention) found.push(mention);
  }
  found.push(...pushedChanges(view, sent, found), ...resultStates(view, sent, found));
  found.sort((a, b) => a.tokStart - b.tokStart);
  const kept = splitConjuncts(view, dropGenericNouns(view, dropLightVerbs(view, dropSelfVerbs(view, dropAfterCommaParticiples(view, found)))));
  return [...kept, ...causePhrases(view, sent, kept)].sort((a, b) => a.tokStart - b.tokStart);
}

/**
 * News has no imperatives: a word opening the sentence that the tagger reads as a finite verb is a
 * plural noun ("Prices rose", "Shares fell"); only a participle may open it ("Rising prices …",
 * "Speaking to reporters, …").
 */
function opensAsFinite(tokens: readonly Token[], i: number): boolean {
  return i === 0 && !/(ing|ed)$/.test(tokens[i]?.lower ?? "");
}

const PUSH_VERBS = new Set(((triggerLexicon as { pushVerbs?: string[] }).pushVerbs ?? []).flatMap((v) => inflect(v)).concat((triggerLexicon as { pushForms?: string[] }).pushForms ?? []));
const PUSH_DIRECTIONS = new Map<string, string>(Object.entries((triggerLexicon as { pushDirections?: Record<string, string> }).pushDirections ?? {}));

/**
 * "pushing inflation higher", "sent shares lower": a verb that moves a quantity, its object, then a
 * direction word is a change of that quantity (the verb's subject is its cause, read by causal-links).
 */
function pushedChanges(view: SentenceView, sent: number, found: EventMention[]): EventMention[] {
  const tokens = view.tokens;
  const out: EventMention[] = [];
  for (let i = 0; i < tokens.length - 2; i++) {
    if (!PUSH_VERBS.has(tokens[i]?.lower ?? "") || found.some((m) => m.tokStart <= i && i < m.tokEnd)) continue;
    const clauseIndex = view.clauses.findIndex((c) => c.start <= i && i < c.end);
    const clause = view.clauses[clauseIndex];
    if (!clause) continue;
    const np = nounPhraseRight(view, i + 1, Math.min(clause.end, i + 7));
    const direction = np ? tokens[np.tokEnd] : undefined;
    const frameId = direction ? PUSH_DIRECTIONS.get(direction.lower) : undefined;
    const frame = frameId ? triggerIndex().frames.get(frameId) : undefined;
    if (!np || !frame || found.some((m) => m.tokStart >= np.tokStart && m.tokStart < np.tokEnd)) continue;
    out.push({
      frame,
      form: "verb",
      sent,
      tokStart: i,
      tokEnd: i + 1,
      trigger: tokenSpan(tokens, i, np.tokEnd + 1),
      clauseIndex,
      actors: [],
      theme: np,
      args: entitiesIn(view, np.tokStart, np.tokEnd).map((span) => ({ span, prep: "theme" })),
      evidence: { tokStart: i, tokEnd: np.tokEnd + 1 },
      modality: "happened",
      figures: [],
      confidence: 0.7,
      note: `'${tokens[i]?.text ?? ""} … ${direction?.text ?? ""}' moves ${np.text}`,
    });
  }
  return out;
}

const RESULT_VERBS = new Set((triggerLexicon as { resultVerbs?: string[] }).resultVerbs ?? []);
const RESULT_STATES = new Map<string, string>(Object.entries((triggerLexicon as { resultStates?: Record<string, string> }).resultStates ?? {}));

/**
 * "…, leaving 40 people dead": what a disaster or an attack left people as is a happening of its
 * own (their deaths), which the sentence names by no verb or noun of a frame. Only a counted phrase
 * ("40 people", "at least 12") counts, so "left the room empty" or "left him injured" names none.
 */
function resultStates(view: SentenceView, sent: number, found: EventMention[]): EventMention[] {
  const tokens = view.tokens;
  const out: EventMention[] = [];
  for (let i = 0; i < tokens.length - 2; i++) {
    if (!RESULT_VERBS.has(tokens[i]?.lower ?? "")) continue;
    const clauseIndex = view.clauses.findIndex((c) => c.start <= i && i < c.end);
    const clause = view.clauses[clauseIndex];
    if (!clause) continue;
    let from = i + 1;
    // "leaving at least 40 people dead": the comparator is part of the count.
    while (from < clause.end && /^(at|least|more|than|nearly|almost|about|around|some|over|up|to)$/.test(tokens[from]?.lower ?? "")) from++;
    let end = from;
    while (end < clause.end && end < from + 4 && !RESULT_STATES.has(tokens[end]?.lower ?? "") && (isNoun(tokens[end]) || tokens[end]?.tags.has("Adjective")) && !hasBreakAfter(tokens[end])) end++;
    const state = tokens[end];
    const frameId = state ? RESULT_STATES.get(state.lower) : undefined;
    const frame = frameId ? triggerIndex().frames.get(frameId) : undefined;
    if (!frame || !state || end === from || !tokens.slice(from, end).some((t) => t.tags.has("Value")) || hasBreakAfter(tokens[end - 1])) continue;
    if (found.some((m) => m.tokStart <= end && end < m.tokEnd)) continue;
    const np = { tokStart: from, tokEnd: end, head: tokens[end - 1]?.lower ?? "", text: view.sentence.text.slice((tokens[from] as Token).start - view.sentence.start, (tokens[end - 1] as Token).end - view.sentence.start) };
    // Whichever slot the frame's label names the people in ("deaths of [theme]", "displacement of [object]").
    const who = frame.label.includes("[object]") ? { object: np } : { theme: np };
    out.push({
      frame,
      form: "verb",
      sent,
      tokStart: end,
      tokEnd: end + 1,
      trigger: tokenSpan(tokens, i, end + 1),
      clauseIndex,
      actors: [],
      ...who,
      args: entitiesIn(view, np.tokStart, np.tokEnd).map((span) => ({ span, prep: "theme" })),
      evidence: { tokStart: i, tokEnd: end + 1 },
      modality: "happened",
      figures: [],
      confidence: 0.7,
      note: `'${tokens[i]?.text ?? ""} … ${state.text}': ${np.text} ${state.text}`,
    });
  }
  return out;
}

/**
 * "A powerful earthquake struck the island": a verb the frame of its subject lists as its own
 * happening ("storm hit", "quake struck") is that event, not a second one (not an attack).
 */
function dropSelfVerbs(view: SentenceView, mentions: EventMention[]): EventMention[] {
  return mentions.filter((m) => {
    if (m.form !== "verb") return true;
    const word = view.tokens[m.tokStart]?.lower ?? "";
    const subject = mentions.find((n) => n.form === "noun" && n.clauseIndex === m.clauseIndex && n.tokEnd <= m.tokStart && m.tokStart - n.tokEnd <= 2 && (n.frame.selfVerbs ?? []).includes(word));
    if (!subject) return true;
    subject.evidence = { tokStart: subject.evidence.tokStart, tokEnd: Math.max(subject.evidence.tokEnd, m.evidence.tokEnd) };
    return false;
  });
}

/**
 * "Exports and imports dropped": one verb, two things that changed, so two events (a cause or a
 * date in the clause then reaches both). Only for a change verb whose theme is two plain noun
 * phrases joined by "and", neither inside an entity's name.
 */
function splitConjuncts(view: SentenceView, mentions: EventMention[]): EventMention[] {
  const out: EventMention[] = [];
  for (const m of mentions) {
    out.push(m);
    const theme = m.theme;
    if (m.form !== "verb" || m.frame.class !== "change" || !theme || m.passive) continue;
    const tokens = view.tokens;
    let k = theme.tokStart + 1;
    while (k < theme.tokEnd - 1 && tokens[k]?.lower !== "and") k++;
    if (k >= theme.tokEnd - 1 || view.entityAt[k] || !isNoun(tokens[k - 1]) || hasBreakAfter(tokens[k - 1])) continue;
    // "Relations between Korea and Japan": an "and" inside a prepositional phrase joins its objects, not two themes.
    if (tokens.slice(theme.tokStart, k).some((t) => t.tags.has("Preposition"))) continue;
    const second = nounPhraseRight(view, k + 1, theme.tokEnd);
    if (!second || second.tokEnd !== theme.tokEnd) continue;
    let firstText = view.sentence.text.slice((tokens[theme.tokStart] as Token).start - view.sentence.start, (tokens[k - 1] as Token).end - view.sentence.start);
    // "food and energy prices": a one-word conjunct before a longer one shares its head noun.
    const shared = k - theme.tokStart === 1 && second.tokEnd - second.tokStart > 1 && !tokens[k - 1]?.tags.has("Plural");
    if (shared) firstText = `${firstText} ${tokens[second.tokEnd - 1]?.text ?? ""}`;
    const first = { ...theme, tokEnd: k, head: shared ? second.head : headOf(view, theme.tokStart, k), text: firstText };
    const isObject = m.object === theme;
    m.theme = first;
    if (isObject) m.object = first;
    out.push({ ...m, theme: second, ...(isObject ? { object: second } : {}), args: [...m.args], figures: [], note: "the second conjunct of the changed thing" });
  }
  return out;
}

function headOf(view: SentenceView, from: number, to: number): string {
  const t = view.tokens[Math.max(from, to - 1)] as Token;
  return headWord(t);
}

/** The participles of the cues that name their own effect ("hurt by", "hit by"; causal-cues.json selfIsEffect). */
const SELF_EFFECT_PARTICIPLES = new Set(
  causalLexicon.cues
    .filter((c) => (c as { selfIsEffect?: boolean }).selfIsEffect)
    .flatMap((c) => c.forms)
    .map((f) => f.split(" "))
    .filter((w) => w.length === 2 && w[1] === "by")
    .map((w) => w[0] ?? ""),
);

/**
 * "The economy shrank 0.6% in the first quarter, hurt by high rates": a participle opening a clause
 * after a comma has no subject of its own; it says what hurt the event before it, which the causal
 * stage links. An event of its own there would take "0.6% in the first quarter" for what was hurt.
 */
function dropAfterCommaParticiples(view: SentenceView, mentions: EventMention[]): EventMention[] {
  return mentions.filter((m) => {
    if (m.form !== "verb" || m.tokEnd - m.tokStart !== 1) return true;
    const t = view.tokens[m.tokStart];
    return !(t && SELF_EFFECT_PARTICIPLES.has(t.lower) && view.tokens[m.tokEnd]?.lower === "by" && hasBreakAfter(view.tokens[m.tokStart - 1]));
  });
}

/** Cue verbs whose subject noun phrase becomes the cause when it names no event ("Higher costs fuelled inflation"). */
const SUBJECT_CAUSE_FORMS = causalLexicon.cues
  .filter((c) => (c as { subjectPhraseCause?: boolean }).subjectPhraseCause)
  .flatMap((c) => c.forms)
  .map((f) => f.split(" "))
  .sort((a, b) => b.length - a.length);
const NP_CAUSE_FORMS = causalLexicon.cues
  .filter((c) => (c as { nounPhraseCause?: boolean }).nounPhraseCause || (c as { gerundPhraseCause?: boolean }).gerundPhraseCause || (c as { nounPhraseEffect?: boolean }).nounPhraseEffect)
  .flatMap((c) => c.forms)
  .map((f) => f.split(" "))
  .sort((a, b) => b.length - a.length);
/** Forms whose phrase is the effect ("led to long queues"), not the cause. */
const NP_EFFECT_FORMS = new Set(causalLexicon.cues.filter((c) => (c as { nounPhraseEffect?: boolean }).nounPhraseEffect).flatMap((c) => c.forms));
const CAUSE_PHRASE_PREPS = new Set(["of", "to", "in", "over", "from", "on", "at"]);
interface GovernedCue {
  governorFrames: string[];
  nounPhrase: boolean;
}
/** Cues read only right of an event of given frames ("fined … for abusing", "protests over the ruling"). */
const GOVERNED_CUES = new Map<string, GovernedCue>(
  (causalLexicon.cues as Array<{ forms: string[]; governorFrames?: string[]; nounPhraseCause?: boolean }>)
    .filter((c) => c.governorFrames)
    .flatMap((c) => c.forms.map((f) => [f, { governorFrames: c.governorFrames ?? [], nounPhrase: !!c.nounPhraseCause }] as [string, GovernedCue])),
);

function governed(view: SentenceView, found: EventMention[], cueAt: number, cue: GovernedCue): boolean {
  const clause = view.clauses.findIndex((c) => c.start <= cueAt && cueAt < c.end);
  return found.some((m) => m.tokEnd <= cueAt && m.clauseIndex === clause && cue.governorFrames.includes(m.frame.id));
}

/** "fined the company for abusing its dominant position": a gerund phrase to the next break, at most 8 words. */
function gerundCause(view: SentenceView, at: number, clauseEnd: number): Phrase | undefined {
  const tokens = view.tokens;
  const first = tokens[at];
  if (!first || !isVerb(first) || !first.lower.endsWith("ing")) return undefined;
  let end = at + 1;
  while (end < clauseEnd && end < at + 8 && !hasBreakAfter(tokens[end - 1]) && !/[.!?]/.test(tokens[end - 1]?.post ?? "")) end++;
  const text = view.sentence.text.slice((tokens[at] as Token).start - view.sentence.start, (tokens[end - 1] as Token).end - view.sentence.start);
  return { tokStart: at, tokEnd: end, head: first.lower, text };
}

const blamedBySentence = new WeakMap<SentenceView, ReadonlySet<number>>();

/** The prepositions that blame verbs of the sentence govern ("blamed X on Y"), by token index; read once per sentence. */
function blamePrepositions(view: SentenceView): ReadonlySet<number> {
  let at = blamedBySentence.get(view);
  if (!at) {
    const found = new Set<number>();
    view.tokens.forEach((_, i) => {
      const k = blamePreposition(view.tokens, i);
      if (k !== undefined) found.add(k);
    });
    blamedBySentence.set(view, found);
    at = found;
  }
  return at;
}

/**
 * "fell because of high interest rates", "hurt by higher shipping costs": a cue that gives its
 * cause as a noun phrase naming no event of the lexicon and no entity makes that phrase the
 * cause, an event node labelled with the phrase itself, so the link has an end to point at.
 */
function causePhrases(view: SentenceView, sent: number, found: EventMention[]): EventMention[] {
  const frame = triggerIndex().frames.get("cause-phrase");
  if (!frame) return [];
  const tokens = view.tokens;
  const out: EventMention[] = [...subjectCauses(view, sent, found, frame)];
  const blamedAt = blamePrepositions(view);
  for (let i = 0; i < tokens.length; i++) {
    const blamed = blamedAt.has(i) && tokens[i]?.lower !== "for";
    const words = blamed ? [tokens[i]?.lower ?? ""] : NP_CAUSE_FORMS.find((w) => matchesAt(tokens, i, w));
    if (!words) continue;
    const at = i + words.length;
    const clause = clauseAt(view.clauses, at);
    if (!clause) continue;
    // "over 100 people": a number after the cue makes it a comparator, not a reason.
    if (tokens[at]?.tags.has("Value")) continue;
    // "The strike is due to begin on Monday": a schedule, not a cause (as in causal-links' cue check).
    const next = tokens[at];
    if (words.join(" ") === "due to" && next && SCHEDULE_AFTER_DUE_TO.has(next.root || next.lower) && !next.tags.has("Plural")) continue;
    const cue = GOVERNED_CUES.get(words.join(" "));
    if (cue && !governed(view, found, i, cue)) continue;
    const gerund = cue ? gerundCause(view, at, clause.end) : undefined;
    if (cue && !gerund && !cue.nounPhrase) continue;
    const np = gerund ?? nounPhraseRight(view, at, clause.end);
    if (!np || np.tokEnd - np.tokStart > 8) continue;
    let end = np.tokEnd;
    const pp = gerund ? undefined : prepositionalPhrases(view, np.tokEnd, clause.end, 1)[0];
    // "weak demand in China": a place or actor in the phrase's complement stays out of the phrase.
    const ppEntity = !!pp && view.entities.some((e) => e.tokStart < pp.phrase.tokEnd && e.tokEnd > pp.phrase.tokStart);
    if (pp && CAUSE_PHRASE_PREPS.has(pp.prep) && !hasBreakAfter(tokens[np.tokEnd - 1]) && !ppEntity) end = pp.phrase.tokEnd;
    // An event named in or right after the phrase ("amid heavy Russian shelling") is the cause itself.
    // A gerund is an event of its own even when its object is one ("for violating competition rules").
    let from = at;
    while (from < np.tokEnd && isDeterminer(tokens[from])) from++;
    // "driven by higher fuel costs": a product or place named inside a change phrase is a modifier; the phrase is the cause.
    const changeLed = CHANGE_ADJECTIVES.has(tokens[from]?.lower ?? "");
    const entityBusy = (e: EntitySpan): boolean => e.tokStart < end && e.tokEnd > at && (!changeLed || e.tokEnd >= np.tokEnd || e.tokStart === from);
    const busy = gerund ? found.some((m) => m.tokStart === at) : found.some((m) => m.tokStart <= end && m.tokEnd > at) || view.entities.some(entityBusy);
    const headToken = tokens[np.tokEnd - 1];
    if (busy || from >= np.tokEnd || !headToken || headToken.tags.has("Pronoun") || headToken.tags.has("Value") || tokens.slice(from, end).some((t) => t.tags.has("Date"))) continue;
    out.push({
      frame,
      form: "noun",
      sent,
      tokStart: from,
      tokEnd: end,
      trigger: tokenSpan(tokens, from, end),
      clauseIndex: view.clauses.indexOf(clause),
      actors: [],
      object: { ...np },
      args: [],
      evidence: { tokStart: from, tokEnd: end },
      modality: "happened",
      causePhrase: true,
      figures: [],
      confidence: 0.55,
      note: `a noun phrase given as ${NP_EFFECT_FORMS.has(words.join(" ")) ? "an effect" : "a cause"} by '${blamed ? `blamed … ${words[0]}` : words.join(" ")}'`,
    });
    i = end - 1;
  }
  return out;
}

/**
 * A verb event whose subject causes what it names ("could slow the economy", "drove up prices";
 * causal-cues.json causativeVerbs): its words, when it takes an object in the active voice.
 */
function causativeEventAt(tokens: readonly Token[], found: EventMention[], i: number): string[] | undefined {
  const m = found.find((x) => x.tokStart === i && x.form === "verb" && !x.passive && x.object);
  if (!m) return undefined;
  const words = tokens.slice(m.tokStart, m.tokEnd);
  const lemma = words.map((t) => t.root || t.lower).join(" ");
  return m.frame.causativeWhenTransitive || CAUSATIVE_VERBS.has(lemma) ? words.map((t) => t.lower) : undefined;
}

/**
 * "Higher fuel costs fuelled inflation", "Lower interest rates helped a recovery": the subject of a
 * causal verb, a plain noun phrase that names no event and no entity, is the cause.
 */
function subjectCauses(view: SentenceView, sent: number, found: EventMention[], frame: Frame): EventMention[] {
  const tokens = view.tokens;
  const out: EventMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const cue = SUBJECT_CAUSE_FORMS.find((w) => matchesAt(tokens, i, w));
    // A cue verb that is an event itself ("the court blocked the merger") has its own end; a
    // causative verb event ("Higher borrowing costs could slow the economy") needs its subject as one.
    const words = cue && !found.some((m) => m.tokStart === i) ? cue : causativeEventAt(tokens, found, i);
    if (!words || !tokens[i]?.tags.has("Verb")) continue;
    const clause = clauseAt(view.clauses, i);
    if (!clause || clause.type === "coordinated") continue;
    const np = subjectLeft(view, i, clause.start);
    if (!np || np.tokEnd - np.tokStart > 6 || np.tokEnd < i - 2) continue;
    // "…, arguing that soaring prices have eroded wages": a participle clause holds a finite one after "that".
    if (clause.type === "participle" && !(np.tokStart > clause.start && (tokens[np.tokStart - 1]?.lower === "that" || tokens[np.tokStart]?.lower === "that"))) continue;
    const busy = found.some((m) => m.tokEnd > np.tokStart && m.tokStart < i) || view.entities.some((e) => e.tokStart < np.tokEnd && e.tokEnd > np.tokStart);
    let from = np.tokStart;
    while (from < np.tokEnd && isDeterminer(tokens[from])) from++;
    const head = tokens[np.tokEnd - 1];
    // Only a phrase that names a state or a change ("higher fuel costs", "weak demand"), not a thing ("the company").
    if (!CHANGE_ADJECTIVES.has(tokens[from]?.lower ?? "")) continue;
    if (busy || from >= np.tokEnd || !head || head.tags.has("Pronoun") || head.tags.has("Value") || !isNoun(head) || tokens.slice(from, np.tokEnd).some((t) => t.tags.has("Date"))) continue;
    out.push({
      frame,
      form: "noun",
      sent,
      tokStart: from,
      tokEnd: np.tokEnd,
      trigger: tokenSpan(tokens, from, np.tokEnd),
      clauseIndex: view.clauses.indexOf(clause),
      actors: [],
      object: { ...np },
      args: [],
      evidence: { tokStart: from, tokEnd: np.tokEnd },
      modality: "happened",
      causePhrase: true,
      figures: [],
      confidence: 0.55,
      note: `the subject of '${words.join(" ")}', given as a cause`,
    });
  }
  return out;
}

/**
 * Nouns that add a fragment, not an event: the object of a change verb ("raised uncertainty" is
 * one event, not two) and a bare noun with no modifier, argument or determiner ("in investment for
 * construction"), which news uses for the activity in general.
 */
function dropGenericNouns(view: SentenceView, mentions: EventMention[]): EventMention[] {
  return mentions.filter((m) => {
    if (m.form !== "noun") return true;
    const inObject = mentions.some((v) => v !== m && v.form === "verb" && v.object && v.frame.class === "change" && m.tokStart >= v.object.tokStart && m.tokStart < v.object.tokEnd);
    if (inObject) return false;
    const prev = view.tokens[m.tokStart - 1];
    // A frame whose nouns are happenings in themselves ("Floods hit the north") is meant even bare.
    if (m.frame.bareIsEvent) return true;
    // "a further appeal": an adverb-tagged modifier after a determiner still makes the noun one thing.
    const determinedAdverb = !!prev?.tags.has("Adverb") && isDeterminer(view.tokens[m.tokStart - 2]);
    const bare = !m.mod && !m.pp && m.actors.length === 0 && !isDeterminer(prev) && !prev?.tags.has("Adjective") && !prev?.tags.has("Possessive") && !determinedAdverb;
    // …but the object of a verb ("called for compensation", "seek investment") is meant.
    const governed = isVerb(prev) || (!!prev && PREPOSITION_WORDS.has(prev.lower) && isVerb(view.tokens[m.tokStart - 2]));
    // "after weeks of talks": a span or a round of something is of a happening.
    const counted = prev?.lower === "of" && BARE_AFTER.has(view.tokens[m.tokStart - 2]?.lower ?? "");
    // "Talks resumed on Monday": a gathering or a protest that is the subject of a finite verb.
    const next = view.tokens[m.tokEnd];
    const clauseOpening = !prev || /[,;:]/.test(prev.post) || prev.lower === "and" || prev.lower === "but";
    const subject = clauseOpening && BARE_SUBJECT_FRAMES.has(m.frame.id) && !!next && next.tags.has("Verb") && !next.tags.has("Noun") && (next.tags.has("PastTense") || next.tags.has("PresentTense") || next.tags.has("Modal") || next.tags.has("Auxiliary"));
    // "Power outages and landslides hampered…": the first of two happenings joined as the subject.
    const joined = clauseOpening && BARE_SUBJECT_FRAMES.has(m.frame.id) && (next?.lower === "and" || next?.lower === "or") && mentions.some((v) => v !== m && v.form === "noun" && v.tokStart === m.tokEnd + 1);
    return !bare || governed || counted || subject || joined;
  });
}

function longestMatch(entries: PhraseEntry[] | undefined, tokens: readonly Token[], at: number): PhraseEntry | undefined {
  return entries?.find((e) => matchesAt(tokens, at, e.words) && (!e.hyphenated || !!tokens[at]?.tags.has("Hyphenated")));
}

function firstTriggerInside(view: SentenceView, span: EntitySpan): PhraseEntry | undefined {
  const index = triggerIndex();
  for (let k = span.tokStart; k < span.tokEnd; k++) {
    const t = view.tokens[k] as Token;
    const entry = longestMatch(index.nouns.get(t.lower), view.tokens, k) ?? longestMatch(index.verbs.get(t.lower), view.tokens, k);
    if (entry) return entry;
  }
  return undefined;
}

const NOUN_AFTER_TO = new Set((causalLexicon as { prepositionalTo?: string[] }).prepositionalTo ?? []);

const SEND = new Set(["sent", "send", "sends", "sending"]);

/**
 * An -ing form the tagger may read as a noun or adjective but that is a verb: one opening a
 * participle clause after a comma ("…, killing 12 people"; "the killing of …" stays a noun), and
 * the complement of "send" ("sent oil prices soaring").
 */
function participleVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!/ing$/.test(t.lower) || !prev) return false;
  if (hasBreakAfter(prev) && !!tokens[i + 1] && tokens[i + 1]?.lower !== "of" && !isDeterminer(prev)) return true;
  if (!isNoun(prev)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    if (SEND.has(tokens[k]?.lower ?? "")) return true;
    if (hasBreakAfter(tokens[k]) || isVerb(tokens[k])) return false;
  }
  return false;
}

/**
 * "Schools were closed", "flights were temporarily suspended": compromise tags many participles
 * after a form of "be" as adjectives; after the auxiliary (and at most one adverb) they are passive verbs.
 */
function passiveParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!/(ed|en)$/.test(t.lower) && !IRREGULAR_PAST.has(t.lower)) return false;
  const prev = tokens[i - 1];
  if (prev && PASSIVE_AUX.has(prev.lower)) return true;
  // "were temporarily suspended", "were also suspended", "was later cancelled": one adverb between.
  // The tagger reads some of these as adjectives ("later"), so the list stands without the tag.
  return !!prev && ((prev.tags.has("Adverb") && /ly$/.test(prev.lower)) || PASSIVE_ADVERBS.has(prev.lower)) && PASSIVE_AUX.has(tokens[i - 2]?.lower ?? "");
}

/**
 * Position `i` follows a cue that ends in "to" and takes a noun ("due to damage", "thanks to"), unless
 * the phrase there (its head word `head`) is a schedule ("due to meet on Monday").
 */
function afterPrepositionalTo(tokens: readonly Token[], i: number, head: string): boolean {
  const cue = tokens[i - 2]?.lower ?? "";
  return tokens[i - 1]?.lower === "to" && NOUN_AFTER_TO.has(cue) && !(cue === "due" && SCHEDULE_AFTER_DUE_TO.has(head));
}

function isVerbUse(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  // "a 20% drop", "a $5 billion package": after an amount with its determiner the word is a noun.
  if (prev && amountBefore(tokens, i)) return false;
  // "due to damage at the airport", "thanks to": the word after these is the cue's object, a noun
  // (the tagger often reads it as an infinitive); "due to meet on Monday" stays a verb (a schedule).
  if (afterPrepositionalTo(tokens, i, t.lower)) return false;
  if (t.tags.has("Verb")) return true;
  if (participleVerb(tokens, i)) return true;
  if (passiveParticiple(tokens, i)) return true;
  // compromise reads "Prices rose after", "the bank cut rates" as nouns; a past form right after a
  // noun subject is the verb.
  const pastForm = /ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower);
  if (pastForm && prev && (prev.tags.has("Noun") || prev.tags.has("Pronoun")) && !prev.tags.has("Possessive") && !isDeterminer(prev)) return true;
  // compromise tags some infinitives after "to" or modals as nouns ("to curb", "will drop"), but
  // after "due to", "thanks to" a noun is the cue's object ("due to damage at the airport").
  if (prev && (prev.lower === "to" || prev.tags.has("Modal")) && !isDeterminer(prev)) return true;
  // "the deteriorated relationship": a participle before a noun.
  return t.tags.has("Adjective") && /(ed|en)$/.test(t.lower) && isNoun(tokens[i + 1]);
}

const CUE_PHRASES = causalLexicon.cues.flatMap((c) => c.forms).map((f) => f.split(" ")).filter((w) => w.length >= 3);

/** "in retaliation for", "a response to": the noun is part of a causal cue, not an event. */
function inCuePhrase(tokens: readonly Token[], i: number): boolean {
  return CUE_PHRASES.some((words) => {
    const at = words.indexOf(tokens[i]?.lower ?? "");
    return at > 0 && matchesAt(tokens, i - at, words);
  });
}

/** "declined to extend", "moved to curb": the verb governs the event after "to" and is not one. */
function isControlUse(tokens: readonly Token[], after: number): boolean {
  return tokens[after]?.lower === "to" && (isVerb(tokens[after + 1]) || !!tokens[after + 1]?.tags.has("Infinitive"));
}

/** An amount right before `i` that a determiner or a unit marks as a modifier ("a 20%", "a $5 billion"). */
function amountBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev?.tags.has("Value") || hasBreakAfter(prev)) return false;
  let k = i - 1;
  while (k > 0 && tokens[k - 1]?.tags.has("Value")) k--;
  const amount = tokens.slice(k, i).map((t) => t.text).join(" ");
  return isDeterminer(tokens[k - 1]) || /[%$\u20ac\u00a3\u00a5]/.test(amount);
}

function isNounUse(tokens: readonly Token[], i: number, entry: PhraseEntry): boolean {
  const t = tokens[i + entry.words.length - 1] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + entry.words.length];
  // "exchange programs", "investment plan": a modifier of the noun after it, which is the head.
  // "a 6.8 earthquake struck": before a verb the noun is the head itself.
  if (prev?.tags.has("Value") && next && isNoun(next) && !PREPOSITION_WORDS.has(next.lower) && !/[,;:.\u2014"]/.test(t.post) && !(next.tags.has("Verb") && !next.tags.has("Noun"))) return false;
  if (next && next.tags.has("Noun") && !next.tags.has("Pronoun") && !PREPOSITION_WORDS.has(next.lower) && !/[,;:.\u2014"]/.test(t.post) && !next.tags.has("Date") && !next.tags.has("Value")) return false;
  if (prev && (prev.lower === "to" || prev.tags.has("Modal")) && !NOUN_AFTER_TO.has(tokens[i - 2]?.lower ?? "")) return false;
  if (entry.frames.every((f) => f.verbOnly)) return false;
  // "caused flooding": a gerund of a frame with no verbs ("flooding", "shelling") is its noun.
  if (t.tags.has("Gerund") && entry.frames.every((f) => f.verbs.length === 0)) return true;
  // "a 20-month grounding of the fleet": a gerund after a modifier and before "of" is a noun.
  if (/ing$/.test(t.lower) && next?.lower === "of" && !!prev && (prev.tags.has("Noun") || prev.tags.has("Value")) && !prev.tags.has("Pronoun")) return true;
  // "fighting resumed": a gerund right before a finite verb is that verb's subject, a noun.
  if (/ing$/.test(t.lower) && !!next && isVerb(next) && (next.tags.has("PastTense") || next.tags.has("Modal") || next.tags.has("Auxiliary")) && !next.tags.has("Gerund")) return true;
  return isNoun(t) || isDeterminer(prev) || !!prev?.tags.has("Adjective") || !!prev?.tags.has("Possessive") || afterPrepositionalTo(tokens, i, t.lower) || amountBefore(tokens, i);
}

function verbMention(view: SentenceView, sent: number, i: number, entry: PhraseEntry): EventMention | undefined {
  const tokens = view.tokens;
  const clauseIndex = view.clauses.findIndex((c) => c.start <= i && i < c.end);
  const clause = view.clauses[clauseIndex];
  if (!clause) return undefined;
  const end = i + entry.words.length;
  let objAt = end;
  while (objAt < clause.end && (PARTICLES.has(tokens[objAt]?.lower ?? "") || tokens[objAt]?.tags.has("Adverb"))) objAt++;
  objAt = pastComparator(tokens, objAt, end, clause.end);
  const beParticiple = passiveParticiple(tokens, i);
  if (beParticiple && STATE_PREDICATES.has(tokens[i]?.lower ?? "") && (hasBreakAfter(tokens[i]) || objAt >= clause.end || /^(and|but|or)$/.test(tokens[objAt]?.lower ?? ""))) return undefined;
  const adjectival = !participleVerb(tokens, i) && !beParticiple && ((!!tokens[i]?.tags.has("Adjective") && !tokens[i]?.tags.has("Verb")) || (!!tokens[i]?.tags.has("Adjective") && isNoun(tokens[i + 1]) && isDeterminer(tokens[i - 1])));
  const passive = !adjectival && ((PASSIVE_AUX.has(tokens[i - 1]?.lower ?? "") && !!tokens[i]?.tags.has("PastTense")) || beParticiple);
  // "raised rates on Wednesday to curb inflation": a purpose infinitive after a noun phrase has no
  // subject on its left (its doer is the governing verb's, found later by inheritActors).
  const before = tokens[i - 2];
  // A change keeps it: "forced the port to close" closes the port.
  const purposeTo = tokens[i - 1]?.lower === "to" && entry.frames.every((f) => f.class !== "change") && !!before && (isNoun(before) || before.tags.has("Date") || before.tags.has("Value")) && !isVerb(before) && !view.entityAt[i - 2];
  const subject = adjectival || purposeTo ? undefined : (subjectLeft(view, i, clause.start) ?? relativeAntecedent(view, i, clauseIndex) ?? resumedSubject(view, i, clauseIndex));
  // A passive's subject is what the verb acts on: "if the supply chain … is normalized".
  let object = adjectival ? undefined : passive ? subject : tokens[objAt]?.lower === "by" ? undefined : nounPhraseRight(view, objAt, clause.end);
  // "recalled that the talks …": a complement clause is no object.
  const opener = tokens[objAt];
  if (object && !passive && opener && (/^(whether|how|what|why)$/.test(opener.lower) || (opener.lower === "that" && (isDeterminer(tokens[objAt + 1]) || !!tokens[objAt + 1]?.tags.has("Pronoun") || !!tokens[objAt + 1]?.tags.has("ProperNoun"))))) object = undefined;
  // "strike over pay": the tagger reads some prepositions as adjectives; a phrase they open is no object.
  if (object && !passive && PREPOSITION_WORDS.has(tokens[object.tokStart]?.lower ?? "")) object = undefined;
  // "Sales fell 45 percent": an amount after a change verb measures the change; it is not an object.
  const changeOnly = entry.frames.every((f) => f.class === "change");
  if (changeOnly && object && !passive && tokens[object.tokStart]?.tags.has("Value") && /^(per|percent|%)$/.test(tokens[object.tokEnd]?.lower ?? "")) object = undefined;
  if (changeOnly && object && !passive && tokens[object.tokStart]?.tags.has("Value") && /^(percent|per|cent|%|points?|yen|won|dollars?|euros?|pounds?|billion|million|trillion|[\d.,]+%)$/.test(tokens[object.tokEnd - 1]?.lower ?? "")) object = undefined;
  const theme = adjectival ? nounPhraseRight(view, end, clause.end) : (object ?? subject);
  // "an improved offer", "higher shipping costs": a participle before a noun names an event only
  // for the nouns whose state news reports as changed ("strained ties", "stalled talks").
  if (adjectival && !(theme && ADJECTIVAL_THEMES.has(theme.head))) return undefined;
  const frame = chooseFrame(entry.frames, object, theme, entry.words.join(" "));
  if (!frame) return undefined;
  // A change with nothing that changes ("Exports and … dropped" misread) has no head to name it by.
  if (frame.class === "change" && !theme && !object) return undefined;
  const afterObject = object ? object.tokEnd : adjectival && theme ? theme.tokEnd : objAt;
  const pps = prepositionalPhrases(view, afterObject, clause.end);
  const byAgent = pps.find((p) => p.prep === "by");
  let actors: EntitySpan[] = [];
  if (passive || adjectival) actors = byAgent ? entitiesIn(view, byAgent.phrase.tokStart, byAgent.phrase.tokEnd).filter(isActorKind) : [];
  else if (frame.class !== "change" || (object && frame.causativeWhenTransitive)) {
    actors = subject ? entitiesIn(view, subject.tokStart, subject.tokEnd).filter((e) => isActorKind(e) && !afterNonActorPrep(view, e, subject.tokStart)).slice(0, 2) : [];
    // "Germany's coalition government agreed": the possessor owns the actor; it is no second party.
    actors = actors.filter((e) => !(tokens[e.tokEnd - 1]?.tags.has("Possessive") && actors.some((f) => f.tokStart === e.tokEnd)));
  }
  const args = argumentEntities(view, object, pps.filter((p) => p.prep !== "by"));
  const themeEntities = frame.class === "change" && theme && (theme !== object || passive) ? entitiesIn(view, theme.tokStart, theme.tokEnd) : [];
  const evidenceStart = Math.min(i, subject && subject.tokEnd >= i - 3 ? subject.tokStart : i, theme ? theme.tokStart : i);
  const lastPp = pps[pps.length - 1];
  const evidenceEnd = Math.max(end, object?.tokEnd ?? end, lastPp ? lastPp.phrase.tokEnd : end, theme?.tokEnd ?? end);
  return {
    frame,
    form: adjectival ? "adjective" : "verb",
    sent,
    tokStart: i,
    tokEnd: end,
    trigger: tokenSpan(tokens, i, end),
    clauseIndex,
    actors,
    ...(object ? { object: { ...object } } : {}),
    ...(subject && !passive && frame.class !== "change" && isPlainNoun(tokens[subject.tokEnd - 1]) && entitiesIn(view, subject.tokStart, subject.tokEnd).length === 0 ? { subject } : {}),
    ...(theme && (frame.class === "change" || adjectival) ? { theme } : {}),
    ...(object ? { mod: object.head } : {}),
    ...(pps[0] && pps[0].prep !== "by" ? { pp: { prep: pps[0].prep, ...pps[0].phrase } } : {}),
    args: [...args, ...themeEntities.map((span) => ({ span, prep: "theme" }))],
    evidence: { tokStart: evidenceStart, tokEnd: evidenceEnd },
    modality: "happened",
    passive,
    figures: [],
    confidence: 0.8,
  };
}

/**
 * The object of "cancelled more than 3,000 trains" starts at the amount: a comparator of the figure
 * lexicon before a number is skipped (the figure stage reads it). `from` may sit inside the
 * comparator already, when an adverb loop took its first word ("more").
 */
function pastComparator(tokens: readonly Token[], from: number, verbEnd: number, limit: number): number {
  for (let start = verbEnd; start <= from; start++) {
    for (const words of COMPARATORS_BEFORE) {
      const after = start + words.length;
      if (after > from + words.length || after >= limit || !matchesAt(tokens, start, words)) continue;
      if (tokens[after]?.tags.has("Value")) return after;
    }
  }
  return from;
}

/** "Meloni, who cut short a visit to Japan, is expected to visit the area": the subject before the relative clause. */
function resumedSubject(view: SentenceView, i: number, clauseIndex: number): Phrase | undefined {
  const clause = view.clauses[clauseIndex];
  const relative = view.clauses[clauseIndex - 1];
  const before = view.clauses[clauseIndex - 2];
  if (!clause?.resumes || !relative || !before) return undefined;
  // Only auxiliaries, adverbs and raising words ("is expected to") between the clause's start and the verb.
  for (let k = clause.start; k < i; k++) {
    const t = view.tokens[k];
    if (!t || !(t.tags.has("Auxiliary") || t.tags.has("Modal") || t.tags.has("Copula") || skipsToSubject(t))) return undefined;
  }
  return subjectLeft(view, relative.start, before.start);
}

/**
 * "inflation, which climbed to 6.2%": the verb right after a relative pronoun has the noun phrase
 * before the pronoun as its subject.
 */
function relativeAntecedent(view: SentenceView, i: number, clauseIndex: number): Phrase | undefined {
  const clause = view.clauses[clauseIndex];
  if (!clause || clause.type !== "relative" || clauseIndex === 0) return undefined;
  let k = clause.start + 1;
  while (k < i && (view.tokens[k]?.tags.has("Adverb") || view.tokens[k]?.tags.has("Auxiliary") || view.tokens[k]?.tags.has("Modal"))) k++;
  if (k !== i || !/^(which|that|who)$/.test(view.tokens[clause.start]?.lower ?? "")) return undefined;
  return subjectLeft(view, clause.start, (view.clauses[clauseIndex - 1] as { start: number }).start);
}

/** A subject that can stand in for an actor ends on a noun ("dock workers"), not an adjective ("heavy Russian"). */
const isPlainNoun = (t: Token | undefined): boolean => isNoun(t) && !t?.tags.has("Adjective") && !t?.tags.has("ProperNoun");

function chooseFrame(frames: Frame[], object: Phrase | undefined, theme: Phrase | undefined, words: string): Frame | undefined {
  const hasTheme = !!theme;
  return frames.find((f) => (!(f.objectRequired || f.objectRequiredFor?.includes(words)) || !!object) && (!f.themeRequired || hasTheme) && (!f.objectHeads || (!!object && f.objectHeads.includes(object.head))) && (!f.themeHeads || (!!theme && !object && f.themeHeads.includes(theme.head)))) ?? undefined;
}

function nounMention(view: SentenceView, sent: number, i: number, entry: PhraseEntry): EventMention | undefined {
  const tokens = view.tokens;
  const clauseIndex = view.clauses.findIndex((c) => c.start <= i && i < c.end);
  const clause = view.clauses[clauseIndex];
  if (!clause) return undefined;
  const end = i + entry.words.length;
  // Modifiers to the left: "Japan's export", "a Korean supreme court", "the recent Korea-Japan".
  let from = i;
  while (from - 1 >= clause.start) {
    const t = tokens[from - 1] as Token;
    // "a 4.5 per cent rise": "per" inside a figure is no preposition of the noun phrase.
    const perCent = t.lower === "per" && tokens[from]?.lower === "cent";
    if ((t.tags.has("Preposition") && !perCent) || (t.tags.has("Verb") && !t.tags.has("Adjective") && !t.tags.has("Noun")) || /[,;:\u2014"()]/.test(t.post)) break;
    if (!(perCent || t.tags.has("Noun") || t.tags.has("Adjective") || t.tags.has("Determiner") || t.tags.has("Possessive") || t.tags.has("Value") || view.entityAt[from - 1] || /-/.test(t.text))) break;
    if (tokens[from - 2]?.lower === "to" && !view.entityAt[from - 1]) break;
    from--;
    if (isDeterminer(t)) break;
  }
  const premodEntities = entitiesIn(view, from, i);
  const frame = entry.frames[0] as Frame;
  // "blamed the fire on faulty wiring": the phrase after the blame verb's preposition is the cause, not the noun's.
  const blamedAt = blamePrepositions(view);
  const allPps = prepositionalPhrases(view, end, clause.end, 2);
  const cut = allPps.findIndex((p) => blamedAt.has(p.phrase.tokStart - 1));
  const pps = cut === -1 ? allPps : allPps.slice(0, cut);
  const byAgent = pps.find((p) => p.prep === "by");
  const actors = [...premodEntities.filter(isActorKind), ...(byAgent ? entitiesIn(view, byAgent.phrase.tokStart, byAgent.phrase.tokEnd).filter(isActorKind) : [])];
  // "The central bank's decision": the words up to the possessive are the owner, not modifiers.
  let modFrom = from;
  for (let k = from; k < i; k++) if (tokens[k]?.tags.has("Possessive") || /['’]s?$/.test(tokens[k]?.text ?? "")) modFrom = k + 1;
  const mod = modifierText(view, modFrom, i).replace(/\b\S+'s\b/g, "").trim();
  const rest = pps.filter((p) => p.prep !== "by");
  const args = argumentEntities(view, undefined, rest);
  const modEntities = premodEntities.filter((e) => !isActorKind(e)).map((span) => ({ span, prep: "mod" }));
  const lastPp = pps[pps.length - 1];
  return {
    frame,
    form: "noun",
    sent,
    tokStart: i,
    tokEnd: end,
    trigger: tokenSpan(tokens, i, end),
    clauseIndex,
    actors,
    ...(mod ? { mod } : {}),
    ...(rest[0] ? { pp: { prep: rest[0].prep, ...rest[0].phrase } } : {}),
    ...(frame.class === "change" && rest[0] ? { theme: rest[0].phrase } : {}),
    args: [...modEntities, ...args],
    evidence: { tokStart: from, tokEnd: Math.max(end, lastPp ? lastPp.phrase.tokEnd : end) },
    modality: "happened",
    figures: [],
    confidence: 0.75,
  };
}

function entityMention(view: SentenceView, sent: number, span: EntitySpan, frame: Frame | undefined): EventMention | undefined {
  const clauseIndex = view.clauses.findIndex((c) => c.start <= span.tokStart && span.tokStart < c.end);
  const f = frame ?? triggerIndex().frames.get("gathering");
  if (!f) return undefined;
  return {
    frame: f,
    form: "entity",
    sent,
    tokStart: span.tokStart,
    tokEnd: span.tokEnd,
    trigger: { start: span.start, end: span.end },
    clauseIndex,
    actors: [],
    args: [],
    evidence: { tokStart: span.tokStart, tokEnd: span.tokEnd },
    modality: "happened",
    entityId: span.entity.id,
    figures: [],
    confidence: span.entity.confidence,
  };
}

function anaphorMention(view: SentenceView, sent: number, i: number): EventMention | undefined {
  const clauseIndex = view.clauses.findIndex((c) => c.start <= i && i < c.end);
  const frame = triggerIndex().frames.get("response");
  if (!frame || clauseIndex === -1) return undefined;
  return {
    frame,
    form: "anaphor",
    sent,
    tokStart: i,
    tokEnd: i + 1,
    trigger: tokenSpan(view.tokens, i - 1, i + 1),
    clauseIndex,
    actors: [],
    args: [],
    evidence: { tokStart: i - 1, tokEnd: i + 1 },
    modality: "happened",
    figures: [],
    confidence: 0.7,
  };
}

function argumentEntities(view: SentenceView, object: Phrase | undefined, pps: Array<{ prep: string; phrase: Phrase }>): Array<{ span: EntitySpan; prep: string }> {
  const out: Array<{ span: EntitySpan; prep: string }> = [];
  if (object) for (const span of entitiesIn(view, object.tokStart, object.tokEnd)) out.push({ span, prep: "object" });
  for (const pp of pps) for (const span of entitiesIn(view, pp.phrase.tokStart, pp.phrase.tokEnd)) out.push({ span, prep: pp.prep });
  return out;
}

/**
 * "will materialize supply chain cooperation", "launched talks": a light verb whose object is an
 * event noun names that event, not a second one. The noun mention takes over the verb's actor.
 */
function dropLightVerbs(view: SentenceView, mentions: EventMention[]): EventMention[] {
  const light = triggerIndex().lightVerbs;
  const out: EventMention[] = [];
  for (const m of mentions) {
    if (m.form === "verb" && m.object) {
      const objectEvent = mentions.find((n) => n !== m && (n.form === "noun" || n.form === "entity") && n.tokStart >= m.object!.tokStart && n.tokStart < m.object!.tokEnd);
      const verb = view.tokens.slice(m.tokStart, m.tokEnd).map((t) => t.lower).join(" ");
      if (objectEvent && (light.has(verb) || m.frame.id === "imposition" || m.frame.id === "establishment" || m.frame.id === "tackling")) {
        if (objectEvent.actors.length === 0) objectEvent.actors = m.actors;
        objectEvent.evidence = { tokStart: Math.min(objectEvent.evidence.tokStart, m.evidence.tokStart), tokEnd: Math.max(objectEvent.evidence.tokEnd, m.evidence.tokEnd) };
        continue;
      }
    }
    out.push(m);
  }
  // Light verbs that are not triggers at all ("materialize", "seek") also lend their subject.
  for (const m of out) {
    if (m.form !== "noun" || m.actors.length > 0) continue;
    const k = m.evidence.tokStart - 1;
    const verb = view.tokens[k];
    if (verb && isVerb(verb) && light.has(verb.lower)) {
      const clause = clauseAt(view.clauses, k);
      const subject = clause ? subjectLeft(view, k, clause.start) : undefined;
      if (subject) {
        m.actors = entitiesIn(view, subject.tokStart, subject.tokEnd).filter(isActorKind).slice(0, 2);
        if (entitiesIn(view, subject.tokStart, subject.tokEnd).length === 0 && isPlainNoun(view.tokens[subject.tokEnd - 1])) m.subject = subject;
        m.evidence = { tokStart: subject.tokStart, tokEnd: m.evidence.tokEnd };
      } else m.evidence = { tokStart: k, tokEnd: m.evidence.tokEnd };
    }
  }
  return out;
}

/** "declined to extend": the refusal is an event of its own; what was refused did not happen. */
export function refusalBefore(view: SentenceView, m: EventMention): { tokStart: number; tokEnd: number } | undefined {
  for (const words of REFUSALS) {
    const at = m.tokStart - words.length;
    if (at >= 0 && matchesAt(view.tokens, at, words)) return { tokStart: at, tokEnd: m.tokStart };
  }
  return undefined;
}

const NON_ACTOR_PREPS = new Set(relationPatterns.subjectNonActorPreps);

/** "dockworkers at Canada's ports", "sanctions on Russia": an entity in such a phrase of the subject is not its doer. */
function afterNonActorPrep(view: SentenceView, e: EntitySpan, from: number): boolean {
  for (let k = e.tokStart - 1; k >= from; k--) {
    const w = view.tokens[k]?.lower ?? "";
    if (NON_ACTOR_PREPS.has(w)) return true;
    if (w === "of" || w === "between" || w === "among" || w === "with" || w === "from") return false;
  }
  return false;
}

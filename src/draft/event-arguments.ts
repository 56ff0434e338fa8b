// Who and what an event mention is about, read off the words around its trigger: the subject
// noun phrase to the left (skipping appositives between commas or dashes), the object noun phrase
// to the right, prepositional phrases after it, and the entities inside each. compromise gives
// part-of-speech tags but no parse, so these are shallow patterns over tags; they favour the
// reading news copy uses most (subject – verb – object – prepositional phrases).
import { KINDS } from "../model/vocabulary.ts";
import { hasBreakAfter, isVerb, type Token } from "./clause-tokens.ts";
import type { EntitySpan, SentenceView } from "./event-model.ts";
import { triggerIndex } from "./event-lexicon.ts";
import causalLexicon from "../../data/lexicons/causal-cues.json" with { type: "json" };
import groups from "../../data/lexicons/entity-groups.json" with { type: "json" };
import figureLexicon from "../../data/lexicons/figures.json" with { type: "json" };

/** Comparators of the figure lexicon that stand before an amount ("more than 1,000 flights"), as words. */
export const COMPARATORS_BEFORE: readonly string[][] = Object.keys(figureLexicon.comparatorsBefore).map((c) => c.split(" "));
/** Verbs that "to" opens as a purpose in the cue lexicon ("to counter", "to offset"). */
const PURPOSE_WORDS = new Set(causalLexicon.cues.flatMap((c) => c.forms).filter((f) => f.startsWith("to ")).map((f) => f.split(" ")[1] ?? ""));

export interface Phrase {
  tokStart: number;
  tokEnd: number;
  head: string;
  text: string;
}

const SKIP_LEFT = new Set(["expected", "likely", "set", "poised", "projected", "forecast", "scheduled", "slated", "bound", "going", "continue", "continues", "continued", "seem", "seems", "seemed", "appear", "appears", "appeared", "tend", "tends", "due", "able", "unlikely", "will", "would", "shall", "can", "could", "may", "might", "must", "not", "to", "also", "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "already", "then", "later", "now", "further", "finally", "eventually", "actively", "jointly", "reportedly", "allegedly", "formally", "officially", "effectively", "n't", "never", "again", "still", "just", "recently", "previously"]);
/** An auxiliary, a modal, an adverb or a raising word between a subject and its verb ("is expected to", "has also"). */
export function skipsToSubject(t: Token): boolean {
  return SKIP_LEFT.has(t.lower) || t.tags.has("Adverb");
}
// "villages near Jakarta", "strikes throughout the country", "a quake off the coast": places where, read by relation-roles.
const PHRASE_PREPS = new Set(["of", "on", "for", "with", "against", "between", "to", "in", "into", "from", "over", "among", "at", "across", "near", "throughout", "outside", "inside", "off"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "some", "any", "all", "both", "each", "such"]);
const TIME_HEADS = new Set(["year", "month", "week", "day", "time", "decade", "quarter", "weekend", "morning", "afternoon", "evening", "night"]);
/** Words before "to" that make it a cue, not a phrase of the subject ("due to", "thanks to"). */
const NOT_BEFORE_TO = new Set(["due", "according", "thanks", "owing", "prior", "close", "next", "compared", "related", "back", "up"]);
const SUBJECT_PREPS = new Set(["of", "between", "with", "among", "for", "in", "on", "over", "against", "from", "at", "near", "across"]);
const MEASURE_HEADS = new Set(["number", "amount", "volume", "level", "value", "share", "pace", "rate", "size"]);
/** "hundreds of planned operations", "dozens of flights": a counted phrase is about what it counts (entity-groups.json quantities). */
const QUANTITY_HEADS: ReadonlySet<string> = new Set(groups.quantities);
const GENERIC_ADJECTIVES = new Set(["recent", "new", "last", "first", "latest", "previous", "further", "possible", "major", "key", "fresh", "additional", "initial", "current", "upcoming", "planned", "proposed", "envisioned", "such", "other", "another", "similar", "ongoing", "deteriorated", "worsening", "growing", "so-called"]);

/** Irregular past forms of trigger verbs, which compromise often tags as nouns. */
export const IRREGULAR_PAST = new Set(["rose", "fell", "cut", "grew", "shrank", "sank", "struck", "built", "met", "withdrew", "fought", "hit", "set", "put", "quit", "led", "sought", "won", "lost", "slid", "fled", "hurt", "spread", "shut", "split"]);

/** "hurt by", "imposed by": a past participle followed by its agent. */
export function isParticipleBeforeBy(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && tokens[k + 1]?.lower === "by" && (/ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower));
}

export const isActorKind = (e: EntitySpan): boolean => KINDS[e.entity.kind].group === "actor";

/** Words that can sit inside a noun phrase. */
export function isNpToken(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.tags.has("Preposition") || t.tags.has("Conjunction") || (t.tags.has("Pronoun") && !t.tags.has("Possessive"))) return false;
  if (t.tags.has("Modal") || t.tags.has("Auxiliary") || t.tags.has("Copula")) return false;
  if (t.tags.has("Verb") && !t.tags.has("Noun") && !t.tags.has("Adjective")) return false;
  return t.tags.has("Noun") || t.tags.has("Adjective") || t.tags.has("Value") || t.tags.has("Determiner") || t.tags.has("Possessive") || /-/.test(t.text);
}

/** The noun phrase starting at `at` (determiners included), with a head word. Stops at punctuation. */
export function nounPhraseRight(view: SentenceView, at: number, limit: number): Phrase | undefined {
  const tokens = view.tokens;
  let k = at;
  // "forced labor victims": a participle can open a noun phrase.
  if (tokens[k]?.tags.has("PastTense") && tokens[k + 1]?.tags.has("Noun") && k < limit) k++;
  while (k < limit && isNpToken(tokens[k])) {
    const t = tokens[k] as Token;
    // "relations hurt by the curbs": a participle with its agent ends the phrase.
    if (k > at && isParticipleBeforeBy(tokens, k)) break;
    // "a grounding of the 737 MAX that cost Boeing $20 billion": a relative pronoun ends it.
    if (k > at && /^(that|which|who|whom|whose)$/.test(t.lower)) break;
    // An adjective after a noun starts a post-modifier ("products critical for …").
    if (k > at && t.tags.has("Adjective") && !t.tags.has("Noun") && isHeadNoun(tokens[k - 1]) && !tokens[k - 1]?.tags.has("Value")) break;
    // "fined the provider 1.2 billion euros": an amount after a head noun is a second object.
    if (k > at && t.tags.has("Value") && !t.tags.has("Date") && /^[\d.,]+$/.test(t.text) && isHeadNoun(tokens[k - 1]) && !tokens[k - 1]?.tags.has("Value") && !view.entityAt[k - 1]) break;
    k++;
    if (hasBreakAfter(t) || t.post.includes(".")) break;
  }
  // Entities extend a phrase to their end ("General Security of Military Information Agreement").
  const inside = view.entityAt[k - 1];
  if (k > at && inside && inside.tokEnd > k && inside.tokEnd <= limit) k = inside.tokEnd;
  if (k === at) return undefined;
  let headIndex = k - 1;
  while (headIndex > at && !isHeadNoun(tokens[headIndex])) headIndex--;
  const headToken = tokens[headIndex] as Token;
  // A phrase with no noun ("due"), or a time ("this year"), is not an argument.
  if (!isHeadNoun(headToken) && !view.entityAt[headIndex]) return undefined;
  if (tokens.slice(at, k).some((t) => t.tags.has("Date")) || TIME_HEADS.has(headToken.lower)) return undefined;
  let head = headWord(headToken);
  // "the number of Japanese travelers" is about the travelers.
  if ((MEASURE_HEADS.has(head) || QUANTITY_HEADS.has(headToken.lower)) && tokens[k]?.lower === "of") {
    const inner = nounPhraseRight(view, k + 1, limit);
    if (inner) {
      head = inner.head;
      k = inner.tokEnd;
    }
  }
  return { tokStart: at, tokEnd: k, head, text: phraseText(view, at, k) };
}

/** The subject noun phrase ending before `at`, with the prepositional phrases that hang on it. */
export function subjectLeft(view: SentenceView, at: number, clauseStart: number): Phrase | undefined {
  const tokens = view.tokens;
  let k = at - 1;
  // Skip auxiliaries, adverbs and a time between subject and verb ("Washington on Tuesday sharply increased").
  for (;;) {
    const t = tokens[k];
    if (k < clauseStart || !t || hasBreakAfter(t)) break;
    if (skipsToSubject(t) || t.tags.has("Date")) k--;
    else if (tokens[k + 1]?.tags.has("Date") && /^(on|in|at|last|this|next)$/.test(t.lower)) k--;
    else break;
  }
  // An appositive between commas or dashes ("Trade with Japan, the third-largest economy …, decreased").
  if (k >= clauseStart && hasBreakAfter(tokens[k])) {
    const mark = /\u2014/.test(tokens[k]?.post ?? "") ? "\u2014" : ",";
    let j = k - 1;
    while (j >= clauseStart && !(tokens[j]?.post.includes(mark))) j--;
    if (j >= clauseStart) k = j;
  }
  const end = k + 1;
  let start = end;
  while (start - 1 >= clauseStart) {
    const t = tokens[start - 1] as Token;
    if (start - 1 < end - 1 && hasBreakAfter(t)) break;
    // "warned on Monday that the recovery could stall": "that" before a determiner, a pronoun or a
    // name opens a complement clause; it is not the subject's determiner.
    const first = tokens[start];
    if (t.lower === "that" && start < end && !!first && (isDeterminer(first) || first.tags.has("Pronoun") || first.tags.has("ProperNoun") || first.tags.has("Possessive") || first.tags.has("Value"))) break;
    if (isNpToken(t) || view.entityAt[start - 1]) {
      start--;
      continue;
    }
    const before = tokens[start - 2];
    const prepOk = SUBJECT_PREPS.has(t.lower) || t.lower === "and" || (t.lower === "to" && !!before && before.tags.has("Plural") && !NOT_BEFORE_TO.has(before.lower));
    if (prepOk && start - 2 >= clauseStart && (isNpToken(before) || view.entityAt[start - 2])) {
      start--;
      continue;
    }
    break;
  }
  if (start >= end) return undefined;
  // "Relations hurt by the curbs have improved": the phrase is the agent of a participle that
  // describes the noun before it, and that noun is the subject.
  if (tokens[start - 1]?.lower === "by" && start - 2 > clauseStart && isParticipleBeforeBy(tokens, start - 2) && !hasBreakAfter(tokens[start - 3])) {
    const described = subjectLeft(view, start - 2, clauseStart);
    if (described && described.tokEnd === start - 2) return described;
  }
  // The head is the first noun phrase's last noun: "Relations between Korea and Japan" → relations.
  let firstEnd = start;
  while (firstEnd < end && !SUBJECT_PREPS.has(tokens[firstEnd]?.lower ?? "") && tokens[firstEnd]?.lower !== "and") firstEnd++;
  let headIndex = firstEnd - 1;
  while (headIndex > start && !isHeadNoun(tokens[headIndex])) headIndex--;
  let head = headWord(tokens[headIndex] as Token);
  if (MEASURE_HEADS.has(head) && tokens[firstEnd]?.lower === "of") {
    const inner = nounPhraseRight(view, firstEnd + 1, end);
    if (inner) head = inner.head;
  }
  return { tokStart: start, tokEnd: end, head, text: phraseText(view, start, end) };
}

/** Prepositional phrases right of `at`: each preposition with its noun phrase, until a break or a verb. */
export function prepositionalPhrases(view: SentenceView, at: number, limit: number, max = 3): Array<{ prep: string; phrase: Phrase }> {
  const out: Array<{ prep: string; phrase: Phrase }> = [];
  let k = at;
  while (k < limit && out.length < max) {
    const t = view.tokens[k] as Token;
    if (!PHRASE_PREPS.has(t.lower) && t.lower !== "by" && t.lower !== "and") break;
    if (t.lower === "and") {
      // "new markets in the Middle East and Asean countries": the conjunct shares the preposition.
      const last = out[out.length - 1];
      const phrase = nounPhraseRight(view, k + 1, limit);
      if (!last || !phrase || isVerb(view.tokens[k + 1])) break;
      out.push({ prep: last.prep, phrase });
      k = phrase.tokEnd;
      continue;
    }
    // "to counter Washington's tariffs" is a purpose, not a phrase of the noun before it.
    if (t.lower === "to" && PURPOSE_WORDS.has(view.tokens[k + 1]?.lower ?? "")) break;
    // The comparator belongs to the figure ("of more than 1,000 flights"); the phrase starts at the amount.
    const skip = COMPARATORS_BEFORE.find((w) => w.every((x, j) => view.tokens[k + 1 + j]?.lower === x) && view.tokens[k + 1 + w.length]?.tags.has("Value"))?.length ?? 0;
    const phrase = nounPhraseRight(view, k + 1 + skip, limit);
    if (!phrase) break;
    out.push({ prep: t.lower, phrase });
    k = phrase.tokEnd;
    if (hasBreakAfter(view.tokens[k - 1])) break;
  }
  return out;
}

export function entitiesIn(view: SentenceView, from: number, to: number): EntitySpan[] {
  return view.entities.filter((e) => e.tokStart < to && e.tokEnd > from);
}

/** A head word normalised for comparing mentions: root, then the lexicon's synonyms. */
export function headWord(t: Token): string {
  const synonyms = triggerIndex().themeSynonyms;
  const base = t.root || t.lower;
  return synonyms.get(base) ?? synonyms.get(t.lower) ?? base;
}

function isHeadNoun(t: Token | undefined): boolean {
  return !!t && (t.tags.has("Noun") || t.tags.has("Value")) && !t.tags.has("Possessive") && !t.tags.has("Pronoun");
}

/** Text of a phrase without leading determiners, as a label part. */
export function phraseText(view: SentenceView, from: number, to: number): string {
  let a = from;
  while (a < to && DETERMINERS.has(view.tokens[a]?.lower ?? "")) a++;
  const first = view.tokens[a];
  const last = view.tokens[to - 1];
  if (!first || !last || a >= to) return "";
  return view.sentence.text
    .slice(first.start - view.sentence.start, last.end - view.sentence.start)
    .replace(/\s+/g, " ")
    .trim();
}

/** Modifier words before a noun trigger, for the label ("export" curbs, "Korea-Japan" summit). */
export function modifierText(view: SentenceView, from: number, to: number): string {
  // Words are cut from the text, not joined, so "Korea-Japan" keeps its hyphen.
  const keep = (t: Token): boolean => !(DETERMINERS.has(t.lower) || GENERIC_ADJECTIVES.has(t.lower) || t.tags.has("Possessive"));
  let a = from;
  while (a < to && !keep(view.tokens[a] as Token)) a++;
  let b = to;
  while (b > a && !keep(view.tokens[b - 1] as Token)) b--;
  if (a >= b) return "";
  const first = view.tokens[a] as Token;
  const last = view.tokens[b - 1] as Token;
  return view.sentence.text.slice(first.start - view.sentence.start, last.end - view.sentence.start).replace(/\s+/g, " ");
}

export const isDeterminer = (t: Token | undefined): boolean => !!t && DETERMINERS.has(t.lower);

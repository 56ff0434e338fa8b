// The noun phrase a figure measures, read off the words next to it: "15 industrial complexes",
// "300 trillion won in investment for construction", "Exports fell 5 percent" (→ "fall in exports").
// A part-of-speech tagger would do this better, but compromise's costs ~100 ms per 1,000 words;
// the words around a number are few and regular enough for lexicon rules (data/lexicons/figures.json:
// stop words, plural heads, partitive heads, change verbs).
import lexicon from "../../data/lexicons/figures.json" with { type: "json" };
import type { Span } from "./types.ts";

export interface Word extends Span {
  text: string;
}

const STOP = new Set([...lexicon.stopWords, ...lexicon.verbsNotMeasures]);
const IRREGULAR_PLURALS = new Set(lexicon.irregularPlurals);
const NOT_PLURAL = new Set(lexicon.notPlural);
const PARTITIVE = new Set(lexicon.partitiveHeads);
const TIME_NOUNS = new Set(lexicon.timeNouns);
const INTERNAL_PREPOSITIONS = new Set(["of", "to", "in", "for", "from", "on", "between", "among"]);
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"]);

const WORD = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*/gu;
const CLEAN_GAP = /^[ \u00a0]*$/;

/** Words from `from` on, while only spaces separate them (punctuation ends the run), up to `limit`. */
export function wordsAfter(text: string, from: number, limit: number, max = 12): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  let previous = from;
  for (let m = WORD.exec(text); m && m.index < limit && out.length < max; m = WORD.exec(text)) {
    if (!CLEAN_GAP.test(text.slice(previous, m.index))) break;
    let end = m.index + m[0].length;
    // "U.S." keeps its final dot.
    if (/^(?:\p{L}\.)+\p{L}$/u.test(m[0]) && text[end] === ".") end++;
    if (end > limit) break;
    out.push({ start: m.index, end, text: text.slice(m.index, end) });
    previous = end;
  }
  return out;
}

/** Words ending at `to`, nearest first, while only spaces separate them, not before `floor`. */
export function wordsBefore(text: string, to: number, floor: number, max = 10): Word[] {
  const window = text.slice(floor, to);
  const all: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(window); m; m = WORD.exec(window)) {
    let end = m.index + m[0].length;
    if (/^(?:\p{L}\.)+\p{L}$/u.test(m[0]) && window[end] === ".") end++;
    all.push({ start: floor + m.index, end: floor + end, text: window.slice(m.index, end) });
  }
  const out: Word[] = [];
  let next = to;
  for (let i = all.length - 1; i >= 0 && out.length < max; i--) {
    const w = all[i] as Word;
    if (!CLEAN_GAP.test(text.slice(w.end, next))) break;
    out.push(w);
    next = w.start;
  }
  return out;
}

const lower = (w: Word | string) => (typeof w === "string" ? w : w.text).toLowerCase();
export const isStop = (w: Word) => STOP.has(lower(w));
const isNumeric = (w: Word) => /\d/.test(w.text);
export const isContent = (w: Word) => !isStop(w) && !isNumeric(w);

export function isPlural(w: Word): boolean {
  const l = lower(w);
  if (IRREGULAR_PLURALS.has(l)) return true;
  if (NOT_PLURAL.has(l) || l.length < 3) return false;
  if (/['’]s$|ss$|us$|is$|ous$/.test(l)) return false;
  return /\p{L}s$/u.test(l);
}

export const isTimeNoun = (w: Word) => TIME_NOUNS.has(lower(w));

export interface Phrase extends Span {
  text: string;
}

const phraseOf = (text: string, words: Word[]): Phrase | undefined => {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return undefined;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end).replace(/[ \u00a0]+/g, " ") };
};

/**
 * What a count counts: the words after the number up to the first plural head (and any plurals
 * right after it: "sales offices"), plus an "of" phrase after a partitive head ("tons of rice").
 * Undefined without a plural head: "5 died" and "3 p.m." count nothing.
 */
export function countedNoun(text: string, from: number, limit: number): { phrase: Phrase; head: Word } | undefined {
  const words = wordsAfter(text, from, limit);
  const taken: Word[] = [];
  let head: Word | undefined;
  for (let i = 0; i < words.length && taken.length < 6; i++) {
    const w = words[i] as Word;
    if (!isContent(w)) break;
    taken.push(w);
    if (isPlural(w)) {
      head = w;
      while (i + 1 < words.length && isPlural(words[i + 1] as Word) && isContent(words[i + 1] as Word)) {
        head = words[++i] as Word;
        taken.push(head);
      }
      break;
    }
  }
  if (!head) return undefined;
  let phraseWords = taken;
  const next = words[words.indexOf(head) + 1];
  if (PARTITIVE.has(lower(head)) && next && lower(next) === "of") {
    const tail = contentRun(words.slice(words.indexOf(next) + 1), 3);
    if (tail.length > 0) phraseWords = [...taken, next, ...tail];
  }
  const phrase = phraseOf(text, phraseWords);
  return phrase ? { phrase, head } : undefined;
}

function contentRun(words: Word[], max: number): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    if (!isContent(w) || out.length >= max) break;
    out.push(w);
  }
  return out;
}

/**
 * A noun phrase right after `from`: optionally introduced by one of `introducers` ("in", "of",
 * "worth of"), a leading determiner skipped, up to four content words, and one "for"/"of"/"in"
 * phrase of up to three ("investment for construction", "economy in the world").
 */
export function nounPhraseAfter(
  text: string,
  from: number,
  limit: number,
  introducers: readonly string[] = [],
  /** Skip a determiner even without an introducer (a sentence's opening noun phrase). */
  openingDeterminer = false,
): { phrase: Phrase; introducer?: Word; determiner?: Word } | undefined {
  const words = wordsAfter(text, from, limit);
  let i = 0;
  let introducer: Word | undefined;
  for (const intro of [...introducers].sort((a, b) => b.split(" ").length - a.split(" ").length)) {
    const parts = intro.split(" ");
    if (parts.every((p, k) => words[k] && lower(words[k] as Word) === p)) {
      introducer = words[parts.length - 1];
      i = parts.length;
      break;
    }
  }
  let determiner: Word | undefined;
  if (words[i] && DETERMINERS.has(lower(words[i] as Word)) && (introducer || openingDeterminer)) determiner = words[i++];
  const base = contentRun(words.slice(i), 4);
  if (base.length === 0) return undefined;
  let taken = base;
  const after = words[i + base.length];
  if (after && ["for", "of", "in", "among"].includes(lower(after))) {
    let j = i + base.length + 1;
    if (words[j] && lower(words[j] as Word) === "the") j++;
    const tail = contentRun(words.slice(j), 3);
    if (tail.length > 0) taken = words.slice(i, j + tail.length);
  }
  const phrase = phraseOf(text, taken);
  return phrase ? { phrase, ...(introducer ? { introducer } : {}), ...(determiner ? { determiner } : {}) } : undefined;
}

/**
 * The noun phrase that ends right before `to` ("Korea's exports to China" before "fell"): content
 * words, across one internal preposition between content words, stopping at a determiner, a verb
 * of saying, a clause break or `floor`. Up to seven words.
 */
export function nounPhraseBefore(text: string, to: number, floor: number): { phrase: Phrase; determiner?: Word } | undefined {
  const words = wordsBefore(text, to, floor);
  const taken: Word[] = [];
  let determiner: Word | undefined;
  for (let i = 0; i < words.length && taken.length < 7; i++) {
    const w = words[i] as Word;
    if (isContent(w)) {
      taken.unshift(w);
      continue;
    }
    const previous = words[i + 1];
    if (INTERNAL_PREPOSITIONS.has(lower(w)) && taken.length > 0 && previous && isContent(previous)) {
      taken.unshift(w);
      continue;
    }
    if (DETERMINERS.has(lower(w))) determiner = w;
    break;
  }
  while (taken[0] && !isContent(taken[0])) taken.shift();
  const phrase = phraseOf(text, taken);
  return phrase ? { phrase, ...(determiner ? { determiner } : {}) } : undefined;
}

// Finds every date expression of an article and normalises it against the publication date.
// The grammar is date-grammar.ts (its words in data/lexicons/dates.json); this module decides which
// matches are dates in context — a bare "May" is a modal or a name, "1900 tons" is a quantity,
// "Flight 2020" a label — and whether the clause points forward ("will meet on Monday").
import {
  CORE_NAMES,
  DATE_LEXICON,
  DATE_PATTERN,
  FORWARD_PREPOSITIONS,
  FUTURE_CUES,
  MONTHS_NEEDING_CONTEXT,
  OPEN_END_PREPOSITIONS,
  PAST_AFTER_MODAL,
  PAST_BEFORE_CUE,
  PAST_ED_VERB,
  PAST_WORD,
  PASSIVE_BE,
  WEAK_CUES,
  NAMED_PERIOD_PATTERN,
  escapeRegex,
  squash,
  type CoreName,
} from "./date-grammar.ts";
import { normalizeDate } from "./normalize-date.ts";
import FIGURE_LEXICON from "../../data/lexicons/figures.json" with { type: "json" };
import type { DateMention, DraftContext, Sentence, Span } from "./types.ts";

const CORE_GROUP_OFFSET = 4;
const SPAN_PREPOSITIONS = new Set(DATE_LEXICON.prepositions.map((w) => w.toLowerCase()));
const NUMBER_LABELS = new Set(DATE_LEXICON.numberLabels);
const YEAR_FOLLOWERS = new RegExp(
  `^[ \\u00a0]*(?:${[...DATE_LEXICON.yearFollowers, "thousand", "million", "billion", "trillion"]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join("|")})(?![\\p{L}])`,
  "u",
);
/** Cores that leave the year, month or direction open, so a forward-looking clause matters. */
const DIRECTIONAL: ReadonlySet<CoreName> = new Set(["weekday", "month", "monthDay", "dayMonth", "theDayOfMonth", "monthDayRange", "partAlone"]);
/** Cores that name a stretch counted back from now: "the last year" is a duration, not a date. */
const SHIFTED: ReadonlySet<CoreName> = new Set(["shiftPeriod", "shiftMonth", "shiftSeason"]);
const CLAUSE_BREAK = /[,;:()"“”—–]/g;

interface Candidate extends Span {
  future: boolean;
  past?: boolean;
  named?: boolean;
}

/** Day-and-month cores with no year: a clause in the past takes the last one, not the nearest. */
const DAY_AND_MONTH: ReadonlySet<CoreName> = new Set(["monthDay", "dayMonth", "theDayOfMonth"]);

export function detectDates(ctx: DraftContext): DateMention[] {
  return sharedDates(ctx).map((d) => ({ ...d }));
}

// The figure stage needs the dates too (a year is never a figure): one computation per context.
const CACHE = new WeakMap<DraftContext, { text: string; datePublished: string; dates: readonly DateMention[] }>();

/** The context's dates, computed once; callers must not change them (detectDates hands out copies). */
export function sharedDates(ctx: DraftContext): readonly DateMention[] {
  const cached = CACHE.get(ctx);
  if (cached && cached.text === ctx.text && cached.datePublished === ctx.datePublished) return cached.dates;
  const dates = findDates(ctx);
  CACHE.set(ctx, { text: ctx.text, datePublished: ctx.datePublished, dates });
  return dates;
}

function findDates(ctx: DraftContext): DateMention[] {
  const { text } = ctx;
  const candidates: Candidate[] = [];
  DATE_PATTERN.lastIndex = 0;
  for (let m = DATE_PATTERN.exec(text); m; m = DATE_PATTERN.exec(text)) {
    const coreIndex = m.slice(CORE_GROUP_OFFSET).findIndex((g) => g !== undefined);
    const core = CORE_NAMES[coreIndex];
    if (!core) continue;
    const start = m.index;
    const end = start + m[0].length;
    const context = { preposition: m[1], around: m[2], qualifier: m[3] };
    if (!isDateInContext(text, start, end, core, m[CORE_GROUP_OFFSET + coreIndex] ?? "", context)) {
      // A rejected "the 2018" must not hide a date that starts inside it.
      DATE_PATTERN.lastIndex = start + 1;
      continue;
    }
    // "hurt by 2019 curbs", "in Monday's vote": the date modifies a noun and the preposition belongs
    // to the noun phrase, not to the date ("by" would wrongly bound it).
    const preposition = m[1];
    const spanStart = preposition && modifiesNoun(text, end) ? skipSpaces(text, start + preposition.length) : start;
    const kept = spanStart === start ? squash(preposition ?? "").toLowerCase() : "";
    const directional = DIRECTIONAL.has(core);
    // "until at least Monday" runs on into the future; "stays until March" too, unless the clause is past.
    const forward = directional && (FORWARD_PREPOSITIONS.has(kept) || (OPEN_END_PREPOSITIONS.has(kept) && !inPastClause(ctx, spanStart, end)));
    const future = directional && (forward || pointsForward(ctx, spanStart, end));
    const past = !future && DAY_AND_MONTH.has(core) && pastBefore(ctx, spanStart);
    candidates.push({ start: spanStart, end, future, ...(past ? { past: true } : {}) });
  }
  NAMED_PERIOD_PATTERN.lastIndex = 0;
  for (let m = NAMED_PERIOD_PATTERN.exec(text); m; m = NAMED_PERIOD_PATTERN.exec(text)) {
    const preposition = m[1] ?? "";
    const keep = SPAN_PREPOSITIONS.has(squash(preposition).toLowerCase());
    const start = keep ? m.index : m.index + m[0].length - (m[2] ?? "").length;
    candidates.push({ start, end: m.index + m[0].length, future: false, named: true });
  }

  const mentions: DateMention[] = [];
  for (const c of chooseNonOverlapping(candidates)) {
    const phrase = text.slice(c.start, c.end);
    if (c.named) {
      mentions.push({ start: c.start, end: c.end, text: phrase, confidence: 0.6 });
      continue;
    }
    const normalized = normalizeDate(phrase, ctx.datePublished, { future: c.future, ...(c.past ? { past: true } : {}) });
    if (!normalized) continue;
    mentions.push({ start: c.start, end: c.end, text: phrase, ...normalized });
  }
  return mentions;
}

const NOT_A_NOUN = new Set([...FIGURE_LEXICON.stopWords, ...FIGURE_LEXICON.verbsNotMeasures]);

function modifiesNoun(text: string, end: number): boolean {
  const next = /^(?:(['’]s)(?![\p{L}])|[ \u00a0]+(\p{Ll}[\p{L}-]*))/u.exec(text.slice(end, end + 40));
  if (!next) return false;
  if (next[1]) return true;
  return !NOT_A_NOUN.has(next[2] ?? "");
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (/[ \u00a0]/.test(text[i] ?? "")) i++;
  return i;
}

/** Longest first (ties: earliest), then back in text order. */
function chooseNonOverlapping<T extends Span>(candidates: T[]): T[] {
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: T[] = [];
  for (const c of byLength) {
    if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function isDateInContext(
  text: string,
  start: number,
  end: number,
  core: CoreName,
  coreText: string,
  context: { preposition?: string; around?: string; qualifier?: string },
): boolean {
  const introduced = Boolean(context.preposition || context.around || context.qualifier);
  const before = text.slice(Math.max(0, start - 40), start);
  if (core === "month" && !introduced && MONTHS_NEEDING_CONTEXT.has(coreText)) return false;
  if (core === "thePeriod" && !context.qualifier) return false;
  // "over the last year", "in the next month": a duration up to or from now, not a date.
  if (SHIFTED.has(core) && !introduced && /(?:^|[^\p{L}])[Tt]he[ \u00a0]+$/u.test(before)) return false;
  if (core === "year" || core === "yearRange" || core === "fiscalYear") {
    if (YEAR_FOLLOWERS.test(text.slice(end, end + 30))) return false;
    if (/^[-–]\d|^[:/]\d|^\.\d/.test(text.slice(end, end + 2))) return false;
  }
  if (core === "year" && !introduced) {
    const previous = /([\p{L}\p{N}.'’]+)[ \u00a0]+$/u.exec(before)?.[1] ?? "";
    if (NUMBER_LABELS.has(previous)) return false;
    if (/\d[,.]?$/.test(before)) return false;
    if (isNameWord(previous, text, start - (before.length - before.lastIndexOf(previous)))) return false;
  }
  return true;
}

const FUNCTION_WORDS = new Set(["the", "a", "an", "in", "since", "by", "from", "and", "or", "to", "of", "for", "until", "after", "before", "this", "that", "its", "his", "her", "their", "our", "between", "during", "through", "at", "on", "as", "than", "with", "late", "early", "mid", "fiscal", "year", "but", "while", "when", "if", "because", "per", "last"]);

/** A capitalised word inside a sentence that is no function word, no possessive, no abbreviation:
 * the number after it belongs to a name ("Busan Expo 2030", "Vision 2030"). */
function isNameWord(previous: string, text: string, at: number): boolean {
  if (!/^\p{Lu}/u.test(previous)) return false;
  if (/['’]s?$/.test(previous) || previous.endsWith(".")) return false;
  if (FUNCTION_WORDS.has(previous.toLowerCase())) return false;
  if (/^\p{Lu}+$/u.test(previous) && previous.length <= 4 && previous !== "ROK") return false;
  const lead = text.slice(Math.max(0, at - 3), at);
  // Sentence-initial capital: only a function word or a name can stand there; months and days are dates' own.
  return !/(?:^|[.!?]["”]?[ \u00a0]+|\n)$/.test(lead);
}

/**
 * Does the clause around the date look forward? A cue ("will", "is scheduled", "plans to") between
 * the clause's start and the date, or — for a date that opens its sentence ("On Monday, the leaders
 * will meet") — in the clause after it. A cue that is itself past ("had been expected to", "could
 * have") or that a past verb follows before the date ("a ruling that would allow it was issued on
 * Wednesday") does not count.
 */
function pointsForward(ctx: DraftContext, start: number, end: number): boolean {
  const sentence = sentenceAt(ctx.sentences, start) ?? { start: 0, end: ctx.text.length };
  const head = ctx.text.slice(sentence.start, start);
  const clause = head.slice(clauseStartIn(head));
  if (forwardIn(clause)) return true;
  if (head.trim() === "") {
    const tail = ctx.text.slice(end, sentence.end);
    const nextBreak = tail.slice(1).search(/[;:()"“”—–]/);
    return forwardIn(nextBreak >= 0 ? tail.slice(0, nextBreak + 1) : tail);
  }
  return false;
}

function clauseStartIn(head: string): number {
  let clauseStart = 0;
  for (const m of head.matchAll(CLAUSE_BREAK)) clauseStart = (m.index ?? 0) + 1;
  return clauseStart;
}

/** The last future cue of `clause` stands, not made past by the words around it. */
function forwardIn(clause: string): boolean {
  let last: RegExpExecArray | undefined;
  FUTURE_CUES.lastIndex = 0;
  for (let m = FUTURE_CUES.exec(clause); m; m = FUTURE_CUES.exec(clause)) last = m;
  if (!last) return false;
  // The date itself follows the clause: "talks collapsed | on Tuesday".
  const after = `${clause.slice(last.index + last[0].length).trimEnd()} on`;
  const before = clause.slice(0, last.index);
  if (WEAK_CUES.has(last[0].toLowerCase()) ? PAST_ED_VERB.test(before) : PAST_BEFORE_CUE.test(before)) return false;
  if (PAST_AFTER_MODAL.test(after)) return false;
  return !PAST_WORD.test(after) && (PASSIVE_BE.test(after) || !PAST_ED_VERB.test(after));
}

/** The clause up to the date is in the past and no future cue follows the past word. */
function pastBefore(ctx: DraftContext, start: number): boolean {
  const sentence = sentenceAt(ctx.sentences, start) ?? { start: 0, end: ctx.text.length };
  const head = ctx.text.slice(sentence.start, start);
  const clause = head.slice(clauseStartIn(head));
  if (forwardIn(clause)) return false;
  // "The deal, signed on March 3": a participle right before the date is enough.
  return PAST_WORD.test(clause) || PAST_ED_VERB.test(`${clause.trimEnd()} on`);
}

/** The date's clause, before and after it up to the next break, holds a past word. */
function inPastClause(ctx: DraftContext, start: number, end: number): boolean {
  const sentence = sentenceAt(ctx.sentences, start) ?? { start: 0, end: ctx.text.length };
  const head = ctx.text.slice(sentence.start, start);
  const tail = ctx.text.slice(end, sentence.end);
  const nextBreak = tail.search(/[,;:()"“”—–]/);
  const clause = `${head.slice(clauseStartIn(head))} ${nextBreak >= 0 ? tail.slice(0, nextBreak) : tail}`;
  return PAST_WORD.test(clause) || PAST_ED_VERB.test(clause);
}

function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

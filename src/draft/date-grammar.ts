// The grammar of date expressions, compiled once from data/lexicons/dates.json: the detector
// (detect-dates.ts) searches the text with it and the normaliser (normalize-date.ts) reads each
// expression it found with the same pieces, so the two can never disagree about what a date is.
//
// Written by hand rather than taken from chrono-node or compromise-dates: both resolve a bare month
// forward ("In October" in a March article → next October), neither keeps the qualifier layer
// ("in late 2018", "by 2042"), and compromise's full tagging costs ~100 ms per 1,000 words — the
// whole budget of the draft. A lexicon-driven regular grammar does the job in well under that.
import lexicon from "../../data/lexicons/dates.json" with { type: "json" };
import numbers from "../../data/lexicons/figure-numbers.json" with { type: "json" };
import type { DateQualifier } from "../model/vocabulary.ts";

export const DATE_LEXICON = lexicon;

/** Runs of ordinary or no-break spaces (news text keeps U+00A0). Never a line break. */
export const S = "[ \\u00a0]+";
const SO = "[ \\u00a0]*";

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A phrase whose first letter may be capitalised (sentence start); spaces match any run. */
export function phrase(text: string): string {
  const head = text[0] ?? "";
  const rest = escapeRegex(text.slice(1)).replace(/ /g, S);
  const lower = head.toLowerCase();
  const upper = head.toUpperCase();
  return (lower !== upper ? `[${upper}${lower}]` : escapeRegex(head)) + rest;
}

/** Longest first, so that an alternation never stops at a prefix ("Sept." before "Sep."). */
export function alternation(words: Iterable<string>, make: (w: string) => string = phrase): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${sorted.map(make).join("|")})`;
}

const exact = (w: string) => escapeRegex(w).replace(/ /g, S);
/** Words ending in a letter must not run on into a longer word ("Mar" in "Mark"). */
const word = (w: string) => (/[\p{L}\p{N}]$/u.test(w) ? `${exact(w)}(?![\\p{L}\\p{N}])` : exact(w));
const wordPhrase = (w: string) => (/[\p{L}\p{N}]$/u.test(w) ? `${phrase(w)}(?![\\p{L}\\p{N}])` : phrase(w));

export const MONTHS: Record<string, number> = lexicon.months;
export const WEEKDAYS: Record<string, number> = lexicon.weekdays;
export const MONTHS_NEEDING_CONTEXT = new Set(lexicon.monthsNeedingContext);

const MONTH = alternation(Object.keys(MONTHS), word);
const WEEKDAY = alternation(Object.keys(WEEKDAYS), word);
const DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])";
const ORDINAL_DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)";
/** 1800–2100: the years news writes about; other four-digit numbers are quantities. */
export const YEAR = "(?:1[89]\\d\\d|20\\d\\d|2100)(?![\\p{N}]|[.,]\\d)";
const TIME_OF_DAY = `(?:${S}${alternation(lexicon.timesOfDay, word)})?`;
const SHIFT = alternation(Object.keys(lexicon.shifts), wordPhrase);
const PERIOD = alternation(lexicon.periods, word);
const SEASON = alternation([...Object.keys(lexicon.seasons), "winter"], word);
const NUMBER_WORD = alternation([...Object.keys(numbers.units), ...Object.keys(numbers.tens), "a", "an"], wordPhrase);
const AGO_UNIT = alternation(Object.keys(lexicon.agoUnits).map((u) => `${u}s`).concat(Object.keys(lexicon.agoUnits)), word);

export const PREPOSITION = alternation(lexicon.prepositions, wordPhrase);
export const AROUND = alternation(lexicon.around, wordPhrase);
const QUALIFIER_WORDS = [...Object.keys(lexicon.qualifiers), ...Object.keys(lexicon.parts)];
/** "mid-" attaches to what follows; every other qualifier is a word or ends in "of". */
export const QUALIFIER = alternation(QUALIFIER_WORDS, (w) => (w.endsWith("-") ? phrase(w) : wordPhrase(w)));

/**
 * The core forms, tried in this order at each position (the first that matches wins, so longer
 * and more specific forms come first). Every source uses only non-capturing groups.
 */
export const CORES = {
  iso: `\\d{4}-\\d{2}-\\d{2}(?!\\d)|\\d{4}[/.]\\d{1,2}[/.]\\d{1,2}(?![\\d])`,
  monthDayRange: `${MONTH}${SO}(?:[12]\\d|3[01]|0?[1-9])${SO}[-–]${SO}${DAY}(?:,?${S}${YEAR})?`,
  theDayOfMonth: `${phrase("the")}${S}${ORDINAL_DAY}${S}of${S}${MONTH}(?:,?${S}${YEAR})?`,
  monthDay: `(?:${WEEKDAY},?${S})?${MONTH}${SO}${DAY}(?:,?${S}${YEAR})?`,
  dayMonth: `(?:${WEEKDAY},?${S})?${DAY}${S}${MONTH}(?:,?${S}${YEAR})?`,
  monthRange: `(?:${phrase("the")}${S})?${MONTH}${SO}[-–]${SO}${MONTH}(?:${S}(?:quarter|period|half))?(?:(?:,?${S}|${S}of${S})${YEAR})?`,
  monthYear: `${MONTH}(?:,?${S}|${S}of${S})${YEAR}`,
  // "in March next year", "June of last year": the month of a year named relative to publication.
  monthShiftYear: `${MONTH}(?:,?${S}|${S}of${S})${SHIFT}${S}year(?![\\p{L}])`,
  quarterCode: `(?:Q[1-4]|[1-4]Q|H[12])(?:${S}of)?${S}${YEAR}`,
  // "in the first quarter" with no year; "the first quarter of 2023" is a qualifier on a year instead.
  partAlone: `${alternation(Object.keys(lexicon.partsAlone), wordPhrase)}(?!${S}of(?![\\p{L}]))(?![\\p{L}\\p{N}-])`,
  fiscalYear: `${alternation(lexicon.fiscal, wordPhrase)}${SO}${YEAR}|FY\\d{2}(?!\\d)`,
  shiftMonth: `${SHIFT}${S}${MONTH}`,
  shiftSeason: `${SHIFT}${S}${SEASON}`,
  weekday: `(?:${SHIFT}${S})?${WEEKDAY}${TIME_OF_DAY}`,
  relativeDay: `${alternation(Object.keys(lexicon.relativeDays), wordPhrase)}${TIME_OF_DAY}`,
  withinPeriod: `${alternation(lexicon.withinPeriod, wordPhrase)}${S}${alternation(lexicon.withinPeriodLinks, wordPhrase)}${S}${PERIOD}`,
  yearEnd: `${alternation(lexicon.yearEnd, wordPhrase)}(?![\\p{L}-])`,
  shiftPeriod: `${SHIFT}${S}${PERIOD}`,
  thePeriod: `the${S}(?:year|month|week)(?![\\p{L}\\p{N}])`,
  ago: `(?:${NUMBER_WORD}|\\d{1,2})${S}${AGO_UNIT}${S}ago(?![\\p{L}])`,
  decade: `(?:${phrase("the")}${S})?(?:(?:early|mid|late)[- ]?)?(?:1[89]\\d0|20\\d0)s(?![\\p{L}])|(?:${phrase("the")}${S})?['’]\\d0s(?![\\p{L}])`,
  yearRange: `${YEAR}${SO}[-–/]${SO}(?:1[89]\\d\\d|20\\d\\d|\\d{2})(?![\\p{N}])`,
  year: YEAR,
  month: MONTH,
} as const;

export type CoreName = keyof typeof CORES;
export const CORE_NAMES = Object.keys(CORES) as CoreName[];

/** Each core anchored, for the normaliser. */
export const ANCHORED_CORES: Array<[CoreName, RegExp]> = CORE_NAMES.map((name) => [name, new RegExp(`^(?:${CORES[name]})$`, "u")]);

const BEFORE = "(?<![\\p{L}\\p{N}_$€£¥₩#@'’/-])";
const AFTER = "(?![\\p{L}\\p{N}])";

/**
 * The detector's pattern: optional preposition, "around", qualifier, then one core. Group 1 is the
 * preposition, 2 "around", 3 the qualifier, 4… the cores in CORE_NAMES order.
 */
export const DATE_PATTERN = new RegExp(
  `${BEFORE}(?:(${PREPOSITION})${S})?(?:(${AROUND})${S})?(?:(${QUALIFIER})${SO})?` +
    `(?:${CORE_NAMES.map((n) => `(${CORES[n]})`).join("|")})` +
    // A month abbreviation or "Sept." may end in a dot, which is not a word character.
    `(?:(?<=\\.)|${AFTER})`,
  "gu",
);

export const NAMED_PERIOD_PATTERN = new RegExp(
  `${BEFORE}(${alternation(lexicon.periodPrepositions, wordPhrase)})${S}(${alternation(lexicon.namedPeriods, wordPhrase)})${AFTER}`,
  "gu",
);

export const FUTURE_CUE = new RegExp(`(?<![\\p{L}'])${alternation(lexicon.futureCues, wordPhrase)}`, "u");
export const FUTURE_CUES = new RegExp(FUTURE_CUE.source, "gu");
export const WEAK_CUES = new Set(lexicon.weakCues.map((w) => w.toLowerCase()));
export const FORWARD_PREPOSITIONS = new Set(lexicon.forwardPrepositions.map((w) => w.toLowerCase()));
export const OPEN_END_PREPOSITIONS = new Set(lexicon.openEndPrepositions.map((w) => w.toLowerCase()));
const PAST = lexicon.pastMarkers;
const NOT_AFTER_BE = `(?<!(?:${PAST.passiveBefore.map(escapeRegex).join("|")})${S})`;
/** A word or phrase that puts its clause in the past ("was", "had not", "told"; not "will be paid"). */
export const PAST_WORD = new RegExp(`(?<![\\p{L}'’])(?:${alternation(PAST.words, wordPhrase)}|${NOT_AFTER_BE}${alternation(PAST.verbs, wordPhrase)})`, "u");
/** After a modal: "could have", "would not have". */
export const PAST_AFTER_MODAL = new RegExp(`^${SO}${alternation(PAST.afterModal, wordPhrase)}`, "u");
/** Right before a future cue: "was expected to", "had been scheduled". */
export const PAST_BEFORE_CUE = new RegExp(`(?<![\\p{L}'’])${alternation(PAST.words, wordPhrase)}(?:${S}been)?${S}$`, "u");
/** A lower-case -ed verb (not -eed, not one that looks forward) followed by a function word, not after a form of be. */
export const PAST_ED_VERB = new RegExp(
  `(?<![\\p{L}'’])${NOT_AFTER_BE}(?!\\p{L}*eed(?![\\p{L}])|${alternation(PAST.edNotPast, word)})\\p{Ll}{2,}ed(?=${S}(?:${alternation(PAST.functionAfter, word)}|\\d))`,
  "u",
);
/** A form of be: after a future cue it makes the -ed words that follow passive participles. */
export const PASSIVE_BE = /(?<![\p{L}])(?:be|been|being)(?![\p{L}])/u;

/** Preposition or qualifier at the start of an expression, anchored, for the normaliser. */
export const LEADING_PREPOSITION = new RegExp(`^(${PREPOSITION})${S}`, "u");
export const LEADING_AROUND = new RegExp(`^(${AROUND})${S}`, "u");
export const LEADING_QUALIFIER = new RegExp(`^(${QUALIFIER})${SO}`, "u");

const lowerKeys = <T>(record: Record<string, T>): Map<string, T> =>
  new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v]));

export const QUALIFIER_OF: Map<string, DateQualifier> = lowerKeys(lexicon.qualifiers as Record<string, DateQualifier>);
/** Month ranges of the lexicon ([first, last], inclusive). */
const monthRanges = (record: Record<string, number[]>, lower = true): Map<string, [number, number]> =>
  new Map(Object.entries(record).map(([k, [from = 1, to = 12]]) => [lower ? k.toLowerCase() : k, [from, to]]));

export const PART_MONTHS = monthRanges(lexicon.parts);
export const QUARTER_CODES = monthRanges(lexicon.quarterCodes, false);
export const PARTS_ALONE = monthRanges(lexicon.partsAlone);
export const SEASON_MONTHS = monthRanges(lexicon.seasons);
export const SHIFTS: Map<string, number> = lowerKeys(lexicon.shifts);
export const RELATIVE_DAYS: Map<string, number> = lowerKeys(lexicon.relativeDays);
export const AGO_UNITS: Map<string, { precision: string; days?: number; months?: number; years?: number }> = lowerKeys(
  lexicon.agoUnits as Record<string, { precision: string; days?: number; months?: number; years?: number }>,
);
export const END_BOUND = new Set(lexicon.endBound.map((w) => w.toLowerCase()));
export const AROUND_WORDS = new Set(lexicon.around.map((w) => w.toLowerCase()));
export const NUMBER_WORDS: Map<string, number> = new Map([
  ...Object.entries(numbers.units),
  ...Object.entries(numbers.tens),
  ["a", 1],
  ["an", 1],
]);

/** Collapses no-break and repeated spaces, the form every lexicon key is written in. */
export function squash(text: string): string {
  return text.replace(/[ \u00a0]+/g, " ").trim();
}

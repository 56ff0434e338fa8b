// Reads one date expression ("in late 2018", "Friday", "last month", "by 2042") into the format's
// value (YYYY, YYYY-MM or YYYY-MM-DD, at the precision the words allow) and qualifier, resolved
// against the publication date.
//
// Resolution of what the words leave open (documented in docs/annotation-guide.md §6 conventions):
// - a weekday ("Friday", "on Monday") is the last such day on or before publication (the day itself
//   when it is that weekday); "last Friday" is strictly before, "next Monday" strictly after,
//   "this Friday" on or after;
// - a month without a year ("In October") is the last such month on or before publication's month;
// - a day and month without a year ("March 16") is the occurrence nearest publication (ties go back):
//   news drops the year for dates within months either side of the story;
// - with `future` (the detector's reading of a "will"/"scheduled" clause) the weekday, month or day
//   resolves to the first one on or after publication instead;
// - "last week" has no week precision in the format: the month (or year) that holds the whole week;
// - parts of a year that are not a third ("the first half of 2023", "Q2") get the qualifier whose
//   months contain them (Q1 → early, Q4 → late, summer → mid) or else the whole year, less sure;
// - decades ("the 1990s"), spans of years ("2019-20") and named periods ("World War II") name no
//   single value of the format: text only.
import { DATE_QUALIFIERS, type DateQualifier } from "../model/vocabulary.ts";
import {
  addDays,
  addMonths,
  dayDiff,
  daysInMonth,
  enclosingValue,
  formatDay,
  formatMonth,
  formatYear,
  isValidDay,
  parseIsoDay,
  weekday,
  type Day,
} from "./date-calendar.ts";
import {
  AGO_UNITS,
  ANCHORED_CORES,
  AROUND_WORDS,
  END_BOUND,
  LEADING_AROUND,
  LEADING_PREPOSITION,
  LEADING_QUALIFIER,
  MONTHS,
  NUMBER_WORDS,
  PART_MONTHS,
  QUALIFIER_OF,
  PARTS_ALONE,
  QUARTER_CODES,
  RELATIVE_DAYS,
  SEASON_MONTHS,
  SHIFTS,
  WEEKDAYS,
  squash,
  type CoreName,
} from "./date-grammar.ts";

export interface NormalizedDate {
  value?: string;
  qualifier?: DateQualifier;
  confidence: number;
}

export interface NormalizeOptions {
  /** The clause points forward ("will", "is scheduled"): underspecified dates resolve forward. */
  future?: boolean;
  /** Only the past fits ("since Sept. 7"): a day and month resolve to the last one on or before publication. */
  past?: boolean;
}

type Precision = "day" | "month" | "year";

/** Prepositions after which only a time before publication makes sense. */
const PAST_ONLY = new Set(["since"]);

interface Core {
  value?: string;
  precision?: Precision;
  confidence: number;
  /** The value was widened from a week and must not take a qualifier meant for its period. */
  widened?: boolean;
  /** A qualifier the core itself carries (a season, a quarter code). */
  qualifier?: DateQualifier;
}

export function normalizeDate(text: string, datePublished: string, options: NormalizeOptions = {}): NormalizedDate | undefined {
  const published = parseIsoDay(datePublished);
  if (!published) return undefined;
  let rest = squash(text);
  let endBound = false;
  let around = false;
  const preposition = LEADING_PREPOSITION.exec(rest);
  if (preposition) {
    const word = (preposition[1] ?? "").toLowerCase();
    endBound = END_BOUND.has(word);
    around = AROUND_WORDS.has(word);
    if (PAST_ONLY.has(word)) options = { ...options, future: false, past: true };
    rest = rest.slice(preposition[0].length);
  }
  const aroundMatch = LEADING_AROUND.exec(rest);
  if (aroundMatch) {
    around = true;
    rest = rest.slice(aroundMatch[0].length);
  }
  let qualifier: DateQualifier | undefined;
  let part: [number, number] | undefined;
  const qualifierMatch = LEADING_QUALIFIER.exec(rest);
  if (qualifierMatch && !parseCore(rest, published, options)) {
    const key = squash(qualifierMatch[1] ?? "").toLowerCase();
    qualifier = QUALIFIER_OF.get(key);
    part = qualifier ? undefined : PART_MONTHS.get(key);
    rest = rest.slice(qualifierMatch[0].length);
  }
  const parsed = parseCore(rest, published, options);
  if (!parsed) return undefined;
  const [name, core] = parsed;
  if (name === "thePeriod" && !qualifier && !part && !endBound) return undefined;
  if (core.value === undefined) return { confidence: core.confidence };

  let confidence = core.confidence;
  let result: DateQualifier | undefined;
  if (core.precision === "year" && part && !core.widened) {
    result = containingThird(part);
    confidence = Math.min(confidence, result ? 0.85 : 0.6);
  } else if (part) {
    confidence = Math.min(confidence, 0.6);
  } else if (qualifier && core.precision !== "day" && !core.widened) {
    result = qualifier;
  } else if (core.qualifier && !qualifier) {
    result = core.qualifier;
  }
  // "early Friday" is the time of day: the day stands, unqualified.
  if (endBound) result = "by";
  else if (around && !result && core.precision !== "day") result = "around";
  return { value: core.value, ...(result ? { qualifier: result } : {}), confidence: round(confidence) };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** early, mid or late when its months hold the whole range; else undefined. */
function containingThird([from, to]: [number, number]): DateQualifier | undefined {
  for (const q of ["early", "mid", "late"] as const) {
    const [a, b] = DATE_QUALIFIERS[q].months;
    if (a <= from && to <= b) return q;
  }
  return undefined;
}

function parseCore(text: string, published: Day, options: NormalizeOptions): [CoreName, Core] | undefined {
  for (const [name, pattern] of ANCHORED_CORES) {
    if (!pattern.test(text)) continue;
    const core = READERS[name](text, published, options);
    if (core) return [name, core];
  }
  return undefined;
}

const YEAR_IN = /(?<!\d)(1[89]\d\d|20\d\d|2100)(?!\d)/;
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length);
const WEEKDAY_NAMES = Object.keys(WEEKDAYS);

function monthIn(text: string): number | undefined {
  for (const name of MONTH_NAMES) {
    const at = text.indexOf(name);
    if (at >= 0 && !/[\p{L}]/u.test(text[at + name.length] ?? "")) return MONTHS[name];
  }
  return undefined;
}

function weekdayIn(text: string): number | undefined {
  for (const name of WEEKDAY_NAMES) if (text.includes(name)) return WEEKDAYS[name];
  return undefined;
}

function shiftIn(text: string): number | undefined {
  const first = text.split(" ")[0]?.toLowerCase() ?? "";
  return SHIFTS.get(first);
}

const day = (d: Day): Core => ({ value: formatDay(d), precision: "day", confidence: 0.95 });

/** The occurrence of month/day nearest publication, or the first on or after it when `future`. */
function resolveMonthDay(month: number, dayOfMonth: number, published: Day, future: boolean, wantWeekday?: number, past = false): Day | undefined {
  const candidates: Day[] = [];
  for (const year of [published.year - 1, published.year, published.year + 1]) {
    const d = { year, month, day: dayOfMonth };
    if (isValidDay(d)) candidates.push(d);
  }
  const matching = wantWeekday === undefined ? candidates : candidates.filter((d) => weekday(d) === wantWeekday);
  const pool = matching.length > 0 ? matching : candidates;
  if (future) return pool.find((d) => dayDiff(published, d) >= 0);
  if (past) return [...pool].reverse().find((d) => dayDiff(published, d) <= 0);
  let best: Day | undefined;
  for (const d of pool) {
    // Ties (exactly half a year either way) go back: news reports more than it forecasts.
    if (!best || Math.abs(dayDiff(published, d)) < Math.abs(dayDiff(published, best))) best = d;
  }
  return best;
}

function resolveMonth(month: number, published: Day, shift: number | undefined, future: boolean): { year: number; month: number } {
  let year = published.year;
  if (shift === -1) year = month < published.month ? published.year : published.year - 1;
  else if (shift === 1) year = month > published.month ? published.year : published.year + 1;
  else if (shift === 0) year = published.year;
  else if (future) year = month >= published.month ? published.year : published.year + 1;
  else year = month <= published.month ? published.year : published.year - 1;
  return { year, month };
}

function resolveWeekday(target: number, published: Day, shift: number | undefined, future: boolean): Day {
  const today = weekday(published);
  const back = (today - target + 7) % 7;
  const forward = (target - today + 7) % 7;
  if (shift === -1) return addDays(published, -(back === 0 ? 7 : back));
  if (shift === 1) return addDays(published, forward === 0 ? 7 : forward);
  if (shift === 0 || future) return addDays(published, forward);
  return addDays(published, -back);
}

/** Monday–Sunday week holding `d`, moved by `weeks`. */
function week(d: Day, weeks: number): [Day, Day] {
  const monday = addDays(d, -((weekday(d) + 6) % 7) + weeks * 7);
  return [monday, addDays(monday, 6)];
}

function numberWord(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  return NUMBER_WORDS.get(text.toLowerCase());
}

type Reader = (text: string, published: Day, options: NormalizeOptions) => Core | undefined;

const READERS: Record<CoreName, Reader> = {
  iso(text) {
    const [y, m, d] = text.split(/[-/.]/).map(Number);
    const value = { year: y ?? 0, month: m ?? 0, day: d ?? 0 };
    return isValidDay(value) ? { ...day(value), confidence: 0.98 } : undefined;
  },
  monthDayRange(text, published, options) {
    const month = monthIn(text);
    const first = /(\d{1,2})\s*[-–]/.exec(text);
    if (month === undefined || !first) return undefined;
    const year = YEAR_IN.exec(text.replace(/^\D*\d{1,2}\s*[-–]\s*\d{1,2}/, ""))?.[1];
    if (year) return { value: formatMonth(Number(year), month), precision: "month", confidence: 0.8 };
    const resolved = resolveMonthDay(month, Number(first[1]), published, Boolean(options.future));
    return resolved ? { value: formatMonth(resolved.year, month), precision: "month", confidence: 0.7 } : undefined;
  },
  theDayOfMonth: readMonthDay,
  monthDay: readMonthDay,
  dayMonth: readMonthDay,
  monthRange(text, published, options) {
    // "the April-June quarter", "July–September 2023": a part of a year given by its months.
    const names = MONTH_NAMES.filter((n) => new RegExp(`(?<![\\p{L}])${n.replace(".", "\\.")}(?![\\p{L}])`, "u").test(text));
    const months = names.map((n) => [text.indexOf(n), MONTHS[n] ?? 0] as const).sort((a, b) => a[0] - b[0]).map(([, m]) => m);
    const from = months[0];
    const to = months[months.length - 1];
    if (from === undefined || to === undefined || to <= from) return undefined;
    const written = YEAR_IN.exec(text)?.[1];
    const year = written ? Number(written) : resolveMonth(to, published, undefined, Boolean(options.future)).year;
    const third = containingThird([from, to]);
    const confidence = (written ? 0.9 : 0.8) * (third ? 1 : 0.75);
    return { value: formatYear(year), precision: "year", confidence, ...(third ? { qualifier: third } : {}) };
  },
  monthYear(text) {
    const month = monthIn(text);
    const year = YEAR_IN.exec(text)?.[1];
    if (month === undefined || !year) return undefined;
    return { value: formatMonth(Number(year), month), precision: "month", confidence: 0.98 };
  },
  monthShiftYear(text, published) {
    const month = monthIn(text);
    const words = text.split(" ");
    const shift = SHIFTS.get((words[words.length - 2] ?? "").toLowerCase());
    if (month === undefined || shift === undefined) return undefined;
    return { value: formatMonth(published.year + shift, month), precision: "month", confidence: 0.9 };
  },
  yearEnd(_text, published) {
    return { value: formatYear(published.year), precision: "year", confidence: 0.8, qualifier: "late" };
  },
  quarterCode(text) {
    const code = text.slice(0, 2).toUpperCase();
    const months = QUARTER_CODES.get(code);
    const year = YEAR_IN.exec(text)?.[1];
    if (!months || !year) return undefined;
    const third = containingThird(months);
    return third
      ? { value: formatYear(Number(year)), precision: "year", confidence: 0.85, qualifier: third }
      : { value: formatYear(Number(year)), precision: "year", confidence: 0.6 };
  },
  fiscalYear(text) {
    const full = YEAR_IN.exec(text)?.[1];
    const short = /FY(\d{2})$/.exec(text)?.[1];
    const year = full ? Number(full) : short ? 2000 + Number(short) : undefined;
    // Fiscal years start in different months by country: the year is the label's year, less sure.
    return year ? { value: formatYear(year), precision: "year", confidence: 0.75 } : undefined;
  },
  shiftMonth(text, published) {
    const month = monthIn(text);
    if (month === undefined) return undefined;
    const { year } = resolveMonth(month, published, shiftIn(text), false);
    return { value: formatMonth(year, month), precision: "month", confidence: 0.9 };
  },
  partAlone(text, published, options) {
    const months = PARTS_ALONE.get(squash(text).toLowerCase());
    if (!months) return undefined;
    const [from] = months;
    // A part still to come this year is last year's when the clause reports it as past.
    const year = options.future || from <= published.month ? published.year : published.year - 1;
    const third = containingThird(months);
    return { value: formatYear(year), precision: "year", confidence: third ? 0.7 : 0.55, ...(third ? { qualifier: third } : {}) };
  },
  shiftSeason(text, published) {
    const words = text.split(" ");
    const shift = shiftIn(text) ?? 0;
    const months = SEASON_MONTHS.get((words[words.length - 1] ?? "").toLowerCase());
    if (!months) return { confidence: 0.5 };
    const [from, to] = months;
    let year = published.year;
    if (shift === -1) year = to < published.month ? published.year : published.year - 1;
    if (shift === 1) year = from > published.month ? published.year : published.year + 1;
    const third = containingThird(months);
    return third
      ? { value: formatYear(year), precision: "year", confidence: 0.7, qualifier: third }
      : { value: formatYear(year), precision: "year", confidence: 0.6 };
  },
  weekday(text, published, options) {
    const target = weekdayIn(text);
    if (target === undefined) return undefined;
    const shift = shiftIn(text);
    const resolved = resolveWeekday(target, published, shift, Boolean(options.future));
    const confidence = shift === -1 || shift === 1 ? 0.85 : shift === 0 ? 0.75 : options.future ? 0.75 : 0.9;
    return { ...day(resolved), confidence };
  },
  relativeDay(text, published) {
    const key = [...RELATIVE_DAYS.keys()].sort((a, b) => b.length - a.length).find((k) => text.toLowerCase().startsWith(k));
    if (key === undefined) return undefined;
    const offset = RELATIVE_DAYS.get(key) ?? 0;
    return { ...day(addDays(published, offset)), confidence: key === "last night" ? 0.8 : 0.95 };
  },
  withinPeriod(text, published) {
    return periodValue(text.split(" ").pop() ?? "", 0, published, 0.9);
  },
  shiftPeriod(text, published) {
    const words = text.split(" ");
    return periodValue(words[words.length - 1] ?? "", shiftIn(text) ?? 0, published, 0.95);
  },
  thePeriod(text, published) {
    return periodValue(text.split(" ").pop() ?? "", 0, published, 0.75);
  },
  ago(text, published) {
    const [count, unit] = text.split(" ");
    const n = numberWord(count ?? "");
    const spec = AGO_UNITS.get((unit ?? "").toLowerCase().replace(/s$/, ""));
    if (n === undefined || !spec) return undefined;
    if (spec.precision === "day") {
      const d = addDays(published, -n * (spec.days ?? 1));
      return { value: formatDay(d), precision: "day", confidence: spec.days === 1 ? 0.9 : 0.6 };
    }
    if (spec.precision === "month") {
      const m = addMonths(published.year, published.month, -n * (spec.months ?? 1));
      return { value: formatMonth(m.year, m.month), precision: "month", confidence: 0.7 };
    }
    const years = n * (spec.years ?? 1);
    return { value: formatYear(published.year - years), precision: "year", confidence: years >= 10 ? 0.5 : 0.7 };
  },
  decade: () => ({ confidence: 0.5 }),
  yearRange: () => ({ confidence: 0.5 }),
  year(text) {
    return { value: formatYear(Number(text)), precision: "year", confidence: 0.95 };
  },
  month(text, published, options) {
    const month = monthIn(text);
    if (month === undefined) return undefined;
    const { year } = resolveMonth(month, published, undefined, Boolean(options.future));
    return { value: formatMonth(year, month), precision: "month", confidence: options.future ? 0.75 : 0.85 };
  },
};

function readMonthDay(text: string, published: Day, options: NormalizeOptions): Core | undefined {
  const month = monthIn(text);
  const wanted = weekdayIn(text);
  const withoutYear = text.replace(YEAR_IN, "");
  const dayMatch = /(?<![\d])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)/.exec(withoutYear);
  if (month === undefined || !dayMatch) return undefined;
  const dayOfMonth = Number(dayMatch[1]);
  const year = YEAR_IN.exec(text)?.[1];
  if (year) {
    const d = { year: Number(year), month, day: dayOfMonth };
    if (!isValidDay(d)) return undefined;
    const consistent = wanted === undefined || weekday(d) === wanted;
    return { ...day(d), confidence: consistent ? 0.98 : 0.6 };
  }
  const resolved = resolveMonthDay(month, dayOfMonth, published, Boolean(options.future), wanted, Boolean(options.past));
  if (!resolved) return undefined;
  const consistent = wanted === undefined || weekday(resolved) === wanted;
  return { ...day(resolved), confidence: consistent ? 0.85 : 0.6 };
}

function periodValue(period: string, shift: number, published: Day, confidence: number): Core | undefined {
  switch (period.toLowerCase()) {
    case "year":
      return { value: formatYear(published.year + shift), precision: "year", confidence };
    case "month": {
      const m = addMonths(published.year, published.month, shift);
      return { value: formatMonth(m.year, m.month), precision: "month", confidence };
    }
    case "quarter": {
      const q = Math.floor((published.month - 1) / 3) + shift;
      const first = addMonths(published.year, 1, q * 3);
      const last = addMonths(first.year, first.month, 2);
      const value = enclosingValue({ ...first, day: 1 }, { ...last, day: daysInMonth(last.year, last.month) });
      return value ? { value, precision: "year", confidence: Math.min(confidence, 0.7), widened: true } : { confidence: 0.5 };
    }
    case "week":
    case "weekend": {
      const [monday, last] = week(published, shift);
      let first = monday;
      if (period.toLowerCase() === "weekend") {
        first = addDays(first, 5);
      }
      const value = enclosingValue(first, last);
      if (!value) return { confidence: 0.5 };
      return { value, precision: value.length === 4 ? "year" : "month", confidence: Math.min(confidence, 0.7), widened: true };
    }
    default:
      return undefined;
  }
}

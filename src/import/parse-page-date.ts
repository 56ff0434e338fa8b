// Publication dates as pages write them: ISO timestamps in metadata, "March 24, 2023 10:05 KST" or
// "Published 2023.03.24" on a line of their own. Only unambiguous forms are read: "03/04/2023" is
// April in London and March in New York, so it is never guessed.
import { CHROME_RULES, type ChromeRules } from "./chrome-rules.ts";

const pad = (n: number) => String(n).padStart(2, "0");

/** YYYY-MM-DD when the numbers make a real calendar day (leap years included). */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > days ? undefined : `${year}-${pad(month)}-${pad(day)}`;
}

interface DateMatch {
  date: string;
  start: number;
  end: number;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function datePatterns(rules: ChromeRules): RegExp {
  const months = [...rules.dateline.months.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join("|");
  const weekdays = [...rules.dateline.weekdays].sort((a, b) => b.length - a.length).map(escape).join("|");
  return new RegExp(
    [
      // 2023-03-24, 2023-03-24T10:05:00+09:00: the date as the publisher wrote it, never shifted to UTC.
      String.raw`(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`,
      String.raw`(?<dy>\d{4})[./]\s?(?<dm>\d{1,2})[./]\s?(?<dd>\d{1,2})\.?`,
      String.raw`(?<ky>\d{4})년\s*(?<km>\d{1,2})월\s*(?<kd>\d{1,2})일`,
      String.raw`(?:(?:${weekdays})\.?,?\s+)?(?<mm>${months})\.?\s+(?<md>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<my>\d{4})`,
      String.raw`(?:(?:${weekdays})\.?,?\s+)?(?<ed>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<em>${months})\.?,?\s+(?<ey>\d{4})`,
    ]
      .map((p) => `(?:${p})`)
      .join("|"),
    "giu",
  );
}

const DATE_PATTERN = datePatterns(CHROME_RULES);

function findDates(text: string, rules: ChromeRules): DateMatch[] {
  const pattern = rules === CHROME_RULES ? DATE_PATTERN : datePatterns(rules);
  const found: DateMatch[] = [];
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    const g = m.groups ?? {};
    const month = (name: string | undefined) => (name ? rules.dateline.months.get(name.toLowerCase()) : undefined);
    let date: string | undefined;
    if (g.iy) date = calendarDate(+g.iy, +g.im!, +g.id!);
    else if (g.dy) date = calendarDate(+g.dy, +g.dm!, +g.dd!);
    else if (g.ky) date = calendarDate(+g.ky, +g.km!, +g.kd!);
    else if (g.mm) date = calendarDate(+g.my!, month(g.mm) ?? 0, +g.md!);
    else if (g.em) date = calendarDate(+g.ey!, month(g.em) ?? 0, +g.ed!);
    if (date) found.push({ date, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** The date a metadata value (JSON-LD, `<meta>`, `<time datetime>`) holds, if it holds one. */
export function dateFromValue(value: string, rules: ChromeRules = CHROME_RULES): string | undefined {
  const compact = /^\s*(\d{4})(\d{2})(\d{2})(?:T|\s*$)/.exec(value);
  if (compact) return calendarDate(+compact[1]!, +compact[2]!, +compact[3]!);
  return findDates(value, rules)[0]?.date;
}

/** 0: labelled as the publication date; 1: unlabelled; 2: labelled as an update. Lower wins. */
export type DateRank = 0 | 1 | 2;

const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?/giu;
const ZONE = /\b(?:[A-Z]{2,5}|GMT|UTC)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?(?![\p{L}\d])/gu;
const FILLER = /[\s|·•,:;/()[\]–—-]+|\b(?:at|on|am|pm)\b/giu;

function hasLabel(text: string, labels: string[]): boolean {
  const tail = text.toLowerCase().replace(/[\s|·•,:;–—-]+$/u, "");
  return labels.some((label) => tail === label || tail.endsWith(` ${label}`) || tail.endsWith(label));
}

/**
 * A line that is nothing but a date (with labels, weekday, time and zone around it): its date and
 * how sure it is the publication date. A sentence that merely contains a date is not a dateline.
 */
export function parseDateline(line: string, rules: ChromeRules = CHROME_RULES): { date: string; rank: DateRank } | undefined {
  const words = line.trim().split(/\s+/u).length;
  if (words > rules.dateline.maxWords) return undefined;
  const dates = findDates(line, rules);
  if (dates.length === 0) return undefined;
  let rest = "";
  let cursor = 0;
  const ranked: Array<{ date: string; rank: DateRank }> = [];
  for (const found of dates) {
    const before = line.slice(cursor, found.start);
    rest += ` ${before}`;
    const rank: DateRank = hasLabel(before, rules.dateline.updated) ? 2 : hasLabel(before, rules.dateline.published) ? 0 : 1;
    ranked.push({ date: found.date, rank });
    cursor = found.end;
  }
  rest += ` ${line.slice(cursor)}`;
  const labels = [...rules.dateline.published, ...rules.dateline.updated].sort((a, b) => b.length - a.length);
  for (const label of labels) rest = rest.replace(new RegExp(escape(label), "giu"), " ");
  rest = rest.replace(TIME, " ").replace(ZONE, " ");
  for (const day of rules.dateline.weekdays) rest = rest.replace(new RegExp(`\\b${escape(day)}\\b\\.?`, "giu"), " ");
  if (rest.replace(FILLER, "").trim() !== "") return undefined;
  return ranked.reduce((best, next) => (next.rank < best.rank ? next : best));
}

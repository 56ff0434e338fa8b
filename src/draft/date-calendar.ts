// Calendar arithmetic for the date normaliser, on plain year/month/day numbers in UTC so that the
// result never depends on the machine's time zone (determinism: the same article gives the same
// draft anywhere).

export interface Day {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function parseIsoDay(value: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(day) ? day : undefined;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(d: Day): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

function toUtc(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, days: number): Day {
  return fromUtc(toUtc(d) + days * 86_400_000);
}

/** Days from a to b (b − a). */
export function dayDiff(a: Day, b: Day): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: Day): number {
  return new Date(toUtc(d)).getUTCDay();
}

export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

/**
 * The smallest calendar value (day, month or year) that contains every day from `first` to `last`:
 * "last week" has no week precision in the format, so it is the month when the week lies in one
 * month, the year when it lies in one year, and nothing when it straddles New Year.
 */
export function enclosingValue(first: Day, last: Day): string | undefined {
  if (first.year !== last.year) return undefined;
  if (first.month !== last.month) return formatYear(first.year);
  if (first.day !== last.day) return formatMonth(first.year, first.month);
  return formatDay(first);
}

/** Whether the period `value` (YYYY, YYYY-MM or YYYY-MM-DD) begins after the day `published`. */
export function startsAfter(value: string, published: string): boolean {
  return value > published.slice(0, value.length);
}

// Dates in three layers (design note): the verbatim text, machine bounds as xsd:date, and the
// precision the text allows. Conventions for qualifiers live in DATE_QUALIFIERS.
import type { DatePrecision, DateValue } from "../model/types.ts";
import { DATE_QUALIFIERS, type DateQualifier } from "../model/vocabulary.ts";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses the normalised value of a date. Returns an error message instead of throwing. */
export function parseDate(spec: { text: string; value?: string; qualifier?: DateQualifier }): DateValue | string {
  const { text, value, qualifier } = spec;
  if (value === undefined) {
    if (qualifier) return "a qualifier needs a value to qualify";
    return { text };
  }
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return `"${value}" is not a date`;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return `"${value}" has no month ${month}`;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return `"${value}" has no day ${day}`;
  }
  const precision: DatePrecision = day !== undefined ? "day" : month !== undefined ? "month" : "year";
  let first = `${pad(year, 4)}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
  let last = `${pad(year, 4)}-${pad(month ?? 12)}-${pad(day ?? daysInMonth(year, month ?? 12))}`;
  if (qualifier === "early" || qualifier === "mid" || qualifier === "late") {
    if (precision === "day") return `"${qualifier}" cannot qualify a single day`;
    if (precision === "year") {
      const [from, to] = DATE_QUALIFIERS[qualifier].months;
      first = `${pad(year, 4)}-${pad(from)}-01`;
      last = `${pad(year, 4)}-${pad(to)}-${pad(daysInMonth(year, to))}`;
    } else {
      // Within a month: thirds of it (1–10, 11–20, 21–end).
      const m = month as number;
      const [from, to] = { early: [1, 10], mid: [11, 20], late: [21, daysInMonth(year, m)] }[qualifier];
      first = `${pad(year, 4)}-${pad(m)}-${pad(from as number)}`;
      last = `${pad(year, 4)}-${pad(m)}-${pad(to as number)}`;
    }
  }
  return {
    text,
    value,
    precision,
    ...(qualifier ? { qualifier } : {}),
    // "by 2042" bounds the end only.
    ...(qualifier === "by" ? {} : { earliest: first }),
    latest: last,
  };
}

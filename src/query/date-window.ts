// Time windows compare machine bounds (xsd:date lexical forms compare as strings), never the
// normalised value: "late 2018" must fall in a window from 2018-10-01 even though its value is "2018".
import { UsageKgError } from "../errors.ts";
import type { DateValue } from "../model/types.ts";

export interface DateWindow {
  /** Inclusive start: `2019`, `2019-07` or `2019-07-04`. */
  from?: string;
  /** Inclusive end, same forms; `2019` means up to 2019-12-31. */
  to?: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Expand a year, month or day to the first (`start`) or last (`end`) day it covers. */
export function expandDate(text: string, side: "start" | "end"): string {
  const match = PARTIAL_DATE.exec(text);
  if (!match) throw new UsageKgError(`"${text}" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, year, month, day] = match;
  if (day) return text;
  if (month) {
    if (side === "start") return `${year}-${month}-01`;
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return `${year}-${month}-${String(last).padStart(2, "0")}`;
  }
  return side === "start" ? `${year}-01-01` : `${year}-12-31`;
}

/**
 * Whether a dated thing falls in the window: its span overlaps it. A one-sided date ("by 2042") is read as
 * the point it names, so it shows in a window around 2042 but not in every window before; a date naming
 * no time at all cannot be placed and counts as inside.
 */
export function inWindow(date: DateValue, window: DateWindow): boolean {
  const valueStart = date.value !== undefined ? expandDate(date.value, "start") : undefined;
  const valueEnd = date.value !== undefined ? expandDate(date.value, "end") : undefined;
  const start = date.earliest ?? date.latest ?? valueStart;
  const end = date.latest ?? date.earliest ?? valueEnd;
  if (window.to !== undefined && start !== undefined && start > expandDate(window.to, "end")) return false;
  if (window.from !== undefined && end !== undefined && end < expandDate(window.from, "start")) return false;
  return true;
}

/** Sort key: the earliest bound, else the latest, else the value's first day; none for a date naming no time. */
export function dateSortKey(date: DateValue): string | undefined {
  return date.earliest ?? date.latest ?? (date.value !== undefined ? expandDate(date.value, "start") : undefined);
}

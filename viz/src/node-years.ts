// The span of years a node's date covers, for the timeline. Bounds come from the contract's
// earliest/latest (xsd:date); `by 2042` has no earliest, so its span is open to the left.
import type { NodeAttributes } from "../../src/model/types.ts";

export interface YearSpan {
  from: number;
  to: number;
}

function yearOf(date: string | undefined): number | null {
  const match = /^(-?\d{4})/.exec(date ?? "");
  return match ? Number(match[1]) : null;
}

/** null when the node has no machine-readable date (it is never hidden by the timeline). */
export function nodeYears(attrs: Pick<NodeAttributes, "date">): YearSpan | null {
  const date = attrs.date;
  if (!date) return null;
  const earliest = yearOf(date.earliest);
  const latest = yearOf(date.latest);
  // With any bound given, a missing one is open ("by 2042": until 2042, from whenever).
  if (earliest !== null || latest !== null) return { from: earliest ?? -Infinity, to: latest ?? Infinity };
  const value = yearOf(date.value);
  return value === null ? null : { from: value, to: value };
}

/** The finite years the graph's dates mention: the timeline's domain. */
export function yearDomain(spans: Iterable<YearSpan | null>): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const span of spans) {
    if (!span) continue;
    for (const y of [span.from, span.to]) {
      if (Number.isFinite(y)) {
        min = Math.min(min, y);
        max = Math.max(max, y);
      }
    }
  }
  return min <= max ? [min, max] : null;
}

export function overlaps(span: YearSpan, window: [number, number]): boolean {
  return span.from <= window[1] && span.to >= window[0];
}

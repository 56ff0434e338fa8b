// Overlap of evidence spans, in code points (the unit Evidence offsets count in; end exclusive).

export interface Span {
  start: number;
  end: number;
}

/** Jaccard index of two ranges: shared code points over code points in either. 0 when disjoint. */
export function spanJaccard(a: Span, b: Span): number {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = a.end - a.start + (b.end - b.start) - shared;
  return union === 0 ? 0 : shared / union;
}

/** The best Jaccard index between any span of `a` and any span of `b`. */
export function bestJaccard(a: readonly Span[], b: readonly Span[]): number {
  let best = 0;
  for (const x of a) for (const y of b) best = Math.max(best, spanJaccard(x, y));
  return best;
}

// Cuts an article into runs so that overlapping evidence spans can all be highlighted: each run
// knows every item (node or edge) whose evidence covers it.

export interface Span {
  /** UTF-16 offsets, `end` exclusive. */
  start: number;
  end: number;
  owner: string;
}

export interface Segment {
  start: number;
  end: number;
  /** Owners covering the run, the one with the shortest span first (the most specific one). */
  owners: string[];
}

export function segmentText(length: number, spans: readonly Span[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  const valid = spans.filter((s) => s.start < s.end && s.start >= 0 && s.end <= length);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const bySize = [...valid].sort((a, b) => a.end - a.start - (b.end - b.start));
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const owners: string[] = [];
    for (const s of bySize) if (s.start <= start && s.end >= end && !owners.includes(s.owner)) owners.push(s.owner);
    segments.push({ start, end, owners });
  }
  return segments;
}

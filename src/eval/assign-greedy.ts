// One-to-one assignment of draft items to gold items from scored candidate pairs.
//
// Greedy on a total order rather than an optimal (Hungarian) assignment: matching is staged (an id
// match must win over any name match, a name match over any span overlap), and within a stage the
// strongest pair first is what a person checking the table expects. The order is total (ties fall
// back to gold order, then draft order), so the result never depends on anything but the input.

export interface Candidate {
  draft: number;
  gold: number;
  /** Lower stages win: 0 before 1 before 2. */
  stage: number;
  /** Within a stage, higher wins. */
  score: number;
}

export function compareCandidates(a: Candidate, b: Candidate): number {
  return a.stage - b.stage || b.score - a.score || a.gold - b.gold || a.draft - b.draft;
}

/** Pairs in assignment order; each draft and each gold index appears at most once. */
export function assignGreedy(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(compareCandidates);
  const usedDraft = new Set<number>();
  const usedGold = new Set<number>();
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    if (usedDraft.has(c.draft) || usedGold.has(c.gold)) continue;
    usedDraft.add(c.draft);
    usedGold.add(c.gold);
    chosen.push(c);
  }
  return chosen;
}

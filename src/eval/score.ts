// Scores from counts. Defined as ratios of counts so that summing counts over articles and scoring
// the sums gives the micro-average, and a 0/0 stays visible (null) instead of becoming 0 or 1.
import type { Accuracy, Score } from "./types.ts";

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

export function score(tp: number, fp: number, fn: number): Score {
  // F1 as 2tp / (2tp + fp + fn): equal to the harmonic mean of precision and recall where both
  // exist, and still defined when the draft proposes nothing (precision 0/0) but the gold has items.
  return { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), f1: ratio(2 * tp, 2 * tp + fp + fn) };
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: ratio(correct, total) };
}

export function addScores(a: Score, b: Score): Score {
  return score(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);
}

export function addAccuracies(a: Accuracy, b: Accuracy): Accuracy {
  return accuracy(a.correct + b.correct, a.total + b.total);
}

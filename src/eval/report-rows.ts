// The eval table's rows, in the order people read them, as plain cells: the CLI lays them out,
// `npm run eval` and the explorer can reuse them. Scores print with three decimals, a 0/0 as "-".
import type { Accuracy, EvalAccuracy, EvalScores, EvalSummary, Score } from "./types.ts";

export const SCORE_ROWS: ReadonlyArray<readonly [keyof EvalScores, string]> = [
  ["entities", "entities"],
  ["relations", "relations (typed)"],
  ["relationsUntyped", "relations (untyped)"],
  ["causal", "causal (typed)"],
  ["causalUntyped", "causal (any causal type)"],
  ["causalStated", "causal stated in the text (gold confidence 1)"],
  ["dateValues", "dates (value)"],
  ["dateBounds", "dates (bounds)"],
  ["figures", "figures"],
];

export const ACCURACY_ROWS: ReadonlyArray<readonly [keyof EvalAccuracy, string]> = [
  ["kind", "kind (exact) on matched entities"],
  ["entityModality", "modality on matched entities"],
  ["relationModality", "modality on matched relations"],
  ["modality", "modality on matched items"],
  ["dateValue", "date value on matched dated entities"],
  ["figureValue", "figure value on aligned figures"],
];

export const SCORE_HEADER = ["metric", "tp", "fp", "fn", "precision", "recall", "f1"];
export const ACCURACY_HEADER = ["on matched items", "correct", "total", "accuracy"];

export function formatRatio(value: number | null): string {
  return value === null ? "-" : value.toFixed(3);
}

export function scoreRow(label: string, s: Score): Array<string | number> {
  return [label, s.tp, s.fp, s.fn, formatRatio(s.precision), formatRatio(s.recall), formatRatio(s.f1)];
}

export function accuracyRow(label: string, a: Accuracy): Array<string | number> {
  return [label, a.correct, a.total, formatRatio(a.accuracy)];
}

export function reportRows(summary: EvalSummary): { scores: Array<Array<string | number>>; accuracy: Array<Array<string | number>> } {
  return {
    scores: SCORE_ROWS.map(([key, label]) => scoreRow(label, summary.scores[key])),
    accuracy: ACCURACY_ROWS.map(([key, label]) => accuracyRow(label, summary.accuracy[key])),
  };
}

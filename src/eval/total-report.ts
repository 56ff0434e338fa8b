// Micro-average over articles: counts are summed and the sums scored, so an article with many
// items weighs more than one with few (the figure a corpus-wide table should show).
import { MATCH_STAGES } from "./match-entities.ts";
import { ACCURACY_ROWS, SCORE_ROWS } from "./report-rows.ts";
import { accuracy, addAccuracies, addScores, score } from "./score.ts";
import type { EvalAccuracy, EvalReport, EvalScores, EvalTotal, MatchStage } from "./types.ts";

export function totalReport(reports: readonly EvalReport[]): EvalTotal {
  const scores = {} as EvalScores;
  for (const [key] of SCORE_ROWS) scores[key] = reports.reduce((s, r) => addScores(s, r.scores[key]), score(0, 0, 0));
  const accuracies = {} as EvalAccuracy;
  for (const [key] of ACCURACY_ROWS) accuracies[key] = reports.reduce((a, r) => addAccuracies(a, r.accuracy[key]), accuracy(0, 0));
  return {
    articles: reports.map((r) => r.article),
    scores,
    accuracy: accuracies,
    matchedBy: Object.fromEntries(MATCH_STAGES.map((stage) => [stage, reports.reduce((n, r) => n + r.matchedBy[stage], 0)])) as Record<MatchStage, number>,
  };
}

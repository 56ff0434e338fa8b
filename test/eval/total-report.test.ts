import { describe, expect, it } from "vitest";
import { evaluateAnnotations } from "../../src/eval/evaluate-annotations.ts";
import { reportRows } from "../../src/eval/report-rows.ts";
import { score } from "../../src/eval/score.ts";
import { totalReport } from "../../src/eval/total-report.ts";
import { entity, goldModel, goldSpec, modelOf } from "./eval-fixture.ts";

describe("totalReport", () => {
  const gold = goldModel();
  const perfect = evaluateAnnotations(gold, gold);
  const spec = goldSpec();
  spec.entities = spec.entities.filter((e) => e.id !== "yongin");
  spec.relations = (spec.relations ?? []).filter((r) => r.to !== "yongin");
  entity(spec, "chip-cluster").figures = [];
  const partial = evaluateAnnotations(modelOf(spec), gold);

  it("sums the counts and scores the sums (micro-average), for every row", () => {
    const total = totalReport([perfect, partial]);
    expect(total.articles).toEqual([gold.meta.id, gold.meta.id]);
    for (const key of Object.keys(perfect.scores) as Array<keyof typeof perfect.scores>) {
      const a = perfect.scores[key];
      const b = partial.scores[key];
      expect([key, total.scores[key]]).toEqual([key, score(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn)]);
    }
    expect(total.scores.entities.recall).toBe((2 * gold.nodes.length - 1) / (2 * gold.nodes.length));
    expect(total.accuracy.modality.total).toBe(perfect.accuracy.modality.total + partial.accuracy.modality.total);
    expect(total.matchedBy.id).toBe(perfect.matchedBy.id + partial.matchedBy.id);
  });

  it("of no reports is all zero counts with null scores, printed as '-'", () => {
    const total = totalReport([]);
    expect(total.scores.figures).toEqual(score(0, 0, 0));
    expect(reportRows(total).scores[0]).toEqual(["entities", 0, 0, 0, "-", "-", "-"]);
    expect(reportRows(total).accuracy[0]).toEqual(["kind (exact) on matched entities", 0, 0, "-"]);
  });
});

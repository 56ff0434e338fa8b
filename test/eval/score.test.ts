import { describe, expect, it } from "vitest";
import { accuracy, addScores, score } from "../../src/eval/score.ts";

describe("score", () => {
  it("computes precision, recall and F1 from counts", () => {
    const s = score(6, 2, 4);
    expect(s.precision).toBe(6 / 8);
    expect(s.recall).toBe(6 / 10);
    expect(s.f1).toBeCloseTo((2 * 0.75 * 0.6) / (0.75 + 0.6), 12);
  });
  it("leaves a 0/0 as null instead of inventing 0 or 1", () => {
    expect(score(0, 0, 0)).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
    // A draft that proposes nothing against a gold that has items: no precision, recall and F1 are 0.
    expect(score(0, 0, 3)).toEqual({ tp: 0, fp: 0, fn: 3, precision: null, recall: 0, f1: 0 });
    expect(accuracy(0, 0).accuracy).toBeNull();
  });
  it("adds counts, not scores (micro-average)", () => {
    expect(addScores(score(1, 0, 0), score(0, 0, 3))).toEqual(score(1, 0, 3));
  });
});

// How a claim's modality and a causal relation look, in one table shared by the canvas styles and
// the legend: what did not (yet) happen is never drawn like what happened.
import type { Modality } from "../../src/model/vocabulary.ts";

export interface DashRule {
  modalities: readonly Modality[];
  /** Dash and gap lengths in pixels (0 = solid). */
  dash: number;
  gap: number;
  opacity?: number;
  /** The legend's words. */
  label: string;
}

export const MODALITY_DASH: readonly DashRule[] = [
  { modalities: ["planned"], dash: 9, gap: 5, label: "planned or pledged (dashed)" },
  { modalities: ["expected", "conditional", "potential"], dash: 2.5, gap: 4, label: "expected, conditional or possible (dotted)" },
  { modalities: ["not_happened"], dash: 3, gap: 9, opacity: 0.55, label: "did not happen (sparse dots, faded)" },
];

/** Nodes stated as not (yet) having happened are filled pale (their kind's colour mixed with white). */
export const PALE_NODE_MODALITIES: readonly Modality[] = ["planned", "expected", "conditional", "potential", "not_happened"];

/** Arrowheads: causes an arrow, enables a circle, prevents a bar (⊣), aims at a diamond. */
export const RELATION_HEAD_DICT: Record<string, string> = {
  causes: "arrow",
  enables: "circle",
  prevents: "bar",
  intendsToCause: "diamond",
};

/**
 * A claim stated with less than full confidence ("may", "could", a hedged reading) is drawn fainter:
 * 0.9 → 0.81, 0.6 → 0.36, never below 0.3 so it stays visible.
 */
export function confidenceOpacity(confidence: number): number {
  return Math.max(0.3, Math.min(1, confidence) ** 2);
}

import type { KnowledgeGraph } from "../model/types.ts";
import { traceCausal, type CausalLink, type CausalOptions } from "./trace-causal.ts";

/**
 * What `node` led (or is meant to lead) to: its effects, transitively unless `transitive: false`,
 * nearest first, each with the evidence chain from `node` to the effect.
 *
 * @example
 * ```ts
 * effectsOf(graph, "ruling-2018", { modalities: ["happened"] }).map((l) => l.label);
 * ```
 * @throws NotFoundKgError when `node` is not in the graph (with suggestions).
 */
export function effectsOf(graph: KnowledgeGraph, node: string, options: CausalOptions = {}): CausalLink[] {
  return traceCausal(graph, node, "effects", options);
}

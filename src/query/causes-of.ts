import type { KnowledgeGraph } from "../model/types.ts";
import { traceCausal, type CausalLink, type CausalOptions } from "./trace-causal.ts";

/**
 * What led to `node`: its causes (by default `causes`, `enables` and `intendsToCause` claims), transitively
 * unless `transitive: false`, nearest first, each with the evidence chain from the cause to `node`.
 *
 * @example Why did Korea decline to extend GSOMIA?
 * ```ts
 * for (const link of causesOf(graph, "gsomia-not-extended")) {
 *   console.log(link.label, link.chain.map((hop) => `${hop.sourceLabel} → ${hop.targetLabel}: "${hop.quotes[0]}" (${hop.modality})`));
 * }
 * ```
 * @throws NotFoundKgError when `node` is not in the graph (with suggestions).
 */
export function causesOf(graph: KnowledgeGraph, node: string, options: CausalOptions = {}): CausalLink[] {
  return traceCausal(graph, node, "causes", options);
}

// The nodes labelled at rest on a graph too big to label everything: where the story starts (root
// causes: a causal chain leaves them and none reaches them, those with the most effects first) and
// what each article is mostly about (the nodes it quotes most). A root has no incoming link of the core's
// default causal relations, which is exactly when `kg causes` finds no cause; its effects are effectsOf's.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { DEFAULT_CAUSAL_RELATIONS } from "../../src/query/causal-relations.ts";
import { effectsOf } from "../../src/query/effects-of.ts";

const CAUSAL = new Set<string>(DEFAULT_CAUSAL_RELATIONS);

export interface Landmarks {
  roots: string[];
  subjects: string[];
}

/** Up to this many candidate roots, each one's effects are counted by effectsOf itself. */
const EXACT_UP_TO = 200;
/** Beyond that, counted up to this many (see effectsUpTo). */
export const EFFECTS_CAP = 100;

/**
 * How many nodes effectsOf would reach from `node` (outbound links of the default causal relations,
 * any modality), counted up to `cap`. A generated graph of 50k nodes has ~11k candidate roots in one
 * giant causal component: an effectsOf each (a chain with quotes per reached node) took longer than the
 * 10-minute benchmark timeout. Below the cap the count is effectsOf's; only roots that all reach more
 * than `cap` nodes rank among themselves by name instead of by their exact counts.
 */
export function effectsUpTo(graph: KnowledgeGraph, node: string, cap: number): number {
  const seen = new Set<string>([node]);
  const queue = [node];
  for (let i = 0; i < queue.length && seen.size <= cap; i++) {
    graph.forEachOutEdge(queue[i]!, (_e, a, _s, target) => {
      if (CAUSAL.has(a.relation) && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    });
  }
  return Math.min(seen.size - 1, cap);
}

/**
 * The `count` candidates with the most effects counted up to EFFECTS_CAP, ties by name: the same ranking as
 * counting every candidate, but candidates are visited in name order and the walk stops once `count` of them
 * reach the cap (a later one can at best tie, and loses by name). The 50k-node bench graph's ~11k candidates
 * took 0.6 s of its first render counted one by one; almost every one reaches the cap, so a few walks do.
 */
function cappedRoots(graph: KnowledgeGraph, candidates: string[], count: number): string[] {
  const ranked: Array<{ node: string; effects: number }> = [];
  let atCap = 0;
  for (const node of [...candidates].sort((a, b) => a.localeCompare(b))) {
    if (atCap >= count) break;
    const effects = effectsUpTo(graph, node, EFFECTS_CAP);
    if (effects === EFFECTS_CAP) atCap++;
    ranked.push({ node, effects });
  }
  // Stable sort: equal counts keep their name order.
  return ranked.sort((a, b) => b.effects - a.effects).slice(0, count).map((r) => r.node);
}

export function landmarks(graph: KnowledgeGraph, options: { roots: number; subjectsPerArticle: number }): Landmarks {
  const starts = graph.filterNodes((node) =>
    graph.someOutEdge(node, (_e, a) => CAUSAL.has(a.relation)) && !graph.someInEdge(node, (_e, a) => CAUSAL.has(a.relation)));
  const roots = starts.length > EXACT_UP_TO ? cappedRoots(graph, starts, options.roots) : starts
    .map((node) => ({ node, effects: effectsOf(graph, node).length }))
    .sort((a, b) => b.effects - a.effects || a.node.localeCompare(b.node))
    .slice(0, options.roots)
    .map((r) => r.node);
  const quotes = new Map<string, Map<string, number>>();
  graph.forEachNode((node, a) => {
    for (const e of a.evidence) {
      const counts = quotes.get(e.article) ?? new Map<string, number>();
      counts.set(node, (counts.get(node) ?? 0) + 1);
      quotes.set(e.article, counts);
    }
  });
  const subjects = new Set<string>();
  for (const article of [...quotes.keys()].sort()) {
    const ranked = [...(quotes.get(article) ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const [node] of ranked.slice(0, options.subjectsPerArticle)) subjects.add(node);
  }
  return { roots, subjects: [...subjects] };
}

// Upstream causes and downstream effects of a node, transitively, following only relations whose
// vocabulary category is "causal". Traversal is graphology-traversal's BFS over a causal-only view.
import { MultiDirectedGraph } from "graphology";
import { bfsFromNode } from "graphology-traversal";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { RELATIONS } from "../../src/model/vocabulary.ts";

export function isCausal(relation: string): boolean {
  return Object.hasOwn(RELATIONS, relation) && RELATIONS[relation as keyof typeof RELATIONS].category === "causal";
}

/** The causal skeleton: every node, only causal edges (same keys). Built once per graph. */
export function causalSubgraph(graph: KnowledgeGraph, keepEdge: (edge: string) => boolean = () => true): MultiDirectedGraph {
  const causal = new MultiDirectedGraph();
  graph.forEachNode((node) => causal.addNode(node));
  graph.forEachEdge((edge, attrs, source, target) => {
    if (isCausal(attrs.relation) && keepEdge(edge)) causal.addDirectedEdgeWithKey(edge, source, target);
  });
  return causal;
}

export interface CausalChain {
  upstream: string[];
  downstream: string[];
  /** Causal edges on the chain (between the node and its causes, or its effects). */
  edges: string[];
}

export function causalChain(causal: MultiDirectedGraph, node: string): CausalChain {
  if (!causal.hasNode(node)) return { upstream: [], downstream: [], edges: [] };
  const collect = (mode: "inbound" | "outbound"): Set<string> => {
    const seen = new Set<string>();
    bfsFromNode(causal, node, (key) => {
      if (key !== node) seen.add(key);
    }, { mode });
    return seen;
  };
  const up = collect("inbound");
  const down = collect("outbound");
  const upSide = new Set([...up, node]);
  const downSide = new Set([...down, node]);
  const edges: string[] = [];
  causal.forEachEdge((edge, _attrs, source, target) => {
    if ((upSide.has(source) && upSide.has(target)) || (downSide.has(source) && downSide.has(target))) edges.push(edge);
  });
  return { upstream: [...up], downstream: [...down], edges };
}

// What to bring forward and what to fade: the selection's causal chain and neighbours, a path
// query's hops, or the hovered node's neighbourhood. null = nothing emphasised, nothing faded.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import type { GraphPath } from "../../src/query/graph-path.ts";
import { chainClaims, type CausalChain } from "./causal-chain.ts";
import type { Selection } from "./view-state.ts";

export interface Emphasis {
  nodes: Set<string>;
  edges: Set<string>;
  /** Claims of a followed chain or path (their relation names are shown); a subset of `edges`. */
  followed?: Set<string>;
}

export function neighbourhood(graph: KnowledgeGraph, node: string, into: Emphasis = { nodes: new Set(), edges: new Set() }): Emphasis {
  into.nodes.add(node);
  graph.forEachEdge(node, (edge, _a, source, target) => {
    into.edges.add(edge);
    into.nodes.add(source);
    into.nodes.add(target);
  });
  return into;
}

/** A node: its neighbours and its causal chain (as the core traces it); a claim: its two ends. */
export function selectionEmphasis(graph: KnowledgeGraph, chain: CausalChain | null, selection: Selection): Emphasis | null {
  if (!selection) return null;
  if (selection.type === "edge") {
    if (!graph.hasEdge(selection.key)) return null;
    return { nodes: new Set(graph.extremities(selection.key)), edges: new Set([selection.key]), followed: new Set([selection.key]) };
  }
  if (!graph.hasNode(selection.key)) return null;
  const emphasis = neighbourhood(graph, selection.key);
  if (chain) {
    for (const link of [...chain.causes, ...chain.effects]) emphasis.nodes.add(link.node);
    emphasis.followed = chainClaims(chain);
    for (const claim of emphasis.followed) emphasis.edges.add(claim);
  }
  return emphasis;
}

export function pathEmphasis(graph: KnowledgeGraph, paths: readonly GraphPath[]): Emphasis | null {
  if (!paths.length) return null;
  const emphasis: Emphasis = { nodes: new Set(), edges: new Set() };
  emphasis.followed = emphasis.edges;
  for (const path of paths) for (const { claim } of path.hops) {
    emphasis.edges.add(claim);
    for (const n of graph.extremities(claim)) emphasis.nodes.add(n);
  }
  return emphasis;
}

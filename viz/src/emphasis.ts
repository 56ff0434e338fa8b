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

/**
 * Keeps the relation names of at most `limit` followed claims (their labels crowd around a selected hub
 * otherwise): the selected claim first, then those touching the selection, then the rest in order.
 * Returns how many were left unnamed (the status line says "+N more").
 */
export function capFollowed(graph: KnowledgeGraph, emphasis: Emphasis, selection: Selection, limit: number): number {
  const followed = emphasis.followed;
  if (!followed || followed.size <= limit) return 0;
  const ends = new Set<string>();
  if (selection?.type === "node") ends.add(selection.key);
  else if (selection?.type === "edge" && graph.hasEdge(selection.key)) for (const n of graph.extremities(selection.key)) ends.add(n);
  const touching = (claim: string) => graph.hasEdge(claim) && graph.extremities(claim).some((n) => ends.has(n));
  const ordered = [
    ...(selection?.type === "edge" && followed.has(selection.key) ? [selection.key] : []),
    ...[...followed].filter((c) => touching(c)),
    ...followed,
  ];
  const kept = new Set<string>();
  for (const claim of ordered) {
    if (kept.size >= limit) break;
    kept.add(claim);
  }
  emphasis.followed = kept;
  return followed.size - kept.size;
}

// One step of a chain or path, carrying what a reader needs to trust it: the claim, its modality
// and confidence, and the quotes that state it.
import type { Evidence, KnowledgeGraph } from "../model/types.ts";
import type { Modality, Relation } from "../model/vocabulary.ts";
import { edgePredicate, type EdgeFilter } from "./edge-filter.ts";

export interface Hop {
  /** The claim id (the graph's edge key). */
  claim: string;
  /** Direction of the claim as stated, which may run against the walk in an undirected path. */
  source: string;
  target: string;
  sourceLabel: string;
  targetLabel: string;
  relation: Relation;
  modality: Modality;
  confidence: number;
  role?: string;
  article: string;
  /** The verbatim quotes, in evidence order. */
  quotes: string[];
  evidence: Evidence[];
}

/** The hop for claim `edge`. */
export function hopOf(graph: KnowledgeGraph, edge: string): Hop {
  const a = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const hop: Hop = {
    claim: edge,
    source,
    target,
    sourceLabel: graph.getNodeAttribute(source, "label"),
    targetLabel: graph.getNodeAttribute(target, "label"),
    relation: a.relation,
    modality: a.modality,
    confidence: a.confidence,
    article: a.article,
    quotes: a.evidence.map((e) => e.quote),
    evidence: a.evidence,
  };
  if (a.role !== undefined) hop.role = a.role;
  return hop;
}

/**
 * The hop between two adjacent nodes: among the claims linking them (either way when `undirected`) that
 * pass `filter`, the most confident, ties broken by claim id so answers are stable.
 */
export function bestHop(graph: KnowledgeGraph, from: string, to: string, filter: EdgeFilter, undirected = false): Hop {
  const accept = edgePredicate(filter);
  const candidates = graph.edges(from, to).concat(undirected ? graph.edges(to, from) : []);
  let best: string | undefined;
  for (const edge of candidates) {
    const attributes = graph.getEdgeAttributes(edge);
    if (!accept(attributes)) continue;
    if (best === undefined) {
      best = edge;
      continue;
    }
    const current = graph.getEdgeAttribute(best, "confidence");
    if (attributes.confidence > current || (attributes.confidence === current && edge < best)) best = edge;
  }
  if (best === undefined) throw new Error(`no claim links ${from} and ${to}: the relation view is stale`);
  return hopOf(graph, best);
}

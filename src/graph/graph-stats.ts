// Counts that summarise a graph (the `kg stats` command and the build report).
import type { KnowledgeGraph } from "../model/types.ts";

export interface GraphStats {
  articles: number;
  nodes: number;
  edges: number;
  evidence: number;
  byKind: Record<string, number>;
  byRelation: Record<string, number>;
  byModality: Record<string, number>;
}

const tally = (into: Record<string, number>, key: string) => {
  into[key] = (into[key] ?? 0) + 1;
};
const sorted = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));

export function graphStats(graph: KnowledgeGraph): GraphStats {
  const byKind: Record<string, number> = {};
  const byRelation: Record<string, number> = {};
  const byModality: Record<string, number> = {};
  let evidence = 0;
  graph.forEachNode((_id, a) => {
    tally(byKind, a.kind);
    evidence += a.evidence.length;
  });
  graph.forEachEdge((_key, a) => {
    tally(byRelation, a.relation);
    tally(byModality, a.modality);
    evidence += a.evidence.length;
  });
  return {
    articles: Object.keys(graph.getAttribute("articles")).length,
    nodes: graph.order,
    edges: graph.size,
    evidence,
    byKind: sorted(byKind),
    byRelation: sorted(byRelation),
    byModality: sorted(byModality),
  };
}

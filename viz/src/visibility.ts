// Which nodes and edges the filters let through. The view states its filters as what is hidden; the
// core's GraphFilter says what is kept. This turns one into the other and asks the core
// (passingItems: the same predicates as filterGraph and `kg timeline`), so every filter applies at
// once and the answer is the one the CLI and the API give.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { KIND_NAMES, MODALITY_NAMES, RELATION_NAMES, type Kind, type Modality, type Relation } from "../../src/model/vocabulary.ts";
import type { GraphFilter } from "../../src/query/filter-graph.ts";
import { passingItems } from "../../src/query/passing-items.ts";
import type { ViewState } from "./view-state.ts";

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

export type FilterState = Pick<ViewState, "hiddenKinds" | "hiddenRelations" | "hiddenModalities" | "hiddenArticles" | "timeWindow">;

/** Values of the vocabulary and of the graph (a foreign graph may carry others), minus the hidden ones. */
function kept<T extends string>(vocabulary: readonly T[], present: Iterable<string>, hidden: readonly string[]): T[] {
  const out = new Set<string>([...vocabulary, ...present]);
  for (const value of hidden) out.delete(value);
  return [...out].sort() as T[];
}

/** A year as the core's date window reads it (YYYY). */
function year(value: number): string {
  return String(Math.max(0, Math.min(9999, Math.trunc(value)))).padStart(4, "0");
}

/** The core filter that keeps what the view state does not hide. */
export function viewFilter(graph: KnowledgeGraph, state: FilterState): GraphFilter {
  const filter: GraphFilter = {};
  if (state.hiddenKinds.length) filter.kinds = kept<Kind>(KIND_NAMES, graph.mapNodes((_n, a) => a.kind), state.hiddenKinds);
  if (state.hiddenRelations.length) filter.relations = kept<Relation>(RELATION_NAMES, graph.mapEdges((_e, a) => a.relation), state.hiddenRelations);
  if (state.hiddenModalities.length) {
    const present = [...graph.mapNodes((_n, a) => a.modality), ...graph.mapEdges((_e, a) => a.modality)].filter((m): m is Modality => !!m);
    filter.modalities = kept<Modality>(MODALITY_NAMES, present, state.hiddenModalities);
  }
  if (state.hiddenArticles.length) {
    const present = [...Object.keys(graph.getAttribute("articles") ?? {}), ...graph.mapEdges((_e, a) => a.article), ...graph.mapNodes((_n, a) => a.articles).flat()];
    filter.articles = kept<string>([], present, state.hiddenArticles);
  }
  if (state.timeWindow) {
    filter.from = year(state.timeWindow[0]);
    filter.to = year(state.timeWindow[1]);
  }
  return filter;
}

export function computeVisible(graph: KnowledgeGraph, state: FilterState): Visible {
  return passingItems(graph, viewFilter(graph, state));
}

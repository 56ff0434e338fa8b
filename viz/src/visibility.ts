// Which nodes and edges the filters let through. Pure: reads the graph and the view state.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import type { ViewState } from "./view-state.ts";
import { nodeYears, overlaps } from "./node-years.ts";

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

export function computeVisible(
  graph: KnowledgeGraph,
  state: Pick<ViewState, "hiddenKinds" | "hiddenRelations" | "hiddenModalities" | "timeWindow">,
): Visible {
  const kinds = new Set<string>(state.hiddenKinds);
  const relations = new Set<string>(state.hiddenRelations);
  const modalities = new Set<string>(state.hiddenModalities);
  const window = state.timeWindow;
  const nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (kinds.has(attrs.kind)) return;
    if (attrs.modality && modalities.has(attrs.modality)) return;
    if (window) {
      const span = nodeYears(attrs);
      if (span && !overlaps(span, window)) return;
    }
    nodes.add(node);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (relations.has(attrs.relation) || modalities.has(attrs.modality)) return;
    if (nodes.has(source) && nodes.has(target)) edges.add(edge);
  });
  return { nodes, edges };
}

// Causes and effects share one walk: a BFS (graphology-traversal) over the causal relation view,
// inbound for causes and outbound for effects. The BFS gives each reached node its depth; its hop
// towards the start is to a neighbour one level closer, which is how the evidence chain is rebuilt.
import { bfsFromNode } from "graphology-traversal";
import type { DateValue, KnowledgeGraph } from "../model/types.ts";
import type { Kind, Modality } from "../model/vocabulary.ts";
import { DEFAULT_CAUSAL_RELATIONS } from "./causal-relations.ts";
import type { EdgeFilter } from "./edge-filter.ts";
import { bestHop, type Hop } from "./hop.ts";
import { relationView } from "./relation-view.ts";
import { requireNode } from "./require-node.ts";

export interface CausalOptions extends EdgeFilter {
  /** Follow chains (default) or only direct links. */
  transitive?: boolean;
  /** Stop after this many hops (default: unlimited when transitive, 1 otherwise). */
  maxDepth?: number;
}

export interface CausalLink {
  /** The cause (or effect) reached. */
  node: string;
  label: string;
  kind: Kind;
  modality?: Modality;
  date?: DateValue;
  /** Hops between it and the start node: 1 for a direct link. */
  depth: number;
  /**
   * The evidence chain in causal order: for a cause, from it to the start node; for an effect, from the
   * start node to it. Each hop carries its claim, modality, confidence and quotes.
   */
  chain: Hop[];
}

export function traceCausal(
  graph: KnowledgeGraph,
  start: string,
  direction: "causes" | "effects",
  options: CausalOptions = {},
): CausalLink[] {
  requireNode(graph, start);
  const filter: EdgeFilter = { ...options, relations: options.relations ?? DEFAULT_CAUSAL_RELATIONS };
  const view = relationView(graph, filter);
  const maxDepth = options.maxDepth ?? (options.transitive === false ? 1 : Infinity);
  const depth = new Map<string, number>();
  // The neighbour of a reached node one step closer to the start, i.e. the next node of its chain.
  const towardsStart = new Map<string, string>();
  const closerNeighbours = direction === "causes" ? view.forEachOutNeighbor.bind(view) : view.forEachInNeighbor.bind(view);

  bfsFromNode(
    view,
    start,
    (node, _attributes, level) => {
      depth.set(node, level);
      if (level > 0) {
        let parent: string | undefined;
        closerNeighbours(node, (neighbour) => {
          if (parent === undefined && depth.get(neighbour) === level - 1) parent = neighbour;
        });
        towardsStart.set(node, parent!);
      }
      return level >= maxDepth;
    },
    { mode: direction === "causes" ? "inbound" : "outbound" },
  );

  const links: CausalLink[] = [];
  for (const [node, level] of depth) {
    if (level === 0) continue;
    const chain: Hop[] = [];
    for (let current = node; current !== start; current = towardsStart.get(current)!) {
      const next = towardsStart.get(current)!;
      chain.push(direction === "causes" ? bestHop(graph, current, next, filter) : bestHop(graph, next, current, filter));
    }
    if (direction === "effects") chain.reverse();
    const a = graph.getNodeAttributes(node);
    const link: CausalLink = { node, label: a.label, kind: a.kind, depth: level, chain };
    if (a.modality !== undefined) link.modality = a.modality;
    if (a.date !== undefined) link.date = a.date;
    links.push(link);
  }
  return links.sort((x, y) => x.depth - y.depth || x.label.localeCompare(y.label) || x.node.localeCompare(y.node));
}

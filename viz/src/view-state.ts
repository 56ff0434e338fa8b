// The explorer's whole view state in one typed object. The graph model is never written to:
// everything the UI shows (selection, filters, emphasis, layout overrides) derives from this.
import type { Kind, Modality, Relation } from "../../src/model/vocabulary.ts";

export type Selection = { type: "node"; key: string } | { type: "edge"; key: string } | null;

/** Items brought forward together (the SPARQL panel's "show all results in the graph"). */
export interface Highlight {
  nodes: string[];
  edges: string[];
}

export interface ViewState {
  selection: Selection;
  /** Two ends of a path query; both set means "show the paths between them". */
  pathFrom: string | null;
  pathTo: string | null;
  hiddenKinds: Kind[];
  hiddenRelations: Relation[];
  hiddenModalities: Modality[];
  /** Article ids whose nodes and claims are hidden (a node cited by another, shown article stays). */
  hiddenArticles: string[];
  /** Inclusive window of years; null means no time filter. */
  timeWindow: [number, number] | null;
  view: "graph" | "list";
  /** Emphasised as a set, the rest faded, while nothing is selected; null = none. */
  highlight: Highlight | null;
  /** The story view's place (chain index, hop index within it, as story.ts numbers them); null = story off. */
  story: StoryPosition | null;
}

export interface StoryPosition {
  chain: number;
  hop: number;
}

export function initialViewState(): ViewState {
  return {
    selection: null,
    pathFrom: null,
    pathTo: null,
    hiddenKinds: [],
    hiddenRelations: [],
    hiddenModalities: [],
    hiddenArticles: [],
    timeWindow: null,
    view: "graph",
    highlight: null,
    story: null,
  };
}

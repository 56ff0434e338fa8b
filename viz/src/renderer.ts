// The sigma v4 instance: primitives (shapes, paths, arrows) and declarative styles keyed on the
// contract's attributes and on the view's custom item states. Sizes and layout overrides come
// from view-side maps through the reducer; nothing is written into the graph.
import Sigma, { DEFAULT_STYLES } from "sigma";
import {
  extremityArrow, extremityBar, extremityCircle, extremityDiamond, layerDashed, layerFill, layerPlain, pathCurved, pathLine, pathLoop,
  sdfCircle, sdfDiamond, sdfRectangle, sdfSquare, sdfTriangle,
} from "sigma/rendering";
import type { NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";
import { RELATIONS } from "../../src/model/vocabulary.ts";
import { draftOpacity, isDraftedEdge, isDraftedNode } from "./drafted.ts";
import { confidenceOpacity, MODALITY_DASH, PALE_NODE_MODALITIES, RELATION_HEAD_DICT } from "./modality-style.ts";
import type { LabelSide } from "./label-placement.ts";
import type { ExplorerSettings } from "./settings.ts";
import { KIND_COLORS, KIND_SHAPE_DICT, PALE_KIND_COLORS, RELATION_COLOR_DICT, RELATION_LABEL_DICT, STAGE_BACKGROUND, UNKNOWN_COLOR } from "./palette.ts";

export interface ItemState {
  faded: boolean;
  emphasized: boolean;
  selected: boolean;
  /** A claim of a followed chain, path or story hop: its relation name is shown. */
  followed: boolean;
}

export interface EdgeItemState extends ItemState {
  /** A followed claim whose relation name would overlap another's (label-placer.ts): not named. */
  crowded: boolean;
}

export interface NodeItemState extends ItemState {
  /** A root cause or main subject, labelled at rest (landmarks.ts). */
  landmark: boolean;
  /** Chosen by the label placement (label-placer.ts): draws its label, on `labelSide`. */
  labelled: boolean;
  labelSide: LabelSide;
  /** A label shortened to fit beside its node (label-placer.ts); "" draws the node's own label. */
  labelText: string;
}

export type ExplorerSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes, NodeItemState, EdgeItemState>;

export interface RendererInputs {
  /** Drawn size per node (importance), computed once by the view. */
  sizes: Map<string, number>;
  /** Positions from a layout re-run; empty = use the graph's precomputed x/y. */
  positions: Map<string, { x: number; y: number }>;
  settings: Pick<ExplorerSettings, "edgeDetailUpTo">;
  /**
   * Every node and claim starts hidden (a big graph opening on a few nodes, reveal.ts): sigma's first
   * refresh, in its constructor, then draws nothing it would hide a frame later, and the explorer
   * un-hides only what it shows (apply-item-states.ts) instead of hiding all the rest.
   */
  startHidden?: boolean;
}

const EDGE_SIZES: Record<string, number> = Object.fromEntries(
  Object.entries(RELATIONS).map(([r, d]) => [r, d.category === "causal" ? 3.2 : 1.4]),
);

/**
 * sigma draws its first frame inside its constructor, before the explorer has put on any item state;
 * the explorer's states then draw a second full frame in the next animation frame. In software WebGL
 * one frame of a 50k-claim graph costs seconds (every claim's vertices run, hidden or not), so the
 * constructor's frame is only processed (positions normalised, so camera moves and label placement
 * made before the first frame have their coordinates and matrices) and its drawing joins the scheduled one.
 */
class FirstFrameLater extends Sigma<NodeAttributes, EdgeAttributes, GraphAttributes, NodeItemState, EdgeItemState> {}
const drawn = new WeakSet<object>();
const sigmaRender = (Sigma.prototype as unknown as { render(): unknown }).render;
const sigmaRefresh = (Sigma.prototype as unknown as { refresh(opts?: unknown): unknown }).refresh;

interface StateStore {
  nodeStates: Map<string, object>;
  edgeStates: Map<string, object>;
  getNodeState(key: string): object;
  getEdgeState(key: string): object;
}

/**
 * sigma makes each item's first state with its bundled object-spread helper, which redefines a key the
 * custom defaults share with sigma's (`isHidden`, set when starting hidden) through Object.defineProperty:
 * in a CPU profile of the 50k/250k bench graph that took 2.3 s of the first render (0.8 s for bare sigma's
 * smaller states) and left 300k objects in slow dictionary mode. The first state made per kind is sigma's
 * own; every later one is a native spread copy of it (same keys and values, states are replaced on change).
 */
function copyFirstStates(store: StateStore): void {
  for (const [get, map] of [["getNodeState", "nodeStates"], ["getEdgeState", "edgeStates"]] as const) {
    const original = store[get];
    let template: object | null = null;
    store[get] = function getState(this: StateStore, key: string): object {
      key = `${key}`;
      const states = this[map];
      let state = states.get(key);
      if (state) return state;
      if (!template) {
        const first = original.call(this, key);
        template = { ...first };
        return first;
      }
      state = { ...template };
      states.set(key, state);
      return state;
    };
  }
}
Object.defineProperty(FirstFrameLater.prototype, "refresh", {
  configurable: true,
  writable: true,
  // The constructor's refresh is the first: the state store exists, no item state does yet.
  value: function refresh(this: FirstFrameLater, opts?: unknown) {
    const internals = this as unknown as { stateManager: StateStore & { copiesFirst?: true } };
    if (!internals.stateManager.copiesFirst) {
      copyFirstStates(internals.stateManager);
      internals.stateManager.copiesFirst = true;
    }
    return sigmaRefresh.call(this, opts);
  },
});
Object.defineProperty(FirstFrameLater.prototype, "render", {
  configurable: true,
  writable: true,
  value: function render(this: FirstFrameLater) {
    if (drawn.has(this)) return sigmaRender.call(this);
    drawn.add(this);
    // sigma's own (private) steps of a render before it draws.
    const internals = this as unknown as { pendingProcess: string; processData(): void; refreshMatrices(): void };
    this.resize();
    if (internals.pendingProcess !== "none") internals.processData();
    // The camera matrices too: framedGraphToViewport (label placement, a hop's fit) reads them.
    internals.refreshMatrices();
    return this.scheduleRender();
  },
});

export const FONT = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export function createRenderer(graph: KnowledgeGraph, container: HTMLElement, inputs: RendererInputs): ExplorerSigma {
  // On big graphs edge labels and always-on labels cost more than they tell.
  const edgeLabels = graph.size <= inputs.settings.edgeDetailUpTo;
  const noOverride: Partial<NodeDisplayData> = {};
  // sigma spreads a reducer's answer into the display data it evaluated; one object per node for its
  // fixed size, made on first use, keeps a refresh of 50k nodes from allocating 50k more.
  const sizeOnly = new Map<string, Partial<NodeDisplayData>>();
  const nodeDefaults: NodeItemState = { faded: false, emphasized: false, selected: false, followed: false, landmark: false, labelled: false, labelSide: "right", labelText: "" };
  const edgeDefaults: EdgeItemState = { faded: false, emphasized: false, selected: false, followed: false, crowded: false };
  // sigma's types keep its own state keys out of the custom defaults, but its state manager merges these
  // over its defaults (createNodeState), so `isHidden` here is every item's state until it is set.
  if (inputs.startHidden) for (const defaults of [nodeDefaults, edgeDefaults]) Object.assign(defaults, { isHidden: true });
  const sigma: ExplorerSigma = new FirstFrameLater(graph, container, {
    primitives: {
      nodes: {
        shapes: [sdfCircle(), sdfSquare({ cornerRadius: 0.15 }), sdfDiamond(), sdfTriangle(), sdfRectangle({ aspectRatio: 1.6, cornerRadius: 0.3 })],
        layers: [layerFill()],
      },
      edges: {
        paths: [pathLine(), pathCurved({ curvature: 0.25 }), pathLoop()],
        extremities: [extremityArrow(), extremityBar(), extremityCircle(), extremityDiamond()],
        // Solid by default; a claim that did not (yet) happen gets dashes drawn over it, its gaps
        // in the stage colour (dash and gap sizes 0 leave the plain layer alone).
        layers: [layerPlain(), layerDashed({ dashSize: { attribute: "dashSize", default: 0 }, gapSize: { attribute: "gapSize", default: 0 }, gapColor: STAGE_BACKGROUND })],
        variables: {
          dashSize: { type: "number", default: 0 },
          gapSize: { type: "number", default: 0 },
        },
      },
    },
    customNodeState: nodeDefaults,
    customEdgeState: edgeDefaults,
    styles: {
      nodes: [
        DEFAULT_STYLES.nodes,
        {
          color: { attribute: "kind", dict: KIND_COLORS, defaultValue: UNKNOWN_COLOR },
          shape: { attribute: "kind", dict: KIND_SHAPE_DICT, defaultValue: "circle" },
          label: { attribute: "label" },
          labelFont: FONT,
          labelSize: 13,
          labelColor: "#1d2733",
          // Every label is placed by label-placer.ts (no overlaps, none cut off); sigma's grid has no say.
          labelVisibility: "hidden",
          cursor: "pointer",
        },
        // What has not (yet) happened is filled pale, so plans and expectations stand apart from facts.
        {
          when: (a) => a.modality !== undefined && PALE_NODE_MODALITIES.includes(a.modality),
          then: { color: { attribute: "kind", dict: PALE_KIND_COLORS, defaultValue: "#cccccc" } },
        },
        // What did not happen is drawn faded (its claims sparse-dotted, see modality-style.ts).
        { when: (a) => a.modality === "not_happened", then: { opacity: 0.5 } },
        // Drafted, unreviewed nodes are drawn faded by the drafter's confidence (before the state styles, which win).
        { when: (a) => isDraftedNode(a), then: { opacity: (a) => draftOpacity(a.confidence) } },
        // Root causes and main subjects (landmarks.ts) keep their label at rest; fading still hides it.
        { whenState: "labelled", then: { labelVisibility: "visible", labelPosition: (_a, s) => s.labelSide, label: (a, s) => s.labelText || a.label } },
        { whenState: "landmark", then: { labelColor: "#0b1520" } },
        { whenState: "isHovered", then: { labelVisibility: "visible", backdropVisibility: "visible" } },
        { whenState: "emphasized", then: { depth: "topNodes" } },
        { whenState: "faded", then: { opacity: 0.14, labelVisibility: "hidden" } },
        { whenState: "selected", then: { backdropVisibility: "visible", depth: "topNodes", labelSize: 15 } },
      ],
      edges: [
        DEFAULT_STYLES.edges,
        {
          color: { attribute: "relation", dict: RELATION_COLOR_DICT, defaultValue: "#b0b0b0" },
          size: { attribute: "relation", dict: EDGE_SIZES, defaultValue: 1.4 },
          label: edgeLabels ? { attribute: "relation", dict: RELATION_LABEL_DICT, defaultValue: "" } : "",
          labelColor: "#5a6472",
          labelSize: 10,
          labelFont: FONT,
          // Relation names appear on demand (hover, selection, a followed chain): on a resting
          // graph of a hundred claims they would bury the node labels.
          labelVisibility: "hidden",
          head: { attribute: "relation", dict: RELATION_HEAD_DICT, defaultValue: "arrow" },
          path: "straight",
          parallelPath: "curved",
          selfLoopPath: "loop",
          cursor: "pointer",
        },
        ...MODALITY_DASH.map(({ modalities, dash, gap, opacity }) => ({
          when: (a: EdgeAttributes) => modalities.includes(a.modality),
          then: { dashSize: dash, gapSize: gap, ...(opacity === undefined ? {} : { opacity }) },
        })),
        { when: (a) => a.confidence < 1 && !isDraftedEdge(a), then: { opacity: (a) => confidenceOpacity(a.confidence) } },
        { when: (a) => isDraftedEdge(a), then: { opacity: (a) => draftOpacity(a.confidence) } },
        { whenState: "isHovered", then: { labelVisibility: "visible", depth: "topEdges" } },
        // A followed or selected claim names its relation in a size and colour that read at a glance.
        { whenState: "emphasized", then: { depth: "topEdges" } },
        { whenState: "followed", then: { labelVisibility: "visible", labelSize: 12, labelColor: "#2b3440" } },
        { whenState: "crowded", then: { labelVisibility: "hidden" } },
        { whenState: "faded", then: { opacity: 0.07, labelVisibility: "hidden" } },
        { whenState: "selected", then: { labelVisibility: "visible", depth: "topEdges", color: "#1d2733", labelSize: 13, labelColor: "#1d2733" } },
      ],
      stage: { background: STAGE_BACKGROUND },
    },
    nodeReducer: (key) => {
      const size = inputs.sizes.get(key);
      const position = inputs.positions.size ? inputs.positions.get(key) : undefined;
      if (position) return { size: size ?? 6, x: position.x, y: position.y };
      if (size === undefined) return noOverride;
      let data = sizeOnly.get(key);
      if (data?.size !== size) sizeOnly.set(key, (data = { size }));
      return data;
    },
    settings: {
      renderEdgeLabels: edgeLabels,
      // Edge and label picking cost an extra render pass each frame; on big graphs (where edges
      // are too dense to point at anyway) nodes stay clickable and edges are reached through them.
      enableEdgeEvents: edgeLabels,
      edgeLabelEvents: edgeLabels ? "extend" : false,
      nodeLabelEvents: edgeLabels ? "extend" : false,
      itemSizesReference: "screen",
      zoomToSizeRatioFunction: (ratio) => Math.sqrt(ratio),
      stagePadding: 40,
      labelDensity: 0.7,
      labelGridCellSize: 140,
      labelRenderedSizeThreshold: 4,
      hideEdgesOnMove: false,
      // A narrow or collapsed layout can leave the stage 0 px wide for a moment; sigma then waits for
      // the next resize (the explorer observes the stage) instead of throwing.
      allowInvalidContainer: true,
      enableCameraRotation: false,
      enableCameraMouseRotation: false,
    },
  });
  return sigma;
}

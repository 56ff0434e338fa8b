// Pushes the derived view (visible sets, emphasis, selection) into sigma's per-item states.
// Only changed items are touched, so a hover on a 50k-node graph does not re-state every node.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import type { Emphasis } from "./emphasis.ts";
import type { ExplorerSigma } from "./renderer.ts";
import type { Selection } from "./view-state.ts";
import type { Visible } from "./visibility.ts";

// An item's flags as bits: comparing and remembering a number per item allocates nothing on a pass over
// every node and claim; sigma gets an object only for an item whose flags changed.
const HIDDEN = 1;
const FADED = 2;
const EMPHASIZED = 4;
const SELECTED = 8;
const FOLLOWED = 16;

function flagsOf(key: string, visible: Set<string>, emphasized: Set<string> | undefined, selected: string | null, followed?: Set<string>): number {
  let flags = visible.has(key) ? 0 : HIDDEN;
  if (emphasized) flags |= emphasized.has(key) ? EMPHASIZED : FADED;
  if (selected === key) flags |= SELECTED;
  if (followed?.has(key)) flags |= FOLLOWED;
  return flags;
}

function state(flags: number): { isHidden: boolean; faded: boolean; emphasized: boolean; selected: boolean; followed: boolean } {
  return { isHidden: !!(flags & HIDDEN), faded: !!(flags & FADED), emphasized: !!(flags & EMPHASIZED), selected: !!(flags & SELECTED), followed: !!(flags & FOLLOWED) };
}

export class ItemStates {
  /** Flags pushed to sigma; an item not here is in its starting state. */
  private nodes = new Map<string, number>();
  private edges = new Map<string, number>();
  /** Every item's starting state in sigma: hidden when the renderer was made with `startHidden`. */
  private readonly initial: number;

  constructor(private readonly sigma: ExplorerSigma, private readonly graph: KnowledgeGraph, options: { startHidden?: boolean } = {}) {
    this.initial = options.startHidden ? HIDDEN : 0;
  }

  apply(visible: Visible, emphasis: Emphasis | null, selection: Selection): void {
    const selectedNode = selection?.type === "node" ? selection.key : null;
    const selectedEdge = selection?.type === "edge" ? selection.key : null;
    this.graph.forEachNode((node) => {
      const flags = flagsOf(node, visible.nodes, emphasis?.nodes, selectedNode);
      if (flags !== (this.nodes.get(node) ?? this.initial)) {
        this.nodes.set(node, flags);
        this.sigma.setNodeState(node, state(flags));
      }
    });
    this.graph.forEachEdge((edge) => {
      const flags = flagsOf(edge, visible.edges, emphasis?.edges, selectedEdge, emphasis?.followed);
      if (flags !== (this.edges.get(edge) ?? this.initial)) {
        this.edges.set(edge, flags);
        this.sigma.setEdgeState(edge, state(flags));
      }
    });
  }
}

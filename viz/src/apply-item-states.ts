// Pushes the derived view (visible sets, emphasis, selection) into sigma's per-item states.
// Only changed items are touched, so a hover on a 50k-node graph does not re-state every node.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import type { Emphasis } from "./emphasis.ts";
import type { ExplorerSigma } from "./renderer.ts";
import type { Selection } from "./view-state.ts";
import type { Visible } from "./visibility.ts";

interface Flags {
  isHidden: boolean;
  faded: boolean;
  emphasized: boolean;
  selected: boolean;
  followed: boolean;
}

function same(a: Flags | undefined, b: Flags): boolean {
  return !!a && a.isHidden === b.isHidden && a.faded === b.faded && a.emphasized === b.emphasized && a.selected === b.selected && a.followed === b.followed;
}

function flagsOf(key: string, visible: Set<string>, emphasized: Set<string> | undefined, selected: string | null, followed?: Set<string>): Flags {
  return {
    isHidden: !visible.has(key),
    emphasized: !!emphasized?.has(key),
    faded: !!emphasized && !emphasized.has(key),
    selected: selected === key,
    followed: !!followed?.has(key),
  };
}

/** Pushes `flags` to sigma only when they changed; an item never touched and in the default state is skipped. */
function sync(known: Map<string, Flags>, key: string, flags: Flags, push: (flags: Flags) => void): void {
  const prev = known.get(key);
  if (same(prev, flags) || (!prev && !flags.isHidden && !flags.faded && !flags.emphasized && !flags.selected && !flags.followed)) return;
  known.set(key, flags);
  push(flags);
}

export class ItemStates {
  private nodes = new Map<string, Flags>();
  private edges = new Map<string, Flags>();

  constructor(private readonly sigma: ExplorerSigma, private readonly graph: KnowledgeGraph) {}

  apply(visible: Visible, emphasis: Emphasis | null, selection: Selection): void {
    this.graph.forEachNode((node) =>
      sync(this.nodes, node, flagsOf(node, visible.nodes, emphasis?.nodes, selection?.type === "node" ? selection.key : null), (f) => this.sigma.setNodeState(node, f)),
    );
    this.graph.forEachEdge((edge) =>
      sync(this.edges, edge, flagsOf(edge, visible.edges, emphasis?.edges, selection?.type === "edge" ? selection.key : null, emphasis?.followed), (f) => this.sigma.setEdgeState(edge, f)),
    );
  }
}

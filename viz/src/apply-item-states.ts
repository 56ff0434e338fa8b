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
}

function same(a: Flags | undefined, b: Flags): boolean {
  return !!a && a.isHidden === b.isHidden && a.faded === b.faded && a.emphasized === b.emphasized && a.selected === b.selected;
}

export class ItemStates {
  private nodes = new Map<string, Flags>();
  private edges = new Map<string, Flags>();

  constructor(private readonly sigma: ExplorerSigma, private readonly graph: KnowledgeGraph) {}

  apply(visible: Visible, emphasis: Emphasis | null, selection: Selection): void {
    this.graph.forEachNode((node) => {
      const flags: Flags = {
        isHidden: !visible.nodes.has(node),
        emphasized: !!emphasis?.nodes.has(node),
        faded: !!emphasis && !emphasis.nodes.has(node),
        selected: selection?.type === "node" && selection.key === node,
      };
      const prev = this.nodes.get(node);
      if (same(prev, flags) || (!prev && !flags.isHidden && !flags.faded && !flags.emphasized && !flags.selected)) return;
      this.nodes.set(node, flags);
      this.sigma.setNodeState(node, flags);
    });
    this.graph.forEachEdge((edge) => {
      const flags: Flags = {
        isHidden: !visible.edges.has(edge),
        emphasized: !!emphasis?.edges.has(edge),
        faded: !!emphasis && !emphasis.edges.has(edge),
        selected: selection?.type === "edge" && selection.key === edge,
      };
      const prev = this.edges.get(edge);
      if (same(prev, flags) || (!prev && !flags.isHidden && !flags.faded && !flags.emphasized && !flags.selected)) return;
      this.edges.set(edge, flags);
      this.sigma.setEdgeState(edge, flags);
    });
  }
}

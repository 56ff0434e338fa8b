// On a big graph the explorer does not open on the whole hairball: it shows a few nodes (the root
// causes and each article's main subjects, see landmarks.ts) and grows the view on demand — a node
// chosen by search, in the text or in a panel is revealed, a double-click or "Expand" adds a node's
// neighbours, an article's "Show in graph" its nodes, "Show all" the rest. What is revealed is a set of
// nodes; a claim shows when both its ends do. Filters still apply on top.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import type { Visible } from "./visibility.ts";

export class Reveal {
  /** null: everything is shown (a small graph, or after "Show all"). */
  private shown: Set<string> | null;
  /** Changes whenever the set does (part of the explorer's visibility cache key). */
  version = 0;

  constructor(private readonly graph: KnowledgeGraph, start: Iterable<string> | null) {
    this.shown = start ? new Set([...start].filter((n) => graph.hasNode(n))) : null;
  }

  get active(): boolean {
    return this.shown !== null;
  }

  /** Reveals `nodes`; true when any was hidden. */
  add(nodes: Iterable<string>): boolean {
    if (!this.shown) return false;
    let changed = false;
    for (const node of nodes) {
      if (!this.graph.hasNode(node) || this.shown.has(node)) continue;
      this.shown.add(node);
      changed = true;
    }
    if (changed) this.version++;
    return changed;
  }

  /** Neighbours of `node` that the filters let through and that are not shown yet. */
  hiddenNeighbours(node: string, passing: Visible): string[] {
    if (!this.shown || !this.graph.hasNode(node)) return [];
    const shown = this.shown;
    return this.graph.neighbors(node).filter((n) => passing.nodes.has(n) && !shown.has(n)).sort();
  }

  /** Reveals `node` and its neighbours (as the filters let them through); how many were added. */
  expand(node: string, passing: Visible): number {
    const added = this.hiddenNeighbours(node, passing);
    this.add([node, ...added]);
    return added.length;
  }

  showAll(): void {
    if (!this.shown) return;
    this.shown = null;
    this.version++;
  }

  /** What the filters let through, of what is revealed. */
  restrict(passing: Visible): Visible {
    const shown = this.shown;
    if (!shown) return passing;
    const nodes = new Set<string>();
    for (const node of shown) if (passing.nodes.has(node)) nodes.add(node);
    const edges = new Set<string>();
    for (const node of nodes) {
      this.graph.forEachOutEdge(node, (edge, _a, _s, target) => {
        if (nodes.has(target) && passing.edges.has(edge)) edges.add(edge);
      });
    }
    return { nodes, edges };
  }
}

// The story view's model: the core's causal chains (storyChains: root cause → … → end, walked as
// `kg effects` walks, a `prevents` claim ending a chain) under the view's filters, which chain and
// which hop the reader is on (kept in the view state), and what that shows: the chains only, the current one brought forward.
// On a graph whose chains are too many to read at once, only the chains of the current root are shown.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import type { GraphFilter } from "../../src/query/filter-graph.ts";
import type { Hop } from "../../src/query/hop.ts";
import { storyChains, type StoryChain } from "../../src/query/story-chains.ts";
import { claimFilter } from "./causal-chain.ts";
import type { Emphasis } from "./emphasis.ts";
import type { StoryPosition } from "./view-state.ts";
import type { Visible } from "./visibility.ts";

export function chainNodes(chain: StoryChain): string[] {
  return [chain.root, ...chain.hops.map((hop) => hop.target)];
}

export class Story {
  private cache: { key: string; chains: StoryChain[]; nodes: number } | null = null;

  /**
   * `position` reads the story's place from the view state (the URL and each history entry carry it,
   * so a link opens at that hop and Back undoes a step); this class only interprets it.
   */
  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly wholeUpTo: number,
    private readonly position: () => StoryPosition | null,
  ) {}

  get active(): boolean {
    return this.position() !== null;
  }

  /** The chain on show; a position from a link or from before a filter change is clamped to the chains there are. */
  get chainIndex(): number {
    const chains = this.cache?.chains.length ?? 0;
    return Math.max(0, Math.min(this.position()?.chain ?? 0, chains - 1));
  }

  get step(): number {
    const chain = this.cache?.chains[this.chainIndex];
    return chain ? Math.max(0, Math.min(this.position()?.hop ?? 0, chain.hops.length - 1)) : 0;
  }

  /** The chains under the view's filter (`key` identifies the filter; recomputed when it changes). */
  chains(key: string, filter: GraphFilter): StoryChain[] {
    if (this.cache?.key !== key) {
      const chains = storyChains(this.graph, claimFilter(filter));
      const nodes = new Set(chains.flatMap(chainNodes)).size;
      this.cache = { key, chains, nodes };
    }
    return this.cache.chains;
  }

  current(chains: StoryChain[]): { chain: StoryChain; hop: Hop } | null {
    const chain = chains[this.chainIndex];
    const hop = chain?.hops[Math.min(this.step, chain.hops.length - 1)];
    return chain && hop ? { chain, hop } : null;
  }

  /** One hop on; past a chain's end (or before its start) the next (previous) chain. Null at either end. */
  move(chains: StoryChain[], delta: 1 | -1): StoryPosition | null {
    const chain = chains[this.chainIndex];
    if (!chain) return null;
    const step = this.step + delta;
    if (step >= 0 && step < chain.hops.length) return { chain: this.chainIndex, hop: step };
    const next = this.chainIndex + delta;
    const other = chains[next];
    if (!other) return null;
    return { chain: next, hop: delta > 0 ? 0 : other.hops.length - 1 };
  }

  /** The first hop of chain `index`, or null when there is no such chain. */
  choose(chains: StoryChain[], index: number): StoryPosition | null {
    return index >= 0 && index < chains.length ? { chain: index, hop: 0 } : null;
  }

  /** The chains shown: all of them, or on a big story only those of the current chain's root. */
  shownChains(chains: StoryChain[]): StoryChain[] {
    if (!this.cache || this.cache.nodes <= this.wholeUpTo) return chains;
    const root = chains[this.chainIndex]?.root;
    return chains.filter((c) => c.root === root);
  }

  /** What the story shows: the shown chains' nodes and claims, of what the filters let through. */
  restrict(chains: StoryChain[], visible: Visible): Visible {
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const chain of this.shownChains(chains)) {
      for (const node of chainNodes(chain)) if (visible.nodes.has(node)) nodes.add(node);
      for (const hop of chain.hops) if (visible.edges.has(hop.claim)) edges.add(hop.claim);
    }
    return { nodes, edges };
  }

  /** The current chain brought forward (the others fade). */
  emphasis(chains: StoryChain[]): Emphasis | null {
    const chain = chains[this.chainIndex];
    if (!chain) return null;
    return { nodes: new Set(chainNodes(chain)), edges: new Set(chain.hops.map((hop) => hop.claim)) };
  }

  /** Labelled first: the current hop's two ends, then the current chain, then every shown chain's root and end. */
  keyNodes(chains: StoryChain[]): string[][] {
    const now = this.current(chains);
    const ends = this.shownChains(chains).flatMap((c) => [c.root, c.hops[c.hops.length - 1]!.target]);
    return [now ? [now.hop.source, now.hop.target] : [], now ? chainNodes(now.chain) : [], ends];
  }
}

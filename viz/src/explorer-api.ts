// What panels may do: read the graph and view state, and ask for a state change. Panels never
// touch sigma or each other; the explorer re-renders them after every change.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import type { NodeSearch } from "../../src/query/node-search.ts";
import type { CausalChain } from "./causal-chain.ts";
import type { ExplorerSettings } from "./settings.ts";
import type { Selection, ViewState } from "./view-state.ts";
import type { Visible } from "./visibility.ts";

export interface ExplorerApi {
  readonly graph: KnowledgeGraph;
  readonly state: Readonly<ViewState>;
  readonly settings: Readonly<ExplorerSettings>;
  /** The core's node search, prepared once for this graph. */
  readonly search: NodeSearch;
  visible(): Visible;
  /** Causes and effects of a node under the current filters (the core's causesOf / effectsOf). */
  chain(node: string): CausalChain;
  update(patch: Partial<ViewState>): void;
  select(selection: Selection, options?: { moveCamera?: boolean; scrollText?: boolean }): void;
  /** Selects an item and scrolls the article to its `index`-th evidence quote (`f<i>.<n>`: the n-th quote of its i-th figure). */
  showEvidence(selection: NonNullable<Selection>, index: number | string): void;
  /** On a big graph opened in part (reveal.ts): neighbours of `node` not shown yet, and showing them. */
  hiddenNeighbours?(node: string): number;
  expand?(node: string): void;
  /** Shows the nodes an article quotes. */
  revealArticle?(article: string): void;
}

export function itemKey(selection: NonNullable<Selection>): string {
  return `${selection.type === "node" ? "n" : "e"}:${selection.key}`;
}

export function parseItemKey(key: string): Selection {
  if (key.startsWith("n:")) return { type: "node", key: key.slice(2) };
  if (key.startsWith("e:")) return { type: "edge", key: key.slice(2) };
  return null;
}

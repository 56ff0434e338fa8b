// What panels may do: read the graph and view state, and ask for a state change. Panels never
// touch sigma or each other; the explorer re-renders them after every change.
import type { MultiDirectedGraph } from "graphology";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import type { Selection, ViewState } from "./view-state.ts";
import type { Visible } from "./visibility.ts";

export interface ExplorerApi {
  readonly graph: KnowledgeGraph;
  readonly causal: MultiDirectedGraph;
  readonly state: Readonly<ViewState>;
  visible(): Visible;
  update(patch: Partial<ViewState>): void;
  select(selection: Selection, options?: { moveCamera?: boolean; scrollText?: boolean }): void;
}

export function itemKey(selection: NonNullable<Selection>): string {
  return `${selection.type === "node" ? "n" : "e"}:${selection.key}`;
}

export function parseItemKey(key: string): Selection {
  if (key.startsWith("n:")) return { type: "node", key: key.slice(2) };
  if (key.startsWith("e:")) return { type: "edge", key: key.slice(2) };
  return null;
}

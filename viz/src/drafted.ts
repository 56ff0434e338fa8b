// Whether an item is still a draft (proposed by `kg draft`, not reviewed): the view marks drafts
// on the canvas, in the text and in the details, and never writes the mark into the graph.
import type { EdgeAttributes, NodeAttributes } from "../../src/model/types.ts";

/** A node is a draft when every article that mentions it only drafts it. */
export function isDraftedNode(a: Pick<NodeAttributes, "articles" | "draftedIn">): boolean {
  const drafted = a.draftedIn ?? [];
  return drafted.length > 0 && a.articles.every((article) => drafted.includes(article));
}

export function isDraftedEdge(a: Pick<EdgeAttributes, "drafted">): boolean {
  return a.drafted === true;
}

/** Drafts fade with the drafter's doubt: a 0.5-confidence claim is drawn lighter than a 0.9 one. */
export function draftOpacity(confidence: number | undefined): number {
  return 0.3 + 0.45 * Math.min(1, Math.max(0, confidence ?? 1));
}

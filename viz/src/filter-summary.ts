// The status line's account of the active filters, so the numbers beside it can be read: "86 of 87
// nodes" alone does not say that planned items are hidden.
import type { FilterState } from "./visibility.ts";

export function filterSummary(state: FilterState): string {
  const parts: string[] = [];
  const hidden = (n: number, what: string) => {
    if (n) parts.push(`${n} ${what}${n > 1 ? "s" : ""} hidden`);
  };
  hidden(state.hiddenKinds.length, "kind");
  if (state.hiddenModalities.length) parts.push(`${state.hiddenModalities.length} modalit${state.hiddenModalities.length > 1 ? "ies" : "y"} hidden`);
  hidden(state.hiddenRelations.length, "relation");
  hidden(state.hiddenArticles.length, "article");
  if (state.timeWindow) parts.push(`${state.timeWindow[0]}–${state.timeWindow[1]}`);
  return parts.join(", ");
}

// Dates are compared where the entities they date matched: a date is one item per dated entity,
// right when the matched entity's date agrees. Two readings of "agrees": the same value and
// qualifier (what the annotator wrote), and the same earliest and latest bounds (what a query by
// time sees; "2018" and "around 2018" have the same bounds). A date that names no time
// ("during World War II": text only) agrees with another that names none.
import type { ArticleModel, DateValue } from "../model/types.ts";
import type { DateRef, EntityMatch } from "./types.ts";

export interface DatePair {
  draft: DateRef;
  gold: DateRef;
  value: boolean;
  bounds: boolean;
}

export interface DateComparison {
  pairs: DatePair[];
  /** Gold dates whose entity has no dated match. */
  missed: DateRef[];
  /** Draft dates whose entity has no dated match. */
  spurious: DateRef[];
  draftCount: number;
  goldCount: number;
}

export const sameDateValue = (a: DateValue, b: DateValue): boolean => a.value === b.value && a.qualifier === b.qualifier;
export const sameDateBounds = (a: DateValue, b: DateValue): boolean => a.earliest === b.earliest && a.latest === b.latest;

export function compareDates(draft: ArticleModel, gold: ArticleModel, matches: readonly EntityMatch[]): DateComparison {
  const draftDates = new Map(draft.nodes.flatMap((n) => (n.attributes.date ? [[n.id, n.attributes.date] as const] : [])));
  const goldDates = new Map(gold.nodes.flatMap((n) => (n.attributes.date ? [[n.id, n.attributes.date] as const] : [])));
  const pairs: DatePair[] = [];
  const pairedDraft = new Set<string>();
  const pairedGold = new Set<string>();
  for (const match of matches) {
    const d = draftDates.get(match.draft);
    const g = goldDates.get(match.gold);
    if (!d || !g) continue;
    pairedDraft.add(match.draft);
    pairedGold.add(match.gold);
    pairs.push({ draft: { entity: match.draft, date: d }, gold: { entity: match.gold, date: g }, value: sameDateValue(d, g), bounds: sameDateBounds(d, g) });
  }
  return {
    pairs,
    missed: [...goldDates].filter(([id]) => !pairedGold.has(id)).map(([entity, date]) => ({ entity, date })),
    spurious: [...draftDates].filter(([id]) => !pairedDraft.has(id)).map(([entity, date]) => ({ entity, date })),
    draftCount: draftDates.size,
    goldCount: goldDates.size,
  };
}

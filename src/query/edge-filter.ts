// Which claims a traversal may follow. Shared by causes/effects, paths and neighbours so that
// "only planned links" or "only links above 0.8 confidence" mean the same everywhere.
import type { EdgeAttributes } from "../model/types.ts";
import type { Modality, Relation } from "../model/vocabulary.ts";

export interface EdgeFilter {
  /** Follow only these relations (default: every relation). */
  relations?: readonly Relation[];
  /** Follow only claims stated with these modalities. */
  modalities?: readonly Modality[];
  /** Follow only claims with at least this confidence. */
  minConfidence?: number;
  /** Follow only claims from these articles. */
  articles?: readonly string[];
}

/** A predicate for `filter`; `undefined` fields accept everything. */
export function edgePredicate(filter: EdgeFilter): (attributes: EdgeAttributes) => boolean {
  const relations = filter.relations ? new Set<string>(filter.relations) : null;
  const modalities = filter.modalities ? new Set<string>(filter.modalities) : null;
  const articles = filter.articles ? new Set(filter.articles) : null;
  const minConfidence = filter.minConfidence ?? -Infinity;
  return (a) =>
    (!relations || relations.has(a.relation)) &&
    (!modalities || modalities.has(a.modality)) &&
    (!articles || articles.has(a.article)) &&
    a.confidence >= minConfidence;
}

/** A stable cache key for a filter (sorted, so option order does not matter). */
export function edgeFilterKey(filter: EdgeFilter): string {
  const sorted = (values: readonly string[] | undefined): string => (values ? [...values].sort().join(",") : "*");
  return [sorted(filter.relations), sorted(filter.modalities), sorted(filter.articles), filter.minConfidence ?? "*"].join("|");
}

// Which draft relation is which gold relation. A draft edge can match a gold edge only when its
// source's match is the gold source and its target's match is the gold target: direction counts,
// and no relation is read as the inverse of another (the vocabulary has no inverse pairs; "X before
// Y" written as "Y before X" is a different claim). Typed matching also needs the same relation;
// untyped matching does not, but prefers it. Several edges between the same ends are paired one
// to one, those whose evidence overlaps most first.
import type { ArticleModel } from "../model/types.ts";
import { assignGreedy, type Candidate } from "./assign-greedy.ts";
import { bestJaccard } from "./span-overlap.ts";

type Edge = ArticleModel["edges"][number];

export interface EdgePair {
  draft: number;
  gold: number;
}

/**
 * One-to-one pairs of indices into `draft` and `gold`, in gold order. `entityMap` maps a draft
 * entity id to the gold entity id it matched.
 */
export function matchRelations(draft: readonly Edge[], gold: readonly Edge[], entityMap: ReadonlyMap<string, string>, typed: boolean): EdgePair[] {
  const candidates: Candidate[] = [];
  draft.forEach((d, di) => {
    const source = entityMap.get(d.source);
    const target = entityMap.get(d.target);
    if (source === undefined || target === undefined) return;
    gold.forEach((g, gi) => {
      if (g.source !== source || g.target !== target) return;
      const sameRelation = d.attributes.relation === g.attributes.relation;
      if (typed && !sameRelation) return;
      candidates.push({ draft: di, gold: gi, stage: sameRelation ? 0 : 1, score: bestJaccard(d.attributes.evidence, g.attributes.evidence) });
    });
  });
  return assignGreedy(candidates)
    .sort((a, b) => a.gold - b.gold)
    .map(({ draft: d, gold: g }) => ({ draft: d, gold: g }));
}

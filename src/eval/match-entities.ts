// Which draft entity is which gold entity. The rule (docs/eval.md, "Matching"):
//   a pair is a candidate only if both kinds are in the same kind group (kind-groups.ts); then
//   1. same id;                                   else
//   2. a name of one equals a name of the other   (names = label and aliases, compared by nameKey);
//      label = label ranks above any pair involving an alias;   else
//   3. overlapping evidence: the best Jaccard index of code-point ranges between an evidence span of
//      one and an evidence span of the other is at least EVIDENCE_JACCARD.
// Pairs are assigned one-to-one, stage 1 before 2 before 3, and within a stage the stronger first.
import type { ArticleModel } from "../model/types.ts";
import { assignGreedy, type Candidate } from "./assign-greedy.ts";
import { EVAL_KIND_GROUPS } from "./kind-groups.ts";
import { nameKey } from "./name-key.ts";
import { bestJaccard } from "./span-overlap.ts";
import type { EntityMatch, MatchStage } from "./types.ts";

/**
 * Half of the union shared. Gold quotes are phrases that support an entity, not bare mentions, so
 * "one span inside the other" would match a name to every entity of its group quoted by the same
 * sentence; at 0.5 a short mention inside a long quote is not enough, two quotes of the same clause are.
 */
export const EVIDENCE_JACCARD = 0.5;

const STAGES: readonly MatchStage[] = ["id", "name", "evidence"];

type Node = ArticleModel["nodes"][number];

function nameScore(draft: Node, gold: Node): number {
  const draftLabel = nameKey(draft.attributes.label);
  const goldLabel = nameKey(gold.attributes.label);
  if (draftLabel === goldLabel) return 1;
  const draftNames = new Set([draftLabel, ...draft.attributes.aliases.map(nameKey)]);
  const goldNames = [goldLabel, ...gold.attributes.aliases.map(nameKey)];
  return goldNames.some((n) => n !== "" && draftNames.has(n)) ? 0.5 : 0;
}

/** One-to-one entity matches, in gold order. */
export function matchEntities(draft: ArticleModel, gold: ArticleModel): EntityMatch[] {
  const candidates: Candidate[] = [];
  draft.nodes.forEach((d, di) => {
    gold.nodes.forEach((g, gi) => {
      if (EVAL_KIND_GROUPS[d.attributes.kind] !== EVAL_KIND_GROUPS[g.attributes.kind]) return;
      const overlap = bestJaccard(d.attributes.evidence, g.attributes.evidence);
      if (d.id === g.id) {
        candidates.push({ draft: di, gold: gi, stage: 0, score: overlap });
        return;
      }
      const names = nameScore(d, g);
      // Within the name stage, evidence overlap breaks ties between equally good names.
      if (names > 0) candidates.push({ draft: di, gold: gi, stage: 1, score: names + overlap / 10 });
      else if (overlap >= EVIDENCE_JACCARD) candidates.push({ draft: di, gold: gi, stage: 2, score: overlap });
    });
  });
  return assignGreedy(candidates)
    .sort((a, b) => a.gold - b.gold)
    .map((c) => {
      const d = draft.nodes[c.draft] as Node;
      const g = gold.nodes[c.gold] as Node;
      return { draft: d.id, gold: g.id, by: STAGES[c.stage] as MatchStage, draftKind: d.attributes.kind, goldKind: g.attributes.kind };
    });
}

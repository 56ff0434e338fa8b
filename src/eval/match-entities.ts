// Which draft entity is which gold entity. The rule (docs/eval.md, "Matching"):
//   a pair is a candidate only if both kinds are in the same kind group (kind-groups.ts); then
//   1. same id;                                   else
//   2. a name of one equals a name of the other   (names = label and aliases, compared by nameKey);
//      label = label ranks above any pair involving an alias;   else
//   3. similar names and touching evidence: some name of one and some name of the other have the
//      same head word and share more than half of their words together (word Jaccard >
//      NAME_WORDS_JACCARD), and some evidence spans share a code point; else
//   4. overlapping evidence: the best Jaccard index of code-point ranges between an evidence span of
//      one and an evidence span of the other is at least EVIDENCE_JACCARD.
// Pairs are assigned one-to-one, stage 1 before 2 before 3 before 4, and within a stage the stronger first.
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

/**
 * Strictly more than this. "Supreme Court ruling" and "2018 Supreme Court ruling" share 3 of 4
 * words; "North Korea" and "Korea" only 1 of 2, "Japanese export curbs" and "Korean export curbs"
 * 2 of 4. Neither signal alone is enough (a shared word, a shared sentence); both together are,
 * when the names are about the same noun: "artificial intelligence" shares 2 of 3 words with
 * "Semiconductors for artificial intelligence" but is not a semiconductor.
 */
export const NAME_WORDS_JACCARD = 0.5;

/** Words that say nothing about which entity a name names. */
const STOP_WORDS = new Set(["of", "and", "for", "in", "on", "to", "at", "by", "with", "from"]);

/** The stages in order of precedence. */
export const MATCH_STAGES: readonly MatchStage[] = ["id", "name", "similar-name", "evidence"];

type Node = ArticleModel["nodes"][number];

interface NameWords {
  words: Set<string>;
  head: string;
}

/**
 * The content words of a name and its head: the last word before the first preposition or
 * conjunction, which in an English noun phrase is the noun it is about ("ruling" in "2018 Supreme
 * Court ruling", "semiconductor" in "Semiconductors for artificial intelligence").
 */
function nameWords(name: string): NameWords {
  const all = nameKey(name).split(" ").filter((w) => w !== "");
  const cut = all.findIndex((w) => STOP_WORDS.has(w));
  const head = (cut > 0 ? all[cut - 1] : all[all.length - 1]) ?? "";
  return { words: new Set(all.filter((w) => !STOP_WORDS.has(w))), head };
}

function wordJaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** An entity's names, keyed once: matching compares every draft entity with every gold entity. */
interface Names {
  label: string;
  keys: Set<string>;
  words: NameWords[];
}

function namesOf(node: Node): Names {
  const names = [node.attributes.label, ...node.attributes.aliases];
  return { label: nameKey(node.attributes.label), keys: new Set(names.map(nameKey).filter((k) => k !== "")), words: names.map(nameWords) };
}

/** 1 for label = label, 0.5 for any other name in common, 0 for none. */
function nameScore(draft: Names, gold: Names): number {
  if (draft.label !== "" && draft.label === gold.label) return 1;
  for (const key of gold.keys) if (draft.keys.has(key)) return 0.5;
  return 0;
}

/** The best word overlap between a name of one and a name of the other with the same head; 0 if none. */
function similarNames(draft: Names, gold: Names): number {
  let best = 0;
  for (const a of draft.words) for (const b of gold.words) if (a.head === b.head) best = Math.max(best, wordJaccard(a.words, b.words));
  return best;
}

/** One-to-one entity matches, in gold order. */
export function matchEntities(draft: ArticleModel, gold: ArticleModel): EntityMatch[] {
  const candidates: Candidate[] = [];
  const draftNames = draft.nodes.map(namesOf);
  const goldNames = gold.nodes.map(namesOf);
  draft.nodes.forEach((d, di) => {
    gold.nodes.forEach((g, gi) => {
      if (EVAL_KIND_GROUPS[d.attributes.kind] !== EVAL_KIND_GROUPS[g.attributes.kind]) return;
      const overlap = bestJaccard(d.attributes.evidence, g.attributes.evidence);
      if (d.id === g.id) {
        candidates.push({ draft: di, gold: gi, stage: 0, score: overlap });
        return;
      }
      const names = nameScore(draftNames[di] as Names, goldNames[gi] as Names);
      // Within the name stage, evidence overlap breaks ties between equally good names.
      if (names > 0) {
        candidates.push({ draft: di, gold: gi, stage: 1, score: names + overlap / 10 });
        return;
      }
      const similar = overlap > 0 ? similarNames(draftNames[di] as Names, goldNames[gi] as Names) : 0;
      if (similar > NAME_WORDS_JACCARD) candidates.push({ draft: di, gold: gi, stage: 2, score: similar + overlap / 10 });
      else if (overlap >= EVIDENCE_JACCARD) candidates.push({ draft: di, gold: gi, stage: 3, score: overlap });
    });
  });
  return assignGreedy(candidates)
    .sort((a, b) => a.gold - b.gold)
    .map((c) => {
      const d = draft.nodes[c.draft] as Node;
      const g = gold.nodes[c.gold] as Node;
      return { draft: d.id, gold: g.id, by: MATCH_STAGES[c.stage] as MatchStage, draftKind: d.attributes.kind, goldKind: g.attributes.kind };
    });
}

// Why items were missed, as counts only: for a rule writer who must not read held-out gold, this says
// which stage to work on (detection, extent/label, kind, granularity, relation type or attachment)
// without naming any item. Pure and browser-safe, like the rest of src/eval.
import type { ArticleModel, Evidence } from "../model/types.ts";
import { EVAL_KIND_GROUPS, type EvalKindGroup } from "./kind-groups.ts";
import { bestJaccard } from "./span-overlap.ts";
import type { EvalReport } from "./types.ts";

type Node = ArticleModel["nodes"][number];

/**
 * A missed gold entity (or a spurious draft entity), by what the other side has on its words:
 * - `sameGroupFree`: an unmatched item of the same kind group overlaps it, but the names and spans
 *   differ too much (label or extent), split by best span Jaccard;
 * - `sameGroupTaken`: only already-matched items of its group overlap it (granularity: one item on
 *   one side covers two on the other);
 * - `otherGroup`: only items of another kind group overlap it (kind);
 * - `nothing`: nothing on the other side touches its evidence (not detected / not annotated).
 */
export interface EntityMissBuckets {
  sameGroupFree: { below02: number; from02to05: number; atLeast05: number };
  sameGroupTaken: number;
  /**
   * Of `sameGroupTaken`: the matched item's own partner also touches these words (two items of one
   * side share words, the other side has one: nesting), or it does not (the other side's item joined
   * mentions that are two things here: over-merging by coreference).
   */
  takenNested: number;
  takenMerged: number;
  otherGroup: number;
  nothing: number;
}

/**
 * A missed gold relation whose two ends are both matched, by what the draft has between those ends:
 * another relation in the same direction, any relation in the other direction, or nothing; and, when
 * nothing, whether a drafted relation of the same type quotes overlapping words (attached elsewhere).
 */
export interface RelationMissBuckets {
  bothEnds: number;
  otherTypeSameDirection: number;
  reversed: number;
  noneBetween: number;
  noneBetweenButSameTypeOverlaps: number;
  /** One end unmatched: the unmatched gold end's entity bucket. */
  oneEnd: number;
  oneEndUnmatchedDetectedSameGroup: number;
  oneEndUnmatchedNothing: number;
  noEnd: number;
}

export interface MissDiagnosis {
  missedEntities: Record<EvalKindGroup, EntityMissBuckets>;
  spuriousEntities: Record<EvalKindGroup, EntityMissBuckets>;
  missedRelations: Record<string, RelationMissBuckets>;
  /**
   * Missed gold entities that only items of another kind group overlap, by gold kind and the
   * drafted kind on their words ("Region → Organization"): which kind rule to look at.
   */
  kindConfusions: Record<string, number>;
  /** Wrong modalities on matched items, by item (entity or relation), gold and drafted modality. */
  modalityConfusions: Record<string, number>;
}

const GROUPS: readonly EvalKindGroup[] = ["actor", "happening", "place", "text", "topic"];

const touches = (a: readonly Evidence[], b: readonly Evidence[]): boolean => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

export function emptyDiagnosis(): MissDiagnosis {
  const entityBuckets = () =>
    Object.fromEntries(GROUPS.map((g) => [g, { sameGroupFree: { below02: 0, from02to05: 0, atLeast05: 0 }, sameGroupTaken: 0, takenNested: 0, takenMerged: 0, otherGroup: 0, nothing: 0 }])) as Record<EvalKindGroup, EntityMissBuckets>;
  return { missedEntities: entityBuckets(), spuriousEntities: entityBuckets(), missedRelations: {}, kindConfusions: {}, modalityConfusions: {} };
}

const emptyRelationBuckets = (): RelationMissBuckets => ({
  bothEnds: 0,
  otherTypeSameDirection: 0,
  reversed: 0,
  noneBetween: 0,
  noneBetweenButSameTypeOverlaps: 0,
  oneEnd: 0,
  oneEndUnmatchedDetectedSameGroup: 0,
  oneEndUnmatchedNothing: 0,
  noEnd: 0,
});

/** Adds the counts of `from` to `into`, field by field (a set's diagnosis is the sum of its articles'). */
export function addDiagnosis(into: MissDiagnosis, from: MissDiagnosis): MissDiagnosis {
  addCounts(into as unknown as Counts, from as unknown as Counts);
  return into;
}

interface Counts {
  [key: string]: number | Counts;
}

function addCounts(into: Counts, from: Counts): void {
  for (const [key, value] of Object.entries(from)) {
    if (typeof value === "number") into[key] = ((into[key] as number | undefined) ?? 0) + value;
    else addCounts((into[key] ??= {}) as Counts, value);
  }
}

function bucketEntity(item: Node, others: readonly Node[], free: ReadonlySet<string>, partnerOf: ReadonlyMap<string, Node>, into: EntityMissBuckets, confusions?: Record<string, number>): void {
  const group = EVAL_KIND_GROUPS[item.attributes.kind];
  let bestFree = -1;
  let taken = false;
  let nested = false;
  let other = false;
  for (const o of others) {
    if (!touches(item.attributes.evidence, o.attributes.evidence)) continue;
    if (EVAL_KIND_GROUPS[o.attributes.kind] !== group) other = true;
    else if (free.has(o.id)) bestFree = Math.max(bestFree, bestJaccard(item.attributes.evidence, o.attributes.evidence));
    else {
      taken = true;
      const partner = partnerOf.get(o.id);
      if (partner && touches(item.attributes.evidence, partner.attributes.evidence)) nested = true;
    }
  }
  if (bestFree >= 0) {
    if (bestFree >= 0.5) into.sameGroupFree.atLeast05++;
    else if (bestFree >= 0.2) into.sameGroupFree.from02to05++;
    else into.sameGroupFree.below02++;
  } else if (taken) {
    into.sameGroupTaken++;
    if (nested) into.takenNested++;
    else into.takenMerged++;
  } else if (other) {
    into.otherGroup++;
    if (confusions) {
      const kinds = new Set(others.filter((o) => touches(item.attributes.evidence, o.attributes.evidence)).map((o) => o.attributes.kind));
      for (const kind of [...kinds].sort()) {
        const key = `${item.attributes.kind} → ${kind}`;
        confusions[key] = (confusions[key] ?? 0) + 1;
      }
    }
  } else into.nothing++;
}

/** Adds one article's counts to `into` (so a set's diagnosis is the sum of its articles'). */
export function diagnoseMisses(draft: ArticleModel, gold: ArticleModel, report: EvalReport, into: MissDiagnosis = emptyDiagnosis()): MissDiagnosis {
  const { matches, missed, spurious } = report.details.entities;
  const freeDraft = new Set(spurious);
  const freeGold = new Set(missed);
  const goldById = new Map(gold.nodes.map((n) => [n.id, n]));
  const draftById = new Map(draft.nodes.map((n) => [n.id, n]));
  const goldPartner = new Map<string, Node>();
  const draftPartner = new Map<string, Node>();
  for (const m of matches) {
    const g = goldById.get(m.gold);
    const d = draftById.get(m.draft);
    if (g) goldPartner.set(m.draft, g);
    if (d) draftPartner.set(m.gold, d);
  }
  for (const id of missed) {
    const node = goldById.get(id);
    if (node) bucketEntity(node, draft.nodes, freeDraft, goldPartner, into.missedEntities[EVAL_KIND_GROUPS[node.attributes.kind]], into.kindConfusions);
  }
  for (const id of spurious) {
    const node = draftById.get(id);
    if (node) bucketEntity(node, gold.nodes, freeGold, draftPartner, into.spuriousEntities[EVAL_KIND_GROUPS[node.attributes.kind]]);
  }

  for (const d of report.details.modality) {
    const key = `${d.item}: ${d.goldModality ?? "none"} → ${d.draftModality ?? "none"}`;
    into.modalityConfusions[key] = (into.modalityConfusions[key] ?? 0) + 1;
  }

  const g2d = new Map(matches.map((m) => [m.gold, m.draft]));
  const missedKeys = new Set(report.details.relations.missed.map((r) => `${r.from}|${r.rel}|${r.to}`));
  for (const edge of gold.edges) {
    const rel = edge.attributes.relation;
    if (!missedKeys.has(`${edge.source}|${rel}|${edge.target}`)) continue;
    const row = (into.missedRelations[rel] ??= emptyRelationBuckets());
    const from = g2d.get(edge.source);
    const to = g2d.get(edge.target);
    if (from && to) {
      row.bothEnds++;
      if (draft.edges.some((d) => d.source === from && d.target === to && d.attributes.relation !== rel)) row.otherTypeSameDirection++;
      else if (draft.edges.some((d) => d.source === to && d.target === from)) row.reversed++;
      else {
        row.noneBetween++;
        if (draft.edges.some((d) => d.attributes.relation === rel && touches(d.attributes.evidence, edge.attributes.evidence))) row.noneBetweenButSameTypeOverlaps++;
      }
    } else if (from || to) {
      row.oneEnd++;
      const unmatched = goldById.get(from ? edge.target : edge.source);
      if (unmatched) {
        const group = EVAL_KIND_GROUPS[unmatched.attributes.kind];
        const near = draft.nodes.filter((d) => touches(d.attributes.evidence, unmatched.attributes.evidence));
        if (near.some((d) => EVAL_KIND_GROUPS[d.attributes.kind] === group)) row.oneEndUnmatchedDetectedSameGroup++;
        else if (near.length === 0) row.oneEndUnmatchedNothing++;
      }
    } else row.noEnd++;
  }
  return into;
}

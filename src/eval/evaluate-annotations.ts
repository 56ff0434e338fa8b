// `kg eval` as a pure function: a draft annotation against a gold annotation of the same article.
// Browser-safe (no I/O), so the CLI, `npm run eval` and the explorer can all call it.
import { UsageKgError } from "../errors.ts";
import type { ArticleModel } from "../model/types.ts";
import { RELATIONS } from "../model/vocabulary.ts";
import { compareDates } from "./compare-dates.ts";
import { MATCH_STAGES, matchEntities } from "./match-entities.ts";
import { matchFigures } from "./match-figures.ts";
import { matchRelations, type EdgePair } from "./match-relations.ts";
import { accuracy, score } from "./score.ts";
import type { EvalReport, MatchStage, ModalityDifference, RelationRef, Score } from "./types.ts";

type Edge = ArticleModel["edges"][number];

const relationRef = (e: Edge): RelationRef => ({ from: e.source, rel: e.attributes.relation, to: e.target });
const isCausal = (e: Edge): boolean => RELATIONS[e.attributes.relation].category === "causal";
const edgeScore = (pairs: EdgePair[], draft: readonly Edge[], gold: readonly Edge[]): Score =>
  score(pairs.length, draft.length - pairs.length, gold.length - pairs.length);

/**
 * Compares `draft` with `gold`. Both must annotate the same text (evidence offsets are compared),
 * otherwise a UsageKgError. The report is a pure function of the two models.
 */
export function evaluateAnnotations(draft: ArticleModel, gold: ArticleModel): EvalReport {
  if (draft.meta.text !== gold.meta.text) {
    throw new UsageKgError(
      `the draft (${draft.meta.sourceFiles.text}) and the gold (${gold.meta.sourceFiles.text}) annotate different texts; kg eval compares two annotations of the same article text`,
    );
  }

  const matches = matchEntities(draft, gold);
  const entityMap = new Map(matches.map((m) => [m.draft, m.gold]));
  const matchedDraft = new Set(matches.map((m) => m.draft));
  const matchedGold = new Set(matches.map((m) => m.gold));

  const typed = matchRelations(draft.edges, gold.edges, entityMap, true);
  const untyped = matchRelations(draft.edges, gold.edges, entityMap, false);
  const draftCausal = draft.edges.filter(isCausal);
  const goldCausal = gold.edges.filter(isCausal);
  const causal = matchRelations(draftCausal, goldCausal, entityMap, true);
  const causalUntyped = matchRelations(draftCausal, goldCausal, entityMap, false);
  // The links the words state (gold confidence 1, annotation guide §9), apart from the implied ones
  // (< 1): what "causal links stated explicitly in the text" are measured on. A draft link that
  // matched an implied gold link is neither right nor wrong here; one that matched nothing is wrong.
  const stated = (e: Edge): boolean => (e.attributes.confidence ?? 1) >= 1;
  const statedTp = causal.filter((p) => stated(goldCausal[p.gold] as Edge)).length;
  const causalStated = score(statedTp, draftCausal.length - causal.length, goldCausal.filter(stated).length - statedTp);
  const typedDraft = new Set(typed.map((p) => p.draft));
  const typedGold = new Set(typed.map((p) => p.gold));

  const dates = compareDates(draft, gold, matches);
  const dateScore = (key: "value" | "bounds"): Score => {
    const tp = dates.pairs.filter((p) => p[key]).length;
    return score(tp, dates.draftCount - tp, dates.goldCount - tp);
  };

  const figures = matchFigures(draft, gold, entityMap);
  const draftFigures = draft.nodes.reduce((n, node) => n + node.attributes.figures.length, 0);
  const goldFigures = gold.nodes.reduce((n, node) => n + node.attributes.figures.length, 0);
  const rightFigures = figures.pairs.filter((p) => p.correct).length;

  // Modality: on matched entities whose gold states one (every Event, Policy, Plan, Programme, and
  // any other node the annotator gave one), and on typed-matched relations (whose modality the
  // validator has already defaulted from their source).
  const draftNodes = new Map(draft.nodes.map((n) => [n.id, n.attributes]));
  const goldNodes = new Map(gold.nodes.map((n) => [n.id, n.attributes]));
  const differences: ModalityDifference[] = [];
  let entityModalityTotal = 0;
  for (const m of matches) {
    const goldModality = goldNodes.get(m.gold)?.modality;
    if (!goldModality) continue;
    entityModalityTotal++;
    const draftModality = draftNodes.get(m.draft)?.modality ?? null;
    if (draftModality !== goldModality) differences.push({ item: "entity", draft: m.draft, gold: m.gold, draftModality, goldModality });
  }
  const entityModalityWrong = differences.length;
  for (const p of typed) {
    const d = draft.edges[p.draft] as Edge;
    const g = gold.edges[p.gold] as Edge;
    if (d.attributes.modality !== g.attributes.modality) {
      const name = (e: Edge) => `${e.source} ${e.attributes.relation} ${e.target}`;
      differences.push({ item: "relation", draft: name(d), gold: name(g), draftModality: d.attributes.modality, goldModality: g.attributes.modality });
    }
  }
  const relationModalityWrong = differences.length - entityModalityWrong;
  const entityModality = accuracy(entityModalityTotal - entityModalityWrong, entityModalityTotal);
  const relationModality = accuracy(typed.length - relationModalityWrong, typed.length);
  const kindDifferences = matches.filter((m) => m.draftKind !== m.goldKind);

  return {
    article: gold.meta.id,
    draftArticle: draft.meta.id,
    scores: {
      entities: score(matches.length, draft.nodes.length - matches.length, gold.nodes.length - matches.length),
      relations: edgeScore(typed, draft.edges, gold.edges),
      relationsUntyped: edgeScore(untyped, draft.edges, gold.edges),
      causal: edgeScore(causal, draftCausal, goldCausal),
      causalUntyped: edgeScore(causalUntyped, draftCausal, goldCausal),
      causalStated,
      dateValues: dateScore("value"),
      dateBounds: dateScore("bounds"),
      figures: score(rightFigures, draftFigures - rightFigures, goldFigures - rightFigures),
    },
    accuracy: {
      kind: accuracy(matches.length - kindDifferences.length, matches.length),
      entityModality,
      relationModality,
      modality: accuracy(entityModality.correct + relationModality.correct, entityModality.total + relationModality.total),
      dateValue: accuracy(dates.pairs.filter((p) => p.value).length, dates.pairs.length),
      figureValue: accuracy(rightFigures, figures.pairs.length),
    },
    matchedBy: Object.fromEntries(MATCH_STAGES.map((stage) => [stage, matches.filter((m) => m.by === stage).length])) as Record<MatchStage, number>,
    details: {
      entities: {
        matches,
        missed: gold.nodes.filter((n) => !matchedGold.has(n.id)).map((n) => n.id),
        spurious: draft.nodes.filter((n) => !matchedDraft.has(n.id)).map((n) => n.id),
      },
      relations: {
        matches: typed.map((p) => ({ draft: relationRef(draft.edges[p.draft] as Edge), gold: relationRef(gold.edges[p.gold] as Edge) })),
        missed: gold.edges.filter((_, i) => !typedGold.has(i)).map(relationRef),
        spurious: draft.edges.filter((_, i) => !typedDraft.has(i)).map(relationRef),
      },
      dates: { pairs: dates.pairs, missed: dates.missed, spurious: dates.spurious },
      figures,
      modality: differences,
      kinds: kindDifferences.map(({ draft: d, gold: g, draftKind, goldKind }) => ({ draft: d, gold: g, draftKind, goldKind })),
    },
  };
}

// What `kg eval` reports: counts and scores for each kind of item, accuracies on matched items, and
// the details (which items matched, which were missed) that explain the numbers. Plain data, so it
// serialises to JSON as it is.
import type { DateValue } from "../model/types.ts";
import type { FigureComparator, FigureUnit, Kind, Modality, Relation } from "../model/vocabulary.ts";

/** Precision, recall and F1 with the counts they come from. A score is null where its denominator is 0. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Share of matched items the draft got right; null when nothing was compared. */
export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number | null;
}

/** How an entity pair was matched, in order of precedence. */
export type MatchStage = "id" | "name" | "similar-name" | "evidence";

export interface EvalScores {
  entities: Score;
  /** Same relation, both endpoints matched, same direction. */
  relations: Score;
  /** Both endpoints matched in the same direction, whatever the relation. */
  relationsUntyped: Score;
  /** causes, enables, prevents, intendsToCause only; typed. */
  causal: Score;
  /** Causal relations only, any causal relation counting for any other. */
  causalUntyped: Score;
  /**
   * Causal relations the gold states (confidence 1): recall over those; precision counts a draft link
   * that matched no gold causal link as wrong and leaves one matched to an implied link out.
   */
  causalStated: Score;
  /** Dates on matched entities with the same value and qualifier. */
  dateValues: Score;
  /** Dates on matched entities with the same earliest and latest bounds. */
  dateBounds: Score;
  /** Aligned figures with the same value, unit and comparator. */
  figures: Score;
}

export interface EvalAccuracy {
  /** Matched entities with exactly the same kind (matching itself only needs the same kind group). */
  kind: Accuracy;
  /** Matched entities whose gold states a modality. */
  entityModality: Accuracy;
  /** Typed-matched relations. */
  relationModality: Accuracy;
  /** Both of the above together. */
  modality: Accuracy;
  /** Matched entities dated on both sides: same value and qualifier (normalisation apart from finding). */
  dateValue: Accuracy;
  /** Aligned figures: same value, unit and comparator (reading apart from finding). */
  figureValue: Accuracy;
}

/** What can be summed over articles. */
export interface EvalSummary {
  scores: EvalScores;
  accuracy: EvalAccuracy;
  /** Entity matches by stage. */
  matchedBy: Record<MatchStage, number>;
}

export interface EntityMatch {
  draft: string;
  gold: string;
  by: MatchStage;
  draftKind: Kind;
  goldKind: Kind;
}

export interface RelationRef {
  from: string;
  rel: Relation;
  to: string;
}

export interface RelationMatch {
  draft: RelationRef;
  gold: RelationRef;
}

export interface DateRef {
  entity: string;
  date: DateValue;
}

export interface FigureRef {
  entity: string;
  /** The figure's id in its model (`<article>.<entity>.<n>`). */
  id: string;
  text: string;
  value: number;
  unit: FigureUnit;
  comparator: FigureComparator;
}

export interface FigurePair {
  draft: FigureRef;
  gold: FigureRef;
  /** Aligned by overlapping words in the text, or by value and unit on matched entities. */
  by: "text" | "value";
  correct: boolean;
}

export interface ModalityDifference {
  item: "entity" | "relation";
  draft: string;
  gold: string;
  draftModality: Modality | null;
  goldModality: Modality;
}

/** Everything behind the numbers: what matched and what did not, in gold (then draft) order. */
export interface EvalDetails {
  entities: { matches: EntityMatch[]; missed: string[]; spurious: string[] };
  relations: { matches: RelationMatch[]; missed: RelationRef[]; spurious: RelationRef[] };
  dates: { pairs: Array<{ draft: DateRef; gold: DateRef; value: boolean; bounds: boolean }>; missed: DateRef[]; spurious: DateRef[] };
  figures: { pairs: FigurePair[]; missed: FigureRef[]; spurious: FigureRef[] };
  modality: ModalityDifference[];
  kinds: Array<{ draft: string; gold: string; draftKind: Kind; goldKind: Kind }>;
}

export interface EvalReport extends EvalSummary {
  /** The gold annotation's article id. */
  article: string;
  /** The draft's article id (the same article text, possibly another id). */
  draftArticle: string;
  details: EvalDetails;
}

export interface EvalTotal extends EvalSummary {
  /** Article ids summed, in order. */
  articles: string[];
}

// The extractor's intermediate records: what each stage of `draftAnnotation` hands to the next.
// Positions are UTF-16 indices into the article text (JavaScript string offsets), half-open
// [start, end); the assembler turns them into verbatim quotes (with `occurrence`) for annotation.yaml.
// Browser-safe: nothing here or in src/draft may import `node:` modules (the explorer bundles it).
import type { AnnotationSpec } from "../model/annotation-spec.ts";
import type { DateQualifier, FigureComparator, FigureUnit, Kind, Modality, Relation } from "../model/vocabulary.ts";

export interface Span {
  start: number;
  end: number;
}

/** One sentence of the article (a caption or a credit line is a sentence of its own). */
export interface Sentence extends Span {
  index: number;
  /** 0-based paragraph (line block) the sentence sits in. */
  paragraph: number;
  text: string;
}

/** An entity already in the corpus; a draft that mentions it reuses its id. */
export interface CorpusEntity {
  id: string;
  kind: Kind;
  label: string;
  aliases: string[];
  wikidata?: string;
}

/** What every stage reads. */
export interface DraftContext {
  /** The clean article text (article.txt). */
  text: string;
  sentences: Sentence[];
  /** YYYY-MM-DD: anchors every relative date. */
  datePublished: string;
  headline?: string;
  corpus: CorpusEntity[];
}

/** A stretch of text that names (or refers back to) an entity. */
export interface EntityMention extends Span {
  text: string;
  /** How the mention was found: "gazetteer", "pattern:title-name", "acronym", "coref:the-minister", … */
  via: string;
}

/** An entity the draft proposes: one node, with every mention that denotes it. */
export interface EntityCandidate {
  /** Proposed id ([a-z0-9-]); the corpus id when it links to a known entity. */
  id: string;
  kind: Kind;
  /** A label a person would write ("Choo Kyung-ho", "General Security of Military Information Agreement"). */
  label: string;
  aliases: string[];
  wikidata?: string;
  jobTitle?: string;
  description?: string;
  /** Sorted by start; at least one. */
  mentions: EntityMention[];
  /** 0..1: how sure the rules are that this is an entity of this kind. */
  confidence: number;
  /** True when the id was taken from the corpus. */
  linked?: boolean;
  /** For a named plan, programme or policy ("the Green Growth Plan"): what its name says of it. */
  modality?: Modality;
}

/** A date expression, normalised against the publication date. */
export interface DateMention extends Span {
  text: string;
  /** `2018`, `2018-10`, `2018-10-30`; absent when the text names no resolvable time. */
  value?: string;
  qualifier?: DateQualifier;
  confidence: number;
}

export interface QuantityMention extends Span {
  text: string;
  value: number;
  unit: FigureUnit;
}

/** A number the article states, with what it measures. */
export interface FigureMention extends QuantityMention {
  /** What it measures, in a few words ("investment for construction", "young people exchanged"). */
  measure: string;
  comparator?: FigureComparator;
  /** Per period: "year" for "each year", "a year", "annually". */
  per?: string;
  /** A conversion the article itself states, e.g. "($230 billion)" after "300 trillion won". */
  converted?: QuantityMention;
  /** The stretch of text to quote as evidence (the figure and its measure). */
  evidence: Span;
  confidence: number;
}

/** Something that happens, is planned, expected…: becomes an Event/Policy/Plan/Programme entity. */
export interface EventCandidate {
  id: string;
  kind: "Event" | "Policy" | "Plan" | "Programme";
  label: string;
  aliases: string[];
  modality: Modality;
  /** The verb or nominalisation that triggers it ("curbed", "retaliated", "ruling"). */
  trigger: Span;
  /** Text to quote as evidence for the event (its clause). */
  mentions: EntityMention[];
  date?: DateMention;
  /** Figures that measure the event itself (amounts, targets); others stay on entities. */
  figures: FigureMention[];
  confidence: number;
  /** Why the rules say what they say of it ("hedged: 'allegedly'"); written as the entity's description. */
  note?: string;
}

/** A proposed edge. `from`/`to` are ids of entity or event candidates. */
export interface RelationCandidate {
  from: string;
  rel: Relation;
  to: string;
  modality: Modality;
  confidence: number;
  role?: string;
  /** Why the rules proposed it: the cue and the rule, e.g. "cue 'arose from' (causes, effect first)". */
  note?: string;
  /** Verbatim stretches (one or more) that state the link. */
  evidence: Span[];
}

/** An extractor turns an article into a drafted annotation. The rule extractor is the first; an
 * LLM-backed one behind the same interface would have its every quote checked by the validator. */
export interface Extractor {
  readonly name: string;
  readonly version: string;
  draft(input: DraftInput): AnnotationSpec;
}

export interface DraftInput {
  text: string;
  datePublished: string;
  headline?: string;
  corpus: CorpusEntity[];
}

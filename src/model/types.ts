// The validated model and the graph contract. Everything downstream of validation (graph
// builder, RDF writer, query API, explorer) reads these types and nothing from YAML.
import type { MultiDirectedGraph } from "graphology";
import type { DateQualifier, FigureComparator, FigureUnit, Kind, Modality, Relation } from "./vocabulary.ts";

/** A verbatim quote located in an article. Offsets count Unicode code points; `end` is exclusive. */
export interface Evidence {
  article: string;
  quote: string;
  start: number;
  end: number;
  /** Up to 32 code points before and after the quote, for W3C TextQuoteSelector. */
  prefix: string;
  suffix: string;
}

export type DatePrecision = "year" | "month" | "day";

/** A date in three layers: verbatim text, machine bounds, and the precision the text allows. */
export interface DateValue {
  text: string;
  /** Normalised value at its precision: `2018`, `2018-09`, `2023-03-16`. Absent when the text names no time ("during World War II"). */
  value?: string;
  precision?: DatePrecision;
  qualifier?: DateQualifier;
  /** Inclusive bounds as xsd:date lexical forms. Absent where the text sets no bound (`by 2042`: no earliest). */
  earliest?: string;
  latest?: string;
}

export interface Quantity {
  value: number;
  unit: FigureUnit;
  text: string;
}

/** A number the article states: an amount, a count, a target, a rank. */
export interface Figure extends Quantity {
  /** Stable id, unique in the graph: `<article>.<node>.<n>`. */
  id: string;
  /** What it measures, e.g. "investment for construction". */
  measure: string;
  comparator: FigureComparator;
  /** Per period, e.g. "year" for "each year". */
  per?: string;
  /** A conversion the article itself states, e.g. "$230 billion" beside "300 trillion won". */
  converted?: Quantity;
  evidence: Evidence[];
}

/**
 * A picture the article prints, with its caption (a span of the text) and, when the caption credits someone,
 * the credited entity (a node of the graph: the agency or photographer) and the credit's words.
 */
export interface ArticleImage {
  caption: Evidence;
  credit?: { entity: string; text: Evidence };
  /** Proposed by `kg draft` and not yet reviewed by a person. */
  drafted?: boolean;
}

export interface ArticleMeta {
  id: string;
  headline: string;
  publisher: string;
  author: string[];
  datePublished: string;
  section: string;
  language: string;
  url?: string;
  /** The clean story text: code points index the evidence spans. */
  text: string;
  /** The article's pictures in the order of the annotation; absent when it has none. */
  images?: ArticleImage[];
  /** Where the sources came from, for error messages and provenance. */
  sourceFiles: { meta: string; text: string; annotation: string };
}

/** Node attributes (graph contract). Never `type`: sigma reserves it for render programs. */
export interface NodeAttributes {
  label: string;
  kind: Kind;
  aliases: string[];
  description: string;
  wikidata?: string;
  jobTitle?: string;
  modality?: Modality;
  date?: DateValue;
  figures: Figure[];
  evidence: Evidence[];
  /** Articles that mention the node, sorted. */
  articles: string[];
  /** Articles whose annotation only proposes this node (`kg draft`), not yet reviewed; sorted. */
  draftedIn?: string[];
  /** The drafter's confidence in the node (lowest over the drafted articles), 0..1. */
  confidence?: number;
  /** Precomputed layout; written by the layout stage, never by a view. */
  x?: number;
  y?: number;
}

/** Edge attributes (graph contract). The edge key is the claim id. */
export interface EdgeAttributes {
  relation: Relation;
  modality: Modality;
  /** Confidence of the annotator that the article states this link, 0..1. */
  confidence: number;
  /** Role of the actor in a `hasActor` edge, e.g. "speaker", "party". */
  role?: string;
  note?: string;
  /** Proposed by `kg draft` and not yet reviewed by a person. */
  drafted?: boolean;
  article: string;
  evidence: Evidence[];
}

/** An article as the graph keeps it (without where its files were). */
export type ArticleInfo = Omit<ArticleMeta, "sourceFiles">;

export interface GraphAttributes {
  articles: Record<string, ArticleInfo>;
}

export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** One article's validated content, before merging into a graph. */
export interface ArticleModel {
  meta: ArticleMeta;
  /**
   * `mergeAliases`: the aliases the annotation marks as proper, unambiguous names (`mergeAliases:` in YAML):
   * keys for merging with another article's entity, like a label of a kind whose labels are names. The graph
   * keeps them among the node's plain `aliases`; only the builder reads the mark.
   */
  nodes: Array<{ id: string; attributes: NodeAttributes; mergeAliases?: string[] }>;
  edges: Array<{ source: string; target: string; attributes: EdgeAttributes }>;
}

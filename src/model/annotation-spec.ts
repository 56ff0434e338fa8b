// The annotation.yaml format as TypeScript types: what the JSON Schema in src/validate/schemas.ts admits.
import type { DateQualifier, FigureComparator, FigureUnit, Kind, Modality, Relation } from "./vocabulary.ts";

export type EvidenceSpec = string | { quote: string; occurrence?: number };
export interface QuantitySpec {
  text: string;
  value: number;
  unit: FigureUnit;
}
export interface FigureSpec extends QuantitySpec {
  measure: string;
  comparator?: FigureComparator;
  per?: string;
  converted?: QuantitySpec;
  evidence: EvidenceSpec[];
}
export interface EntitySpec {
  id: string;
  kind: Kind;
  label: string;
  /** Names inside the article ("the minister", "Choo"): never keys for merging with other articles. */
  aliases?: string[];
  /** Aliases that are proper, unambiguous names: also keys for merging across articles (each is an alias too). */
  mergeAliases?: string[];
  description?: string;
  wikidata?: string;
  jobTitle?: string;
  modality?: Modality;
  date?: { text: string; value?: string; qualifier?: DateQualifier };
  figures?: FigureSpec[];
  /** Proposed by `kg draft`, not yet reviewed by a person. */
  drafted?: boolean;
  /** How sure the drafter (or annotator) is that this entity is right, 0..1; default 1. */
  confidence?: number;
  evidence: EvidenceSpec[];
}
export interface RelationSpec {
  from: string;
  rel: Relation;
  to: string;
  modality?: Modality;
  confidence?: number;
  role?: string;
  note?: string;
  /** Proposed by `kg draft`, not yet reviewed by a person. */
  drafted?: boolean;
  evidence: EvidenceSpec[];
}
/**
 * A picture the article prints (schema:ImageObject): its caption as the text gives it and, when the caption
 * credits someone ("[YONHAP]", "(Reuters)"), who: an entity of this article and the credit's own words.
 */
export interface ImageSpec {
  caption: EvidenceSpec;
  credit?: { entity: string; text: EvidenceSpec };
  /** Proposed by `kg draft`, not yet reviewed by a person. */
  drafted?: boolean;
}
export interface AnnotationSpec {
  entities: EntitySpec[];
  relations?: RelationSpec[];
  images?: ImageSpec[];
}

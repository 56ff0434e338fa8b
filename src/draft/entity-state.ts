// The entity stage's working records: entities as they grow while the text is read, and the
// structural links seen on the way, keyed internally until ids are settled by linking.
import type { Kind, Relation } from "../model/vocabulary.ts";
import type { GazetteerEntry } from "./gazetteer-index.ts";
import type { EntityMention, Sentence, Span } from "./types.ts";
import type { Token } from "./entity-tokens.ts";

export interface DraftMention extends EntityMention {
  sentence: number;
  confidence: number;
  /** The form names the entity (not a pronoun, a description or a demonym): it may become an alias. */
  naming: boolean;
}

export interface DraftEntity {
  key: string;
  kind: Kind;
  label: string;
  wikidata?: string;
  jobTitle?: string;
  description?: string;
  gazetteer?: GazetteerEntry;
  mentions: DraftMention[];
  /** Names from the gazetteer, used for corpus linking only (not written as aliases unless in the text). */
  knownNames: string[];
  /** Persons: the word later mentions use alone. */
  surname?: string;
  /** Persons: the country the name's shape points to. */
  origin?: string;
  /** Number of words in a person's name. */
  nameLength?: number;
}

/** "government-of:<country key>": the country's government if the article names it, else the country. */
export type EndRef = string;

export interface RelationHint {
  from: EndRef;
  rel: Relation;
  to: EndRef;
  role?: string;
  note?: string;
  evidence: Span[];
  confidence: number;
}

export interface EntityState {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: Map<string, DraftEntity>;
  relations: RelationHint[];
  /** Tokens already part of a mention. */
  claimed: Uint8Array;
  /** Acronyms defined in the text, lower-cased → entity key. */
  acronyms: Map<string, string>;
}

export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function addMention(
  state: EntityState,
  entity: DraftEntity,
  start: number,
  end: number,
  via: string,
  confidence: number,
  naming: boolean,
): void {
  if (entity.mentions.some((m) => m.start === start && m.end === end)) return;
  entity.mentions.push({ start, end, text: state.text.slice(start, end), via, sentence: sentenceAt(state.sentences, start), confidence, naming });
}

/** Points every relation hint at `from` to `to` instead, when one entity is merged into another. */
export function rekeyHints(state: EntityState, from: string, to: string): void {
  for (const hint of state.relations) {
    if (hint.from === from) hint.from = to;
    if (hint.to === from) hint.to = to;
  }
}

export function claim(state: EntityState, from: number, to: number): void {
  for (let i = from; i < to; i++) state.claimed[i] = 1;
}

/** The last mention that ends before `offset` (the one a later description refers back to). */
export function latestBefore(mentions: readonly DraftMention[], offset: number): DraftMention | undefined {
  let out: DraftMention | undefined;
  for (const m of mentions) if (m.end <= offset && (!out || m.start > out.start)) out = m;
  return out;
}

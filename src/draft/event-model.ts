// The event stage's working records: what one sentence says about an event before mentions are
// joined into nodes. Internal to extract-events and its helpers (types.ts holds the public ones).
import type { Kind, Modality } from "../model/vocabulary.ts";
import type { Clause } from "./clause-split.ts";
import type { Token, TokenSentence } from "./clause-tokens.ts";
import type { Frame } from "./event-lexicon.ts";
import type { DateMention, EntityCandidate, FigureMention, Span } from "./types.ts";

/** An entity mention placed on the tokens of its sentence. */
export interface EntitySpan {
  entity: EntityCandidate;
  start: number;
  end: number;
  /** Token range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  text: string;
}

export interface SentenceView extends TokenSentence {
  clauses: Clause[];
  entities: EntitySpan[];
  /** Token index → the entity span covering it. */
  entityAt: Array<EntitySpan | undefined>;
}

export type MentionForm = "verb" | "noun" | "adjective" | "anaphor" | "refusal" | "entity";

export interface EventMention {
  frame: Frame;
  form: MentionForm;
  sent: number;
  /** Trigger tokens [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  trigger: Span;
  clauseIndex: number;
  /** Actor entities (subject, possessive, "by X"). */
  actors: EntitySpan[];
  /** Tokens of the object noun phrase (verb) or the modifiers (noun). */
  object?: { tokStart: number; tokEnd: number; head: string; text: string };
  /** The subject noun phrase when it names no entity ("dock workers"): the label's actor. */
  subject?: { tokStart: number; tokEnd: number; head: string; text: string };
  /** A noun phrase a causal cue gives as a cause ("due to high interest rates"), made an event. */
  causePhrase?: boolean;
  /** Noun phrase whose state changes (change verbs: the subject; "relations … tightened"). */
  theme?: { tokStart: number; tokEnd: number; head: string; text: string };
  /** Compound modifier for labels: "export" in "export curbs". */
  mod?: string;
  /** A following prepositional phrase ("on three key products"). */
  pp?: { prep: string; tokStart: number; tokEnd: number; text: string; head: string };
  /** Entities in the argument region, with the preposition that introduces each. */
  args: Array<{ span: EntitySpan; prep: string }>;
  /** Token range the mention's evidence covers. */
  evidence: { tokStart: number; tokEnd: number };
  modality: Modality;
  modalityCue?: string;
  negated?: boolean;
  hedge?: string;
  /** A verb that takes the nominal event as object ("materialize cooperation"). */
  passive?: boolean;
  /** Index of the event node (after coreference). */
  node?: number;
  /** The entity (of an event-like kind) this mention merges into. */
  entityId?: string;
  /** For a refusal: the mention of what was not done. */
  refused?: EventMention;
  /** Figures and date claimed by this mention. */
  date?: DateMention;
  figures: FigureMention[];
  confidence: number;
  note?: string;
}

export interface EventNode {
  id: string;
  kind: Kind;
  label: string;
  mentions: EventMention[];
  /** The mention the label and modality come from. */
  primary: EventMention;
  /** Set when the node is an entity the recognizer proposed (an event-like kind). */
  entityId?: string;
}

export const tokenSpan = (tokens: readonly Token[], from: number, to: number): Span => ({
  start: tokens[from]?.start ?? 0,
  end: tokens[Math.max(from, to - 1)]?.end ?? 0,
});

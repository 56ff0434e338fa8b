// The rule extractor, stage by stage: segment → entities → dates and figures → events and
// relations → assemble. Every stage proposes spans of the article; only the assembler turns them
// into an annotation, and the CLI keeps only what the validator accepts, so a draft always passes
// `kg validate`.
import type { AnnotationSpec } from "../model/annotation-spec.ts";
import { assembleAnnotation } from "./assemble-annotation.ts";
import { detectDates } from "./detect-dates.ts";
import { detectFigures } from "./detect-figures.ts";
import { attachPhotoCredits } from "./detect-photo-credit.ts";
import { extractEvents } from "./extract-events.ts";
import { recognizeEntities } from "./recognize-entities.ts";
import { clauseRoleLinks } from "./relation-clause-roles.ts";
import { entityLinks } from "./relation-entities.ts";
import { segmentText } from "./segment-text.ts";
import type { DraftContext, DraftInput, Extractor } from "./types.ts";

export const RULE_EXTRACTOR_VERSION = "1";

/** Runs every stage on one article. */
export function draftAnnotation(input: DraftInput): AnnotationSpec {
  const ctx: DraftContext = {
    text: input.text,
    sentences: segmentText(input.text),
    datePublished: input.datePublished,
    corpus: input.corpus,
    ...(input.headline ? { headline: input.headline } : {}),
  };
  const recognized = recognizeEntities(ctx);
  const dates = detectDates(ctx);
  const figures = detectFigures(ctx);
  const extracted = extractEvents(ctx, recognized.entities, dates, figures);
  const relations = [...recognized.relations, ...extracted.relations];
  relations.push(...clauseRoleLinks(ctx.text, extracted.events, recognized.entities, relations));
  relations.push(...entityLinks(ctx.text, ctx.sentences, recognized.entities, relations));
  return attachPhotoCredits(ctx.text, assembleAnnotation(ctx, recognized.entities, extracted.events, figures, relations), ctx.corpus);
}

/** The rule-based extractor: gazetteer, lexicons and patterns under data/, no model, no network. */
export const ruleExtractor: Extractor = {
  name: "rules",
  version: RULE_EXTRACTOR_VERSION,
  draft: draftAnnotation,
};

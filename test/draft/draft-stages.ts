// The drafting stages up to events and relations, run on one text: what the stage tests of news
// phrasings read (entities, events, relations), without assembling or validating an annotation.
import { detectDates } from "../../src/draft/detect-dates.ts";
import { detectFigures } from "../../src/draft/detect-figures.ts";
import { extractEvents } from "../../src/draft/extract-events.ts";
import { recognizeEntities } from "../../src/draft/recognize-entities.ts";
import { segmentText } from "../../src/draft/segment-text.ts";

export function draftStages(text: string, datePublished = "2024-05-10") {
  const ctx = { text, sentences: segmentText(text), datePublished, corpus: [] };
  const entities = recognizeEntities(ctx).entities;
  return { entities, ...extractEvents(ctx, entities, detectDates(ctx), detectFigures(ctx)) };
}

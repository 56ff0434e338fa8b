// JSON Schemas of the two YAML source files. ajv checks shape and types; validate-article.ts
// checks what a schema cannot: references, quotes in the text, dates, cross-file consistency.
import { DATE_QUALIFIERS, FIGURE_COMPARATORS, FIGURE_UNITS, KIND_NAMES, MODALITY_NAMES, RELATION_NAMES } from "../model/vocabulary.ts";

export const ID_PATTERN = "^[a-z0-9][a-z0-9-]*$";

const evidenceItem = {
  oneOf: [
    { type: "string", minLength: 1 },
    {
      type: "object",
      required: ["quote"],
      additionalProperties: false,
      properties: { quote: { type: "string", minLength: 1 }, occurrence: { type: "integer", minimum: 1 } },
    },
  ],
};

const evidence = { type: "array", minItems: 1, items: evidenceItem };

const quantity = {
  type: "object",
  required: ["text", "value", "unit"],
  additionalProperties: false,
  properties: {
    text: { type: "string", minLength: 1 },
    value: { type: "number" },
    unit: { enum: [...FIGURE_UNITS] },
  },
};

const figure = {
  type: "object",
  required: ["measure", "text", "value", "unit", "evidence"],
  additionalProperties: false,
  properties: {
    ...quantity.properties,
    measure: { type: "string", minLength: 1 },
    comparator: { enum: [...FIGURE_COMPARATORS] },
    per: { type: "string", minLength: 1 },
    converted: quantity,
    evidence,
  },
};

const date = {
  type: "object",
  required: ["text"],
  additionalProperties: false,
  properties: {
    text: { type: "string", minLength: 1 },
    value: { type: "string" },
    qualifier: { enum: Object.keys(DATE_QUALIFIERS) },
  },
};

export const articleMetaSchema = {
  type: "object",
  required: ["id", "headline", "publisher", "author", "datePublished", "language"],
  additionalProperties: false,
  properties: {
    id: { type: "string", pattern: ID_PATTERN },
    headline: { type: "string", minLength: 1 },
    publisher: { type: "string", minLength: 1 },
    author: { type: "array", minItems: 1, items: { type: "string", minLength: 1 } },
    datePublished: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" },
    section: { type: "string" },
    language: { type: "string", pattern: "^[a-z]{2,3}(-[A-Za-z0-9]+)*$" },
    // No characters an IRI cannot hold (RFC 3987): they would break N-Triples and Turtle output.
    url: { type: "string", pattern: "^https?://[^\\s<>\"{}|\\\\^`]+$" },
  },
} as const;

// A picture the article prints: its caption, and who the caption credits (an entity id and the credit's words).
const image = {
  type: "object",
  required: ["caption"],
  additionalProperties: false,
  properties: {
    caption: evidenceItem,
    credit: {
      type: "object",
      required: ["entity", "text"],
      additionalProperties: false,
      properties: { entity: { type: "string", pattern: ID_PATTERN }, text: evidenceItem },
    },
    drafted: { type: "boolean" },
  },
};

export const annotationSchema = {
  type: "object",
  required: ["entities"],
  additionalProperties: false,
  properties: {
    entities: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["id", "kind", "label", "evidence"],
        additionalProperties: false,
        properties: {
          id: { type: "string", pattern: ID_PATTERN },
          kind: { enum: KIND_NAMES },
          label: { type: "string", minLength: 1 },
          aliases: { type: "array", items: { type: "string", minLength: 1 } },
          // An alias is a name inside this article; a merge alias is also a proper, unambiguous name across
          // articles, so the builder merges on it (docs/annotation-guide.md, "Merging across articles").
          mergeAliases: { type: "array", items: { type: "string", minLength: 1 } },
          description: { type: "string" },
          wikidata: { type: "string", pattern: "^Q[1-9][0-9]*$" },
          jobTitle: { type: "string", minLength: 1 },
          modality: { enum: MODALITY_NAMES },
          date,
          figures: { type: "array", items: figure },
          // Proposed by `kg draft` and not yet checked by a person; a reviewer removes the mark.
          drafted: { type: "boolean" },
          confidence: { type: "number", minimum: 0, maximum: 1 },
          evidence,
        },
      },
    },
    relations: {
      type: "array",
      items: {
        type: "object",
        required: ["from", "rel", "to", "evidence"],
        additionalProperties: false,
        properties: {
          from: { type: "string", minLength: 1 },
          rel: { enum: RELATION_NAMES },
          to: { type: "string", minLength: 1 },
          modality: { enum: MODALITY_NAMES },
          confidence: { type: "number", minimum: 0, maximum: 1 },
          role: { type: "string", minLength: 1 },
          note: { type: "string" },
          drafted: { type: "boolean" },
          evidence,
        },
      },
    },
    images: { type: "array", items: image },
  },
} as const;

// Colours and shapes. Shape encodes the kind's group (actor, event, policy, place, topic) and
// colour the kind itself, so both a colour-blind reader and a greyscale print can tell groups apart.
import { KINDS, RELATIONS, type Kind, type KindGroup, type Relation, type RelationCategory } from "../../src/model/vocabulary.ts";

export const GROUP_SHAPES: Record<KindGroup, string> = {
  actor: "circle",
  event: "diamond",
  policy: "square",
  place: "triangle",
  topic: "rectangle",
};

export const KIND_COLORS: Record<Kind, string> = {
  Country: "#2f6db5",
  Person: "#4c9be8",
  GovernmentOrganization: "#1f4e8c",
  Court: "#6a51a3",
  Organization: "#3f8fa8",
  Bloc: "#2a9d8f",
  Group: "#5e7fa6",
  Region: "#6b8e23",
  Place: "#558b2f",
  Facility: "#7cb342",
  Event: "#d9480f",
  Policy: "#c2255c",
  Plan: "#e8890c",
  Programme: "#d4a017",
  Agreement: "#9c36b5",
  Legislation: "#862e9c",
  Product: "#868e96",
  Sector: "#5c677d",
  Economy: "#495057",
  Issue: "#7d6e5d",
};

export const UNKNOWN_COLOR = "#999999";

/** The canvas background (also the colour of the gaps in dashed claims). */
export const STAGE_BACKGROUND = "#fbfaf7";

/**
 * Causal relations each get their own colour (and, in modality-style.ts, their own arrowhead), so a
 * chain reads without clicking: causes red, enables green, prevents near-black (with a bar, the
 * inhibition mark), aims at orange. Other relations take their category's muted colour.
 */
export const CAUSAL_COLORS: Record<string, string> = {
  causes: "#d6336c",
  enables: "#2f9e44",
  prevents: "#343a40",
  intendsToCause: "#e8590c",
};

export const CATEGORY_COLORS: Record<RelationCategory, string> = {
  causal: "#d6336c",
  temporal: "#7a869a",
  structural: "#8f9bb3",
  actor: "#a4adbd",
  topic: "#a9b4a0",
  place: "#a8b89a",
};

export function kindShape(kind: string): string {
  return Object.hasOwn(KINDS, kind) ? GROUP_SHAPES[KINDS[kind as Kind].group] : "circle";
}

/** A kind's colour mixed with white: the fill of things that have not (yet) happened. */
export function paleColor(color: string, amount = 0.62): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color)?.[1];
  if (!hex) return color;
  const channel = (i: number) => Math.round(parseInt(hex.slice(i, i + 2), 16) * (1 - amount) + 255 * amount).toString(16).padStart(2, "0");
  return `#${channel(0)}${channel(2)}${channel(4)}`;
}

export const PALE_KIND_COLORS: Record<string, string> = Object.fromEntries(Object.entries(KIND_COLORS).map(([k, c]) => [k, paleColor(c)]));

export function kindColor(kind: string): string {
  return Object.hasOwn(KIND_COLORS, kind) ? KIND_COLORS[kind as Kind] : UNKNOWN_COLOR;
}

export function relationLabel(relation: string): string {
  return Object.hasOwn(RELATIONS, relation) ? RELATIONS[relation as Relation].label : relation;
}

export function relationColor(relation: string): string {
  if (Object.hasOwn(CAUSAL_COLORS, relation)) return CAUSAL_COLORS[relation] as string;
  return Object.hasOwn(RELATIONS, relation) ? CATEGORY_COLORS[RELATIONS[relation as Relation].category] : "#b0b0b0";
}

/** Dictionaries for sigma's categorical style bindings (evaluated in sigma, not per node in JS). */
export const KIND_SHAPE_DICT: Record<string, string> = Object.fromEntries(Object.keys(KINDS).map((k) => [k, kindShape(k)]));
export const RELATION_COLOR_DICT: Record<string, string> = Object.fromEntries(Object.keys(RELATIONS).map((r) => [r, relationColor(r)]));
export const RELATION_LABEL_DICT: Record<string, string> = Object.fromEntries(Object.keys(RELATIONS).map((r) => [r, relationLabel(r)]));

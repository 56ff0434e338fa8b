// annotation.yaml as the drafter writes it: a header that says what the file is and how to review
// it, then the entities and relations in a stable key order, so the same draft is the same bytes.
import { stringify } from "yaml";
import type { AnnotationSpec, EntitySpec, ImageSpec, RelationSpec } from "../model/annotation-spec.ts";

/** The first line of every drafted file: `kg draft` re-drafts only files that start with it. */
export const DRAFT_HEADER = "# Drafted by kg draft";

const ENTITY_KEYS: Array<keyof EntitySpec> = [
  "id", "kind", "label", "aliases", "description", "wikidata", "jobTitle", "modality", "date", "figures", "drafted", "confidence", "evidence",
];
const RELATION_KEYS: Array<keyof RelationSpec> = ["from", "rel", "to", "modality", "confidence", "role", "note", "drafted", "evidence"];
const IMAGE_KEYS: Array<keyof ImageSpec> = ["caption", "credit", "drafted"];

function ordered<T extends object>(item: T, keys: Array<keyof T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (item[key] !== undefined) out[key] = item[key];
  return out;
}

export function annotationToYaml(spec: AnnotationSpec, about: { articleId: string; extractor: string; datePublished: string }): string {
  const header = [
    `${DRAFT_HEADER} (${about.extractor}) for article ${about.articleId}, dates read against ${about.datePublished}.`,
    "# Every entity and relation below is a proposal: `drafted: true` marks it as not yet reviewed, and",
    "# `confidence` says how sure the rules are. Check each one against its evidence, fix it, then delete",
    "# its `drafted` line. `kg draft` will not overwrite this file once any item has been reviewed.",
    "",
  ].join("\n");
  const body = {
    entities: spec.entities.map((e) => ordered(e, ENTITY_KEYS)),
    relations: (spec.relations ?? []).map((r) => ordered(r, RELATION_KEYS)),
    ...(spec.images?.length ? { images: spec.images.map((m) => ordered(m, IMAGE_KEYS)) } : {}),
  };
  // lineWidth 0: no folding, so each quote stays on one line and can be searched for in the file.
  return header + stringify(body, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}

/** True when a file is a draft that nobody has reviewed yet (every item still carries its mark). */
export function isUnreviewedDraft(yamlText: string, parsed: unknown): boolean {
  if (!yamlText.startsWith(DRAFT_HEADER)) return false;
  const spec = parsed as Partial<AnnotationSpec> | null;
  if (!spec || !Array.isArray(spec.entities)) return false;
  const items: Array<{ drafted?: unknown }> = [...spec.entities, ...(Array.isArray(spec.relations) ? spec.relations : []), ...(Array.isArray(spec.images) ? spec.images : [])];
  return items.every((item) => item && item.drafted === true);
}

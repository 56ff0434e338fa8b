// A draft must pass the validator, always. Rather than trust every stage to be right, the assembled
// annotation is validated as the CLI would validate the file, and any item the validator rejects is
// dropped (with the relations that pointed at it) until nothing is left to reject.
import { DraftKgError, type SourceIssue } from "../errors.ts";
import type { AnnotationSpec } from "../model/annotation-spec.ts";
import { validateArticle } from "../validate/validate-article.ts";
import { stringify } from "yaml";

export interface MetaForCheck {
  id: string;
  headline: string;
  publisher: string;
  author: string[];
  datePublished: string;
  language: string;
  section?: string;
  url?: string;
}

function check(spec: AnnotationSpec, meta: MetaForCheck, text: string): SourceIssue[] {
  const source = {
    dir: meta.id,
    files: {
      meta: { path: "article.yaml", text: stringify(meta) },
      text: { path: "article.txt", text },
      annotation: { path: "annotation.yaml", text: stringify(spec, { lineWidth: 0 }) },
    },
  };
  return validateArticle(source).issues;
}

/** Index of the entity, relation or image an issue's field names ("entities[3].date" → entities, 3). */
function culprit(field: string): { list: "entities" | "relations" | "images"; index: number } | undefined {
  const match = /^(entities|relations|images)\[(\d+)\]/.exec(field);
  return match ? { list: match[1] as "entities" | "relations" | "images", index: Number(match[2]) } : undefined;
}

export function keepValid(spec: AnnotationSpec, meta: MetaForCheck, text: string): { spec: AnnotationSpec; dropped: SourceIssue[] } {
  if (spec.entities.length === 0) throw new DraftKgError(`no entity found in ${meta.id}: nothing to draft`);
  let current: AnnotationSpec = { entities: [...spec.entities], relations: [...(spec.relations ?? [])], ...(spec.images?.length ? { images: [...spec.images] } : {}) };
  const dropped: SourceIssue[] = [];
  for (let round = 0; round < 50; round++) {
    const issues = check(current, meta, text);
    if (issues.length === 0) return { spec: current, dropped };
    const bad = { entities: new Set<number>(), relations: new Set<number>(), images: new Set<number>() };
    for (const issue of issues) {
      const at = culprit(issue.field);
      if (!at) throw new DraftKgError(`the draft of ${meta.id} failed validation outside its items: ${issue.field} ${issue.message} [${issue.code}]`);
      bad[at.list].add(at.index);
      dropped.push(issue);
    }
    const entities = current.entities.filter((_e, i) => !bad.entities.has(i));
    const ids = new Set(entities.map((e) => e.id));
    const relations = (current.relations ?? []).filter((r, i) => !bad.relations.has(i) && ids.has(r.from) && ids.has(r.to));
    const images = (current.images ?? []).filter((m, i) => !bad.images.has(i) && (!m.credit || ids.has(m.credit.entity)));
    if (entities.length === 0) throw new DraftKgError(`no entity of ${meta.id} could be drafted with verbatim evidence`);
    current = { entities, relations, ...(images.length > 0 ? { images } : {}) };
  }
  throw new DraftKgError(`the draft of ${meta.id} still failed validation after 50 rounds of pruning`);
}

// Validation across article folders: each folder on its own, then what only the set can show
// (the same article id twice, one entity id given different kinds).
import type { SourceIssue } from "../errors.ts";
import type { ArticleModel } from "../model/types.ts";
import type { Kind } from "../model/vocabulary.ts";
import type { RawArticleSource } from "../sources/read-sources.ts";
import { validateArticle } from "./validate-article.ts";

export function validateSources(sources: RawArticleSource[]): { models: ArticleModel[]; issues: SourceIssue[] } {
  const issues: SourceIssue[] = [];
  const models: ArticleModel[] = [];
  const articleDirs = new Map<string, string>();
  const entityKinds = new Map<string, { kind: Kind; article: string }>();
  const wikidataOwners = new Map<string, { id: string; article: string }>();
  for (const source of sources) {
    const result = validateArticle(source);
    issues.push(...result.issues);
    const model = result.model;
    if (!model) continue;
    const seenIn = articleDirs.get(model.meta.id);
    if (seenIn) {
      issues.push({
        code: "DUPLICATE_ARTICLE",
        file: source.files.meta.path,
        line: result.idLine ?? 0,
        field: "id",
        message: `article id "${model.meta.id}" is also used by ${seenIn}`,
        expected: "one folder per article id",
      });
      continue;
    }
    articleDirs.set(model.meta.id, source.dir);
    for (const node of model.nodes) {
      const known = entityKinds.get(node.id);
      if (known && known.kind !== node.attributes.kind) {
        issues.push({
          code: "KIND_CONFLICT",
          file: source.files.annotation.path,
          line: result.entityLines?.get(node.id) ?? 0,
          field: `entities.${node.id}`,
          message: `"${node.id}" is a ${node.attributes.kind} here but a ${known.kind} in article "${known.article}"`,
          expected: "the same kind for the same id in every article",
        });
      } else if (!known) entityKinds.set(node.id, { kind: node.attributes.kind, article: model.meta.id });
      // One Wikidata item is one entity: two ids pointing at it would split the node.
      const qid = node.attributes.wikidata;
      const owner = qid ? wikidataOwners.get(qid) : undefined;
      if (qid && owner && owner.id !== node.id) {
        issues.push({
          code: "WIKIDATA_CONFLICT",
          file: source.files.annotation.path,
          line: result.entityLines?.get(node.id) ?? 0,
          field: `entities.${node.id}.wikidata`,
          message: `${qid} is already the Wikidata item of "${owner.id}" (article "${owner.article}")`,
          expected: `the id "${owner.id}" for this entity, or another Wikidata item`,
        });
      } else if (qid && !owner) wikidataOwners.set(qid, { id: node.id, article: model.meta.id });
    }
    models.push(model);
  }
  // Article order decides merges downstream; sort so folder order cannot change the output.
  models.sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
  return { models, issues };
}

// Validation across article folders: each folder on its own, then what only the set can show. Problems
// (`issues`) make the sources invalid; `warnings` are reported and change nothing (a vague alias shared with
// another article's entity: not a merge any more, maybe a missed one).
import type { SourceIssue } from "../errors.ts";
import type { ArticleModel } from "../model/types.ts";
import type { RawArticleSource } from "../sources/read-sources.ts";
import { CorpusChecks } from "./corpus-checks.ts";
import { mergeWarnings } from "./merge-warnings.ts";
import { validateArticle, type ArticleValidation } from "./validate-article.ts";

export function validateSources(sources: RawArticleSource[]): { models: ArticleModel[]; issues: SourceIssue[]; warnings: SourceIssue[] } {
  const issues: SourceIssue[] = [];
  const models: ArticleModel[] = [];
  const checks = new CorpusChecks();
  const validations = new Map<ArticleModel, ArticleValidation>();
  for (const source of sources) {
    const result = validateArticle(source);
    issues.push(...result.issues);
    const model = result.model;
    if (!model) continue;
    const found = checks.check(source.dir, { meta: source.files.meta.path, annotation: source.files.annotation.path }, result, model);
    issues.push(...found);
    // A second folder with the same article id is left out rather than merged into the first.
    if (found.some((issue) => issue.code === "DUPLICATE_ARTICLE")) continue;
    models.push(model);
    validations.set(model, result);
  }
  // Article order decides merges downstream; sort so folder order cannot change the output.
  models.sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
  const warnings = mergeWarnings(models.map((model) => ({ model, nameLine: validations.get(model)?.nameLine })));
  return { models, issues, warnings };
}

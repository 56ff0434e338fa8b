// Article folders read and validated one at a time, for the pipelines that must not hold the corpus in
// memory (the streaming export, kg push): the next folder is read while this one is validated, so file
// latency hides behind CPU work and at most two articles are in memory. readArticleDir reports unreadable
// files as issues and never rejects.
import type { SourceIssue } from "../errors.ts";
import type { ArticleModel } from "../model/types.ts";
import type { CorpusChecks } from "../validate/corpus-checks.ts";
import { validateArticle } from "../validate/validate-article.ts";
import { readArticleDir, type RawArticleSource } from "./read-sources.ts";

export interface ValidatedFolder {
  dir: string;
  source: RawArticleSource;
  /** The folder's model, when it validated alone (cross-article issues may still be in `issues`). */
  model?: ArticleModel;
  /** Read, validation and (with `checks`) cross-article issues of this folder. */
  issues: SourceIssue[];
}

/** Yields every folder of `dirs` in order; `checks` adds the cross-article checks (ids, kinds, Wikidata). */
export async function* validateFolders(dirs: readonly string[], checks?: CorpusChecks): AsyncGenerator<ValidatedFolder> {
  let pending = dirs[0] === undefined ? undefined : readArticleDir(dirs[0]);
  for (let i = 0; pending; i++) {
    const read = await pending;
    const following = dirs[i + 1];
    pending = following === undefined ? undefined : readArticleDir(following);
    const validation = validateArticle(read.source);
    const issues = [...read.issues, ...validation.issues];
    const model = validation.model;
    if (model && checks) {
      const files = read.source.files;
      issues.push(...checks.check(read.source.dir, { meta: files.meta.path, annotation: files.annotation.path }, validation, model));
    }
    yield { dir: dirs[i] as string, source: read.source, ...(model ? { model } : {}), issues };
  }
}

// read → validate, failing once with every problem. The front end of the pipeline.
import { ValidationKgError, type SourceIssue } from "../errors.ts";
import type { ArticleModel } from "../model/types.ts";
import { validateSources } from "../validate/validate-sources.ts";
import { readSources } from "./read-sources.ts";

/** Reads and validates the article folders under `paths`; throws ValidationKgError listing all problems. */
export async function loadSources(paths: string[]): Promise<ArticleModel[]> {
  return (await loadSourcesWithWarnings(paths)).models;
}

/** loadSources, also returning the warnings (file, line, field as issues; they do not make the sources invalid). */
export async function loadSourcesWithWarnings(paths: string[]): Promise<{ models: ArticleModel[]; warnings: SourceIssue[] }> {
  const read = await readSources(paths);
  const validated = validateSources(read.sources);
  const issues: SourceIssue[] = [...read.issues, ...validated.issues];
  if (issues.length > 0) throw new ValidationKgError(issues, validated.warnings);
  return { models: validated.models, warnings: validated.warnings };
}

// Errors by kind, as graphology does: callers and tests match the class (or `code`), never the wording.

/** Base class: every error the tool raises on purpose. `code` is stable and machine-readable. */
export class KgError extends Error {
  readonly code: string = "KG_ERROR";
  /** Process exit code the CLI uses for this kind of error. */
  readonly exitCode: number = 1;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Wrong use of an API or the CLI: bad option, unknown format, impossible combination. */
export class UsageKgError extends KgError {
  override readonly code: string = "USAGE";
  override readonly exitCode = 2;
}

/** A node, edge, article or file that was asked for does not exist. */
export class NotFoundKgError extends KgError {
  override readonly code: string = "NOT_FOUND";
  constructor(message: string, readonly suggestions: string[] = []) {
    super(message);
  }
}

/** One problem in a source file, with where it is and what was expected. */
export interface SourceIssue {
  /** Stable code, e.g. `QUOTE_NOT_FOUND`, `UNKNOWN_ID`. */
  code: string;
  file: string;
  /** 1-based; 0 when the problem concerns the file as a whole. */
  line: number;
  column?: number;
  /** Dotted path of the offending field, e.g. `relations[3].to`. */
  field: string;
  message: string;
  /** What would have been accepted, or how to fix it. */
  expected?: string;
}

export function formatIssue(issue: SourceIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}${issue.column ? `:${issue.column}` : ""}` : issue.file;
  const fix = issue.expected ? ` (expected ${issue.expected})` : "";
  return `${where}: ${issue.field ? `${issue.field}: ` : ""}${issue.message}${fix} [${issue.code}]`;
}

/** The sources are invalid. Carries every problem found, not only the first. */
export class ValidationKgError extends KgError {
  override readonly code: string = "INVALID_SOURCES";
  /** `warnings`: what else validation found that does not make the sources invalid (listed by `kg validate --json`). */
  constructor(readonly issues: SourceIssue[], readonly warnings: SourceIssue[] = []) {
    super(
      `${issues.length} problem${issues.length === 1 ? "" : "s"} in the sources:\n` +
        issues.map((i) => `  ${formatIssue(i)}`).join("\n"),
    );
  }
}

/** Input RDF (or a graph export) that cannot be read back into a graph. */
export class ParseKgError extends KgError {
  override readonly code: string = "PARSE";
}

/** Writing an output failed; nothing was replaced. */
export class OutputKgError extends KgError {
  override readonly code: string = "OUTPUT";
}

/** The drafter could not propose a valid annotation for an article (for instance: no entity found). */
export class DraftKgError extends KgError {
  override readonly code: string = "DRAFT";
}

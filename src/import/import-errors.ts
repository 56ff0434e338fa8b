// The ways an import fails, as classes of src/errors.ts so the CLI's exit codes and messages follow
// the house rules (tests match class and code, never wording).
import { OutputKgError, ParseKgError, UsageKgError } from "../errors.ts";

/** A required field of article.yaml is neither on the page nor given as a flag (exit 2: add the flag). */
export class MissingMetadataKgError extends UsageKgError {
  override readonly code: string = "MISSING_METADATA";
  constructor(
    message: string,
    /** The article.yaml field, e.g. "datePublished". */
    readonly field: string,
    /** The flag that supplies it, e.g. "--date". */
    readonly flag: string,
  ) {
    super(message);
  }
}

/** The input cannot be imported: binary, not UTF-8, empty, or without any story text. */
export class ImportInputKgError extends ParseKgError {
  override readonly code: string = "BAD_INPUT";
  constructor(
    message: string,
    readonly reason: "binary" | "not-utf8" | "empty" | "no-story" | "unreadable",
  ) {
    super(message);
  }
}

/** The article folder exists already and --force was not given; nothing was written. */
export class FolderExistsKgError extends OutputKgError {
  override readonly code: string = "FOLDER_EXISTS";
}

// SPARQL-specific failures, as classes so the CLI and the endpoint map them to exit codes and HTTP
// statuses without reading messages.
import { KgError } from "../errors.ts";

/** The query does not parse; `message` carries the parser's own explanation. */
export class SparqlSyntaxKgError extends KgError {
  override readonly code: string = "SPARQL_SYNTAX";
  override readonly exitCode = 2;
}

/** A SPARQL Update (or any write) was sent to a read-only store or endpoint. */
export class ReadOnlyKgError extends KgError {
  override readonly code: string = "READ_ONLY";
  override readonly exitCode = 2;
}

/** The query ran longer than allowed and was stopped. */
export class QueryTimeoutKgError extends KgError {
  override readonly code: string = "TIMEOUT";
  constructor(readonly timeoutMs: number) {
    super(`the query was stopped after ${timeoutMs} ms`);
  }
}

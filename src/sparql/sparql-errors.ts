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

/** The query is longer or deeper than the configured limits; it was refused before reaching the engine. */
export class QueryLimitKgError extends KgError {
  override readonly code: string = "QUERY_LIMIT";
  override readonly exitCode = 2;
}

/** The query parsed but could not be evaluated (an unsupported SERVICE, a type the engine refuses…). */
export class QueryEvaluationKgError extends KgError {
  override readonly code: string = "QUERY_EVALUATION";
}

/**
 * The engine's WebAssembly instance failed (its stack exhausted or a trap). The instance, and every store
 * made by it, is unusable from then on: such stores are refused with this error, and new stores come from
 * a fresh instance.
 */
export class SparqlEngineKgError extends KgError {
  override readonly code: string = "SPARQL_ENGINE";
}

/** Every query slot and the waiting line are full; the client should retry after `retryAfterSeconds`. */
export class QueryQueueFullKgError extends KgError {
  override readonly code: string = "QUEUE_FULL";
  constructor(readonly retryAfterSeconds: number) {
    super(`the endpoint is busy: every worker is running a query and the queue is full; retry in ${retryAfterSeconds} s`);
  }
}

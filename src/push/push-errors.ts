// Failures of `kg push`, as classes so the CLI and the tests match the kind (or `code`), never the wording.
// Every message is built from redacted parts (redact.ts): no password ever reaches one.
import { KgError } from "../errors.ts";

/** The store answered a request with a status that retrying will not change (4xx, 500, 501, 505…). */
export class StoreRejectedKgError extends KgError {
  override readonly code: string = "STORE_REJECTED";
  constructor(
    message: string,
    /** The HTTP status the store answered. */
    readonly status: number,
    /** The store's own explanation, cut to a few hundred characters of text. */
    readonly storeMessage: string,
  ) {
    super(message);
  }
}

/** The store refused the credentials (401 after authenticating, or 403). */
export class StoreAuthKgError extends StoreRejectedKgError {
  override readonly code: string = "STORE_AUTH";
}

/** The store could not be reached, or kept answering with transient failures, after every retry. */
export class StoreUnreachableKgError extends KgError {
  override readonly code: string = "STORE_UNREACHABLE";
}

/** After a graph was written, the store's count of its triples differs from what was sent. */
export class StoreVerifyKgError extends KgError {
  override readonly code: string = "STORE_VERIFY";
  constructor(
    message: string,
    readonly graph: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(message);
  }
}

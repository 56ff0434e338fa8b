// Which failures are worth another try, and how long to wait before it.
//
// Transient: the network (refused, reset, timed out), the statuses that say "later" (408, 425, 429, 502, 503,
// 504) and a deadlocked transaction (isTransientReply). Not any other 500: Virtuoso answers 500 for a body it
// cannot parse (error 22023), and an identical PUT would fail identically; a store that is really overloaded
// says 503. Delays double from `baseDelayMs` up to
// `maxDelayMs`; a Retry-After header (seconds or an HTTP date) is honoured up to `maxDelayMs`.

export interface RetryPolicy {
  /** Further attempts after the first one. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 4, baseDelayMs: 500, maxDelayMs: 8000 };

const TRANSIENT = new Set([408, 425, 429, 502, 503, 504]);

export function isTransientStatus(status: number): boolean {
  return TRANSIENT.has(status);
}

/**
 * A reply worth retrying: a transient status, or a 500 whose message carries SQLSTATE 40001 (serialization
 * failure or deadlock — SQL's own "run the transaction again"). Virtuoso answers concurrent PUTs with
 * "500 … Error 40001 SR172: Transaction deadlocked" now and then; the same PUT a moment later succeeds.
 */
export function isTransientReply(status: number, message: string): boolean {
  return isTransientStatus(status) || (status === 500 && /\b40001\b|deadlock/i.test(message));
}

/** Milliseconds to wait before attempt `attempt + 1` (attempt counts from 0). */
export function retryDelay(attempt: number, policy: RetryPolicy, retryAfter?: string | null, now = Date.now()): number {
  const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  if (!retryAfter) return backoff;
  const seconds = Number(retryAfter);
  const asked = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
  return Number.isFinite(asked) && asked >= 0 ? Math.min(policy.maxDelayMs, asked) : backoff;
}

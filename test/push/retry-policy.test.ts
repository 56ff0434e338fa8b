import { describe, expect, it } from "vitest";
import { isTransientReply, isTransientStatus, retryDelay } from "../../src/push/retry-policy.ts";

describe("retry policy", () => {
  const policy = { retries: 5, baseDelayMs: 500, maxDelayMs: 4000 };

  it("treats only the 'try later' statuses as transient; 500 (Virtuoso's parse error) is permanent", () => {
    expect([408, 425, 429, 502, 503, 504].every(isTransientStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 413, 415, 500, 501, 505].some(isTransientStatus)).toBe(false);
  });

  it("retries a 500 only for a deadlocked transaction (SQLSTATE 40001, Virtuoso's SR172)", () => {
    expect(isTransientReply(500, "HTTP/1.1 500 Request Failed Error 40001 SR172: Transaction deadlocked")).toBe(true);
    expect(isTransientReply(500, "Error 22023 The PUT request for graph <g> is rejected")).toBe(false);
    expect(isTransientReply(400, "deadlock")).toBe(false);
    expect(isTransientReply(503, "")).toBe(true);
  });

  it("doubles the delay up to the cap", () => {
    expect([0, 1, 2, 3, 4].map((a) => retryDelay(a, policy))).toEqual([500, 1000, 2000, 4000, 4000]);
  });

  it("honours Retry-After in seconds or as an HTTP date, capped; ignores a bad one", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryDelay(0, policy, "2", now)).toBe(2000);
    expect(retryDelay(0, policy, "60", now)).toBe(4000);
    expect(retryDelay(0, policy, "Thu, 01 Jan 2026 00:00:03 GMT", now)).toBe(3000);
    expect(retryDelay(1, policy, "soon", now)).toBe(1000);
  });
});

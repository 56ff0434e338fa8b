// Deterministic claim ids: the same statement from the same words gets the same id in every build.
// SHA-256 from @noble/hashes rather than node:crypto, so that building a graph runs in the browser too
// (the digests are the standard ones, so the ids are those node:crypto gave).
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { Evidence } from "../model/types.ts";

/** `c` + 16 hex digits of SHA-256 over subject, relation, object, article and evidence spans. */
export function claimKey(source: string, relation: string, target: string, article: string, evidence: Evidence[]): string {
  const spans = evidence.map((e) => `${e.start}-${e.end}`).join(",");
  const digest = bytesToHex(sha256(utf8ToBytes(`${source}\u0000${relation}\u0000${target}\u0000${article}\u0000${spans}`)));
  return `c${digest.slice(0, 16)}`;
}

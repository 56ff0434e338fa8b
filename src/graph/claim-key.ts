// Deterministic claim ids: the same statement from the same words gets the same id in every build.
import { createHash } from "node:crypto";
import type { Evidence } from "../model/types.ts";

/** `c` + 16 hex digits of SHA-256 over subject, relation, object, article and evidence spans. */
export function claimKey(source: string, relation: string, target: string, article: string, evidence: Evidence[]): string {
  const spans = evidence.map((e) => `${e.start}-${e.end}`).join(",");
  const digest = createHash("sha256").update(`${source}\u0000${relation}\u0000${target}\u0000${article}\u0000${spans}`).digest("hex");
  return `c${digest.slice(0, 16)}`;
}

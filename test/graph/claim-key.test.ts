// Claim ids are SHA-256 content hashes: computed without node:crypto (so buildGraph runs in a browser),
// they must be the very ids node:crypto gave, since data, tests and links depend on them.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimKey } from "../../src/graph/claim-key.ts";
import type { Evidence } from "../../src/model/types.ts";
import { builtinsReached, importGraph } from "../helpers/import-graph.ts";

/** The id as it was computed before, with node:crypto. */
function nodeCryptoKey(source: string, relation: string, target: string, article: string, evidence: Evidence[]): string {
  const spans = evidence.map((e) => `${e.start}-${e.end}`).join(",");
  return `c${createHash("sha256").update(`${source}\u0000${relation}\u0000${target}\u0000${article}\u0000${spans}`).digest("hex").slice(0, 16)}`;
}

const quote = (start: number, end: number): Evidence => ({ start, end, quote: "x" }) as Evidence;

describe("claimKey", () => {
  it("keeps the ids node:crypto gave (pinned before the change)", () => {
    expect(claimKey("japan", "causes", "export-curbs", "a-2019", [quote(10, 42)])).toBe("c342f28c89d561bf8");
    expect(claimKey("", "", "", "", [])).toBe("cdf3f619804a92fdb");
    expect(claimKey("서울", "causes", "😀", "a", [quote(0, 1), quote(2, 3)])).toBe("cd8d3ae2be4404d1c");
  });

  it("gives node:crypto's digest for any text, non-ASCII and astral characters included", () => {
    const evidence = fc.array(fc.record({ start: fc.nat(), end: fc.nat() }).map(({ start, end }) => quote(start, end)), { maxLength: 4 });
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string(), fc.string({ unit: "binary" }), fc.string(), evidence, (s, r, t, a, e) => {
        expect(claimKey(s, r, t, a, e)).toBe(nodeCryptoKey(s, r, t, a, e));
      }),
      { numRuns: 500 },
    );
  });

  it("is c + 16 hex digits", () => {
    expect(claimKey("a", "b", "c", "d", [quote(0, 1)])).toMatch(/^c[0-9a-f]{16}$/);
  });
});

describe("the graph module is browser-safe", () => {
  it.each(["src/graph/build-graph.ts", "src/graph/claim-key.ts"])("%s reaches no Node built-in", (entry) => {
    expect(importGraph(entry).files.length).toBeGreaterThanOrEqual(1);
    expect(builtinsReached(entry)).toEqual([]);
  });

  it("the check itself sees a node: import", () => {
    expect(builtinsReached("src/io/write-file-atomic.ts").length).toBeGreaterThan(0);
  });
});

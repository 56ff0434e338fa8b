// The build's corpus-wide triple set (hashes in an open-addressing table) keeps what TripleFlattener (full
// texts in a Set) keeps, in the same order, across calls and across the table's growth.
import { DataFactory } from "n3";
import type { Quad } from "@rdfjs/types";
import { describe, expect, it } from "vitest";
import { prng } from "../../bench/generate-corpus.ts";
import { SeenTriples } from "../../src/export/seen-triples.ts";
import { TripleFlattener } from "../../src/rdf/write-rdf.ts";

const { namedNode, literal, quad, blankNode } = DataFactory;

/** Quads with many repeats (same terms, other graphs, fresh but equal term objects). */
function quads(count: number, seed: number): Quad[] {
  const random = prng(seed);
  const out: Quad[] = [];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(random() * count * 0.6);
    const object = n % 3 === 0 ? literal(`v${n}`, "en") : n % 3 === 1 ? literal(`v${n}`) : namedNode(`https://example.org/o/${n}`);
    const subject = n % 10 === 0 ? blankNode(`b${n % 97}`) : namedNode(`https://example.org/s/${n % 1000}`);
    out.push(quad(subject as never, namedNode(`https://example.org/p/${n % 7}`), object, namedNode(`https://example.org/g/${i % 5}`)) as unknown as Quad);
  }
  return out;
}

const text = (qs: Quad[]) => qs.map((q) => `${q.subject.termType}:${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}@${"language" in q.object ? q.object.language : ""}|${q.graph.termType}`).join("\n");

describe("SeenTriples", () => {
  it("keeps the triples TripleFlattener keeps, in order, across calls and while the table grows", () => {
    const all = quads(200_000, 7);
    const seen = new SeenTriples();
    const reference = new TripleFlattener();
    let kept = 0;
    for (let i = 0; i < all.length; i += 9_000) {
      const slice = all.slice(i, i + 9_000);
      const ours = seen.add(slice);
      expect(text(ours)).toBe(text(reference.add(slice)));
      kept += ours.length;
    }
    // More distinct triples than 70 % of 131,072 slots: the first table (65,536 slots) grew twice.
    expect(kept).toBeGreaterThan(92_000);
    expect(kept).toBeLessThan(all.length);
    expect(seen.size).toBe(kept);
    // Everything is known now: nothing comes out a second time.
    expect(seen.add(all)).toEqual([]);
  });
});

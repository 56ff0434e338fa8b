// The corpus-wide "triple already written?" set of the streaming build's N-Triples and Turtle (src/rdf's
// TripleFlattener, with the same triples out in the same order). TripleFlattener keeps every triple's full text
// as its key: at 1,000 generated articles that is 2.5M strings, about 1.1 GB of live heap (measured: 116 MB at
// 100 articles), more than the graph and everything else of kg build together. Here a key is the 16 bytes of
// its MD5 (node:crypto's one-shot hash; the build is Node-side). Two different triples would have to share an
// MD5 to be merged: about 10^-26 for 2.5M non-adversarial keys.
//
// The hashes live in one open-addressing table of 32-bit words, not in a Set of 16-byte strings: 2.5M small
// strings in the old generation were marked by every full GC of the build and rehashed as the Set grew (GC was
// a fifth of the build's CPU at 1,000 articles against a sixth at 100); a typed array holds no references.
import { hash } from "node:crypto";
import { DataFactory } from "n3";
import type { Quad } from "@rdfjs/types";
import { termKey } from "../rdf/write-rdf.ts";

/** The little-endian 32-bit word at `at` of a latin1 digest (what Buffer.readUInt32LE gave). */
const word = (digest: string, at: number): number =>
  (digest.charCodeAt(at) | (digest.charCodeAt(at + 1) << 8) | (digest.charCodeAt(at + 2) << 16) | (digest.charCodeAt(at + 3) << 24)) >>> 0;

const WORDS = 4; // an MD5 is four 32-bit words
const INITIAL_SLOTS = 1 << 16;

export class SeenTriples {
  /** WORDS words per slot; a slot of four zero words is empty (an all-zero MD5 is stored in `zeroSeen`). */
  private table = new Uint32Array(INITIAL_SLOTS * WORDS);
  private mask = INITIAL_SLOTS - 1;
  private count = 0;
  private zeroSeen = false;

  /** The triples of `quads` (in the default graph) not seen before, in this call or an earlier one, in order. */
  add(quads: Iterable<Quad>): Quad[] {
    const triples: Quad[] = [];
    for (const q of quads) {
      // The digest as a 16-character "binary" (latin1) string, one character a byte, not a Buffer: a Buffer per triple was
      // 2.5M small off-heap allocations at 1,000 articles; the string is about twice as fast (same bytes).
      const digest = hash("md5", `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`, "binary");
      if (!this.insert(word(digest, 0), word(digest, 4), word(digest, 8), word(digest, 12))) continue;
      triples.push(DataFactory.quad(q.subject, q.predicate, q.object));
    }
    return triples;
  }

  get size(): number {
    return this.count;
  }

  /** Adds the key; false when it was there already. */
  private insert(a: number, b: number, c: number, d: number): boolean {
    if ((a | b | c | d) === 0) {
      if (this.zeroSeen) return false;
      this.zeroSeen = true;
      this.count++;
      return true;
    }
    const table = this.table;
    // The words of an MD5 are uniform: the first one picks the slot; linear probing from there.
    for (let slot = a & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slot * WORDS;
      const sa = table[at] as number, sb = table[at + 1] as number, sc = table[at + 2] as number, sd = table[at + 3] as number;
      if ((sa | sb | sc | sd) === 0) {
        table[at] = a;
        table[at + 1] = b;
        table[at + 2] = c;
        table[at + 3] = d;
        if (++this.count * 10 > (this.mask + 1) * 7) this.grow();
        return true;
      }
      if (sa === a && sb === b && sc === c && sd === d) return false;
    }
  }

  /** Doubles the table (at 70 % full) and puts every key back. */
  private grow(): void {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    this.table = new Uint32Array(slots * WORDS);
    this.mask = slots - 1;
    for (let at = 0; at < old.length; at += WORDS) {
      const a = old[at] as number, b = old[at + 1] as number, c = old[at + 2] as number, d = old[at + 3] as number;
      if ((a | b | c | d) === 0) continue;
      for (let slot = a & this.mask; ; slot = (slot + 1) & this.mask) {
        const to = slot * WORDS;
        if (((this.table[to] as number) | (this.table[to + 1] as number) | (this.table[to + 2] as number) | (this.table[to + 3] as number)) === 0) {
          this.table[to] = a;
          this.table[to + 1] = b;
          this.table[to + 2] = c;
          this.table[to + 3] = d;
          break;
        }
      }
    }
  }
}

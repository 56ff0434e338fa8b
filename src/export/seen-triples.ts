// The corpus-wide "triple already written?" set of the streaming build's N-Triples and Turtle (src/rdf's
// TripleFlattener, with the same triples out in the same order). TripleFlattener keeps every triple's full text
// as its key: at 1,000 generated articles that is 2.5M strings, about 1.1 GB of live heap (measured: 116 MB at
// 100 articles), more than the graph and everything else of kg build together. Here a key is the 16 bytes of
// its MD5 (node:crypto's one-shot hash; the build is Node-side), about a tenth of that. Two different triples
// would have to share an MD5 to be merged: about 10^-26 for 2.5M non-adversarial keys.
import { hash } from "node:crypto";
import { DataFactory } from "n3";
import type { Quad } from "@rdfjs/types";
import { termKey } from "../rdf/write-rdf.ts";

export class SeenTriples {
  private readonly seen = new Set<string>();

  /** The triples of `quads` (in the default graph) not seen before, in this call or an earlier one, in order. */
  add(quads: Iterable<Quad>): Quad[] {
    const triples: Quad[] = [];
    for (const q of quads) {
      const key = hash("md5", `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`, "binary");
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      triples.push(DataFactory.quad(q.subject, q.predicate, q.object));
    }
    return triples;
  }

  get size(): number {
    return this.seen.size;
  }
}

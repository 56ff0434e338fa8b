// One graph's triples as the body of a PUT: N-Triples in UTF-8. N-Triples because every Graph Store speaks it
// and it needs no prefixes; Virtuoso 7.2 takes it (and Turtle) but rejects TriG, N-Quads and RDF 1.2 syntax.
import { Writer } from "n3";
import type { Quad } from "@rdfjs/types";

/** The triples as N-Triples bytes. */
export function ntriplesBody(triples: readonly Quad[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const writer = new Writer({ format: "N-Triples" });
    writer.addQuads(triples as Parameters<Writer["addQuads"]>[0]);
    writer.end((error: Error | null, text: string) => (error ? reject(error) : resolve(Buffer.from(text, "utf8"))));
  });
}

// CONSTRUCT and DESCRIBE results as RDF text. N-Triples, Turtle, N-Quads and TriG through n3's Writer
// (with the project's prefixes), JSON-LD through oxigraph, which serialises it without fetching contexts.
import type { Quad } from "@rdfjs/types";
import { Writer } from "n3";
import { Store } from "oxigraph";
import { GRAPH_FORMATS, type GraphFormat } from "./result-formats.ts";

const N3_FORMATS: Record<Exclude<GraphFormat, "jsonld">, string> = {
  nt: "N-Triples",
  ttl: "Turtle",
  nq: "N-Quads",
  trig: "TriG",
};

function writeN3(quads: Quad[], format: string, prefixes: Record<string, string>): Promise<string> {
  const usesPrefixes = format === "Turtle" || format === "TriG";
  const writer = new Writer(usesPrefixes ? { format, prefixes } : { format });
  // n3's typings describe 1.x; its quads are RDF/JS quads either way.
  writer.addQuads(quads as never);
  return new Promise((resolve, reject) => writer.end((error: Error | null, text: string) => (error ? reject(error) : resolve(text))));
}

/** Quads as text in `format`; `prefixes` shorten Turtle and TriG. */
export async function quadsToText(quads: Quad[], format: GraphFormat, prefixes: Record<string, string> = {}): Promise<string> {
  if (format !== "jsonld") return writeN3(quads, N3_FORMATS[format], prefixes);
  const store = new Store();
  store.load(await writeN3(quads, "N-Quads", {}), { format: GRAPH_FORMATS.nq });
  return store.dump({ format: GRAPH_FORMATS.jsonld });
}

// CONSTRUCT and DESCRIBE results as RDF text. N-Triples, Turtle, N-Quads and TriG through n3's Writer
// (with the project's prefixes), JSON-LD and RDF/XML through oxigraph, which writes JSON-LD without fetching
// contexts.
import type { Quad } from "@rdfjs/types";
import { Writer } from "n3";
import { oxigraphEngine } from "./oxigraph-engine.ts";
import { GRAPH_FORMATS, type GraphFormat } from "./result-formats.ts";

const N3_FORMATS: Record<Exclude<GraphFormat, "jsonld" | "rdfxml">, string> = {
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
  if (format !== "jsonld" && format !== "rdfxml") return writeN3(quads, N3_FORMATS[format], prefixes);
  const { Store, defaultGraph } = oxigraphEngine();
  const store = new Store();
  store.load(await writeN3(quads, "N-Quads", {}), { format: GRAPH_FORMATS.nq });
  // RDF/XML holds one graph: CONSTRUCT and DESCRIBE results are all in the default graph.
  return format === "jsonld" ? store.dump({ format: GRAPH_FORMATS.jsonld }) : store.dump({ format: GRAPH_FORMATS.rdfxml, from_graph_name: defaultGraph() });
}

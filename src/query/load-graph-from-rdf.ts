import { readFile } from "node:fs/promises";
import { NotFoundKgError, UsageKgError } from "../errors.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import { formatFromPath, parseRdf } from "../rdf/parse-rdf.ts";
import { quadsToGraph } from "../rdf/quads-to-graph.ts";
import type { RdfFormat } from "../rdf/write-rdf.ts";

export interface RdfSource {
  /** A file to read; its extension gives the format unless `format` is set. */
  path?: string;
  /** RDF text, instead of a file. */
  text?: string;
  format?: RdfFormat;
  /** The base IRI the data was written with (default https://example.org/news-kg/). */
  baseIri?: string;
}

/**
 * A graph from RDF written by this tool (N-Triples, Turtle, N-Quads, TriG or JSON-LD).
 *
 * @example
 * ```ts
 * const graph = await loadGraphFromRdf({ path: "out/graph.nq" });
 * ```
 * @throws ParseKgError when the RDF cannot be read back into a graph.
 */
export async function loadGraphFromRdf(source: RdfSource): Promise<KnowledgeGraph> {
  const format = source.format ?? (source.path ? formatFromPath(source.path) : undefined);
  if (!format) throw new UsageKgError("loadGraphFromRdf: say which RDF format (nt, ttl, nq, trig, jsonld)");
  let text = source.text;
  if (text === undefined) {
    if (!source.path) throw new UsageKgError("loadGraphFromRdf: give a path or a text");
    text = await readFile(source.path, "utf8").catch(() => {
      throw new NotFoundKgError(`cannot read the RDF file ${source.path}`);
    });
  }
  return quadsToGraph(await parseRdf(text, format, source.path ?? "<input>"), source.baseIri ? { baseIri: source.baseIri } : {});
}

// The one place the SPARQL side turns a graph into RDF, through the lead's writer, so the store sees
// exactly what `kg build` exports.
import type { KnowledgeGraph } from "../model/types.ts";
import { graphToQuads } from "../rdf/graph-to-quads.ts";
import { writeRdf } from "../rdf/write-rdf.ts";

/** The graph as N-Quads (one named graph per article), as `kg build` writes it. */
export async function graphToNQuads(graph: KnowledgeGraph): Promise<string> {
  return writeRdf(graphToQuads(graph), "nq");
}

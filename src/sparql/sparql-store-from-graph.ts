import type { KnowledgeGraph } from "../model/types.ts";
import { createSparqlStore } from "./create-sparql-store.ts";
import { graphToNQuads } from "./graph-to-nquads.ts";
import type { SparqlStore } from "./sparql-store.ts";

/**
 * A SPARQL store over the graph's RDF, every article's named graph included.
 *
 * @example
 * ```ts
 * const store = await sparqlStoreFromGraph(graph);
 * const { bindings } = sparqlSelect<"label">(store, "SELECT ?label WHERE { ?s rdfs:label ?label }");
 * ```
 */
export async function sparqlStoreFromGraph(graph: KnowledgeGraph): Promise<SparqlStore> {
  return createSparqlStore(await graphToNQuads(graph));
}

/**
 * news-kg: knowledge graphs from news articles, with evidence.
 *
 * @example Ask the seed article's graph why Korea declined to extend GSOMIA
 * ```ts
 * import { loadGraph, causesOf } from "news-kg";
 *
 * const graph = await loadGraph();                 // builds from data/
 * for (const cause of causesOf(graph, "gsomia-non-extension-decision")) {
 *   console.log(cause.depth, cause.label);
 *   for (const hop of cause.chain) console.log(`  ${hop.sourceLabel} → ${hop.targetLabel}: "${hop.quotes[0]}" (${hop.modality})`);
 * }
 * ```
 *
 * @example SPARQL over every article graph
 * ```ts
 * import { loadGraph, sparqlStoreFromGraph, sparqlSelect } from "news-kg";
 *
 * const store = await sparqlStoreFromGraph(await loadGraph());
 * const { bindings } = sparqlSelect<"label">(store, "SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }");
 * console.log(bindings.map((b) => b.label?.value));
 * ```
 *
 * @packageDocumentation
 */

// Everything that also runs in a browser: model, errors, graph building, RDF, drafting, evaluation,
// layout and the typed queries on a graph in memory.
export * from "./browser.ts";

// Pipeline edges that need Node: reading sources, the exports that write files.
export { loadSources } from "./sources/load-sources.ts";
export { exportGraph, EXPORT_FORMATS, type ExportFormat } from "./export/export-graph.ts";
export { streamExport } from "./export/stream-ntriples.ts";

// From a page to a drafted annotation.
export { prepareImport, type ImportFlags, type PreparedArticle } from "./import/prepare-import.ts";
export { MissingMetadataKgError, ImportInputKgError, FolderExistsKgError } from "./import/import-errors.ts";
export { draftArticleFolder, type DraftFolderOptions, type DraftFolderResult } from "./cli/draft-folder.ts";

// Loading a graph.
export { loadGraph, type GraphSource } from "./query/load-graph.ts";
export { loadGraphFromSources } from "./query/load-graph-from-sources.ts";
export { loadGraphFromJson } from "./query/load-graph-from-json.ts";
export { loadGraphFromRdf, type RdfSource } from "./query/load-graph-from-rdf.ts";

// SPARQL on the embedded store.
export { createSparqlStore } from "./sparql/create-sparql-store.ts";
export { sparqlStoreFromGraph } from "./sparql/sparql-store-from-graph.ts";
export type { SparqlStore } from "./sparql/sparql-store.ts";
export { graphToNQuads } from "./sparql/graph-to-nquads.ts";
export { sparql, sparqlSelect, sparqlAsk, sparqlConstruct, type SparqlOptions } from "./sparql/run-sparql.ts";
export type { AskResult, Bindings, GraphResult, SelectResult, SparqlResult } from "./sparql/sparql-result.ts";
export { solutionsToText, solutionsToTable } from "./sparql/solutions-to-text.ts";
export { quadsToText } from "./sparql/quads-to-text.ts";
export { SOLUTION_FORMATS, GRAPH_FORMATS, type SolutionFormat, type GraphFormat, type ResultFormat } from "./sparql/result-formats.ts";
export {
  ReadOnlyKgError,
  SparqlSyntaxKgError,
  QueryTimeoutKgError,
  QueryLimitKgError,
  QueryEvaluationKgError,
  SparqlEngineKgError,
  QueryQueueFullKgError,
} from "./sparql/sparql-errors.ts";

// The endpoint.
export { startSparqlServer, type ServeOptions, type RunningServer } from "./server/start-sparql-server.ts";
export { SparqlWorkerPool, type PoolOptions } from "./server/sparql-worker-pool.ts";

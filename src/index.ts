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

// The graph contract and errors.
export type * from "./model/types.ts";
export * from "./model/vocabulary.ts";
export * from "./errors.ts";

// Pipeline: sources → graph → RDF.
export { loadSources } from "./sources/load-sources.ts";
export { buildGraph } from "./graph/build-graph.ts";
export { graphToQuads, type RdfOptions, type RdfProfile } from "./rdf/graph-to-quads.ts";
export { writeRdf, type RdfFormat } from "./rdf/write-rdf.ts";
export { quadsToGraph } from "./rdf/quads-to-graph.ts";
export { parseRdf } from "./rdf/parse-rdf.ts";
export { exportGraph, EXPORT_FORMATS, type ExportFormat } from "./export/export-graph.ts";
export { streamExport } from "./export/stream-ntriples.ts";
export { vocabularyQuads } from "./rdf/vocabulary-quads.ts";

// From a page to a drafted annotation, and how good the draft is.
export { prepareImport, type ImportFlags, type PreparedArticle } from "./import/prepare-import.ts";
export { MissingMetadataKgError, ImportInputKgError, FolderExistsKgError } from "./import/import-errors.ts";
export { draftAnnotation, ruleExtractor, RULE_EXTRACTOR_VERSION } from "./draft/draft-annotation.ts";
export { assembleAnnotation } from "./draft/assemble-annotation.ts";
export { keepValid } from "./draft/keep-valid.ts";
export { annotationToYaml, isUnreviewedDraft } from "./draft/annotation-yaml.ts";
export type { Extractor, DraftInput, CorpusEntity } from "./draft/types.ts";
export type { AnnotationSpec, EntitySpec, RelationSpec, FigureSpec, EvidenceSpec } from "./model/annotation-spec.ts";
export { draftArticleFolder, type DraftFolderOptions, type DraftFolderResult } from "./cli/draft-folder.ts";
export { evaluateAnnotations } from "./eval/evaluate-annotations.ts";
export { totalReport } from "./eval/total-report.ts";
export type { EvalReport, EvalTotal, Score, Accuracy } from "./eval/types.ts";

// Loading a graph.
export { loadGraph, type GraphSource } from "./query/load-graph.ts";
export { loadGraphFromSources } from "./query/load-graph-from-sources.ts";
export { loadGraphFromJson } from "./query/load-graph-from-json.ts";
export { loadGraphFromRdf, type RdfSource } from "./query/load-graph-from-rdf.ts";

// The typed query API: every function takes the graph first.
export { findNodes, type FindOptions, type NodeMatch } from "./query/find-nodes.ts";
export { foldText } from "./query/fold-text.ts";
export { suggestNodes } from "./query/suggest-nodes.ts";
export { requireNode } from "./query/require-node.ts";
export { resolveNode } from "./query/resolve-node.ts";
export { causesOf } from "./query/causes-of.ts";
export { effectsOf } from "./query/effects-of.ts";
export type { CausalLink, CausalOptions } from "./query/trace-causal.ts";
export { DEFAULT_CAUSAL_RELATIONS } from "./query/causal-relations.ts";
export type { Hop } from "./query/hop.ts";
export type { EdgeFilter } from "./query/edge-filter.ts";
export { shortestPath } from "./query/shortest-path.ts";
export { allPaths, type AllPathsOptions } from "./query/all-paths.ts";
export type { GraphPath, PathOptions } from "./query/graph-path.ts";
export { neighbours, type Neighbour, type NeighbourOptions } from "./query/neighbours.ts";
export { actorsOf, ACTOR_RELATIONS, type ActorRole } from "./query/actors-of.ts";
export { timeline, type TimelineEntry } from "./query/timeline.ts";
export type { NodeFilter } from "./query/node-filter.ts";
export type { DateWindow } from "./query/date-window.ts";
export { filterGraph, type GraphFilter } from "./query/filter-graph.ts";
export { extractSubgraph, type SubgraphOptions } from "./query/extract-subgraph.ts";

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

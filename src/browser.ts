/**
 * news-kg/browser: the part of the API that runs in a browser (or any bundler target without Node's
 * built-ins): the model and vocabulary, RDF in and out, the drafter, the evaluator, the layout and the
 * typed queries on a graph already in memory. No module reachable from here imports `node:` (tested in
 * test/package/browser-entry.test.ts).
 *
 * Left out, because they need Node: the loaders that read files, the SPARQL store (oxigraph's Node
 * build), the streaming export and the endpoint. Import those from "news-kg", which re-exports all of
 * this module too.
 *
 * @example A graph exported by `kg build`, fetched and queried in the page
 * ```ts
 * import { quadsToGraph, parseRdf, causesOf } from "news-kg/browser";
 *
 * const graph = quadsToGraph(await parseRdf(await (await fetch("graph.nq")).text(), "nq"));
 * console.log(causesOf(graph, "gsomia-non-extension-decision").map((c) => c.label));
 * ```
 *
 * @packageDocumentation
 */

// The graph contract and errors.
export type * from "./model/types.ts";
export * from "./model/vocabulary.ts";
export * from "./errors.ts";
export type { AnnotationSpec, EntitySpec, RelationSpec, FigureSpec, EvidenceSpec } from "./model/annotation-spec.ts";

// From validated article models to the graph (claim keys hash with @noble/hashes, not node:crypto).
export { buildGraph } from "./graph/build-graph.ts";

// RDF in and out.
export { graphToQuads, type RdfOptions, type RdfProfile } from "./rdf/graph-to-quads.ts";
export { writeRdf, type RdfFormat } from "./rdf/write-rdf.ts";
export { quadsToGraph } from "./rdf/quads-to-graph.ts";
export { parseRdf } from "./rdf/parse-rdf.ts";
export { vocabularyQuads } from "./rdf/vocabulary-quads.ts";

// Drafting an annotation, and how good the draft is.
export { draftAnnotation, ruleExtractor, RULE_EXTRACTOR_VERSION } from "./draft/draft-annotation.ts";
export { assembleAnnotation } from "./draft/assemble-annotation.ts";
export { keepValid } from "./draft/keep-valid.ts";
export { annotationToYaml, isUnreviewedDraft } from "./draft/annotation-yaml.ts";
export type { Extractor, DraftInput, CorpusEntity } from "./draft/types.ts";
export { evaluateAnnotations } from "./eval/evaluate-annotations.ts";
export { totalReport } from "./eval/total-report.ts";
export type { EvalReport, EvalTotal, Score, Accuracy } from "./eval/types.ts";

// Layout (the same deterministic one `kg build` runs).
export { layoutGraph, type LayoutOptions, type Positions } from "./layout/layout-graph.ts";

// The typed query API on a graph in memory: every function takes the graph first.
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
export { passingItems, type PassingItems } from "./query/passing-items.ts";
export { prepareNodeSearch, type NodeSearch } from "./query/node-search.ts";
export { extractSubgraph, type SubgraphOptions } from "./query/extract-subgraph.ts";

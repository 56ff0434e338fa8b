// Runs a read-only SPARQL query on the embedded store and returns typed results. SELECT and ASK go
// through oxigraph's JSON serialisation: it keeps the projection order and the variables of an empty
// result, which its Map-based rows lose, and one JSON.parse is cheaper than a WASM call per term.
import type { Quad } from "@rdfjs/types";
import type { Store } from "oxigraph";
import type { SparqlStore } from "./sparql-store.ts";
import sparqljs from "sparqljs";
import { KgError, UsageKgError } from "../errors.ts";
import { fromJsonTerm, type JsonTerm } from "./json-term.ts";
import { hasFailedEngine, isEngineFault, markEngineFailed, oxigraphEngine } from "./oxigraph-engine.ts";
import { queryForm, type QueryForm } from "./query-form.ts";
import { checkQuerySize, checkTreeDepth, resolveLimits, tokenCount, type QueryLimits } from "./query-limits.ts";
import { QueryEvaluationKgError, ReadOnlyKgError, SparqlEngineKgError, SparqlSyntaxKgError } from "./sparql-errors.ts";
import type { AskResult, Bindings, GraphResult, SelectResult, SparqlResult } from "./sparql-result.ts";

export interface SparqlOptions extends QueryLimits {
  /** At most this many solutions or triples; beyond it the result is cut and marked `truncated`. */
  limit?: number;
  /** Base IRI for relative IRIs in the query. */
  baseIri?: string;
  /**
   * The dataset, as the SPARQL Protocol's `default-graph-uri` and `named-graph-uri` give it. When either is
   * set it replaces the query's own FROM / FROM NAMED clauses; graphs not in the store are empty.
   */
  defaultGraphs?: string[];
  namedGraphs?: string[];
}

interface SparqlJson {
  head: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings: Array<Record<string, JsonTerm>> };
}

interface Inspected {
  form: QueryForm | undefined;
  /** The query names its own dataset (FROM or FROM NAMED). */
  ownDataset: boolean;
}

// oxigraph reports parse errors as plain Errors whose message gives the position; every other error from a
// query that parsed is an evaluation error.
const PARSE_ERROR = /^error at \d+:\d+/;

/**
 * Size and depth limits, the query's form and whether it names a dataset, all before oxigraph sees it.
 * The dataset test reads the parse tree, so a comment or a string mentioning `FROM <…>` changes nothing.
 */
function inspect(query: string, options: SparqlOptions): Inspected {
  const limits = resolveLimits(options);
  checkQuerySize(query, limits);
  let tree: sparqljs.SparqlQuery;
  try {
    tree = new sparqljs.Parser({ sparqlStar: true, ...(options.baseIri ? { baseIRI: options.baseIri } : {}) }).parse(query);
  } catch (error) {
    // sparqljs knows less syntax than oxigraph (SPARQL 1.2, extensions) and words its errors differently:
    // let oxigraph judge, and report, a query that is short enough to be safe whatever its shape.
    if (tokenCount(query) > limits.maxQueryDepth) throw new SparqlSyntaxKgError((error as Error).message);
    const form = queryForm(query);
    if (form === "UPDATE") throw new ReadOnlyKgError("SPARQL Update is not allowed: the store is read-only");
    return { form, ownDataset: false };
  }
  if (tree.type === "update") throw new ReadOnlyKgError("SPARQL Update is not allowed: the store is read-only");
  checkTreeDepth(tree, limits);
  const from = tree.from;
  return { form: tree.queryType, ownDataset: (from?.default.length ?? 0) + (from?.named.length ?? 0) > 0 };
}

function datasetOptions(options: SparqlOptions, ownDataset: boolean): Record<string, unknown> {
  if (options.defaultGraphs?.length || options.namedGraphs?.length) {
    const { namedNode } = oxigraphEngine();
    return { default_graph: (options.defaultGraphs ?? []).map((g) => namedNode(g)), named_graphs: (options.namedGraphs ?? []).map((g) => namedNode(g)) };
  }
  // A query naming its own dataset gets exactly that; any other sees the union of every graph as its
  // default graph, since all the data lives in per-article named graphs.
  return ownDataset ? {} : { use_default_graph_as_union: true };
}

function execute(store: SparqlStore, query: string, options: SparqlOptions, inspected: Inspected, resultsFormat?: string): ReturnType<Store["query"]> {
  if (hasFailedEngine(store)) {
    throw new SparqlEngineKgError("this store's query engine failed on an earlier query and cannot be used again; load the data into a new store (createSparqlStore)");
  }
  try {
    return (store as Store).query(query, {
      ...datasetOptions(options, inspected.ownDataset),
      ...(options.baseIri ? { base_iri: options.baseIri } : {}),
      ...(resultsFormat ? { results_format: resultsFormat } : {}),
    });
  } catch (error) {
    if (error instanceof KgError) throw error;
    if (isEngineFault(error)) {
      markEngineFailed(store);
      throw new SparqlEngineKgError(`the query engine failed on this query (${(error as Error).message}); this store cannot be used again`);
    }
    const message = (error as Error).message ?? String(error);
    throw PARSE_ERROR.test(message) ? new SparqlSyntaxKgError(message) : new QueryEvaluationKgError(message);
  }
}

/**
 * Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT or DESCRIBE) over every named graph.
 *
 * @example
 * ```ts
 * const result = sparql(store, "ASK { ?s ?p ?o }");
 * if (result.type === "boolean") console.log(result.value);
 * ```
 * @throws ReadOnlyKgError for SPARQL Update; SparqlSyntaxKgError when the query does not parse;
 * QueryLimitKgError when it is longer or deeper than the limits; QueryEvaluationKgError when it cannot be
 * evaluated; SparqlEngineKgError when the engine fails (the store is refused from then on).
 */
export function sparql(store: SparqlStore, query: string, options: SparqlOptions = {}): SparqlResult {
  const limit = options.limit ?? Infinity;
  const inspected = inspect(query, options);
  const form = inspected.form;
  if (form === "CONSTRUCT" || form === "DESCRIBE") {
    const quads = execute(store, query, options, inspected) as unknown as Quad[];
    return { type: "quads", quads: quads.slice(0, limit), truncated: quads.length > limit };
  }
  const output = execute(store, query, options, inspected, form ? "application/sparql-results+json" : undefined);
  if (typeof output !== "string") {
    // A form the prologue scan could not tell (unusual syntax): read oxigraph's native result instead.
    if (typeof output === "boolean") return { type: "boolean", value: output };
    const quads = output as unknown as Quad[];
    return { type: "quads", quads: quads.slice(0, limit), truncated: quads.length > limit };
  }
  const json = JSON.parse(output) as SparqlJson;
  if (typeof json.boolean === "boolean") return { type: "boolean", value: json.boolean };
  const rows = json.results?.bindings ?? [];
  const bindings = rows.slice(0, limit).map((row) => {
    const solution: Bindings = {};
    for (const [name, term] of Object.entries(row)) solution[name] = fromJsonTerm(term);
    return solution;
  });
  return { type: "bindings", variables: json.head.vars ?? [], bindings, truncated: rows.length > limit };
}

/**
 * Run a SELECT query and get typed bindings: name the variables you project.
 *
 * @example Which actor appears in most claims?
 * ```ts
 * const { bindings } = sparqlSelect<"actor" | "claims">(store, readFileSync("data/queries/most-cited-actor.rq", "utf8"));
 * console.log(bindings[0]?.actor?.value, Number(bindings[0]?.claims?.value));
 * ```
 */
export function sparqlSelect<V extends string = string>(store: SparqlStore, query: string, options: SparqlOptions = {}): SelectResult<V> {
  const result = sparql(store, query, options);
  if (result.type !== "bindings") throw new UsageKgError(`expected a SELECT query, got a query returning ${result.type}`);
  return result as SelectResult<V>;
}

/** Run an ASK query. */
export function sparqlAsk(store: SparqlStore, query: string, options: SparqlOptions = {}): boolean {
  const result: SparqlResult = sparql(store, query, options);
  if (result.type !== "boolean") throw new UsageKgError(`expected an ASK query, got a query returning ${result.type}`);
  return (result as AskResult).value;
}

/** Run a CONSTRUCT or DESCRIBE query and get its quads (in the default graph). */
export function sparqlConstruct(store: SparqlStore, query: string, options: SparqlOptions = {}): GraphResult {
  const result = sparql(store, query, options);
  if (result.type !== "quads") throw new UsageKgError(`expected a CONSTRUCT or DESCRIBE query, got a query returning ${result.type}`);
  return result;
}

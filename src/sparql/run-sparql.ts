// Runs a read-only SPARQL query on the embedded store and returns typed results. SELECT and ASK go
// through oxigraph's JSON serialisation: it keeps the projection order and the variables of an empty
// result, which its Map-based rows lose, and one JSON.parse is cheaper than a WASM call per term.
import type { Quad } from "@rdfjs/types";
import type { Store } from "oxigraph";
import { UsageKgError } from "../errors.ts";
import { fromJsonTerm, type JsonTerm } from "./json-term.ts";
import { queryForm } from "./query-form.ts";
import { ReadOnlyKgError, SparqlSyntaxKgError } from "./sparql-errors.ts";
import type { AskResult, Bindings, GraphResult, SelectResult, SparqlResult } from "./sparql-result.ts";

export interface SparqlOptions {
  /** At most this many solutions or triples; beyond it the result is cut and marked `truncated`. */
  limit?: number;
  /** Base IRI for relative IRIs in the query. */
  baseIri?: string;
}

// A query naming its own dataset (FROM / FROM NAMED) gets exactly that; any other query sees the union of
// every graph as its default graph, since all the data lives in per-article named graphs.
const DATASET_CLAUSE = /\bFROM\s+(?:NAMED\s+)?(?:<|[A-Za-z_][\w.-]*:|:)/i;

interface SparqlJson {
  head: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings: Array<Record<string, JsonTerm>> };
}

function execute(store: Store, query: string, options: SparqlOptions, resultsFormat?: string): ReturnType<Store["query"]> {
  const form = queryForm(query);
  if (form === "UPDATE") throw new ReadOnlyKgError("SPARQL Update is not allowed: the store is read-only");
  try {
    return store.query(query, {
      ...(DATASET_CLAUSE.test(query) ? {} : { use_default_graph_as_union: true }),
      ...(options.baseIri ? { base_iri: options.baseIri } : {}),
      ...(resultsFormat ? { results_format: resultsFormat } : {}),
    });
  } catch (error) {
    throw new SparqlSyntaxKgError((error as Error).message ?? String(error));
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
 * @throws ReadOnlyKgError for SPARQL Update; SparqlSyntaxKgError when the query does not parse.
 */
export function sparql(store: Store, query: string, options: SparqlOptions = {}): SparqlResult {
  const limit = options.limit ?? Infinity;
  const form = queryForm(query);
  if (form === "CONSTRUCT" || form === "DESCRIBE") {
    const quads = execute(store, query, options) as unknown as Quad[];
    return { type: "quads", quads: quads.slice(0, limit), truncated: quads.length > limit };
  }
  const output = execute(store, query, options, form ? "application/sparql-results+json" : undefined);
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
export function sparqlSelect<V extends string = string>(store: Store, query: string, options: SparqlOptions = {}): SelectResult<V> {
  const result = sparql(store, query, options);
  if (result.type !== "bindings") throw new UsageKgError(`expected a SELECT query, got a query returning ${result.type}`);
  return result as SelectResult<V>;
}

/** Run an ASK query. */
export function sparqlAsk(store: Store, query: string, options: SparqlOptions = {}): boolean {
  const result: SparqlResult = sparql(store, query, options);
  if (result.type !== "boolean") throw new UsageKgError(`expected an ASK query, got a query returning ${result.type}`);
  return (result as AskResult).value;
}

/** Run a CONSTRUCT or DESCRIBE query and get its quads (in the default graph). */
export function sparqlConstruct(store: Store, query: string, options: SparqlOptions = {}): GraphResult {
  const result = sparql(store, query, options);
  if (result.type !== "quads") throw new UsageKgError(`expected a CONSTRUCT or DESCRIBE query, got a query returning ${result.type}`);
  return result;
}

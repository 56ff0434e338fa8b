// One SPARQL request answered as an HTTP reply: run, cap, pick the format the client accepts for the kind
// of result, serialise. Pure (no I/O), so the worker runs it and tests can call it directly.
import { KgError } from "../errors.ts";
import { negotiateFormat } from "../sparql/negotiate-format.ts";
import { quadsToText } from "../sparql/quads-to-text.ts";
import { GRAPH_FORMATS, SOLUTION_FORMATS, isGraphFormat, isSolutionFormat } from "../sparql/result-formats.ts";
import { sparql } from "../sparql/run-sparql.ts";
import { solutionsToText } from "../sparql/solutions-to-text.ts";
import type { QueryLimits } from "../sparql/query-limits.ts";
import type { SparqlStore } from "../sparql/sparql-store.ts";
import { QueryEvaluationKgError, QueryLimitKgError, ReadOnlyKgError, SparqlEngineKgError, SparqlSyntaxKgError } from "../sparql/sparql-errors.ts";

export interface QueryJob {
  query: string;
  /** The request's Accept header. */
  accept?: string;
  /** An explicit format name (`json`, `csv`, `ttl`…) that overrides Accept, for links and browsers. */
  format?: string;
  limit: number;
  prefixes?: Record<string, string>;
  /** Size and depth limits, checked before the engine sees the query. */
  limits?: QueryLimits;
  /** Base IRI for relative IRIs in the query. */
  baseIri?: string;
  /** The protocol's `default-graph-uri` and `named-graph-uri`. */
  defaultGraphs?: string[];
  namedGraphs?: string[];
}

export interface QueryReply {
  status: number;
  contentType: string;
  body: string;
  truncated?: boolean;
  /** The engine failed on this query: the worker that ran it must not run another. */
  engineFailed?: boolean;
}

const text = (status: number, message: string): QueryReply => ({ status, contentType: "text/plain; charset=utf-8", body: `${message}\n` });

export async function answerQuery(store: SparqlStore, job: QueryJob): Promise<QueryReply> {
  try {
    const result = sparql(store, job.query, {
      limit: job.limit,
      ...job.limits,
      ...(job.baseIri ? { baseIri: job.baseIri } : {}),
      ...(job.defaultGraphs ? { defaultGraphs: job.defaultGraphs } : {}),
      ...(job.namedGraphs ? { namedGraphs: job.namedGraphs } : {}),
    });
    if (result.type === "quads") {
      const format = job.format && isGraphFormat(job.format) ? job.format : negotiateFormat(job.accept, GRAPH_FORMATS);
      if (!format) return text(406, `none of the accepted types fits a graph result; available: ${Object.values(GRAPH_FORMATS).join(", ")}`);
      return { status: 200, contentType: `${GRAPH_FORMATS[format]}; charset=utf-8`, body: await quadsToText(result.quads, format, job.prefixes), truncated: result.truncated };
    }
    const format = job.format && isSolutionFormat(job.format) ? job.format : negotiateFormat(job.accept, SOLUTION_FORMATS);
    if (!format) return text(406, `none of the accepted types fits a solutions result; available: ${Object.values(SOLUTION_FORMATS).join(", ")}`);
    return {
      status: 200,
      contentType: `${SOLUTION_FORMATS[format]}; charset=utf-8`,
      body: solutionsToText(result, format),
      truncated: result.type === "bindings" && result.truncated,
    };
  } catch (error) {
    if (error instanceof ReadOnlyKgError) return text(403, error.message);
    if (error instanceof SparqlSyntaxKgError) return text(400, `malformed query: ${error.message}`);
    if (error instanceof QueryLimitKgError) return text(400, `query refused: ${error.message}`);
    if (error instanceof QueryEvaluationKgError) return text(400, `query evaluation failed: ${error.message}`);
    if (error instanceof SparqlEngineKgError) return { ...text(500, `${error.message}; the worker that ran it is being replaced`), engineFailed: true };
    if (error instanceof KgError) return text(400, error.message);
    return text(500, `query failed: ${(error as Error).message}`);
  }
}

// SPARQL 1.1 Protocol request parsing: query via GET (?query=), POST form (query=) or POST direct
// (application/sparql-query), with the dataset in `default-graph-uri` and `named-graph-uri` (repeatable; in
// the URL for a direct POST). Updates, by any route, are refused here before reaching a worker.
import type { IncomingMessage } from "node:http";

export interface QueryRequest {
  kind: "query";
  query: string;
  format?: string;
  defaultGraphs: string[];
  namedGraphs: string[];
}

export type SparqlRequest =
  | QueryRequest
  | { kind: "refused"; status: number; message: string };

const MAX_BODY_BYTES = 1 << 20;

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function withParams(query: string, params: URLSearchParams): SparqlRequest {
  const request: QueryRequest = { kind: "query", query, defaultGraphs: params.getAll("default-graph-uri"), namedGraphs: params.getAll("named-graph-uri") };
  const format = params.get("format");
  if (format !== null) request.format = format;
  for (const iri of [...request.defaultGraphs, ...request.namedGraphs]) {
    if (!URL.canParse(iri)) return { kind: "refused", status: 400, message: `a graph IRI must be absolute; got "${iri}"` };
  }
  return request;
}

function fromParams(params: URLSearchParams): SparqlRequest {
  if (params.has("update")) return { kind: "refused", status: 403, message: "SPARQL Update is not allowed: this endpoint is read-only" };
  const queries = params.getAll("query");
  if (queries.length !== 1 || queries[0]!.trim() === "") return { kind: "refused", status: 400, message: "expected exactly one non-empty `query` parameter" };
  return withParams(queries[0]!, params);
}

export async function readSparqlRequest(request: IncomingMessage, url: URL): Promise<SparqlRequest> {
  if (request.method === "GET" || request.method === "HEAD") return fromParams(url.searchParams);
  const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  // The protocol allows UTF-8 only; a body declared in another charset is refused, not misread.
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers["content-type"] ?? "")?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
    return { kind: "refused", status: 415, message: `POST bodies must be UTF-8; got charset=${charset}` };
  }
  if (type === "application/sparql-update") return { kind: "refused", status: 403, message: "SPARQL Update is not allowed: this endpoint is read-only" };
  if (type !== "application/x-www-form-urlencoded" && type !== "application/sparql-query") {
    return { kind: "refused", status: 415, message: "POST bodies must be application/sparql-query or application/x-www-form-urlencoded" };
  }
  const body = await readBody(request);
  if (body === null) return { kind: "refused", status: 413, message: `the request body exceeds ${MAX_BODY_BYTES} bytes` };
  if (type === "application/x-www-form-urlencoded") return fromParams(new URLSearchParams(body));
  if (url.searchParams.has("update")) return { kind: "refused", status: 403, message: "SPARQL Update is not allowed: this endpoint is read-only" };
  return withParams(body, url.searchParams);
}

// `kg serve`: a read-only SPARQL 1.1 Protocol endpoint at /sparql and the explorer's static files.
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { KgError, UsageKgError } from "../errors.ts";
import { resolveLimits, type QueryLimits } from "../sparql/query-limits.ts";
import { QueryQueueFullKgError, QueryTimeoutKgError } from "../sparql/sparql-errors.ts";
import type { QueryJob } from "./answer-query.ts";
import { queryLane, StoppedQueries } from "./query-lane.ts";
import { readSparqlRequest } from "./read-sparql-request.ts";
import { createStaticHandler } from "./serve-static.ts";
import { SparqlWorkerPool } from "./sparql-worker-pool.ts";

export interface ServeOptions extends QueryLimits {
  /** The data, as N-Quads (every article's named graph). */
  nquads: string;
  /** Interface to listen on (default 127.0.0.1: reachable from this machine only). */
  host?: string;
  /** Port (default 3030; 0 picks a free one). */
  port?: number;
  /** Per-query timeout in ms, counted from the request's arrival (default 10 000). */
  timeoutMs?: number;
  /** Most solutions or triples returned (default 10 000); beyond, results are cut and flagged. */
  maxResults?: number;
  /** Query workers kept running (default 2). */
  workers?: number;
  /** Most query workers at once, the reserve that keeps light queries answered included (default workers + 4). */
  maxWorkers?: number;
  /** Most queries waiting for a worker; beyond, 503 with Retry-After (default 64). */
  maxQueue?: number;
  /**
   * The served graph as graphology JSON, answered at /graph.json in place of any graph.json in the static
   * folder, so that the explorer shows the graph the endpoint queries.
   */
  graphJson?: string;
  /** Folder of static files to serve at / (default dist/viz when it exists). */
  staticDir?: string;
  /** Prefixes for Turtle and TriG answers. */
  prefixes?: Record<string, string>;
  /** Base IRI for relative IRIs in queries (default: the endpoint's own URL). */
  baseIri?: string;
  /**
   * Origins allowed to query /sparql from a browser: `"*"` (the default; the data is public and read-only),
   * a list of origins, or `false` for no CORS headers at all. The explorer's files never get CORS headers.
   */
  cors?: "*" | string[] | false;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:3030/ ; the endpoint is at `${url}sparql`. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** The server could not start (port in use, unknown host…); nothing is left running. */
export class ServeKgError extends KgError {
  override readonly code: string = "SERVE";
}

// What the explorer needs and no more: its own scripts and styles (CSSOM writes are not inline styles),
// ForceAtlas2's web worker (graphology starts it from a blob: URL), the PNG export's canvas, fetches of
// graph.json and /sparql on the same origin, and no framing by other sites.
const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const COMMON_HEADERS = { "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" };
const EXPLORER_HEADERS = { ...COMMON_HEADERS, "Content-Security-Policy": EXPLORER_CSP, "X-Frame-Options": "DENY" };

function corsHeaders(cors: ServeOptions["cors"], origin: string | undefined): Record<string, string> {
  if (cors === false) return {};
  const allowed = cors === undefined || cors === "*" ? "*" : origin && cors.includes(origin) ? origin : undefined;
  if (!allowed) return {};
  return {
    "Access-Control-Allow-Origin": allowed,
    "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept",
    "Access-Control-Expose-Headers": "KG-Results-Truncated, Retry-After",
    "Access-Control-Max-Age": "600",
    ...(allowed === "*" ? {} : { Vary: "Origin" }),
  };
}

function positiveInteger(name: string, value: number | undefined, min = 1): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= min)) throw new UsageKgError(`${name} must be an integer ≥ ${min}; got ${value}`);
}

function reply(response: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
  response.end(`${message}\n`);
}

/**
 * Start the endpoint. Resolves once every worker holds the data and the port is open.
 *
 * @example
 * ```ts
 * const running = await startSparqlServer({ nquads: readFileSync("out/graph.nq", "utf8"), port: 0 });
 * const response = await fetch(`${running.url}sparql?query=${encodeURIComponent("ASK {?s ?p ?o}")}`);
 * await running.close();
 * ```
 */
export async function startSparqlServer(options: ServeOptions): Promise<RunningServer> {
  // Every option is checked before a worker starts, so a mistake never leaves threads behind.
  positiveInteger("workers", options.workers);
  positiveInteger("maxWorkers", options.maxWorkers);
  positiveInteger("timeoutMs", options.timeoutMs);
  positiveInteger("maxResults", options.maxResults);
  positiveInteger("maxQueue", options.maxQueue, 0);
  positiveInteger("port", options.port, 0);
  if (options.port !== undefined && options.port > 65535) throw new UsageKgError(`port must be at most 65535; got ${options.port}`);
  const limits = resolveLimits(options);
  if (options.baseIri !== undefined && !URL.canParse(options.baseIri)) throw new UsageKgError(`the base IRI must be absolute; got "${options.baseIri}"`);
  if (Array.isArray(options.cors)) for (const origin of options.cors) if (!URL.canParse(origin)) throw new UsageKgError(`a CORS origin must be a URL such as https://example.org; got "${origin}"`);
  const limit = options.maxResults ?? 10_000;
  const staticDir = options.staticDir ?? (existsSync("dist/viz") ? "dist/viz" : undefined);
  const serveStatic = staticDir ? createStaticHandler(staticDir) : undefined;
  const stopped = new StoppedQueries();
  const graphJsonBytes = options.graphJson === undefined ? 0 : Buffer.byteLength(options.graphJson);

  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent) reply(response, 500, error.message);
      else response.destroy(error);
    });
  });
  // Listen first: a port in use or an unknown host fails here, before any worker exists.
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      const where = `${options.host ?? "127.0.0.1"}:${options.port ?? 3030}`;
      const why =
        error.code === "EADDRINUSE" ? "the port is already in use" :
        error.code === "EACCES" ? "permission denied (ports below 1024 need privileges)" :
        error.code === "ENOTFOUND" || error.code === "EAI_AGAIN" ? "no such host" :
        error.code === "EADDRNOTAVAIL" ? "this machine has no such address" : error.message;
      reject(new ServeKgError(`cannot listen on ${where}: ${why}`));
    });
    server.listen(options.port ?? 3030, options.host ?? "127.0.0.1", resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}/`;
  const baseIri = options.baseIri ?? `${url}sparql`;

  const pool = new SparqlWorkerPool(options.nquads, {
    size: options.workers ?? 2,
    ...(options.maxWorkers !== undefined ? { maxSize: options.maxWorkers } : {}),
    ...(options.maxQueue !== undefined ? { maxQueue: options.maxQueue } : {}),
    timeoutMs: options.timeoutMs ?? 10_000,
  });
  try {
    await pool.ready();
  } catch (error) {
    await pool.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  }

  async function answerSparql(request: IncomingMessage, response: ServerResponse, url: URL, method: string): Promise<void> {
    if (method !== "GET" && method !== "HEAD" && method !== "POST") {
      reply(response, 405, `${method} is not allowed: this endpoint is read-only`, { Allow: "GET, HEAD, POST, OPTIONS" });
      return;
    }
    const parsed = await readSparqlRequest(request, url);
    if (parsed.kind === "refused") {
      reply(response, parsed.status, parsed.message);
      return;
    }
    const job: QueryJob = {
      query: parsed.query,
      limit,
      limits,
      baseIri,
      ...(parsed.defaultGraphs.length ? { defaultGraphs: parsed.defaultGraphs } : {}),
      ...(parsed.namedGraphs.length ? { namedGraphs: parsed.namedGraphs } : {}),
      ...(request.headers.accept ? { accept: request.headers.accept } : {}),
      ...(parsed.format ? { format: parsed.format } : {}),
      ...(options.prefixes ? { prefixes: options.prefixes } : {}),
    };
    try {
      const answer = await pool.run(job, queryLane(job.query, limits, stopped));
      response.writeHead(answer.status, {
        "Content-Type": answer.contentType,
        Vary: response.getHeader("Vary") ? "Accept, Origin" : "Accept",
        ...(answer.truncated ? { "KG-Results-Truncated": `true; limit=${limit}` } : {}),
      });
      response.end(method === "HEAD" ? undefined : answer.body);
    } catch (error) {
      if (error instanceof QueryTimeoutKgError) {
        // Sent again, it waits in the heavy lane.
        stopped.remember(job.query);
        reply(response, 503, `${error.message}; simplify it or add a LIMIT`, { "Retry-After": "1" });
      } else if (error instanceof QueryQueueFullKgError) reply(response, 503, error.message, { "Retry-After": String(error.retryAfterSeconds) });
      else reply(response, 500, `query failed: ${(error as Error).message}`);
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://localhost");
    const method = request.method ?? "GET";
    if (url.pathname === "/sparql") {
      for (const [name, value] of Object.entries({ ...COMMON_HEADERS, ...corsHeaders(options.cors, request.headers.origin) })) response.setHeader(name, value);
      if (method === "OPTIONS") response.writeHead(204).end();
      else await answerSparql(request, response, url, method);
      return;
    }
    for (const [name, value] of Object.entries(EXPLORER_HEADERS)) response.setHeader(name, value);
    if (method !== "GET" && method !== "HEAD") {
      reply(response, 405, `${method} is not allowed: this server is read-only`, { Allow: "GET, HEAD" });
      return;
    }
    if (url.pathname === "/graph.json" && options.graphJson !== undefined) {
      response.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Content-Length": graphJsonBytes, "Cache-Control": "no-cache" });
      response.end(method === "HEAD" ? undefined : options.graphJson);
      return;
    }
    if (serveStatic && (await serveStatic(request, response, url.pathname))) return;
    reply(response, 404, url.pathname === "/" ? "no explorer build here (dist/viz); the SPARQL endpoint is at /sparql" : "not found");
  }

  return {
    url,
    server,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.close();
    },
  };
}

// `kg serve`: a read-only SPARQL 1.1 Protocol endpoint at /sparql and the explorer's static files.
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { QueryTimeoutKgError } from "../sparql/sparql-errors.ts";
import { readSparqlRequest } from "./read-sparql-request.ts";
import { serveStatic } from "./serve-static.ts";
import { SparqlWorkerPool } from "./sparql-worker-pool.ts";

export interface ServeOptions {
  /** The data, as N-Quads (every article's named graph). */
  nquads: string;
  /** Interface to listen on (default 127.0.0.1: reachable from this machine only). */
  host?: string;
  /** Port (default 3030; 0 picks a free one). */
  port?: number;
  /** Per-query timeout in ms (default 10 000). */
  timeoutMs?: number;
  /** Most solutions or triples returned (default 10 000); beyond, results are cut and flagged. */
  maxResults?: number;
  /** Query workers (default 2). */
  workers?: number;
  /** Folder of static files to serve at / (default dist/viz when it exists). */
  staticDir?: string;
  /** Prefixes for Turtle and TriG answers. */
  prefixes?: Record<string, string>;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:3030/ ; the endpoint is at `${url}sparql`. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, Accept",
  "Access-Control-Expose-Headers": "KG-Results-Truncated",
  "Access-Control-Max-Age": "600",
};

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
  const limit = options.maxResults ?? 10_000;
  const staticDir = options.staticDir ?? (existsSync("dist/viz") ? "dist/viz" : undefined);
  const pool = new SparqlWorkerPool(options.nquads, { size: options.workers ?? 2, timeoutMs: options.timeoutMs ?? 10_000 });
  await pool.ready();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(CORS)) response.setHeader(name, value);
    const url = new URL(request.url ?? "/", "http://localhost");
    const method = request.method ?? "GET";
    if (method === "OPTIONS") {
      response.writeHead(204).end();
      return;
    }
    if (url.pathname === "/sparql") {
      if (method !== "GET" && method !== "HEAD" && method !== "POST") {
        reply(response, 405, `${method} is not allowed: this endpoint is read-only`, { Allow: "GET, HEAD, POST, OPTIONS" });
        return;
      }
      const parsed = await readSparqlRequest(request, url);
      if (parsed.kind === "refused") {
        reply(response, parsed.status, parsed.message);
        return;
      }
      try {
        const job = { query: parsed.query, limit, ...(request.headers.accept ? { accept: request.headers.accept } : {}), ...(parsed.format ? { format: parsed.format } : {}), ...(options.prefixes ? { prefixes: options.prefixes } : {}) };
        const answer = await pool.run(job);
        response.writeHead(answer.status, {
          "Content-Type": answer.contentType,
          Vary: "Accept",
          ...(answer.truncated ? { "KG-Results-Truncated": `true; limit=${limit}` } : {}),
        });
        response.end(method === "HEAD" ? undefined : answer.body);
      } catch (error) {
        if (error instanceof QueryTimeoutKgError) reply(response, 503, `${error.message}; simplify it or add a LIMIT`, { "Retry-After": "1" });
        else reply(response, 500, `query failed: ${(error as Error).message}`);
      }
      return;
    }
    if (method !== "GET" && method !== "HEAD") {
      reply(response, 405, `${method} is not allowed: this server is read-only`, { Allow: "GET, HEAD, OPTIONS" });
      return;
    }
    if (staticDir && (await serveStatic(staticDir, url.pathname, response, method === "HEAD"))) return;
    reply(response, 404, url.pathname === "/" ? "no explorer build here (dist/viz); the SPARQL endpoint is at /sparql" : "not found");
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent) reply(response, 500, error.message);
      else response.destroy(error);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 3030, options.host ?? "127.0.0.1", resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/`,
    server,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.close();
    },
  };
}

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { InvalidArgumentError, type Command } from "commander";
import { DEFAULT_BASE_IRI, prefixesFor } from "../../rdf/namespaces.ts";
import { DEFAULT_QUERY_LIMITS } from "../../sparql/query-limits.ts";
import { startSparqlServer } from "../../server/start-sparql-server.ts";
import { processIo } from "../output.ts";
import { readFile } from "node:fs/promises";
import { NotFoundKgError } from "../../errors.ts";
import { exportGraph } from "../../export/export-graph.ts";
import { layoutGraph } from "../../layout/layout-graph.ts";
import type { KnowledgeGraph } from "../../model/types.ts";
import { loadGraph } from "../../query/load-graph.ts";
import { graphToNQuads } from "../../sparql/graph-to-nquads.ts";

/** A whole number ≥ min, or a usage error naming the option (commander reports it, exit 2). */
const integer = (min: number) => (value: string): number => {
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new InvalidArgumentError(`expected a whole number ≥ ${min}.`);
  return Number(value);
};

const origins = (value: string): "*" | string[] | false => {
  if (value === "*") return "*";
  if (value === "none") return false;
  const list = value.split(",").map((o) => o.trim()).filter(Boolean);
  for (const origin of list) if (!URL.canParse(origin)) throw new InvalidArgumentError(`expected "*", "none" or comma-separated origins such as https://example.org; got "${origin}".`);
  return list;
};

/**
 * The explorer served at / unless --static names one. In a checkout (this file runs as .ts) it is the
 * working folder's dist/viz, which `npm start` builds. In the installed package (compiled to .js) it
 * is the explorer built into the package at pack time, dist/viz beside dist/cli/, wherever the user's
 * working folder is.
 */
function defaultStaticDir(): string | undefined {
  const compiled = /\.js$/.test(new URL(import.meta.url).pathname);
  const dir = compiled ? fileURLToPath(new URL("../../viz", import.meta.url)) : "dist/viz";
  return existsSync(dir) ? dir : undefined;
}

/**
 * What is served: the N-Quads for /sparql and, for the explorer's /graph.json, the same graph as graphology
 * JSON. The explorer's folder holds a graph.json of its own (the one `npm run build` or the package baked
 * in), which is not the graph given with -i; /graph.json is always the served one. A graph without a
 * layout (read from RDF) gets the seeded one `kg build` computes.
 */
async function servedData(options: { input?: string; sources: string[] }): Promise<{ nquads: string; graphJson: string }> {
  let nquads: string | undefined;
  if (options.input?.endsWith(".nq")) {
    const path = options.input;
    nquads = await readFile(path, "utf8").catch(() => {
      throw new NotFoundKgError(`cannot read ${path}`);
    });
  }
  const graph: KnowledgeGraph = await loadGraph({ sources: options.sources, ...(options.input ? { input: options.input } : {}) });
  if (graph.someNode((_node, attributes) => typeof attributes.x !== "number" || typeof attributes.y !== "number")) layoutGraph(graph);
  return { nquads: nquads ?? (await graphToNQuads(graph)), graphJson: await exportGraph(graph, "json") };
}

interface ServeCliOptions {
  port: number;
  host: string;
  timeout: number;
  maxResults: number;
  workers: number;
  maxWorkers?: number;
  maxQueue: number;
  maxQueryBytes: number;
  maxQueryDepth: number;
  cors: "*" | string[] | false;
  base?: string;
  static?: string;
  input?: string;
  sources: string[];
}

export function register(program: Command): void {
  program
    .command("serve")
    .description("serve the explorer and a read-only SPARQL 1.1 endpoint at /sparql")
    .option("-p, --port <port>", "port (0 picks a free one)", integer(0), 3030)
    .option("--host <host>", "interface to listen on; 0.0.0.0 exposes it to the network", "127.0.0.1")
    .option("--timeout <ms>", "per-query timeout, counted from the request's arrival", integer(1), 10_000)
    .option("--max-results <n>", "most rows or triples per answer", integer(1), 10_000)
    .option("--workers <n>", "query worker threads kept running", integer(1), 2)
    .option("--max-workers <n>", "most worker threads at once, the reserve for light queries included (default workers + 4)", integer(1))
    .option("--max-queue <n>", "most queries waiting for a worker; beyond, 503 with Retry-After", integer(0), 64)
    .option("--max-query-bytes <n>", "longest query accepted", integer(1), DEFAULT_QUERY_LIMITS.maxQueryBytes)
    .option("--max-query-depth <n>", "deepest query accepted (bracket nesting, or links in a chain of patterns or operators)", integer(1), DEFAULT_QUERY_LIMITS.maxQueryDepth)
    .option("--cors <origins>", 'origins allowed to query /sparql from a browser: "*", "none" or a comma-separated list', origins, "*")
    .option("--base <iri>", "base IRI for relative IRIs in queries (default: the endpoint's URL)")
    .option("--static <dir>", "folder served at / (default dist/viz when present)")
    .option("-i, --input <file>", "serve a graph export (.nq as is; .json or other RDF via the graph) instead of article folders")
    .option("--sources <paths...>", "article folders to build from", ["data"])
    .action(async (options: ServeCliOptions) => {
      const staticDir = options.static ?? defaultStaticDir();
      const { nquads, graphJson } = await servedData(options);
      const running = await startSparqlServer({
        nquads,
        graphJson,
        port: options.port,
        host: options.host,
        timeoutMs: options.timeout,
        maxResults: options.maxResults,
        workers: options.workers,
        maxQueue: options.maxQueue,
        maxQueryBytes: options.maxQueryBytes,
        maxQueryDepth: options.maxQueryDepth,
        cors: options.cors,
        prefixes: prefixesFor(DEFAULT_BASE_IRI),
        ...(options.maxWorkers !== undefined ? { maxWorkers: options.maxWorkers } : {}),
        ...(options.base ? { baseIri: options.base } : {}),
        ...(staticDir ? { staticDir } : {}),
      });
      if (staticDir) processIo.stderr(`kg: explorer at ${running.url}\n`);
      processIo.stderr(`kg: SPARQL endpoint at ${running.url}sparql (read-only; Ctrl-C stops)\n`);
      // Serve until interrupted; close cleanly so the workers go too.
      await new Promise<void>((resolve) => {
        const stop = () => void running.close().then(resolve);
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
    });
}

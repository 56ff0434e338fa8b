import { existsSync } from "node:fs";
import type { Command } from "commander";
import { DEFAULT_BASE_IRI, prefixesFor } from "../../rdf/namespaces.ts";
import { startSparqlServer } from "../../server/start-sparql-server.ts";
import { processIo } from "../output.ts";
import { nquadsFor } from "./sparql-input.ts";

const int = (v: string) => Number.parseInt(v, 10);

export function register(program: Command): void {
  program
    .command("serve")
    .description("serve the explorer and a read-only SPARQL 1.1 endpoint at /sparql")
    .option("-p, --port <port>", "port", int, 3030)
    .option("--host <host>", "interface to listen on; 0.0.0.0 exposes it to the network", "127.0.0.1")
    .option("--timeout <ms>", "per-query timeout", int, 10_000)
    .option("--max-results <n>", "most rows or triples per answer", int, 10_000)
    .option("--workers <n>", "query worker threads", int, 2)
    .option("--static <dir>", "folder served at / (default dist/viz when present)")
    .option("-i, --input <file>", "serve a graph export (.nq as is; .json or other RDF via the graph) instead of article folders")
    .option("--sources <paths...>", "article folders to build from", ["data"])
    .action(async (options: { port: number; host: string; timeout: number; maxResults: number; workers: number; static?: string; input?: string; sources: string[] }) => {
      const running = await startSparqlServer({
        nquads: await nquadsFor(options),
        port: options.port,
        host: options.host,
        timeoutMs: options.timeout,
        maxResults: options.maxResults,
        workers: options.workers,
        prefixes: prefixesFor(DEFAULT_BASE_IRI),
        ...(options.static ? { staticDir: options.static } : {}),
      });
      const staticDir = options.static ?? (existsSync("dist/viz") ? "dist/viz" : undefined);
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

// Query performance: transitive causes on a generated ≥100k-node graph through the TS API and through
// SPARQL (`faro:causes+`), and the endpoint under concurrent load from a second process (autocannon)
// beside the same queries in-process. Run: node bin/run-ts.js bench/query.ts
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../src/model/types.ts";
import { causesOf } from "../src/query/causes-of.ts";
import { loadGraphFromSources } from "../src/query/load-graph-from-sources.ts";
import { DEFAULT_BASE_IRI, NS, dataNamespaces } from "../src/rdf/namespaces.ts";
import { createSparqlStore } from "../src/sparql/create-sparql-store.ts";
import { printRows } from "./print-rows.ts";
import { graphToNQuads } from "../src/sparql/graph-to-nquads.ts";
import { sparqlSelect } from "../src/sparql/run-sparql.ts";
import { startSparqlServer } from "../src/server/start-sparql-server.ts";

export interface Row {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

const NODES = 100_000;
const ARTICLE = "bench";

// Deterministic PRNG (mulberry32), so every run measures the same graph.
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A causal DAG: every node but the first has one or two causes among the nodes before it. */
function generateGraph(): KnowledgeGraph {
  const next = random(42);
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  const evidence = [{ article: ARTICLE, quote: "q", start: 0, end: 1, prefix: "", suffix: "" }];
  for (let i = 0; i < NODES; i++) {
    const attributes: NodeAttributes = { label: `Event ${i}`, kind: "Event", modality: "happened", aliases: [], description: "", figures: [], evidence, articles: [ARTICLE] };
    graph.addNode(`n${i}`, attributes);
  }
  let claim = 0;
  for (let i = 1; i < NODES; i++) {
    const causes = next() < 0.5 ? 1 : 2;
    for (let k = 0; k < causes; k++) {
      // Biased towards recent nodes so chains get long (depth in the tens), not only wide.
      const j = Math.max(0, i - 1 - Math.floor(next() ** 3 * i));
      const attributes: EdgeAttributes = { relation: "causes", modality: "happened", confidence: 0.9, article: ARTICLE, evidence };
      graph.addEdgeWithKey(`c${claim++}`, `n${j}`, `n${i}`, attributes);
    }
  }
  return graph;
}

/** The asserted causal triples and labels, in one article graph: what `faro:causes+` reads. */
function causalNQuads(graph: KnowledgeGraph): string {
  const ns = dataNamespaces(DEFAULT_BASE_IRI);
  const g = `<${ns.graph}${ARTICLE}>`;
  const lines: string[] = [];
  graph.forEachNode((node, a) => lines.push(`<${ns.entity}${node}> <${NS.rdfs}label> "${a.label}" ${g} .`));
  graph.forEachEdge((_e, _a, s, t) => lines.push(`<${ns.entity}${s}> <${NS.faro}causes> <${ns.entity}${t}> ${g} .`));
  return `${lines.join("\n")}\n`;
}

function time<T>(run: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function benchTransitiveCauses(rows: Row[]): Promise<void> {
  const built = time(generateGraph);
  const graph = built.value;
  rows.push({ name: "generated graph", value: graph.order, unit: "nodes", note: `${graph.size} causal claims, built in ${built.ms.toFixed(0)} ms` });
  const target = `n${NODES - 1}`;

  const cold = time(() => causesOf(graph, target));
  const count = cold.value.length;
  const maxDepth = Math.max(...cold.value.map((l) => l.depth));
  rows.push({ name: "TS API causesOf, first call", value: cold.ms, unit: "ms", note: `${count} causes, depth ≤ ${maxDepth}; includes building the causal view` });
  const warm = median(Array.from({ length: 5 }, () => time(() => causesOf(graph, target)).ms));
  rows.push({ name: "TS API causesOf, warm", value: warm, unit: "ms", note: "median of 5; with an evidence chain per cause" });

  const nquads = causalNQuads(graph);
  const loaded = time(() => createSparqlStore(nquads));
  const store = loaded.value;
  rows.push({ name: "oxigraph load", value: loaded.ms, unit: "ms", note: `${store.size} quads (labels + faro:causes)` });
  const iri = `<${dataNamespaces(DEFAULT_BASE_IRI).entity}${target}>`;
  const countQuery = `SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c <${NS.faro}causes>+ ${iri} }`;
  const rowsQuery = `SELECT DISTINCT ?c WHERE { ?c <${NS.faro}causes>+ ${iri} }`;
  const counted = time(() => sparqlSelect<"n">(store, countQuery));
  const sparqlCount = Number(counted.value.bindings[0]?.n?.value);
  if (sparqlCount !== count) throw new Error(`SPARQL found ${sparqlCount} causes, the TS API ${count}`);
  rows.push({ name: "SPARQL faro:causes+ COUNT", value: median([counted.ms, ...Array.from({ length: 4 }, () => time(() => sparqlSelect(store, countQuery)).ms)]), unit: "ms", note: `median of 5; same ${count} causes` });
  rows.push({ name: "SPARQL faro:causes+ rows", value: median(Array.from({ length: 5 }, () => time(() => sparqlSelect(store, rowsQuery)).ms)), unit: "ms", note: "median of 5; every cause handed back to JS (no chains)" });
}

const LOAD_SCRIPT = `
import autocannon from "autocannon";
const { url, requests, connections, duration } = JSON.parse(process.argv[1]);
const result = await autocannon({ url, connections, duration, requests });
process.stdout.write(JSON.stringify({ rps: result.requests.average, p99: result.latency.p99, p50: result.latency.p50, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, total: result.requests.total }));
`;

function runLoad(config: object): Promise<{ rps: number; p99: number; p50: number; errors: number; timeouts: number; non2xx: number; total: number }> {
  return new Promise((resolvePromise, reject) => {
    const root = fileURLToPath(new URL("..", import.meta.url));
    const child = spawn(process.execPath, ["--input-type=module", "-e", LOAD_SCRIPT, JSON.stringify(config)], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolvePromise(JSON.parse(out)) : reject(new Error(`load generator exited with ${code}`))));
  });
}

async function benchEndpoint(rows: Row[]): Promise<void> {
  const queriesDir = new URL("../data/queries/", import.meta.url);
  const queries = readdirSync(queriesDir).filter((f) => f.endsWith(".rq")).sort().map((f) => readFileSync(new URL(f, queriesDir), "utf8"));
  const nquads = await graphToNQuads(await loadGraphFromSources([fileURLToPath(new URL("../data", import.meta.url))]));

  // In-process: the same mix, one after another, on one store.
  const store = createSparqlStore(nquads);
  const rounds = 50;
  const inProcess = time(() => {
    for (let i = 0; i < rounds; i++) for (const q of queries) sparqlSelect(store, q);
  });
  rows.push({ name: "in-process example queries", value: (rounds * queries.length) / (inProcess.ms / 1000), unit: "queries/s", note: `${queries.length} example queries × ${rounds}, one thread, results parsed to terms` });

  const workers = 2;
  const running = await startSparqlServer({ nquads, port: 0, workers });
  try {
    const requests = queries.map((q) => ({ method: "POST" as const, path: "/sparql", headers: { "content-type": "application/sparql-query", accept: "application/sparql-results+json" }, body: q }));
    const load = await runLoad({ url: running.url, requests, connections: 50, duration: 10 });
    const note = `50 connections, 10 s, ${queries.length} example queries in turn, ${workers} workers`;
    rows.push({ name: "endpoint throughput", value: load.rps, unit: "requests/s", note: `${note}; ${load.total} requests` });
    rows.push({ name: "endpoint latency p50", value: load.p50, unit: "ms", note });
    rows.push({ name: "endpoint latency p99", value: load.p99, unit: "ms", note });
    rows.push({ name: "endpoint errors", value: load.errors + load.timeouts + load.non2xx, unit: "count", note: `errors ${load.errors}, timeouts ${load.timeouts}, non-2xx ${load.non2xx}` });
  } finally {
    await running.close();
  }
}

/** Runs both benchmarks; rows are in the order they were measured. */
export async function benchQuery(): Promise<Row[]> {
  const rows: Row[] = [];
  await benchTransitiveCauses(rows);
  await benchEndpoint(rows);
  return rows;
}

// Standalone: `node bin/run-ts.js bench/query.ts` (bin/run-ts.js imports this file, so argv[2] names it).
const entry = process.argv[2] ? pathToFileURL(resolve(process.argv[2])).href : "";
if (entry === import.meta.url) printRows(await benchQuery());

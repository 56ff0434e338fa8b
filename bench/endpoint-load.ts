// The endpoint under pathological load: 4 clients keep one heavy query each in flight (a three-way cross
// product of every triple, far beyond any timeout; each is re-sent as soon as it is answered), while a fifth
// client sends a light ASK every 100 ms. Measures the light queries' latency and how late the heavy ones
// are answered after their timeout. The clients run in a second process, so the server's event loop is
// not the one measuring it. Run: npm run bench -- --only endpoint
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { loadGraphFromSources } from "../src/query/load-graph-from-sources.ts";
import { startSparqlServer } from "../src/server/start-sparql-server.ts";
import { graphToNQuads } from "../src/sparql/graph-to-nquads.ts";

export interface Row {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

// A cross product, which the endpoint's heavy lane recognises (src/server/query-lane.ts). BENCH_HEAVY
// replaces it, e.g. with a connected chain the lane cannot tell from a light query.
const HEAVY = process.env.BENCH_HEAVY ?? "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
const LIGHT = "ASK { ?s <http://purl.org/faro/causes> ?o }";

const CLIENTS = `
const { endpoint, heavy, light, heavyClients, seconds, lightEveryMs, warmupMs } = JSON.parse(process.argv[1]);
const post = async (query) => {
  const start = performance.now();
  try {
    const response = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/sparql-query", accept: "application/sparql-results+json" }, body: query });
    await response.arrayBuffer();
    return { ms: performance.now() - start, status: response.status };
  } catch (error) {
    return { ms: performance.now() - start, status: 0 };
  }
};
const end = Date.now() + warmupMs + seconds * 1000;
const heavyResults = [];
const heavyLoops = Array.from({ length: heavyClients }, async () => {
  // Each one different text, so nothing can recognise a query it has stopped before.
  while (Date.now() < end) heavyResults.push(await post(heavy + " # " + Math.random()));
});
await new Promise((r) => setTimeout(r, warmupMs));
const lightRuns = [];
while (Date.now() < end) {
  lightRuns.push(post(light));
  await new Promise((r) => setTimeout(r, lightEveryMs));
}
const lightResults = await Promise.all(lightRuns);
await Promise.all(heavyLoops);
process.stdout.write(JSON.stringify({ heavy: heavyResults, light: lightResults }));
`;

interface Sample {
  ms: number;
  status: number;
}

function runClients(config: object): Promise<{ heavy: Sample[]; light: Sample[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", CLIENTS, JSON.stringify(config)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load clients exited with ${code}`))));
  });
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

const statuses = (samples: Sample[]): string => {
  const counts = new Map<number, number>();
  for (const s of samples) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([status, n]) => `${status || "no answer"}: ${n}`).join(", ");
};

export async function benchEndpointLoad(): Promise<Row[]> {
  const quick = process.env.BENCH_QUICK === "1";
  // The default timeout: the one a server faces unless configured otherwise.
  const timeoutMs = 10_000;
  const seconds = quick ? 12 : 40;
  const warmupMs = 12_000;
  const nquads = await graphToNQuads(await loadGraphFromSources([fileURLToPath(new URL("../data", import.meta.url))]));
  // Sized for the load: starting a worker (loading the data) takes seconds of CPU on a busy machine, so the
  // workers the heavy queries will need are running before they arrive, and replacements start ahead of need.
  const workers = Number(process.env.BENCH_WORKERS ?? 6);
  const maxWorkers = Number(process.env.BENCH_MAX_WORKERS ?? 12);
  const running = await startSparqlServer({ nquads, port: 0, workers, maxWorkers, timeoutMs, staticDir: "/nonexistent" });
  try {
    const { heavy, light } = await runClients({ endpoint: `${running.url}sparql`, heavy: HEAVY, light: LIGHT, heavyClients: 4, seconds, lightEveryMs: 100, warmupMs });
    const lightMs = light.map((s) => s.ms);
    const heavyMs = heavy.map((s) => s.ms);
    const note = `${process.env.BENCH_HEAVY ? "BENCH_HEAVY: " : ""}4 heavy always in flight; timeout ${timeoutMs} ms; ${workers} resident workers (≤ ${maxWorkers}); ${seconds} s after ${warmupMs / 1000} s ramp-up`;
    const lateHeavy = heavy.filter((s) => s.ms > timeoutMs + 1000).length;
    return [
      { name: "light ASK answered", value: light.length, unit: "queries", note: `one every 100 ms; ${statuses(light)}` },
      { name: "light ASK latency p50", value: percentile(lightMs, 50), unit: "ms", note },
      { name: "light ASK latency p95 (target ≤ 500)", value: percentile(lightMs, 95), unit: "ms", note },
      { name: "light ASK latency max", value: Math.max(...lightMs), unit: "ms", note },
      { name: "heavy queries answered", value: heavy.length, unit: "queries", note: statuses(heavy) },
      { name: "heavy answer time max (target ≤ timeout + 1000)", value: Math.max(...heavyMs), unit: "ms", note: `${lateHeavy} answered later than ${timeoutMs + 1000} ms` },
      { name: "heavy answer time p50", value: percentile(heavyMs, 50), unit: "ms", note },
    ];
  } finally {
    await running.close();
  }
}

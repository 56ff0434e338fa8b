// One load of the embedded SPARQL store (oxigraph) in its own process, so every load starts from a fresh
// WebAssembly instance, as `kg query -i`, `kg serve` and each endpoint worker do (bench/run.ts spawns it):
//   node bin/run-ts.js bench/store-worker.ts reserve|plain NQFILE [CORPUS]
// reserve: createSparqlStore (the memory reserved in one step first, src/sparql/reserve-memory.ts);
// plain:   the same load into a new store without the reservation.
// With CORPUS, the corpus's graph is built first and kept while the store loads: the large JavaScript heap of
// the API path (sparqlStoreFromGraph) and of `kg serve` from sources, under which issue 12 found the load slow.
// Prints one JSON line: seconds, CPU seconds, quads loaded, major GCs during the load, peak RSS.
import { readFileSync } from "node:fs";
import { constants, PerformanceObserver } from "node:perf_hooks";
import { createSparqlStore } from "../src/sparql/create-sparql-store.ts";
import { oxigraphEngine } from "../src/sparql/oxigraph-engine.ts";
import { loadGraphFromSources } from "../src/query/load-graph-from-sources.ts";

const [mode, nqFile, corpus] = process.argv.slice(3);
if ((mode !== "reserve" && mode !== "plain") || !nqFile) {
  console.error("usage: node bin/run-ts.js bench/store-worker.ts reserve|plain NQFILE [CORPUS]");
  process.exit(2);
}

// Kept alive until the end on purpose: the heap the load runs beside.
const graph = corpus ? await loadGraphFromSources([corpus]) : undefined;
const bytes = new Uint8Array(readFileSync(nqFile));

let majorGcs = 0;
let gcMs = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcMs += entry.duration;
    if ((entry as unknown as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majorGcs++;
  }
});
observer.observe({ entryTypes: ["gc"] });

const start = process.hrtime.bigint();
const cpu = process.cpuUsage();
let quads: number;
if (mode === "reserve") {
  quads = createSparqlStore(bytes).size;
} else {
  const store = new (oxigraphEngine().Store)();
  store.load(bytes, { format: "application/n-quads", no_transaction: true });
  quads = store.size;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const used = process.cpuUsage(cpu);
// GC entries are delivered asynchronously: give the observer time before reading the count.
await new Promise((resolve) => setTimeout(resolve, 100));
observer.disconnect();
process.stdout.write(
  `${JSON.stringify({ mode, quads, bytes: bytes.byteLength, heldGraphNodes: graph?.order ?? 0, seconds, cpuSeconds: (used.user + used.system) / 1e6, majorGcs, gcSeconds: gcMs / 1000, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);

// `npm run bench`: the streaming N-Triples export on generated corpora of 1,000 and 2,000 articles beside n3's
// own StreamWriter, `kg build` at 10, 100 and 1,000 articles, a 250k-quad store load, then the explorer and query
// benchmarks when their modules are present.
//   npm run bench -- --only export|build|store|explorer|query|… (comma-separated for several)   --quick (small sizes, smoke test)
// Timing and memory of each export run in a child process (bench/export-worker.ts), so each peak RSS belongs to
// one export alone and 1× and 2× can be compared.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generateCorpus } from "./generate-corpus.ts";
import { streamExport } from "../src/export/stream-ntriples.ts";

export interface Row {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

const SECTIONS = ["export", "build", "store", "explorer", "query", "endpoint", "draft", "startup", "push"] as const;
type Section = (typeof SECTIONS)[number];

function parseArgs(argv: string[]): { only: Set<Section>; quick: boolean } {
  let only = new Set<Section>(SECTIONS);
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--quick") quick = true;
    else if (arg === "--only" || arg.startsWith("--only=")) {
      const value = arg === "--only" ? argv[++i] : arg.slice("--only=".length);
      const names = (value ?? "").split(",").filter(Boolean);
      const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
      if (names.length === 0 || unknown.length > 0) {
        console.error(`--only takes ${SECTIONS.join(", ")} (comma-separated); got "${value ?? ""}"`);
        process.exit(2);
      }
      only = new Set(names as Section[]);
    } else {
      console.error(`unknown argument "${arg}"; usage: npm run bench -- [--only ${SECTIONS.join("|")}] [--quick]`);
      process.exit(2);
    }
  }
  return { only, quick };
}

/** The machine's 1-minute load average when the table is printed: how quiet the machine was. */
const loadAverage = (): string => loadavg().map((x) => x.toFixed(2)).join(" / ") + " (1, 5, 15 min)";

const log = (message: string) => process.stderr.write(`\u001b[2m${message}\u001b[0m\n`);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Aligned markdown table; numbers right-aligned. */
function table(header: string[], rows: string[][], numeric: (col: number) => boolean): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (numeric(i) ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (numeric(i) ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

const fmt = (value: number, digits = 0): string =>
  Number.isFinite(value) ? value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }) : "n/a";

interface WorkerReport {
  mode: string;
  articles?: number;
  quads: number;
  bytes?: number;
  seconds?: number;
  cpuSeconds?: number;
  peakRssMb?: number;
  batched?: number[];
  streamWriter?: number[];
  writer?: string;
  sha256?: string;
}

/** Runs bench/export-worker.ts in a fresh process and returns its JSON report. */
function runWorker(args: string[], heapMb?: number): Promise<WorkerReport> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...(heapMb ? [`--max-old-space-size=${heapMb}`] : []), "bin/run-ts.js", "bench/export-worker.ts", ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0) return reject(new Error(`export-worker ${args[0]} exited with ${code}`));
      try {
        resolvePromise(JSON.parse(last) as WorkerReport);
      } catch {
        reject(new Error(`export-worker ${args[0]} printed no report: ${last.slice(0, 200)}`));
      }
    });
  });
}

async function sha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

type WriterName = "own" | "streamwriter" | "n3-buffer";
const WRITERS: WriterName[] = ["own", "streamwriter", "n3-buffer"];

interface SizeResult {
  articles: number;
  triples: number;
  bytes: number;
  /** Seconds of each fresh-process run, per writer. */
  serialise: Record<WriterName, number[]>;
  /** CPU seconds (user + system) of the same runs. */
  serialiseCpu: Record<WriterName, number[]>;
  e2eStreamTps: number;
  e2eStreamWriterTps: number;
  e2eStreamCpu: number;
  e2eStreamWriterCpu: number;
  rssStream: number;
  rssStreamWriter: number;
}

async function benchExportSize(work: string, size: number, repeats: number): Promise<SizeResult> {
  const corpus = join(work, `corpus-${size}`);
  log(`export: generating ${size} articles`);
  await generateCorpus(corpus, size);
  const streamed = join(work, `stream-${size}.nt`);
  const baseline = join(work, `streamwriter-${size}.nt`);
  log(`export: streamExport of ${size} articles (child process)`);
  const stream = await runWorker(["stream", corpus, streamed]);
  log(`export: the same pipeline with n3 StreamWriter (child process)`);
  const pipeline = await runWorker(["pipeline-streamwriter", corpus, baseline]);
  // Both wrote the same quads in the same order: the files must be identical, or the comparison is void.
  if ((await sha256(streamed)) !== (await sha256(baseline))) throw new Error(`bench: streamExport and StreamWriter outputs differ for ${size} articles`);
  await rm(baseline, { force: true });
  await rm(corpus, { recursive: true, force: true });
  // Serialisation alone: each writer in a fresh process of its own, on triples parsed before its clock
  // starts; the writers take turns run by run, so a slow moment of the machine does not fall on one side.
  const expected = await sha256(streamed);
  const serialise: Record<WriterName, number[]> = { own: [], streamwriter: [], "n3-buffer": [] };
  const serialiseCpu: Record<WriterName, number[]> = { own: [], streamwriter: [], "n3-buffer": [] };
  for (let r = 0; r < repeats; r++) {
    const order = WRITERS.map((_, k) => WRITERS[(k + r) % WRITERS.length] as WriterName);
    for (const writer of order) {
      log(`export: serialisation alone, ${writer}, run ${r + 1} of ${repeats} (fresh process, ${fmt(stream.quads)} triples pre-parsed)`);
      const one = await runWorker(["serialize-one", writer, streamed, join(work, `serialise-${writer}.nt`)]);
      if (one.quads !== stream.quads) throw new Error(`bench: ${writer} wrote ${one.quads} triples, streamExport ${stream.quads}`);
      // Every writer must write the very bytes streamExport wrote, or the comparison is void.
      if (one.sha256 !== expected) throw new Error(`bench: ${writer}'s N-Triples differ from streamExport's for ${size} articles`);
      serialise[writer].push(one.seconds ?? NaN);
      serialiseCpu[writer].push(one.cpuSeconds ?? NaN);
    }
  }
  await rm(streamed, { force: true });
  return {
    articles: stream.articles ?? size,
    triples: stream.quads,
    bytes: stream.bytes ?? 0,
    serialise,
    serialiseCpu,
    e2eStreamTps: stream.quads / (stream.seconds ?? NaN),
    e2eStreamWriterTps: pipeline.quads / (pipeline.seconds ?? NaN),
    e2eStreamCpu: stream.cpuSeconds ?? NaN,
    e2eStreamWriterCpu: pipeline.cpuSeconds ?? NaN,
    rssStream: stream.peakRssMb ?? NaN,
    rssStreamWriter: pipeline.peakRssMb ?? NaN,
  };
}

async function benchExport(quick: boolean): Promise<void> {
  const sizes = quick ? [40, 80] : [1000, 2000];
  const repeats = quick ? 3 : 5;
  const work = await mkdtemp(join(tmpdir(), "kg-bench-"));
  const started = Date.now();
  try {
    await mkdir(work, { recursive: true });
    const [one, two] = [await benchExportSize(work, sizes[0] as number, repeats), await benchExportSize(work, sizes[1] as number, repeats)] as [SizeResult, SizeResult];
    const rows: Array<[string, (r: SizeResult) => number, number]> = [
      ["articles", (r) => r.articles, 0],
      ["triples (N-Triples, deduplicated per article)", (r) => r.triples, 0],
      ["output MB", (r) => r.bytes / 1e6, 0],
      [`serialise alone: project writer (RdfWriter → reused Buffer), triples/s, median of ${repeats} fresh processes`, (r) => r.triples / median(r.serialise.own), 0],
      [`serialise alone: n3 StreamWriter → file stream, triples/s, median of ${repeats}`, (r) => r.triples / median(r.serialise.streamwriter), 0],
      [`serialise alone: n3 Writer → the same reused Buffer, triples/s, median of ${repeats}`, (r) => r.triples / median(r.serialise["n3-buffer"]), 0],
      ["serialise: ratio project / StreamWriter, medians (target ≥ 1.5)", (r) => median(r.serialise.streamwriter) / median(r.serialise.own), 2],
      ["serialise: ratio project / n3 Writer → Buffer, medians", (r) => median(r.serialise["n3-buffer"]) / median(r.serialise.own), 2],
      ["serialise: ratio project / StreamWriter, CPU seconds (user + sys), medians", (r) => median(r.serialiseCpu.streamwriter) / median(r.serialiseCpu.own), 2],
      ["serialise: ratio project / n3 Writer → Buffer, CPU seconds, medians", (r) => median(r.serialiseCpu["n3-buffer"]) / median(r.serialiseCpu.own), 2],
      ["end to end: streamExport (read, validate, build, write), triples/s, 1 run", (r) => r.e2eStreamTps, 0],
      ["end to end: same pipeline with n3 StreamWriter, triples/s, 1 run", (r) => r.e2eStreamWriterTps, 0],
      ["end to end: ratio (target ≥ 1.0)", (r) => r.e2eStreamTps / r.e2eStreamWriterTps, 2],
      ["end to end: ratio, CPU seconds (StreamWriter pipeline / streamExport)", (r) => r.e2eStreamWriterCpu / r.e2eStreamCpu, 2],
      ["peak RSS MB: streamExport", (r) => r.rssStream, 0],
      ["peak RSS MB: pipeline with n3 StreamWriter", (r) => r.rssStreamWriter, 0],
    ];
    const header = ["N-Triples export", `1× (${fmt(sizes[0] as number)} articles)`, `2× (${fmt(sizes[1] as number)} articles)`, "2× / 1×"];
    const cells = rows.map(([name, get, digits]) => [name, fmt(get(one), digits), fmt(get(two), digits), fmt(get(two) / get(one), 2)]);
    console.log(`\n## Streaming export${quick ? " (--quick: small sizes, smoke test only)" : ""}\n`);
    console.log(table(header, cells, (i) => i > 0));
    const spread = (xs: number[]) => `${fmt(Math.min(...xs), 3)}–${fmt(Math.max(...xs), 3)} s (median ${fmt(median(xs), 3)} s)`;
    for (const [label, r] of [[`${fmt(sizes[0] as number)} articles`, one], [`${fmt(sizes[1] as number)} articles`, two]] as const) {
      console.log(`\nserialisation seconds, ${label}: ${WRITERS.map((w) => `${w} ${spread(r.serialise[w])}`).join("; ")}`);
      console.log(`serialisation CPU seconds, ${label}: ${WRITERS.map((w) => `${w} ${spread(r.serialiseCpu[w])}`).join("; ")}`);
    }
    console.log(
      `\nSerialisation rows: each writer alone in a fresh process, on the streamed file's triples parsed into memory before the clock starts;` +
        `\nevery output is checked byte for byte (sha256) against streamExport's. End-to-end and peak RSS rows are separate child processes` +
        `\n(process.resourceUsage().maxRSS); end to end is one run each. Export section: ${fmt((Date.now() - started) / 1000)} s. Load: ${loadAverage()}.`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// ---- build section: `kg build` (every format, layout included) at 10, 100 and 1,000 articles ----------------

interface BuildReport {
  articles: number;
  nodes: number;
  claims: number;
  triples: number;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
}

/** Runs bench/build-worker.ts (one `kg build`) in a fresh process and returns its JSON report. */
function runBuildWorker(corpus: string, out: string): Promise<BuildReport> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["bin/run-ts.js", "bench/build-worker.ts", corpus, out], { stdio: ["ignore", "pipe", "inherit"] });
    let text = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = text.trim().split("\n").pop() ?? "";
      if (code !== 0) return reject(new Error(`build-worker ${corpus} exited with ${code}`));
      try {
        resolvePromise(JSON.parse(last) as BuildReport);
      } catch {
        reject(new Error(`build-worker ${corpus} printed no report: ${last.slice(0, 200)}`));
      }
    });
  });
}

/**
 * kg build at 10, 100 and (without --quick) 1,000 generated articles, each run a fresh process, every size
 * BUILD_RUNS times (median, min–max: one run at 1,000 said too little on a shared machine). Growth is the ratio of
 * one size's median to the median of the size 10× smaller, wall and CPU: 10 (or less) is linear. Targets (issue
 * 12): 1,000 articles under 300 s and 2 GB.
 */
async function benchBuild(quick: boolean): Promise<void> {
  const sizes = quick ? [10, 100] : [10, 100, 1000];
  const BUILD_RUNS = 3;
  const work = await mkdtemp(join(tmpdir(), "kg-bench-build-"));
  const started = Date.now();
  try {
    const results: Array<{ size: number; runs: BuildReport[] }> = [];
    for (const size of sizes) {
      const corpus = join(work, `corpus-${size}`);
      log(`build: generating ${size} articles`);
      await generateCorpus(corpus, size);
      const runs: BuildReport[] = [];
      const count = BUILD_RUNS;
      for (let r = 0; r < count; r++) {
        log(`build: kg build of ${size} articles, run ${r + 1} of ${count} (child process)`);
        const out = join(work, `out-${size}`);
        runs.push(await runBuildWorker(corpus, out));
        await rm(out, { recursive: true, force: true });
      }
      await rm(corpus, { recursive: true, force: true });
      results.push({ size, runs });
    }
    const spread = (xs: number[], digits: number) => (xs.length > 1 ? `${fmt(median(xs), digits)} (${fmt(Math.min(...xs), digits)}–${fmt(Math.max(...xs), digits)})` : fmt(xs[0] as number, digits));
    const med = (r: { runs: BuildReport[] }, get: (b: BuildReport) => number) => median(r.runs.map(get));
    const rows = results.map((r, i) => {
      const previous = results[i - 1];
      const ratio = (get: (b: BuildReport) => number) => (previous && r.size === previous.size * 10 ? fmt(med(r, get) / med(previous, get), 2) : "");
      const growth = ratio((b) => b.seconds);
      const cpuGrowth = ratio((b) => b.cpuSeconds);
      const first = r.runs[0] as BuildReport;
      return [
        fmt(r.size),
        fmt(first.triples),
        fmt(first.nodes),
        fmt(first.bytes / 1e6),
        `${r.runs.length}`,
        spread(r.runs.map((b) => b.seconds), 1),
        spread(r.runs.map((b) => b.cpuSeconds), 1),
        spread(r.runs.map((b) => b.peakRssMb), 0),
        growth,
        cpuGrowth,
      ];
    });
    console.log(`\n## kg build (every format, layout included)${quick ? " (--quick: 10 and 100 articles only)" : ""}\n`);
    console.log(table(["articles", "triples (N-Triples)", "nodes", "output MB", "runs", "wall s, median (min–max)", "CPU s (user + sys)", "peak RSS MB", "wall growth per 10×", "CPU growth per 10×"], rows, (i) => i < 5 || i > 7));
    const big = results.find((r) => r.size === 1000);
    if (big) {
      const s = med(big, (b) => b.seconds), cpu = med(big, (b) => b.cpuSeconds), mb = med(big, (b) => b.peakRssMb);
      console.log(`\nTargets at 1,000 articles: under 300 s (wall ${fmt(s, 1)} s: ${s < 300 ? "met" : "NOT met"}; CPU ${fmt(cpu, 1)} s), peak RSS under 2,048 MB (${fmt(mb)} MB: ${mb < 2048 ? "met" : "NOT met"}), growth 100 → 1,000 at most 10 (linear).`);
    }
    console.log(`Each run is a fresh process (bench/build-worker.ts: the CLI's main() on \`kg build CORPUS -o OUT --json\`; peak RSS from process.resourceUsage().maxRSS). Build section: ${fmt((Date.now() - started) / 1000)} s. Load: ${loadAverage()}.`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// ---- store section: a 250k-quad load into the embedded oxigraph store, each load a fresh process ----------

interface StoreReport {
  mode: string;
  quads: number;
  bytes: number;
  heldGraphNodes: number;
  seconds: number;
  cpuSeconds: number;
  majorGcs: number;
  gcSeconds: number;
  peakRssMb: number;
}

function runStoreWorker(args: string[]): Promise<StoreReport> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["bin/run-ts.js", "bench/store-worker.ts", ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let text = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = text.trim().split("\n").pop() ?? "";
      if (code !== 0) return reject(new Error(`store-worker ${args.join(" ")} exited with ${code}`));
      try {
        resolvePromise(JSON.parse(last) as StoreReport);
      } catch {
        reject(new Error(`store-worker printed no report: ${last.slice(0, 200)}`));
      }
    });
  });
}

/**
 * The N-Quads of 100 generated articles (about 250k quads) loaded into a new store in a fresh process, with the
 * memory reservation (createSparqlStore) and without it, alternating, STORE_RUNS times each; first alone (as
 * `kg query -i` and each endpoint worker load), then beside the graph of a larger corpus held in the same
 * process (the API's sparqlStoreFromGraph and `kg serve` from sources). Target (issue 12): under 5 s.
 */
async function benchStore(quick: boolean): Promise<void> {
  const STORE_RUNS = 3;
  const heldSize = quick ? 100 : 1000;
  const work = await mkdtemp(join(tmpdir(), "kg-bench-store-"));
  const started = Date.now();
  try {
    const corpus = join(work, "corpus-100");
    log("store: generating 100 articles and their N-Quads");
    await generateCorpus(corpus, 100);
    const nq = join(work, "graph.nq");
    await streamExport([corpus], { format: "nq", output: nq });
    let held = corpus;
    if (heldSize !== 100) {
      held = join(work, `corpus-${heldSize}`);
      log(`store: generating ${heldSize} articles (the graph held beside the load)`);
      await generateCorpus(held, heldSize);
    }
    const rows: string[][] = [];
    for (const setting of [{ label: "fresh process, N-Quads file only", extra: [] as string[] }, { label: `beside the ${fmt(heldSize)}-article graph`, extra: [held] }]) {
      const runs: Record<"reserve" | "plain", StoreReport[]> = { reserve: [], plain: [] };
      for (let r = 0; r < STORE_RUNS; r++) {
        for (const mode of r % 2 === 0 ? (["reserve", "plain"] as const) : (["plain", "reserve"] as const)) {
          log(`store: ${setting.label}, ${mode}, run ${r + 1} of ${STORE_RUNS}`);
          runs[mode].push(await runStoreWorker([mode, nq, ...setting.extra]));
        }
      }
      const spread = (xs: number[], digits: number) => `${fmt(median(xs), digits)} (${fmt(Math.min(...xs), digits)}–${fmt(Math.max(...xs), digits)})`;
      for (const mode of ["reserve", "plain"] as const) {
        const rs = runs[mode];
        rows.push([
          setting.label,
          mode === "reserve" ? "createSparqlStore (reserves first)" : "new Store + load, no reservation",
          fmt((rs[0] as StoreReport).quads),
          fmt((rs[0] as StoreReport).bytes / 1e6),
          spread(rs.map((x) => x.seconds), 2),
          spread(rs.map((x) => x.cpuSeconds), 2),
          spread(rs.map((x) => x.majorGcs), 0),
          spread(rs.map((x) => x.peakRssMb), 0),
        ]);
      }
      const ratio = median(runs.plain.map((x) => x.seconds)) / median(runs.reserve.map((x) => x.seconds));
      rows.push([setting.label, "ratio no reservation / reservation, wall medians", "", "", fmt(ratio, 2), "", "", ""]);
    }
    console.log(`\n## Embedded store load (oxigraph, ${STORE_RUNS} fresh processes each, median (min–max))${quick ? " (--quick: the held graph is the 100-article one)" : ""}\n`);
    console.log(table(["setting", "load", "quads", "N-Quads MB", "wall s", "CPU s", "major GCs in the load", "peak RSS MB"], rows, (i) => i >= 2));
    console.log(`\nTarget: 250k quads in under 5 s in a fresh process (bench/store-worker.ts; GCs counted by a PerformanceObserver). Store section: ${fmt((Date.now() - started) / 1000)} s. Load: ${loadAverage()}.`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Imports a sibling benchmark module if it exists and prints its rows. */
async function benchModule(title: string, file: string, exported: string): Promise<void> {
  const path = resolve("bench", file);
  console.log(`\n## ${title}\n`);
  if (!existsSync(path)) {
    console.log(`bench/${file} is not there yet: skipped.`);
    return;
  }
  log(`${title}: running bench/${file}`);
  try {
    const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    const run = mod[exported];
    if (typeof run !== "function") {
      console.log(`bench/${file} does not export ${exported}(): skipped.`);
      return;
    }
    const rows = (await (run as () => Promise<Row[]>)()) ?? [];
    const cells = rows.map((r) => [r.name, Math.abs(r.value) >= 100 ? fmt(r.value) : fmt(r.value, 2), r.unit, r.note ?? ""]);
    console.log(table(["benchmark", "value", "unit", "note"], cells, (i) => i === 1));
  } catch (error) {
    console.log(`bench/${file} failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

const { only, quick } = parseArgs(process.argv.slice(3));
// The other benchmark modules take no arguments; they may read this to shrink their sizes too.
if (quick) process.env.BENCH_QUICK = "1";
if (only.has("export")) await benchExport(quick);
if (only.has("build")) await benchBuild(quick);
if (only.has("store")) await benchStore(quick);
if (only.has("explorer")) await benchModule("Explorer", "explorer.ts", "benchExplorer");
if (only.has("query")) await benchModule("Query", "query.ts", "benchQuery");
if (only.has("draft")) {
  await benchModule("Drafter in the browser", "draft-bundle.ts", "benchDraftBundle");
  // The draft's quality and speed: the same tables as `npm run eval`.
  console.log("\n## kg draft scored by kg eval (npm run eval)\n");
  await new Promise<void>((done) => {
    const child = spawn(process.execPath, [resolve("bin/run-ts.js"), resolve("bench/eval.ts")], { stdio: ["ignore", "inherit", "inherit"] });
    child.on("close", (code) => {
      if (code !== 0) process.exitCode = 1;
      done();
    });
  });
}
if (only.has("endpoint")) await benchModule("Endpoint under pathological load", "endpoint-load.ts", "benchEndpointLoad");
if (only.has("startup")) await benchModule("Start-up of the installed package", "startup.ts", "benchStartup");
if (only.has("push")) await benchModule("kg push into Virtuoso beside its bulk loader", "push.ts", "benchPush");

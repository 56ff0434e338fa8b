// Explorer benchmark: in headless Chromium, on generated graphs of 10k nodes / 50k edges and
// 50k nodes / 250k edges, time to first render and frame time while panning, for the explorer
// and for bare sigma (default styles) rendering the same graph in the same run; plus bundle size.
// Both sides: the same graph.json from the same server, a fresh page each run, the same stage size in
// CSS pixels (the bare page's container is sized to the explorer's graph stage), runs alternating
// which side goes first; medians, min–max and the median of the per-run ratios.
// What each side's first render includes: navigation start → fetch + JSON parse + graphology import →
// the first frame of its start view on screen (bare sigma: every node and edge; the explorer on a graph
// over openWholeUpTo nodes: its start view, the landmarks, see viz/src/reveal.ts — not the whole graph).
// Standalone: node bin/run-ts.js bench/explorer.ts (KG_BENCH_REPS=n runs per side, default 5;
// KG_BENCH_NODES=10000 one size; KG_BENCH_BEFORE=folder another explorer build alongside).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { build } from "vite";
import { KIND_NAMES, RELATION_NAMES } from "../src/model/vocabulary.ts";
import { chromiumPath, launchChromium } from "../test/viz/chromium.ts";
import { serveStatic } from "../test/viz/static-server.ts";

export interface Row {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const WORK = `${ROOT}artifacts/bench-explorer/`;

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same graphs. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A contract-shaped graph export with clustered positions (as a precomputed layout would give). */
export function generateGraph(nodes: number, edges: number, seed = 42): string {
  const random = rng(seed);
  const clusters = Math.max(4, Math.round(Math.sqrt(nodes) / 4));
  const centres = Array.from({ length: clusters }, () => [random() * 2000 - 1000, random() * 2000 - 1000] as const);
  const cluster: number[] = [];
  const out = {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: { articles: { bench: { id: "bench", headline: "Generated graph", publisher: "bench", author: [], datePublished: "2024-01-01", section: "", language: "en", text: "Generated." } } },
    nodes: [] as unknown[],
    edges: [] as unknown[],
  };
  for (let i = 0; i < nodes; i++) {
    const c = Math.floor(random() * clusters);
    cluster.push(c);
    const [cx, cy] = centres[c] ?? [0, 0];
    const r = 160 * Math.sqrt(random());
    const a = random() * 2 * Math.PI;
    out.nodes.push({
      key: `n${i}`,
      attributes: {
        label: `Node ${i}`, kind: KIND_NAMES[i % KIND_NAMES.length], aliases: [], description: "", figures: [], evidence: [], articles: ["bench"],
        x: cx + r * Math.cos(a), y: cy + r * Math.sin(a),
      },
    });
  }
  for (let i = 0; i < edges; i++) {
    const s = Math.floor(random() * nodes);
    // Mostly within a cluster, as real graphs are.
    let t = Math.floor(random() * nodes);
    for (let k = 0; k < 8 && random() < 0.85 && cluster[t] !== cluster[s]; k++) t = Math.floor(random() * nodes);
    if (t === s) t = (s + 1) % nodes;
    out.edges.push({
      key: `e${i}`, source: `n${s}`, target: `n${t}`,
      attributes: { relation: RELATION_NAMES[i % RELATION_NAMES.length], modality: "happened", confidence: 1, article: "bench", evidence: [] },
    });
  }
  return JSON.stringify(out);
}

const BARE_HTML = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><style>html,body{margin:0;height:100%}#graph{position:absolute;inset:0}</style></head>
<body><div id="graph"></div><script type="module" src="./main.ts"></script></body></html>`;
const BARE_MAIN = `import Sigma from "sigma";
import { MultiDirectedGraph } from "graphology";
const params = new URLSearchParams(location.search);
const source = params.get("graph") ?? "graph.json";
// The explorer's stage size, so both sides draw the same number of pixels.
const container = document.getElementById("graph");
if (params.get("w")) Object.assign(container.style, { right: "auto", bottom: "auto", width: params.get("w") + "px", height: params.get("h") + "px" });
const graph = new MultiDirectedGraph();
graph.import(await (await fetch(source)).json());
const sigma = new Sigma(graph, container);
requestAnimationFrame(() => requestAnimationFrame(() => performance.mark("kg:first-render")));
Object.assign(window, { explorer: { sigma } });
document.body.dataset.ready = "true";
`;

async function buildApps(): Promise<void> {
  await build({ configFile: `${ROOT}vite.config.ts`, logLevel: "warn" });
  const bare = `${WORK}bare/`;
  mkdirSync(bare, { recursive: true });
  writeFileSync(`${bare}index.html`, BARE_HTML);
  writeFileSync(`${bare}main.ts`, BARE_MAIN);
  await build({ configFile: false, root: bare, base: "./", logLevel: "warn", build: { outDir: `${WORK}bare-dist`, emptyOutDir: true, target: "es2022" } });
}

function bundleRows(): Row[] {
  const dir = `${ROOT}dist/viz/assets/`;
  let total = 0;
  let gzip = 0;
  let entry = 0;
  const html = readFileSync(`${ROOT}dist/viz/index.html`, "utf8");
  for (const file of readdirSync(dir)) {
    const bytes = statSync(dir + file).size;
    total += bytes;
    if (html.includes(`assets/${file}`)) {
      entry += bytes;
      gzip += gzipSync(readFileSync(dir + file)).length;
    }
  }
  return [
    { name: "explorer bundle, loaded at start", value: +(entry / 1024).toFixed(1), unit: "KiB", note: `${(gzip / 1024).toFixed(1)} KiB gzipped` },
    { name: "explorer bundle, all chunks", value: +(total / 1024).toFixed(1), unit: "KiB", note: "RDF writers (n3, jsonld) load on first download" },
  ];
}

/** Median frame interval while the camera pans continuously for `frames` frames. */
// Passed as source text: tsx's transform would wrap named closures in a helper the page lacks.
const PAN_SCRIPT = `(async (count) => {
  const camera = window.explorer.sigma.getCamera();
  const times = [];
  let last = performance.now();
  await new Promise((done) => {
    let i = 0;
    function step() {
      const now = performance.now();
      if (i > 0) times.push(now - last);
      last = now;
      const state = camera.getState();
      camera.setState({ x: state.x + (i < count / 2 ? 0.004 : -0.004), y: state.y });
      if (++i > count) return done();
      requestAnimationFrame(step);
    }
    requestAnimationFrame(step);
  });
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
})`;

/** Median frame interval while the camera pans continuously for `frames` frames. */
async function panFrameTime(page: Page, frames = 24): Promise<number> {
  return (await page.evaluate(`${PAN_SCRIPT}(${frames})`)) as number;
}

interface Run {
  firstRender: number;
  frame: number;
}

async function measure(page: Page, url: string, frames: number): Promise<Run> {
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 600_000 });
  await page.waitForFunction(() => performance.getEntriesByName("kg:first-render").length > 0, undefined, { timeout: 600_000 });
  const firstRender = await page.evaluate(() => performance.getEntriesByName("kg:first-render")[0]?.startTime ?? NaN);
  await page.waitForTimeout(500);
  return { firstRender, frame: await panFrameTime(page, frames) };
}

/** The explorer's graph stage in CSS pixels (the bare page is given the same). */
async function stageSize(page: Page): Promise<{ w: number; h: number }> {
  return page.evaluate(() => {
    const box = document.getElementById("graph")?.getBoundingClientRect();
    return { w: Math.round(box?.width ?? 0), h: Math.round(box?.height ?? 0) };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** "median (min–max)" with the given decimals. */
function spread(values: number[], digits = 0): string {
  return `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
}

export async function benchExplorer(): Promise<Row[]> {
  if (!chromiumPath()) return [{ name: "explorer benchmark", value: NaN, unit: "", note: "skipped: chromium not on PATH" }];
  await buildApps();
  const rows: Row[] = bundleRows();
  // KG_BENCH_QUICK=1 (or BENCH_QUICK=1, set by `npm run bench -- --quick`) runs a small graph only: a smoke test.
  const quick = !!(process.env.KG_BENCH_QUICK || process.env.BENCH_QUICK);
  // KG_BENCH_NODES=10000 (or 50000) runs that size only.
  const only = Number(process.env.KG_BENCH_NODES) || null;
  const sizes = (quick ? [[1_000, 5_000] as const] : [[10_000, 50_000] as const, [50_000, 250_000] as const]).filter(([n]) => !only || n === only);
  // KG_BENCH_BEFORE=<folder under the repo with another build of the explorer> measures it too, as a third
  // side in the same runs: a before/after comparison on the same machine load.
  const before = process.env.KG_BENCH_BEFORE?.replace(/\/?$/, "/") ?? null;
  const reps = Math.max(1, Number(process.env.KG_BENCH_REPS) || 5);
  const extra: Record<string, string> = {};
  for (const [n, m] of sizes) extra[`/bench-${n}.json`] = generateGraph(n, m);
  // Served from the repo root so the bare page stays out of dist/viz (which `kg serve` ships).
  const server = await serveStatic(ROOT, extra);
  const browser = await launchChromium();
  // A modest viewport: headless Chromium without a GPU rasterises WebGL in software.
  const viewport = { width: 1024, height: 700 };
  try {
    for (const [n, m] of sizes) {
      const label = `${n / 1000}k nodes / ${m / 1000}k edges`;
      // Software WebGL (no GPU here) takes seconds a frame on the largest graph: fewer frames keep the run bounded.
      const frames = n >= 50_000 ? 4 : 8;
      const graphUrl = `/bench-${n}.json`;
      const explorerUrl = `${server.url}dist/viz/index.html?graph=${graphUrl}`;
      const probe = await browser.newPage({ viewport });
      await probe.goto(explorerUrl);
      await probe.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 600_000 });
      const { w, h } = await stageSize(probe);
      await probe.close();
      const bareUrl = `${server.url}artifacts/bench-explorer/bare-dist/index.html?graph=${graphUrl}&w=${w}&h=${h}`;
      const urls: Record<string, string> = { bare: bareUrl, explorer: explorerUrl };
      if (before) urls.before = `${server.url}${before}index.html?graph=${graphUrl}`;
      const sides = Object.keys(urls);
      const runs: Record<string, Run[]> = Object.fromEntries(sides.map((side) => [side, []]));
      for (let rep = 0; rep < reps; rep++) {
        // Fresh page (and context) per run, so neither side inherits the other's caches; the side that goes
        // first alternates, so a machine getting busier or quieter during the run weighs on both alike.
        const order = rep % 2 ? [...sides].reverse() : sides;
        for (const side of order) {
          const page = await browser.newPage({ viewport });
          const run = await measure(page, urls[side] ?? "", frames);
          await page.close();
          runs[side]?.push(run);
          process.stderr.write(`bench explorer: ${label}, run ${rep + 1}/${reps}, ${side}: first render ${run.firstRender.toFixed(0)} ms, pan frame ${run.frame.toFixed(1)} ms\n`);
        }
      }
      const ratio = (key: keyof Run, side = "explorer") => (runs[side] ?? []).map((r, i) => r[key] / (runs.bare?.[i]?.[key] ?? NaN));
      const of = (side: string, key: keyof Run) => (runs[side] ?? []).map((r) => r[key]);
      const where = `${reps} runs, stage ${w}×${h} CSS px`;
      rows.push(
        { name: `first render, bare sigma, ${label}`, value: Math.round(median(of("bare", "firstRender"))), unit: "ms", note: `median (min–max) ${spread(of("bare", "firstRender"))}; every node and edge; ${where}` },
        { name: `first render, explorer, ${label}`, value: Math.round(median(of("explorer", "firstRender"))), unit: "ms", note: `${spread(of("explorer", "firstRender"))}; ratio to bare per run ${spread(ratio("firstRender"), 2)}×; its start view` },
        { name: `pan frame, bare sigma, ${label}`, value: +median(of("bare", "frame")).toFixed(1), unit: "ms", note: `${spread(of("bare", "frame"), 1)}; median rAF interval over ${frames} frames of panning` },
        { name: `pan frame, explorer, ${label}`, value: +median(of("explorer", "frame")).toFixed(1), unit: "ms", note: `${spread(of("explorer", "frame"), 1)}; ratio to bare per run ${spread(ratio("frame"), 2)}×` },
      );
      if (before) {
        rows.push(
          { name: `first render, explorer before, ${label}`, value: Math.round(median(of("before", "firstRender"))), unit: "ms", note: `${spread(of("before", "firstRender"))}; ratio to bare per run ${spread(ratio("firstRender", "before"), 2)}×; ${before}` },
          { name: `pan frame, explorer before, ${label}`, value: +median(of("before", "frame")).toFixed(1), unit: "ms", note: `${spread(of("before", "frame"), 1)}; ratio to bare per run ${spread(ratio("frame", "before"), 2)}×` },
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[2] ? process.argv[2].replace(/^(?!\/)/, `${process.cwd()}/`) : "").href) {
  const rows = await benchExplorer();
  console.table(rows);
}

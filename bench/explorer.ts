// Explorer benchmark: in headless Chromium, on generated graphs of 10k nodes / 50k edges and
// 50k nodes / 250k edges, time to first render and frame time while panning, for the explorer
// and for bare sigma (default styles) rendering the same graph in the same run; plus bundle size.
// Standalone: node bin/run-ts.js bench/explorer.ts
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
function generateGraph(nodes: number, edges: number, seed = 42): string {
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
const source = new URLSearchParams(location.search).get("graph") ?? "graph.json";
const graph = new MultiDirectedGraph();
graph.import(await (await fetch(source)).json());
const sigma = new Sigma(graph, document.getElementById("graph"));
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

async function measure(page: Page, url: string): Promise<{ firstRender: number; frame: number }> {
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 240_000 });
  await page.waitForFunction(() => performance.getEntriesByName("kg:first-render").length > 0, undefined, { timeout: 240_000 });
  const firstRender = await page.evaluate(() => performance.getEntriesByName("kg:first-render")[0]?.startTime ?? NaN);
  await page.waitForTimeout(500);
  // Software WebGL (no GPU here) takes seconds a frame on the largest graph: fewer frames keep the run bounded.
  return { firstRender, frame: await panFrameTime(page, url.includes("bench-50000") ? 8 : 24) };
}

export async function benchExplorer(): Promise<Row[]> {
  if (!chromiumPath()) return [{ name: "explorer benchmark", value: NaN, unit: "", note: "skipped: chromium not on PATH" }];
  await buildApps();
  const rows: Row[] = bundleRows();
  // KG_BENCH_QUICK=1 (or BENCH_QUICK=1, set by `npm run bench -- --quick`) runs a small graph only: a smoke test.
  const sizes: ReadonlyArray<readonly [number, number]> = process.env.KG_BENCH_QUICK || process.env.BENCH_QUICK ? [[1_000, 5_000]] : [[10_000, 50_000], [50_000, 250_000]];
  const extra: Record<string, string> = {};
  for (const [n, m] of sizes) extra[`/bench-${n}.json`] = generateGraph(n, m);
  // Served from the repo root so the bare page stays out of dist/viz (which `kg serve` ships).
  const server = await serveStatic(ROOT, extra);
  const browser = await launchChromium();
  try {
    for (const [n, m] of sizes) {
      const label = `${n / 1000}k nodes / ${m / 1000}k edges`;
      const results: Record<string, { firstRender: number; frame: number }> = {};
      // Fresh page per run, bare first then explorer, so neither inherits the other's caches.
      for (const [name, path] of [["bare sigma", "artifacts/bench-explorer/bare-dist/index.html"], ["explorer", "dist/viz/index.html"]] as const) {
        // A modest viewport: headless Chromium without a GPU rasterises WebGL in software.
        const page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
        process.stderr.write(`bench explorer: ${name}, ${label}…\n`);
        results[name] = await measure(page, `${server.url}${path}?graph=/bench-${n}.json`);
        process.stderr.write(`  first render ${results[name]?.firstRender.toFixed(0)} ms, pan frame ${results[name]?.frame.toFixed(1)} ms\n`);
        await page.close();
      }
      const bare = results["bare sigma"];
      const explorer = results["explorer"];
      if (!bare || !explorer) continue;
      rows.push(
        { name: `first render, bare sigma, ${label}`, value: Math.round(bare.firstRender), unit: "ms", note: "navigation start → first frame (includes fetch + JSON parse)" },
        { name: `first render, explorer, ${label}`, value: Math.round(explorer.firstRender), unit: "ms", note: `${(explorer.firstRender / bare.firstRender).toFixed(2)}× bare` },
        { name: `pan frame, bare sigma, ${label}`, value: +bare.frame.toFixed(1), unit: "ms", note: "median rAF interval while panning" },
        { name: `pan frame, explorer, ${label}`, value: +explorer.frame.toFixed(1), unit: "ms", note: `${(explorer.frame / bare.frame).toFixed(2)}× bare` },
      );
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

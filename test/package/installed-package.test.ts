// The package as a user gets it: `npm pack` (its prepack build included), `npm install <tarball>` into a
// fresh project, then plain Node, a strict TypeScript consumer, a browser bundle and the installed `kg`
// bin, none of which may need tsx or the checkout's sources.
import { execFile, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGraph } from "../../src/query/load-graph.ts";
import { createSparqlStore } from "../../src/sparql/create-sparql-store.ts";
import { sparqlSelect } from "../../src/sparql/run-sparql.ts";
import { runKg } from "../helpers/run-kg.ts";
import { SEED_DIR } from "../helpers/seed.ts";
import { packAndInstall, REPO, userEnv, type InstalledPackage } from "./pack-install.ts";

const exec = promisify(execFile);
// Packing builds the library and the explorer, installing fetches the dependencies from the registry:
// minutes on a loaded machine, so nothing here has a short limit.
const LONG = 10 * 60 * 1000;
const TSC = join(REPO, "node_modules", ".bin", "tsc");
const VITE = join(REPO, "node_modules", ".bin", "vite");
const manifest = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as {
  version: string;
  bin: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
};

let pkg: InstalledPackage;
let article: string;

beforeAll(async () => {
  pkg = await packAndInstall();
  article = join(pkg.app, "articles", basename(SEED_DIR));
  cpSync(SEED_DIR, article, { recursive: true });
}, LONG);
afterAll(() => pkg?.cleanup());

/** Runs a program in the consumer project; never throws, so a failure shows its output. */
async function inApp(file: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(file, args, { cwd: pkg.app, env: userEnv(), maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

const tsc = (project: string) => inApp(process.execPath, [TSC, "-p", project]);

describe("the installed package", { timeout: LONG }, () => {
  it("ships compiled ESM, declarations, the data and the built explorer, and no sources, tests or benchmarks", () => {
    const paths = pkg.files.map((f) => f.path);
    for (const file of ["dist/index.js", "dist/index.d.ts", "dist/browser.js", "dist/browser.d.ts", "dist/cli/bin.js", "dist/server/sparql-worker.js", "dist/viz/index.html", "data/lexicons/causal-cues.json", "data/gazetteer/countries.json", "data/shapes/news-kg.shacl.ttl", "README.md"]) {
      expect(paths, file).toContain(file);
    }
    expect(paths.some((p) => p.startsWith("dist/viz/assets/") && p.endsWith(".js"))).toBe(true);
    expect(paths.filter((p) => /^(src|test|bench|bin|viz|scratch|data\/articles|node_modules)\//.test(p))).toEqual([]);
    expect(paths.filter((p) => p.endsWith(".ts") && !p.endsWith(".d.ts"))).toEqual([]);
    // Every target the manifest names is in the tarball.
    const targets = [...Object.values(manifest.bin), ...Object.values(manifest.exports).flatMap((t) => (typeof t === "string" ? [t] : Object.values(t)))];
    for (const target of targets) expect(paths, target).toContain(target.replace(/^\.\//, ""));
  });

  it("installs without tsx or esbuild, which only the checkout needs", () => {
    const modules = readdirSync(join(pkg.app, "node_modules"));
    expect(modules).toContain("news-kg");
    expect(modules.filter((m) => m === "tsx" || m === "esbuild" || m === "@esbuild")).toEqual([]);
  });

  it("loads in plain Node and builds the same graph from an article folder as the checkout", async () => {
    const script = `import("news-kg").then(async (kg) => {
      const graph = await kg.loadGraph({ sources: [${JSON.stringify(article)}] });
      const nq = await kg.writeRdf(kg.graphToQuads(graph), "nq");
      console.log(JSON.stringify({ nodes: graph.order, edges: graph.size, nqLines: nq.split("\\n").length, causes: kg.causesOf(graph, ${JSON.stringify("gsomia-non-extension-decision")}).length }));
    })`;
    const run = await inApp(process.execPath, ["-e", script]);
    expect(run.code, run.stderr).toBe(0);
    const installed = JSON.parse(run.stdout) as { nodes: number; edges: number; nqLines: number; causes: number };
    const checkout = await loadGraph({ sources: [SEED_DIR] });
    expect(installed.nodes).toBe(checkout.order);
    expect(installed.edges).toBe(checkout.size);
    expect(installed.nodes).toBeGreaterThan(10);
    expect(installed.causes).toBeGreaterThan(0);
  });

  it("news-kg/browser loads in plain Node and holds the browser-safe API only", async () => {
    const script = `import("news-kg/browser").then((kg) => console.log(JSON.stringify(Object.keys(kg).sort())))`;
    const run = await inApp(process.execPath, ["-e", script]);
    expect(run.code, run.stderr).toBe(0);
    const names = JSON.parse(run.stdout) as string[];
    for (const name of ["draftAnnotation", "evaluateAnnotations", "quadsToGraph", "parseRdf", "writeRdf", "causesOf", "layoutGraph", "buildGraph", "KINDS"]) expect(names).toContain(name);
    for (const name of ["loadGraph", "loadSources", "sparqlStoreFromGraph", "startSparqlServer"]) expect(names).not.toContain(name);
  });

  it("a strict TypeScript consumer of both entry points compiles, with skipLibCheck on and off", async () => {
    writeFileSync(
      join(pkg.app, "consumer.ts"),
      `import { loadGraph, causesOf, sparqlStoreFromGraph, sparqlSelect, startSparqlServer, ValidationKgError, type KnowledgeGraph, type CausalLink } from "news-kg";
import { draftAnnotation, quadsToGraph, type AnnotationSpec } from "news-kg/browser";

const graph: KnowledgeGraph = await loadGraph({ sources: ["articles"] });
const links: CausalLink[] = causesOf(graph, "gsomia-non-extension-decision");
const store = await sparqlStoreFromGraph(graph);
const { bindings } = sparqlSelect<"label">(store, "SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label }");
const first: string | undefined = bindings[0]?.label?.value;
const spec: AnnotationSpec = draftAnnotation({ text: "Seoul said on Monday it would act.", datePublished: "2024-01-01", corpus: [] });
console.log(links.length, first, spec.entities.length, quadsToGraph([]).order, typeof startSparqlServer, new ValidationKgError([]).exitCode);
`,
    );
    const strict = { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", noEmit: true, types: ["node"] };
    writeFileSync(join(pkg.app, "package.json"), JSON.stringify({ ...JSON.parse(readFileSync(join(pkg.app, "package.json"), "utf8")), type: "module" }, null, 2));
    writeFileSync(join(pkg.app, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...strict, skipLibCheck: true }, files: ["consumer.ts"] }));
    writeFileSync(join(pkg.app, "tsconfig.libcheck.json"), JSON.stringify({ compilerOptions: { ...strict, skipLibCheck: false }, files: ["consumer.ts"] }));
    const checked = await tsc("tsconfig.json");
    expect(checked.stdout + checked.stderr).toBe("");
    expect(checked.code).toBe(0);
    // Every declaration file checked. oxigraph 0.5.11's own node.d.ts has errors (`UInt8Array`, a top-level
    // `function` without `declare`); the package's declarations never import it (src/sparql/sparql-store.ts),
    // so a consumer meets none of them.
    const libCheck = await tsc("tsconfig.libcheck.json");
    expect(libCheck.stdout + libCheck.stderr).toBe("");
    expect(libCheck.code).toBe(0);
  });

  it("a strict browser consumer of news-kg/browser compiles with skipLibCheck off and without Node's types", async () => {
    writeFileSync(
      join(pkg.app, "browser-consumer.ts"),
      `import { draftAnnotation, parseRdf, quadsToGraph, causesOf, layoutGraph, type KnowledgeGraph } from "news-kg/browser";
export async function show(url: string): Promise<number> {
  const graph: KnowledgeGraph = quadsToGraph(await parseRdf(await (await fetch(url)).text(), "nq"));
  layoutGraph(graph);
  return causesOf(graph, "x").length + draftAnnotation({ text: "Rates rose.", datePublished: "2024-01-01", corpus: [] }).entities.length;
}
`,
    );
    writeFileSync(
      join(pkg.app, "tsconfig.browser.json"),
      JSON.stringify({ compilerOptions: { strict: true, module: "esnext", moduleResolution: "bundler", target: "es2022", lib: ["es2022", "dom"], types: [], noEmit: true, skipLibCheck: false }, files: ["browser-consumer.ts"] }),
    );
    const checked = await tsc("tsconfig.browser.json");
    expect(checked.stdout + checked.stderr).toBe("");
    expect(checked.code).toBe(0);
  });

  it("news-kg/browser bundles for the browser (vite) with no Node built-in externalised; the Node entry would", async () => {
    const bundle = (entry: string, name: string) => {
      const web = join(pkg.app, `web-${name}`);
      mkdirSync(web, { recursive: true });
      writeFileSync(join(web, "index.html"), `<!doctype html><script type="module" src="./main.js"></script>\n`);
      writeFileSync(join(web, "main.js"), `import { draftAnnotation, quadsToGraph, causesOf } from "${entry}";\nwindow.kg = { draftAnnotation, quadsToGraph, causesOf };\n`);
      return inApp(process.execPath, [VITE, "build", web, "--outDir", join(pkg.work, `bundle-${name}`), "--emptyOutDir"]);
    };
    const browser = await bundle("news-kg/browser", "browser");
    expect(browser.code, browser.stderr).toBe(0);
    expect(browser.stdout + browser.stderr).not.toMatch(/externalized for browser compatibility/);
    // The check sees a Node built-in when there is one.
    const node = await bundle("news-kg", "node");
    expect(node.stdout + node.stderr).toMatch(/"node:fs\/promises" has been externalized/);
  });

  it("the installed kg answers --help and --version as the checkout's does, without tsx", async () => {
    for (const args of [["--help"], ["--version"], ["build", "--help"]]) {
      const installed = await inApp(pkg.bin, args);
      const checkout = await runKg(args);
      expect({ code: installed.code, stdout: installed.stdout }, args.join(" ")).toEqual({ code: checkout.code, stdout: checkout.stdout });
      if (args[0] === "--version" && checkout.code === 0) expect(installed.stdout.trim()).toContain(manifest.version);
    }
    expect((await inApp(pkg.bin, ["--help"])).stdout).toMatch(/Usage: kg/);
  });

  it("the installed kg build writes the same files, byte for byte, as the checkout's", async () => {
    const out = join(pkg.app, "out");
    const installed = await inApp(pkg.bin, ["build", "articles", "-o", "out"]);
    expect(installed.code, installed.stderr).toBe(0);
    const reference = join(pkg.work, "checkout-out");
    const checkout = await runKg(["build", article, "-o", reference]);
    expect(checkout.code, checkout.stderr).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(readdirSync(reference).sort());
    expect(files).toContain("graph.nq");
    for (const file of files) expect(readFileSync(join(out, file)).equals(readFileSync(join(reference, file))), file).toBe(true);
  });

  it("the installed kg serve answers / with the packaged explorer and /sparql with a query, and stops on SIGTERM", async () => {
    const nq = join(pkg.app, "out", "graph.nq");
    if (!existsSync(nq)) expect((await inApp(pkg.bin, ["build", "articles", "-o", "out"])).code).toBe(0);
    // Started from a folder with no dist/viz of its own: the explorer must come from the package.
    const child = spawn(pkg.bin, ["serve", "-i", nq, "-p", "0", "--workers", "1"], { cwd: join(pkg.app, "articles"), env: userEnv(), stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    const exited = new Promise<number | null>((done) => child.on("close", (code) => done(code)));
    try {
      const base = await new Promise<string>((resolve, reject) => {
        child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
          stderr += chunk;
          const found = /SPARQL endpoint at (http:\/\/\S+\/)sparql/.exec(stderr);
          if (found?.[1]) resolve(found[1]);
        });
        child.on("close", (code) => reject(new Error(`kg serve exited with ${code}: ${stderr}`)));
      });
      expect(stderr).toContain(`explorer at ${base}`);
      const page = await fetch(base);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toMatch(/text\/html/);
      const html = await page.text();
      expect(html).toBe(readFileSync(join(pkg.installed, "dist", "viz", "index.html"), "utf8"));
      const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      expect((await fetch(new URL(script as string, base))).status).toBe(200);
      // The explorer's graph is the one given with -i (test/server/serve-graph-json.test.ts shows that a
      // different graph.json in the explorer's folder is not served instead).
      const graph = (await (await fetch(`${base}graph.json`)).json()) as { nodes: Array<{ key: string }> };
      const built = JSON.parse(readFileSync(join(pkg.app, "out", "graph.json"), "utf8")) as { nodes: Array<{ key: string }> };
      expect(graph.nodes.map((n) => n.key).sort()).toEqual(built.nodes.map((n) => n.key).sort());

      const query = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }";
      const answer = await fetch(`${base}sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: "application/sparql-results+json" } });
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as { results: { bindings: Array<{ n: { value: string } }> } };
      const served = Number(body.results.bindings[0]?.n.value);
      const expected = Number(sparqlSelect<"n">(createSparqlStore(readFileSync(nq, "utf8")), query).bindings[0]?.n?.value);
      expect(served).toBeGreaterThan(0);
      expect(served).toBe(expected);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  });
});

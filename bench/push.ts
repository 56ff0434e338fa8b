// `npm run bench -- --only push`: kg push into a local Virtuoso for the generated 1,000-article corpus, beside
// Virtuoso's own bulk loader (ld_dir + rdf_loader_run, through isql) on the same statements, in the same run,
// each into a fresh private Virtuoso (test/setup/virtuoso.sh) so neither loads into the other's data.
//
// - kg push runs as `kg push --json` in a child process (this file, with "worker"), timed from start to exit:
//   validation, build, serialisation, one PUT and one count query per article. Its peak RSS is that
//   process's own (process.resourceUsage().maxRSS).
// - The bulk loader reads `kg export --stream -f nq` of the same corpus: the same triples in the same named
//   graphs (N-Quads rather than N-Triples, so that it also makes one graph per article). Timed around one isql
//   session running ld_dir and rdf_loader_run (no checkpoint, as kg push makes none); the export is not timed.
// Without virtuoso-t the section says why it has no rows.
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Row } from "./run.ts";
import { generateCorpus } from "./generate-corpus.ts";

const SCRIPT = resolve("test/setup/virtuoso.sh");
const log = (message: string) => process.stderr.write(`\u001b[2m${message}\u001b[0m\n`);

interface Instance {
  dir: string;
  env: Record<string, string>;
}

function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env: { ...process.env, ...options.env }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

async function startVirtuoso(): Promise<Instance> {
  const dir = await mkdtemp(join(tmpdir(), "kg-bench-virtuoso-"));
  const started = await run("bash", [SCRIPT, "start", dir]);
  if (started.code !== 0) throw new Error(`test/setup/virtuoso.sh start failed: ${started.stderr.trim()}`);
  const env: Record<string, string> = {};
  for (const line of (await readFile(join(dir, "env"), "utf8")).split("\n")) {
    const m = /^export (\w+)=(.*)$/.exec(line);
    if (m) env[m[1] as string] = m[2] as string;
  }
  return { dir, env };
}

async function stopVirtuoso(instance: Instance): Promise<void> {
  await run("bash", [SCRIPT, "stop", instance.dir, "--clean"]);
}

async function isql(instance: Instance, sql: string): Promise<string> {
  const result = await run("isql-vt", [`127.0.0.1:${instance.env.KG_TEST_VIRTUOSO_ISQL}`, "dba", instance.env.KG_TEST_VIRTUOSO_DBA_PASSWORD as string], { input: sql });
  if (result.code !== 0 || /\*\*\* Error/.test(result.stdout)) throw new Error(`isql failed: ${result.stdout.slice(-500)} ${result.stderr}`);
  return result.stdout;
}

async function sparqlCount(instance: Instance, prefix: string): Promise<number> {
  const query = `SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), ${JSON.stringify(prefix)})) }`;
  const response = await fetch(`${instance.env.KG_TEST_VIRTUOSO}/sparql`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/sparql-results+json" },
    body: new URLSearchParams({ query }).toString(),
  });
  const json = (await response.json()) as { results: { bindings: Array<{ n: { value: string } }> } };
  return Number(json.results.bindings[0]?.n.value);
}

interface WorkerResult {
  seconds: number;
  peakRssMb: number;
  code: number;
  triples: number;
  articles: number;
  verified: number;
}

/** In the child: runs kg push in this process and reports its time and peak RSS on the last line. */
async function worker(args: string[]): Promise<void> {
  const { main } = (await import("../src/cli/main.ts")) as { main: (argv: string[]) => Promise<number> };
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => (chunks.push(String(chunk)), true)) as typeof process.stdout.write;
  const started = process.hrtime.bigint();
  const code = await main(["node", "kg", "push", ...args]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write = write;
  const report = JSON.parse(chunks.join("")) as { triples: number; articles: number; graphs: Array<{ verified?: boolean }> };
  const result: WorkerResult = {
    seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    code,
    triples: report.triples,
    articles: report.articles,
    verified: report.graphs.filter((g) => g.verified).length,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

export async function benchPush(): Promise<Row[]> {
  const probe = spawnSync("bash", ["-c", "command -v virtuoso-t && command -v isql-vt"], { encoding: "utf8" });
  if (probe.status !== 0) {
    console.log("No push rows: virtuoso-t and isql-vt are not installed (Debian: apt-get install virtuoso-opensource; .ci/run installs it).");
    return [];
  }
  const size = process.env.BENCH_QUICK ? 40 : 1000;
  const work = await mkdtemp(join(tmpdir(), "kg-bench-push-"));
  const instances: Instance[] = [];
  try {
    const corpus = join(work, "corpus");
    log(`push: generating ${size} articles`);
    await generateCorpus(corpus, size);

    log("push: starting a fresh Virtuoso for kg push");
    const target = await startVirtuoso();
    instances.push(target);
    log(`push: kg push of ${size} articles (child process)`);
    const pushed = await run(process.execPath, ["bin/run-ts.js", "bench/push.ts", "worker", corpus, "--json", "--store", `${target.env.KG_TEST_VIRTUOSO}/sparql-graph-crud-auth`, "--user", "kgpush", "--password-env", "KG_BENCH_PASSWORD"], {
      env: { KG_BENCH_PASSWORD: target.env.KG_TEST_VIRTUOSO_PASSWORD },
    });
    const last = pushed.stdout.trim().split("\n").pop() ?? "";
    if (pushed.code !== 0) throw new Error(`kg push worker exited ${pushed.code}: ${pushed.stderr.slice(-500)}`);
    const push = JSON.parse(last) as WorkerResult;
    if (push.code !== 0) throw new Error(`kg push exited ${push.code}: ${pushed.stderr.slice(-500)}`);
    const storedPush = await sparqlCount(target, "https://example.org/news-kg/graph/article/");
    if (storedPush !== push.triples) throw new Error(`Virtuoso holds ${storedPush} triples after kg push, which sent ${push.triples}`);
    await stopVirtuoso(target);
    instances.pop();

    log("push: starting a fresh Virtuoso for the bulk loader");
    const bulk = await startVirtuoso();
    instances.push(bulk);
    const nq = join(bulk.env.KG_TEST_VIRTUOSO_LOAD_DIR as string, "corpus.nq");
    const exported = await run(process.execPath, ["bin/kg.js", "export", corpus, "--stream", "-f", "nq", "-o", nq]);
    if (exported.code !== 0) throw new Error(`kg export --stream failed: ${exported.stderr}`);
    log("push: ld_dir + rdf_loader_run on the same quads (isql)");
    const started = process.hrtime.bigint();
    await isql(bulk, `ld_dir('${bulk.env.KG_TEST_VIRTUOSO_LOAD_DIR}', '*.nq', 'urn:kg:bench:default');\nrdf_loader_run();\n`);
    const bulkSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const errors = await isql(bulk, "SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;\n");
    if (!/\n\s*0\s*\n/.test(errors)) throw new Error(`the bulk loader reported errors: ${errors.slice(-400)}`);
    const storedBulk = await sparqlCount(bulk, "https://example.org/news-kg/graph/article/");
    if (storedBulk !== push.triples) throw new Error(`the bulk loader stored ${storedBulk} triples, kg push ${push.triples}: not the same data`);

    const pushTps = push.triples / push.seconds;
    const bulkTps = storedBulk / bulkSeconds;
    const quick = process.env.BENCH_QUICK ? " (--quick)" : "";
    return [
      { name: `kg push: articles (generated corpus)${quick}`, value: push.articles, unit: "articles" },
      { name: "kg push: triples sent, each graph verified by a count query", value: push.triples, unit: "triples", note: `${push.verified} graphs verified` },
      { name: "kg push into Virtuoso 7.2 (Graph Store Protocol, Digest), 1 run", value: pushTps, unit: "triples/s", note: `${push.seconds.toFixed(1)} s end to end: validate, build, PUT, count` },
      { name: "Virtuoso bulk loader (ld_dir + rdf_loader_run), same quads, 1 run", value: bulkTps, unit: "triples/s", note: `${bulkSeconds.toFixed(1)} s, fresh database` },
      { name: "ratio kg push / bulk loader", value: pushTps / bulkTps, unit: "×" },
      { name: "peak RSS of kg push", value: push.peakRssMb, unit: "MB", note: "process.resourceUsage().maxRSS" },
    ];
  } finally {
    for (const instance of instances) await stopVirtuoso(instance);
    await rm(work, { recursive: true, force: true });
  }
}

const entry = process.argv[2] ? pathToFileURL(resolve(process.argv[2])).href : "";
if (entry === import.meta.url && process.argv[3] === "worker") await worker(process.argv.slice(4));

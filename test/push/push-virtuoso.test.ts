// kg push against a real Virtuoso (started by .ci/run, see virtuoso-env.ts): the article graphs of data/,
// every example query answered as the embedded store answers it, idempotent re-push, a changed article
// replacing only its graph, --prune, Digest auth, and no secret in any output. The tests run in order on one
// store and each leaves it holding exactly data/'s graphs, so the query test sees nothing else.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphStoreClient, type Binding } from "../../src/push/graph-store-client.ts";
import type { PushReport } from "../../src/push/push-report.ts";
import { runKg, type KgRun } from "../helpers/run-kg.ts";
import { jsonRows } from "./answers.ts";
import { sharedVirtuoso, type Virtuoso } from "./virtuoso-env.ts";

const virtuoso = sharedVirtuoso();
const PASSWORD_ENV = "KG_PUSH_TEST_PASSWORD";
const GRAPH = "https://example.org/news-kg/graph/article/";
const XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean";
const XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer";

function push(v: Virtuoso, args: string[], password = v.password): Promise<KgRun> {
  return runKg(["push", ...args, "--store", v.store, "--user", v.user, "--password-env", PASSWORD_ENV], { env: { [PASSWORD_ENV]: password } });
}

function report(run: KgRun): PushReport {
  return JSON.parse(run.stdout) as PushReport;
}

async function graphCounts(client: GraphStoreClient): Promise<Map<string, number>> {
  const rows = await client.select(`SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), "https://example.org/")) } GROUP BY ?g`);
  return new Map(rows.map((r) => [r.g?.value as string, Number(r.n?.value)]));
}

/**
 * Virtuoso 7.2 has no boolean type in its SQL core: every boolean a query computes (`true`, COALESCE(?x,
 * false), BOUND(…)) comes back as xsd:integer 1 or 0, and no spelling of the query avoids it. The comparison
 * reads the embedded store's booleans the same way, and only those: any other difference fails.
 */
function asVirtuosoWrites(bindings: Binding[]): Binding[] {
  return bindings.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, t]) => [k, t.type === "literal" && t.datatype === XSD_BOOLEAN ? { type: "literal", datatype: XSD_INTEGER, value: t.value === "true" ? "1" : "0" } : t]),
    ),
  );
}

describe.skipIf(!virtuoso)("kg push into Virtuoso", () => {
  const v = virtuoso as Virtuoso;
  // The body is collected even when skipped: no client then.
  const client = virtuoso
    ? new GraphStoreClient({ store: new URL(v.store), sparql: new URL(v.sparql), credentials: { scheme: "digest", user: v.user, password: v.password } })
    : (undefined as unknown as GraphStoreClient);
  let work: string;
  let articles: string[];

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "kg-push-"));
    articles = (await readdir("data/articles")).sort();
    // Whatever an earlier run left under the test bases goes first: the queries read every graph.
    for (const graph of await client.listGraphs("https://example.org/")) await client.deleteGraph(graph);
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("pushes data/ (one verified graph per article), and every data/queries/*.rq answers as the embedded store does", async () => {
    const run = await push(v, ["data", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const r = report(run);
    expect(r.articles).toBe(articles.length);
    expect(r.counts.written).toBe(articles.length);
    expect(r.graphs.every((g) => g.verified === true)).toBe(true);
    const counts = await graphCounts(client);
    expect([...counts.keys()].sort()).toEqual(articles.map((a) => `${GRAPH}${a}`));
    for (const g of r.graphs) expect(counts.get(g.graph)).toBe(g.triples);

    // The embedded store over exactly the quads that were pushed: the streaming export's N-Quads, through
    // `kg query -i` (kg push builds each article's graph alone, as `kg export --stream` does).
    const nq = join(work, "pushed.nq");
    const exported = await runKg(["export", "data", "--stream", "-f", "nq", "-o", nq]);
    expect(exported.code, exported.stderr).toBe(0);
    const queries = (await readdir("data/queries")).filter((f) => f.endsWith(".rq")).sort();
    expect(queries.length).toBeGreaterThan(0);
    for (const file of queries) {
      const text = await readFile(join("data/queries", file), "utf8");
      const embedded = await runKg(["query", "-i", nq, "--file", join("data/queries", file), "-f", "json"]);
      expect(embedded.code, `${file}: ${embedded.stderr}`).toBe(0);
      const expected = jsonRows(asVirtuosoWrites((JSON.parse(embedded.stdout) as { results: { bindings: Binding[] } }).results.bindings));
      const answered = jsonRows(await client.select(text));
      expect(expected.length, `${file} returns rows`).toBeGreaterThan(0);
      expect(answered, file).toEqual(expected);
    }
  });

  it("re-pushes idempotently: every graph replaced, the same counts", async () => {
    const before = await graphCounts(client);
    const run = await push(v, ["data", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(report(run).counts).toMatchObject({ written: 0, replaced: articles.length, failed: 0, skipped: 0 });
    expect(await graphCounts(client)).toEqual(before);
  });

  it("pushing a changed article replaces its graph and leaves the others as they were", async () => {
    const copy = join(work, "changed");
    await cp("data/articles", copy, { recursive: true });
    const changed = articles[articles.length - 1] as string;
    const meta = join(copy, changed, "article.yaml");
    const yaml = await readFile(meta, "utf8");
    const headline = /^headline: (.*)$/m.exec(yaml)?.[1];
    expect(headline).toBeDefined();
    await writeFile(meta, yaml.replace(/^headline: .*$/m, "headline: A headline changed for the push test"));
    const graphsWith = async (text: string) =>
      // By its text, with or without a language tag.
      (await client.select(`SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s <http://schema.org/headline> ?o FILTER (STR(?o) = ${JSON.stringify(text)}) } }`)).map((b) => b.g?.value).sort();
    // The headline is a plain YAML scalar in data/: its text is the line as written.
    expect(await graphsWith(headline as string)).toContain(`${GRAPH}${changed}`);
    const before = await graphCounts(client);
    const run = await push(v, [join(copy, changed), "--json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(report(run).counts).toMatchObject({ replaced: 1, written: 0 });
    expect(await graphsWith("A headline changed for the push test")).toEqual([`${GRAPH}${changed}`]);
    expect(await graphsWith(headline as string)).not.toContain(`${GRAPH}${changed}`);
    expect(await graphCounts(client)).toEqual(before);
    // Back to data/'s own version.
    expect((await push(v, [join("data/articles", changed)])).code).toBe(0);
  });

  it("--prune drops the graph of an article that is no longer there, and --dry-run sends nothing", async () => {
    const copy = join(work, "pruned");
    await cp("data/articles", copy, { recursive: true });
    const gone = articles[0] as string;
    await rm(join(copy, gone), { recursive: true });
    const dry = await push(v, [copy, "--prune", "--dry-run"]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(`DELETE ${client.graphUrl(`${GRAPH}${gone}`)}`);
    expect((await graphCounts(client)).has(`${GRAPH}${gone}`)).toBe(true);
    const run = await push(v, [copy, "--prune", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const r = report(run);
    expect(r.counts.dropped).toBe(1);
    expect(r.graphs.find((g) => g.status === "dropped")?.graph).toBe(`${GRAPH}${gone}`);
    expect([...(await graphCounts(client)).keys()].sort()).toEqual(articles.slice(1).map((a) => `${GRAPH}${a}`));
    expect((await push(v, ["data", "--prune"])).code).toBe(0);
  });

  it("authenticates with Digest; a wrong password and Basic (which Virtuoso refuses) fail with STORE_AUTH and write nothing", async () => {
    const before = await graphCounts(client);
    const wrong = await push(v, ["data", "--json", "--retries", "0"], `${v.password}-wrong`);
    expect(wrong.code).toBe(1);
    expect(report(wrong).error?.code).toBe("STORE_AUTH");
    expect(report(wrong).counts).toMatchObject({ written: 0, replaced: 0 });
    expect(report(wrong).counts.failed + report(wrong).counts.skipped).toBe(articles.length);
    const basic = await push(v, ["data", "--json", "--auth", "basic"]);
    expect(basic.code).toBe(1);
    expect(report(basic).error?.code).toBe("STORE_AUTH");
    const anonymous = await runKg(["push", "data", "--store", v.store]);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toMatch(/401/);
    expect(await graphCounts(client)).toEqual(before);
  });

  it("never prints the password: not on success, failure, --debug, --json, nor in a URL given with credentials", async () => {
    const runs = [
      await push(v, ["data", "--debug"]),
      await push(v, ["data", "--json", "--debug"]),
      await push(v, ["data", "--debug", "--retries", "0"], `${v.password}x`),
      await runKg(["push", "data", "--store", v.store.replace("://", `://${v.user}:${v.password}@`)]),
      await push(v, ["data", "--dry-run", "--prune"]),
    ];
    expect(runs.map((r) => r.code)).toEqual([0, 0, 1, 2, 0]);
    for (const run of runs) {
      expect(run.stdout + run.stderr).not.toContain(v.password);
      expect(run.stdout + run.stderr).not.toContain(encodeURIComponent(v.password));
    }
  });

  it("--profile rdf12: Virtuoso rejects RDF 1.2 syntax, reported with its status and message and what the rejected PUT left; the rest untouched", async () => {
    const before = await graphCounts(client);
    const run = await push(v, ["data", "--profile", "rdf12", "--json"]);
    expect(run.code).toBe(1);
    const r = report(run);
    expect(r.error?.code).toBe("STORE_REJECTED");
    expect(r.error?.message).toMatch(/answered 500: .*SP029/);
    // Every PUT in flight (--concurrency, default 2) is rejected; no new one starts.
    expect(r.counts).toMatchObject({ written: 0, replaced: 0 });
    expect(r.counts.failed).toBeGreaterThanOrEqual(1);
    expect(r.counts.failed).toBeLessThanOrEqual(2);
    expect(r.counts.failed + r.counts.skipped).toBe(articles.length);
    // Virtuoso is not atomic here: it dropped the graph's content and kept the triples before the first
    // triple term. The report says how many; every other graph is as it was.
    const failed = r.graphs.filter((g) => g.status === "failed");
    const after = await graphCounts(client);
    for (const f of failed) expect(f.heldAfterFailure, f.graph).toBe(after.get(f.graph) ?? 0);
    for (const [graph, n] of before) if (!failed.some((f) => f.graph === graph)) expect(after.get(graph)).toBe(n);
    expect((await push(v, ["data"])).code).toBe(0);
    expect(await graphCounts(client)).toEqual(before);
  });
});

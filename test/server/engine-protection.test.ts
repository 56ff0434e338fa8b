// One bad query cannot break the endpoint: too deep queries are refused with 400 before any worker's engine
// sees them, and a worker whose engine fails anyway is replaced at once. Over real HTTP, two workers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSparqlServer, type RunningServer } from "../../src/server/start-sparql-server.ts";
import { seedNQuads } from "../sparql/seed-graph.ts";

const DEEP_FILTER = `ASK { ?s ?p ?o FILTER(${"( ".repeat(2000)}?o${" )".repeat(2000)}) }`;
const LONG_CHAIN = `ASK { ?s ?p ?o FILTER(?o = ${Array(3000).fill("1").join("+")}) }`;
const ASK = "ASK { ?s <http://purl.org/faro/causes> ?o }";

let nquads: string;
const servers: RunningServer[] = [];
beforeAll(async () => {
  nquads = await seedNQuads();
}, 60_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function start(options: Partial<Parameters<typeof startSparqlServer>[0]> = {}): Promise<string> {
  const running = await startSparqlServer({ nquads, port: 0, workers: 2, maxWorkers: 2, timeoutMs: 30_000, staticDir: "/nonexistent", ...options });
  servers.push(running);
  return `${running.url}sparql`;
}

const post = (endpoint: string, query: string) => fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/sparql-query" }, body: query });

/** Enough concurrent light queries that each of the two workers answers some. */
async function expectHealthy(endpoint: string): Promise<void> {
  const replies = await Promise.all(Array.from({ length: 6 }, () => post(endpoint, ASK)));
  expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
  expect(await Promise.all(replies.map((r) => r.json()))).toEqual(Array(6).fill({ head: {}, boolean: true }));
}

describe("query limits over HTTP", () => {
  it("answers the 8 KB, 2,000-level query with 400, six times, and every worker still answers", async () => {
    const endpoint = await start();
    expect(DEEP_FILTER.length).toBeGreaterThan(8000);
    const refused = await Promise.all(Array.from({ length: 6 }, () => post(endpoint, DEEP_FILTER)));
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400]);
    expect(await refused[0]!.text()).toMatch(/^query refused: /);
    expect((await post(endpoint, LONG_CHAIN)).status).toBe(400);
    await expectHealthy(endpoint);
  }, 120_000);

  it("takes its limits from the options", async () => {
    const endpoint = await start({ maxQueryDepth: 8, maxQueryBytes: 200 });
    expect((await post(endpoint, `ASK { ?s ?p ?o FILTER(${"(".repeat(10)}true${")".repeat(10)}) }`)).status).toBe(400);
    expect((await post(endpoint, `${ASK} # ${"x".repeat(200)}`)).status).toBe(400);
    expect((await post(endpoint, ASK)).status).toBe(200);
  }, 120_000);
});

describe("a worker whose engine fails", () => {
  it("is replaced at once: the failing query gets 500 and later queries succeed on both workers", async () => {
    // Limits off, so the query reaches oxigraph and exhausts its stack, as it did before the limits.
    const endpoint = await start({ maxQueryDepth: 1e9 });
    for (let round = 0; round < 3; round++) {
      const failed = await Promise.all([post(endpoint, DEEP_FILTER), post(endpoint, DEEP_FILTER)]);
      expect(failed.map((r) => r.status)).toEqual([500, 500]);
      await expectHealthy(endpoint);
    }
  }, 180_000);
});

// The endpoint over real HTTP on 127.0.0.1, with fetch as the client.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSparqlServer, type RunningServer } from "../../src/server/start-sparql-server.ts";
import { exampleQuery, seedNQuads } from "../sparql/seed-graph.ts";

let running: RunningServer;
let nquads: string;
let endpoint: string;
const ASK_CAUSES = "ASK { ?s <http://purl.org/faro/causes> ?o }";
const COUNT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
// Three-way cross product of every triple: far beyond any timeout.
const PATHOLOGICAL = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

beforeAll(async () => {
  nquads = await seedNQuads();
  // A generous timeout: it counts from arrival, and these tests are not about it (see "timeouts").
  running = await startSparqlServer({ nquads, port: 0, timeoutMs: 30_000, maxResults: 50, workers: 2, staticDir: "/nonexistent" });
  endpoint = `${running.url}sparql`;
}, 60_000);
afterAll(async () => {
  await running?.close();
});

const get = (query: string, accept?: string) => fetch(`${endpoint}?query=${encodeURIComponent(query)}`, accept ? { headers: { Accept: accept } } : {});

describe("SPARQL 1.1 Protocol", () => {
  it("listens on loopback by default", () => {
    expect(new URL(running.url).hostname).toBe("127.0.0.1");
  });

  it("answers GET, POST form and POST direct alike", async () => {
    const viaGet = await (await get(ASK_CAUSES)).json();
    const viaForm = await (await fetch(endpoint, { method: "POST", body: new URLSearchParams({ query: ASK_CAUSES }) })).json();
    const viaDirect = await (await fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/sparql-query" }, body: ASK_CAUSES })).json();
    expect(viaGet).toEqual({ head: {}, boolean: true });
    expect(viaForm).toEqual(viaGet);
    expect(viaDirect).toEqual(viaGet);
  });

  it("negotiates JSON, XML, CSV and TSV for solutions", async () => {
    const query = 'SELECT ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(?label = "Japan"@en) }';
    const json = await get(query, "application/sparql-results+json");
    expect(json.headers.get("content-type")).toContain("application/sparql-results+json");
    expect((await json.json()).results.bindings[0].label.value).toBe("Japan");
    const xml = await get(query, "application/sparql-results+xml");
    expect(await xml.text()).toContain('<binding name="label"><literal xml:lang="en">Japan</literal></binding>');
    expect(await (await get(query, "text/csv")).text()).toBe("label\r\nJapan\r\n");
    expect(await (await get(query, "text/tab-separated-values")).text()).toBe('?label\n"Japan"@en\n');
    expect((await get(query, "text/csv;q=0.5, application/sparql-results+xml")).headers.get("content-type")).toContain("xml");
    expect((await get(query, "image/png")).status).toBe(406);
  });

  it("negotiates RDF formats for graph results", async () => {
    const query = "CONSTRUCT { ?a <urn:causes> ?b } WHERE { ?a <http://purl.org/faro/causes> ?b }";
    const turtle = await get(query, "text/turtle");
    expect(turtle.headers.get("content-type")).toContain("text/turtle");
    expect(await turtle.text()).toContain("<urn:causes>");
    const ntriples = await (await get(query, "application/n-triples")).text();
    expect(ntriples.trim().split("\n").every((line) => line.endsWith(" ."))).toBe(true);
    expect(Array.isArray(await (await get(query, "application/ld+json")).json())).toBe(true);
  });

  it("sends CORS headers and answers preflight", async () => {
    expect((await get(ASK_CAUSES)).headers.get("access-control-allow-origin")).toBe("*");
    const preflight = await fetch(endpoint, { method: "OPTIONS", headers: { Origin: "http://example.com", "Access-Control-Request-Method": "POST" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
  });

  it("caps results and flags the cut", async () => {
    const response = await get("SELECT * WHERE { ?s ?p ?o }");
    expect(response.headers.get("kg-results-truncated")).toContain("limit=50");
    expect((await response.json()).results.bindings).toHaveLength(50);
  });

  it("gives a malformed query 400 with the parser's message", async () => {
    const response = await get("SELECT ?s WHERE { ?s ?p");
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/malformed query: error at/);
  });

  it("answers the example queries", async () => {
    const response = await fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/sparql-query" }, body: exampleQuery("most-cited-actor.rq") });
    expect(response.status).toBe(200);
    expect((await response.json()).results.bindings[0].actor.value).toMatch(/entity\/korea$/);
  });
});

describe("read-only", () => {
  it("refuses every write with a 4xx and keeps the data", async () => {
    const before = await (await get(COUNT_TRIPLES)).json();
    const attempts = [
      fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/sparql-update" }, body: "INSERT DATA { <urn:a> <urn:b> <urn:c> }" }),
      fetch(endpoint, { method: "POST", body: new URLSearchParams({ update: "CLEAR ALL" }) }),
      fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/sparql-query" }, body: "DROP ALL" }),
      get("DELETE WHERE { ?s ?p ?o }"),
      fetch(endpoint, { method: "PUT", body: "<urn:a> <urn:b> <urn:c> ." }),
      fetch(endpoint, { method: "DELETE" }),
      fetch(`${running.url}graph.nq`, { method: "PUT", body: "x" }),
      fetch(endpoint, { method: "POST", headers: { "Content-Type": "text/turtle" }, body: "<urn:a> <urn:b> <urn:c> ." }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status, `${response.url} ${response.status}`).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    expect(await (await get(COUNT_TRIPLES)).json()).toEqual(before);
  });
});

describe("timeouts", () => {
  it("stops a pathological query with 503 while other queries are answered", async () => {
    const short = await startSparqlServer({ nquads, port: 0, timeoutMs: 3000, workers: 2, staticDir: "/nonexistent" });
    try {
      const at = (query: string) => fetch(`${short.url}sparql?query=${encodeURIComponent(query)}`);
      const slow = at(PATHOLOGICAL);
      const others = await Promise.all([at(ASK_CAUSES), at(COUNT_TRIPLES), at(ASK_CAUSES)]);
      expect(others.map((r) => r.status)).toEqual([200, 200, 200]);
      const stopped = await slow;
      expect(stopped.status).toBe(503);
      expect(stopped.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(await stopped.text()).toMatch(/stopped after 3000 ms/);
      // The replaced worker serves again.
      const after = await Promise.all([at(ASK_CAUSES), at(ASK_CAUSES)]);
      expect(after.map((r) => r.status)).toEqual([200, 200]);
    } finally {
      await short.close();
    }
  }, 60_000);

  it("light queries never wait behind heavy ones: with more heavy queries than workers, a light one is answered", async () => {
    // Three workers at most and three cross products sent first: the heavy lane may hold one worker, so
    // the two kept free answer the light queries, and the heavy ones get their 503 at the deadline.
    const small = await startSparqlServer({ nquads, port: 0, timeoutMs: 4000, workers: 3, maxWorkers: 3, staticDir: "/nonexistent" });
    try {
      const at = (query: string) => fetch(`${small.url}sparql?query=${encodeURIComponent(query)}`);
      const heavy = [1, 2, 3].map((i) => at(`${PATHOLOGICAL} # ${i}`));
      await new Promise((r) => setTimeout(r, 200));
      const light = await Promise.all([at(ASK_CAUSES), at(ASK_CAUSES)]);
      expect(light.map((r) => r.status)).toEqual([200, 200]);
      expect(await Promise.all(light.map((r) => r.json()))).toEqual([{ head: {}, boolean: true }, { head: {}, boolean: true }]);
      expect((await Promise.all(heavy)).map((r) => r.status)).toEqual([503, 503, 503]);
    } finally {
      await small.close();
    }
  }, 60_000);
});

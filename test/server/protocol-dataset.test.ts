// The dataset a query sees (FROM / FROM NAMED read by a parser, the protocol's default-graph-uri and
// named-graph-uri), relative IRIs, evaluation errors and RDF/XML answers, over real HTTP and in-process.
import { Store as OxigraphStore } from "oxigraph";
import type { SparqlStore as Store } from "../../src/sparql/sparql-store.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSparqlServer, type RunningServer } from "../../src/server/start-sparql-server.ts";
import { createSparqlStore } from "../../src/sparql/create-sparql-store.ts";
import { sparql, sparqlAsk, sparqlSelect } from "../../src/sparql/run-sparql.ts";
import { QueryEvaluationKgError } from "../../src/sparql/sparql-errors.ts";
import { seedNQuads } from "../sparql/seed-graph.ts";

const ARTICLE = "https://example.org/news-kg/graph/article/joongang-2023-03-24-korea-japan-supply-chain";
const CAUSES = "<http://purl.org/faro/causes>";
let running: RunningServer;
let endpoint: string;
let store: Store;

beforeAll(async () => {
  const nquads = await seedNQuads();
  store = createSparqlStore(nquads);
  running = await startSparqlServer({ nquads, port: 0, workers: 1, maxWorkers: 2, timeoutMs: 30_000, staticDir: "/nonexistent" });
  endpoint = `${running.url}sparql`;
}, 60_000);
afterAll(async () => {
  await running?.close();
});

const get = (params: Record<string, string | string[]>, accept = "application/sparql-results+json") => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) for (const v of [value].flat()) search.append(name, v);
  return fetch(`${endpoint}?${search}`, { headers: { Accept: accept } });
};
const ask = async (params: Record<string, string | string[]>) => ((await (await get(params)).json()) as { boolean: boolean }).boolean;

describe("the default graph", () => {
  it("stays the union of every graph when a comment or a string mentions FROM <…>", () => {
    expect(sparqlAsk(store, `# copied from <http://example.org/notes>\nASK { ?s ${CAUSES} ?o }`)).toBe(true);
    expect(sparqlAsk(store, `ASK { ?s ${CAUSES} ?o FILTER(?o != "taken FROM NAMED <urn:x>") }`)).toBe(true);
    expect(sparqlAsk(store, `PREFIX from: <urn:from#>\nASK { ?s ${CAUSES} ?o }`)).toBe(true);
  });

  it("is what FROM names when the query has a dataset clause", () => {
    expect(sparqlAsk(store, `ASK FROM <${ARTICLE}> { ?s ${CAUSES} ?o }`)).toBe(true);
    expect(sparqlAsk(store, `ASK FROM <urn:no-such-graph> { ?s ${CAUSES} ?o }`)).toBe(false);
    expect(sparqlAsk(store, `ASK FROM NAMED <${ARTICLE}> { ?s ${CAUSES} ?o }`)).toBe(false);
  });
});

describe("default-graph-uri and named-graph-uri", () => {
  it("set the default graph", async () => {
    expect(await ask({ query: `ASK { ?s ${CAUSES} ?o }`, "default-graph-uri": ARTICLE })).toBe(true);
    expect(await ask({ query: `ASK { ?s ${CAUSES} ?o }`, "default-graph-uri": "urn:no-such-graph" })).toBe(false);
  });

  it("set the named graphs, and only those", async () => {
    const query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
    const named = (await (await get({ query, "named-graph-uri": [ARTICLE, "urn:empty"] })).json()) as { results: { bindings: Array<{ g: { value: string } }> } };
    expect(named.results.bindings.map((b) => b.g.value)).toEqual([ARTICLE]);
    // With only named graphs given, the default graph is empty.
    expect(await ask({ query: `ASK { ?s ${CAUSES} ?o }`, "named-graph-uri": ARTICLE })).toBe(false);
  });

  it("replace the query's own dataset (W3C protocol case query_multiple_dataset)", async () => {
    const query = `ASK FROM <urn:no-such-graph> { GRAPH ?g { ?s ${CAUSES} ?o } }`;
    expect(await ask({ query })).toBe(false);
    expect(await ask({ query, "default-graph-uri": "urn:no-such-graph", "named-graph-uri": ARTICLE })).toBe(true);
  });

  it("come from the URL for a direct POST and from the body for a form POST", async () => {
    const query = `ASK { ?s ${CAUSES} ?o }`;
    const direct = await fetch(`${endpoint}?default-graph-uri=${encodeURIComponent("urn:none")}`, { method: "POST", headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" }, body: query });
    expect(await direct.json()).toEqual({ head: {}, boolean: false });
    const form = await fetch(endpoint, { method: "POST", headers: { Accept: "application/sparql-results+json" }, body: new URLSearchParams({ query, "default-graph-uri": "urn:none" }) });
    expect(await form.json()).toEqual({ head: {}, boolean: false });
  });

  it("must be absolute IRIs", async () => {
    expect((await get({ query: "ASK {}", "default-graph-uri": "not an iri" })).status).toBe(400);
  });
});

describe("relative IRIs and errors", () => {
  it("resolves relative IRIs against the endpoint's URL, or the given base", async () => {
    const response = await get({ query: "SELECT ?x WHERE { BIND(<thing> AS ?x) }" });
    const json = (await response.json()) as { results: { bindings: Array<{ x: { value: string } }> } };
    expect(json.results.bindings[0]!.x.value).toBe(`${running.url}thing`);
    const api = sparqlSelect<"x">(store, "SELECT ?x WHERE { BIND(<a/b> AS ?x) }", { baseIri: "http://example.org/base/" });
    expect(api.bindings[0]!.x!.value).toBe("http://example.org/base/a/b");
  });

  it("does not call an evaluation error a malformed query", async () => {
    const service = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }";
    expect(() => sparql(store, service)).toThrow(QueryEvaluationKgError);
    const response = await get({ query: service });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toMatch(/^query evaluation failed: /);
    const malformed = await get({ query: "SELECT ?s WHERE { ?s ?p" });
    expect(await malformed.text()).toMatch(/^malformed query: /);
  });
});

describe("RDF/XML", () => {
  it("answers CONSTRUCT and DESCRIBE as application/rdf+xml, holding the same triples", async () => {
    const query = `CONSTRUCT { ?a <urn:causes> ?b } WHERE { ?a ${CAUSES} ?b }`;
    const xml = await get({ query }, "application/rdf+xml");
    expect(xml.status).toBe(200);
    expect(xml.headers.get("content-type")).toMatch(/^application\/rdf\+xml/);
    const text = await xml.text();
    expect(text).toContain("<rdf:RDF");
    const ntriples = await (await get({ query }, "application/n-triples")).text();
    const parsed = new OxigraphStore();
    parsed.load(text, { format: "application/rdf+xml" });
    expect(parsed.size).toBe(ntriples.trim().split("\n").length);
    const described = await get({ query: `DESCRIBE <https://example.org/news-kg/entity/japan>` }, "application/rdf+xml");
    expect(described.status).toBe(200);
    // SPARQLWrapper's and rdflib's default Accept for graph results.
    const wrapper = await get({ query }, "application/rdf+xml;q=1.0, text/turtle;q=0.8");
    expect(wrapper.headers.get("content-type")).toMatch(/^application\/rdf\+xml/);
  });
});

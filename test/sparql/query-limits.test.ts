// Size and depth limits in front of oxigraph, and what happens when its WASM instance fails anyway.
import { beforeAll, describe, expect, it } from "vitest";
import type { SparqlStore as Store } from "../../src/sparql/sparql-store.ts";
import sparqljs from "sparqljs";
import { createSparqlStore } from "../../src/sparql/create-sparql-store.ts";
import { lexicalNesting, treeDepth } from "../../src/sparql/query-limits.ts";
import { sparql, sparqlAsk } from "../../src/sparql/run-sparql.ts";
import { QueryLimitKgError, SparqlEngineKgError } from "../../src/sparql/sparql-errors.ts";
import { seedNQuads } from "./seed-graph.ts";

// The query from the report: 8 KB of FILTER((((…)))), about 2,000 levels.
export const DEEP_FILTER = `ASK { ?s ?p ?o FILTER(${"( ".repeat(2000)}?o${" )".repeat(2000)}) }`;
// Nested groups trap oxigraph's WASM instance outright from about 800 levels (measured on 0.5.11).
export const DEEP_GROUPS = `ASK { ${"{ ".repeat(3000)}?s ?p ?o${" }".repeat(3000)} }`;
const ASK = "ASK { ?s <http://purl.org/faro/causes> ?o }";
const depthOf = (query: string) => Math.max(lexicalNesting(query), treeDepth(new sparqljs.Parser().parse(query)));

let nquads: string;
let store: Store;
beforeAll(async () => {
  nquads = await seedNQuads();
  store = createSparqlStore(nquads);
});

describe("measuring a query", () => {
  it("counts bracket nesting outside strings, IRIs and comments", () => {
    expect(lexicalNesting("SELECT * { ?s ?p ?o FILTER((?o)) }")).toBe(3);
    expect(lexicalNesting('SELECT * { ?s ?p "((((((" } # {{{{{{{{\n')).toBe(1);
    expect(lexicalNesting("SELECT * { <urn:x(((((> ?p '''{{{{\n{{{''' }")).toBe(1);
    expect(lexicalNesting("ASK { FILTER(1 < 2 && 3 > (2)) }")).toBe(3);
  });

  it("counts a chain of n joined patterns or operators as n levels", () => {
    const chain = (n: number) => `ASK { ?s ?p ?o FILTER(?o = ${Array(n).fill("1").join(" + ")}) }`;
    expect(depthOf(chain(400)) - depthOf(chain(200))).toBeGreaterThanOrEqual(200);
    const patterns = (n: number) => `ASK { ${Array.from({ length: n }, (_, i) => `?s${i} ?p ?o .`).join(" ")} }`;
    expect(depthOf(patterns(300)) - depthOf(patterns(100))).toBeGreaterThanOrEqual(200);
  });

  it("keeps VALUES rows and IN lists flat", () => {
    const values = `ASK { VALUES ?x { ${Array.from({ length: 5000 }, (_, i) => i).join(" ")} } }`;
    const list = `ASK { ?s ?p ?o FILTER(?o IN (${Array.from({ length: 5000 }, (_, i) => i).join(", ")})) }`;
    expect(depthOf(values)).toBeLessThan(10);
    expect(depthOf(list)).toBeLessThan(10);
    expect(sparqlAsk(store, values)).toBe(true);
  });
});

describe("the limits", () => {
  it("refuse a too deep query before the engine sees it, and the store keeps working", () => {
    for (const query of [DEEP_FILTER, DEEP_GROUPS, `ASK { ?s ?p ?o FILTER(?o = ${Array(3000).fill("1").join("+")}) }`]) {
      expect(() => sparql(store, query)).toThrow(QueryLimitKgError);
    }
    expect(sparqlAsk(store, ASK)).toBe(true);
  });

  it("are configurable, and refuse a too long query", () => {
    const nested = `ASK { ?s ?p ?o FILTER(${"(".repeat(40)}true${")".repeat(40)}) }`;
    expect(sparqlAsk(store, nested)).toBe(true);
    expect(() => sparql(store, nested, { maxQueryDepth: 20 })).toThrow(QueryLimitKgError);
    expect(() => sparql(store, `${ASK} # ${"x".repeat(300_000)}`)).toThrow(QueryLimitKgError);
    expect(sparqlAsk(store, `${ASK} # ${"x".repeat(300_000)}`, { maxQueryBytes: 1_000_000 })).toBe(true);
    expect(() => sparql(store, ASK, { maxQueryDepth: 0 })).toThrow(QueryLimitKgError);
  });

  it("judge queries sparqljs cannot parse by their length", () => {
    // Valid for oxigraph (a SPARQL 1.2 triple term), unknown to sparqljs: still answered.
    expect(sparql(store, "SELECT * WHERE { ?s ?p ?o FILTER(isTRIPLE(?o)) } LIMIT 1").type).toBe("bindings");
  });
});

describe("a failed engine", () => {
  it("is detected: the store is refused with SparqlEngineKgError, and new stores work", () => {
    const victim = createSparqlStore(nquads);
    // With the limits out of the way, the report's query exhausts the engine's stack.
    expect(() => sparql(victim, DEEP_FILTER, { maxQueryDepth: 1e9 })).toThrow(SparqlEngineKgError);
    // Every later query on a store of that instance is refused with the same class, never a raw trap.
    expect(() => sparql(victim, ASK)).toThrow(SparqlEngineKgError);
    expect(() => sparql(store, ASK)).toThrow(SparqlEngineKgError);
    // Stores made from now on come from a fresh WebAssembly instance.
    const fresh = createSparqlStore(nquads);
    expect(sparqlAsk(fresh, ASK)).toBe(true);
    expect(sparql(fresh, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3").type).toBe("quads");
  });
});

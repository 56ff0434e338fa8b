import { beforeAll, describe, expect, it } from "vitest";
import type { SparqlStore as Store } from "../../src/sparql/sparql-store.ts";
import { UsageKgError } from "../../src/errors.ts";
import { createSparqlStore } from "../../src/sparql/create-sparql-store.ts";
import { queryForm } from "../../src/sparql/query-form.ts";
import { sparql, sparqlAsk, sparqlConstruct, sparqlSelect } from "../../src/sparql/run-sparql.ts";
import { ReadOnlyKgError, SparqlSyntaxKgError } from "../../src/sparql/sparql-errors.ts";
import { seedGraph, seedNQuads } from "./seed-graph.ts";

let store: Store;
beforeAll(async () => {
  store = createSparqlStore(await seedNQuads());
});

describe("the embedded store", () => {
  it("keeps every article in its own named graph and queries their union by default", async () => {
    const graph = await seedGraph();
    const named = sparqlSelect<"g">(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }");
    expect(named.bindings.length).toBeGreaterThanOrEqual(Object.keys(graph.getAttribute("articles")).length);
    expect(sparqlAsk(store, "ASK { GRAPH ?g { ?s <http://purl.org/faro/causes> ?o } }")).toBe(true);
    // No GRAPH pattern: the union is the default graph, so the same data shows.
    expect(sparqlAsk(store, "ASK { ?s <http://purl.org/faro/causes> ?o }")).toBe(true);
  });

  it("returns typed bindings in projection order, with the variables of an empty result", () => {
    const result = sparqlSelect<"label" | "s">(store, 'SELECT ?label ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(?label = "Japan"@en) }');
    expect(result.variables).toEqual(["label", "s"]);
    expect(result.bindings[0]?.label).toMatchObject({ termType: "Literal", value: "Japan" });
    expect(result.bindings[0]?.s?.termType).toBe("NamedNode");
    expect(sparqlSelect(store, "SELECT ?x ?y WHERE { ?x <urn:none> ?y }")).toEqual({ type: "bindings", variables: ["x", "y"], bindings: [], truncated: false });
  });

  it("caps results and says so", () => {
    const capped = sparql(store, "SELECT * WHERE { ?s ?p ?o }", { limit: 5 });
    expect(capped).toMatchObject({ type: "bindings", truncated: true });
    expect(capped.type === "bindings" && capped.bindings.length).toBe(5);
  });

  it("answers CONSTRUCT and DESCRIBE with quads", () => {
    const built = sparqlConstruct(store, "CONSTRUCT { ?a <urn:causes> ?b } WHERE { ?a <http://purl.org/faro/causes> ?b }");
    expect(built.quads.length).toBeGreaterThan(0);
    expect(built.quads.every((q) => q.predicate.value === "urn:causes")).toBe(true);
    const described = sparql(store, "DESCRIBE <https://example.org/news-kg/entity/japan>");
    expect(described.type).toBe("quads");
  });

  it("refuses updates, even ones behind a prologue, and leaves the data unchanged", () => {
    const before = store.size;
    expect(() => sparql(store, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")).toThrow(ReadOnlyKgError);
    expect(() => sparql(store, "PREFIX x: <urn:x#>\n# comment\nDELETE WHERE { ?s ?p ?o }")).toThrow(ReadOnlyKgError);
    expect(() => sparql(store, "CLEAR ALL")).toThrow(ReadOnlyKgError);
    expect(store.size).toBe(before);
  });

  it("reports syntax errors with the parser's message, and wrong forms for typed helpers", () => {
    expect(() => sparql(store, "SELECT ?s WHERE { ?s ?p")).toThrow(SparqlSyntaxKgError);
    expect(() => sparqlAsk(store, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")).toThrow(UsageKgError);
  });
});

describe("queryForm", () => {
  it("reads the form after prefixes, base and comments", () => {
    expect(queryForm("PREFIX a: <urn:a#>\nBASE <urn:b>\n# x\n select * {}")).toBe("SELECT");
    expect(queryForm("prefix : <urn:a#> ask {}")).toBe("ASK");
    expect(queryForm("CONSTRUCT WHERE {}")).toBe("CONSTRUCT");
    expect(queryForm("with <urn:g> delete {} where {}")).toBe("UPDATE");
    expect(queryForm("nonsense")).toBeUndefined();
  });
});

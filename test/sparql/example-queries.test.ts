// Pins the answers of data/queries/*.rq on the seed article. Where the TS API can answer the same
// question, the SPARQL answer is checked against it, so the two implementations guard each other.
import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { SparqlStore as Store } from "../../src/sparql/sparql-store.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { causesOf } from "../../src/query/causes-of.ts";
import { createSparqlStore } from "../../src/sparql/create-sparql-store.ts";
import { graphToNQuads } from "../../src/sparql/graph-to-nquads.ts";
import { sparql, sparqlAsk, sparqlSelect } from "../../src/sparql/run-sparql.ts";
import { exampleQuery, QUERIES_DIR, seedGraph } from "./seed-graph.ts";

const ENTITY = "https://example.org/news-kg/entity/";
const local = (iri: string | undefined): string => (iri ?? "").replace(ENTITY, "");

let graph: KnowledgeGraph;
let store: Store;
beforeAll(async () => {
  graph = await seedGraph();
  store = createSparqlStore(await graphToNQuads(graph));
});

describe("data/queries", () => {
  it("every example query parses and runs", () => {
    const files = readdirSync(QUERIES_DIR).filter((f) => f.endsWith(".rq"));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) expect(() => sparql(store, exampleQuery(file)), file).not.toThrow();
  });

  it("gsomia-causal-chain: the chain reaches back to the 2018 ruling, as the TS API finds it", () => {
    const { bindings } = sparqlSelect<"cause" | "effect" | "quote" | "modality" | "confidence" | "asserted">(store, exampleQuery("gsomia-causal-chain.rq"));
    const causes = new Set(bindings.map((b) => local(b.cause?.value)));
    expect(causes).toContain("supreme-court-ruling-2018");
    expect(causes).toContain("japan-export-curbs-2019");
    const api = causesOf(graph, "gsomia-non-extension-decision", { relations: ["causes"] }).map((l) => l.node);
    expect([...causes].sort()).toEqual([...api].sort());
    const ruling = bindings.find((b) => local(b.cause?.value) === "supreme-court-ruling-2018")!;
    expect(ruling.quote?.value).toContain("supreme court decision in late 2018");
    expect(bindings.every((b) => b.modality?.value.endsWith("#happened"))).toBe(true);
    // The hop the article hedges (confidence 0.9) is on the chain but not a plain triple; the ruling's is.
    const decision = bindings.find((b) => local(b.effect?.value) === "gsomia-non-extension-decision")!;
    expect([decision.confidence?.value, decision.asserted?.value]).toEqual(["0.9", "false"]);
    expect(ruling.asserted?.value).toBe("true");
  });

  it("planned-and-expected-links: every planned, expected, conditional or possible claim, none of them asserted", () => {
    const { bindings } = sparqlSelect<"claim" | "modality" | "subject" | "predicate" | "object">(store, exampleQuery("planned-and-expected-links.rq"));
    const expected = graph.filterEdges((_k, a) => ["planned", "expected", "conditional", "potential"].includes(a.modality));
    expect(new Set(bindings.map((b) => b.claim?.value.replace("https://example.org/news-kg/claim/", "")))).toEqual(new Set(expected));
    const spillovers = bindings.find((b) => local(b.object?.value) === "positive-spillovers" && b.modality?.value.endsWith("#expected"));
    expect(spillovers).toBeDefined();
    for (const b of bindings) {
      expect(sparqlAsk(store, `ASK { <${b.subject!.value}> <${b.predicate!.value}> <${b.object!.value}> }`), b.claim?.value).toBe(false);
    }
  });

  it("planned-measures: lists every planned node once or more, with the cluster's 300 trillion won by 2042", () => {
    const { bindings } = sparqlSelect<"measure" | "year" | "amount" | "unit">(store, exampleQuery("planned-measures.rq"));
    const planned = graph.filterNodes((_n, a) => a.modality === "planned");
    expect(new Set(bindings.map((b) => local(b.measure?.value)))).toEqual(new Set(planned));
    const cluster = bindings.find((b) => local(b.measure?.value) === "yongin-semiconductor-cluster")!;
    expect(cluster.year?.value).toBe("2042");
    expect(Number(cluster.amount?.value)).toBe(300e12);
    expect(cluster.unit?.value).toBe("KRW");
    const complexes = bindings.find((b) => local(b.measure?.value) === "industrial-complexes-plan")!;
    expect([complexes.year?.value, complexes.amount?.value]).toEqual(["2026", "15"]);
  });

  it("claims-with-evidence: one row per claim and quote, matching the graph's edges", () => {
    const { bindings } = sparqlSelect<"claim" | "quote">(store, exampleQuery("claims-with-evidence.rq"));
    const claims = new Set(bindings.map((b) => b.claim?.value));
    expect(claims.size).toBe(graph.size);
    let quotes = 0;
    graph.forEachEdge((_e, a) => (quotes += new Set(a.evidence.map((e) => e.quote)).size));
    expect(bindings.length).toBe(quotes);
  });

  it("most-cited-actor: South Korea, with the count the graph gives", () => {
    const { bindings } = sparqlSelect<"actor" | "claims">(store, exampleQuery("most-cited-actor.rq"));
    const top = bindings[0]!;
    expect(local(top.actor?.value)).toBe("korea");
    const edges = new Set([...graph.edges("korea")]);
    expect(Number(top.claims?.value)).toBe(edges.size);
    expect(Number(bindings[1]!.claims?.value)).toBeLessThan(Number(top.claims?.value));
  });

  it("events-in-2019: the export curbs and the deterioration of relations", () => {
    const { bindings } = sparqlSelect<"event">(store, exampleQuery("events-in-2019.rq"));
    expect(bindings.map((b) => local(b.event?.value))).toEqual(expect.arrayContaining(["japan-export-curbs-2019", "korea-japan-relations-deterioration"]));
    expect(bindings.map((b) => local(b.event?.value))).not.toContain("supreme-court-ruling-2018");
  });
});

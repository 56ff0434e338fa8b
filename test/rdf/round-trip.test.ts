import { isomorphic } from "rdf-isomorphic";
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { graphToQuads, type RdfProfile } from "../../src/rdf/graph-to-quads.ts";
import { parseRdf } from "../../src/rdf/parse-rdf.ts";
import { quadsToGraph } from "../../src/rdf/quads-to-graph.ts";
import { flattenToTriples, writeRdf, type RdfFormat } from "../../src/rdf/write-rdf.ts";
import { loadSeedGraph } from "../helpers/seed.ts";

let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await loadSeedGraph();
});

const cases: Array<[RdfProfile, RdfFormat]> = [
  ["rdf11", "nq"],
  ["rdf11", "nt"],
  ["rdf11", "ttl"],
  ["rdf11", "trig"],
  ["rdf11", "jsonld"],
  ["rdf12", "nq"],
  ["rdf12", "ttl"],
  ["rdf12", "trig"],
];

describe("RDF round trip", () => {
  it.each(cases)("%s %s: RDF → graph → RDF is isomorphic", async (profile, format) => {
    const quads = graphToQuads(graph, { profile });
    const text = await writeRdf(quads, format);
    const back = quadsToGraph(await parseRdf(text, format));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    const again = graphToQuads(back, { profile });
    // Triple formats carry no graph names: compare them without.
    const strip = format === "nt" || format === "ttl";
    const norm = (qs: typeof quads) => (strip ? flattenToTriples(qs) : qs);
    expect(isomorphic(norm(quads) as never, norm(again) as never)).toBe(true);
  });

  it("keeps the graph contract's attributes through RDF", async () => {
    const back = quadsToGraph(graphToQuads(graph));
    graph.forEachNode((id, a) => {
      const b = back.getNodeAttributes(id);
      expect(b.kind).toBe(a.kind);
      expect(b.label).toBe(a.label);
      expect([...b.aliases].sort()).toEqual([...a.aliases].sort());
      expect(b.modality).toBe(a.modality);
      expect(b.date).toEqual(a.date);
      expect(b.evidence).toEqual(a.evidence);
      expect(b.figures).toEqual(a.figures);
    });
    graph.forEachEdge((key, a) => {
      expect(back.getEdgeAttributes(key)).toEqual(a);
    });
  });

  it("uses a configurable base IRI", async () => {
    const quads = graphToQuads(graph, { baseIri: "http://news.test/kg/" });
    expect(quads.some((q) => q.subject.value.startsWith("http://news.test/kg/entity/"))).toBe(true);
    expect(quadsToGraph(quads, { baseIri: "http://news.test/kg/" }).order).toBe(graph.order);
    expect(() => graphToQuads(graph, { baseIri: "not an iri" })).toThrow(TypeError);
  });

  it.each(["facts", "all"] as const)("assert %s: the round trip reads every claim back", async (assert) => {
    const back = quadsToGraph(await parseRdf(await writeRdf(graphToQuads(graph, { assert }), "nq"), "nq"));
    expect(back.size).toBe(graph.size);
  });

  it("describes each claim (rdf11: reification; rdf12: triple term); --assert all asserts every triple", () => {
    const rdf11 = graphToQuads(graph, { profile: "rdf11" });
    const rdf12 = graphToQuads(graph, { profile: "rdf12" });
    const count = (qs: typeof rdf11, p: string) => qs.filter((q) => q.predicate.value === p).length;
    const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    expect(count(rdf11, `${RDF}subject`)).toBe(graph.size);
    expect(count(rdf12, `${RDF}reifies`)).toBe(graph.size);
    expect(rdf12.filter((q) => q.object.termType === "Quad")).toHaveLength(graph.size);
    const causes = (qs: typeof rdf11) => qs.filter((q) => q.predicate.value === "http://purl.org/faro/causes").length;
    let causeClaims = 0;
    graph.forEachEdge((_k, a) => (causeClaims += a.relation === "causes" ? 1 : 0));
    expect(causes(graphToQuads(graph, { assert: "all" }))).toBe(causeClaims);
    expect(causes(rdf11)).toBeLessThan(causeClaims);
  });
});

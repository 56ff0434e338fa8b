// The plain triples of an export are exactly the article's stated facts (issue 8 §1): a claim that is
// planned, expected, conditional, possible, not happened, hedged (confidence < 1) or drafted lives only in its
// description (rdf11: an unasserted rdf:Statement; rdf12: a reifier of an unasserted triple term).
import type { Quad } from "@rdfjs/types";
import { beforeAll, describe, expect, it } from "vitest";
import { exportGraph } from "../../src/export/export-graph.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { CLAIM_PREDICATES, relationPredicate } from "../../src/rdf/predicates.ts";
import { graphToQuads, isStatedFact, type RdfProfile } from "../../src/rdf/graph-to-quads.ts";
import { dataNamespaces, DEFAULT_BASE_IRI, expand } from "../../src/rdf/namespaces.ts";
import { parseRdf } from "../../src/rdf/parse-rdf.ts";
import { loadSeedGraph } from "../helpers/seed.ts";

const ns = dataNamespaces(DEFAULT_BASE_IRI);
const RELATION_PREDICATES = new Set(CLAIM_PREDICATES.map(([p]) => expand(p)));

let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await loadSeedGraph();
});

/** Plain entity–relation–entity triples, as "s p o" strings. */
const plainTriples = (quads: Quad[]) =>
  new Set(
    quads
      .filter((q) => RELATION_PREDICATES.has(q.predicate.value) && q.subject.value.startsWith(ns.entity) && q.object.value.startsWith(ns.entity))
      .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`),
  );

const claimTriples = (g: KnowledgeGraph, keep: (a: ReturnType<KnowledgeGraph["getEdgeAttributes"]>) => boolean) => {
  const out = new Set<string>();
  g.forEachEdge((_k, a, s, t) => {
    if (keep(a)) out.add(`${ns.entity}${s} ${expand(relationPredicate(a.relation, g.getNodeAttribute(s, "kind"), g.getNodeAttribute(t, "kind")))} ${ns.entity}${t}`);
  });
  return out;
};

describe("asserted facts vs claims", () => {
  it("isStatedFact: happened, confidence 1 and reviewed, nothing else", () => {
    expect(isStatedFact({ modality: "happened", confidence: 1 })).toBe(true);
    expect(isStatedFact({ modality: "happened", confidence: 0.9 })).toBe(false);
    expect(isStatedFact({ modality: "planned", confidence: 1 })).toBe(false);
    expect(isStatedFact({ modality: "expected", confidence: 1 })).toBe(false);
    expect(isStatedFact({ modality: "happened", confidence: 1, drafted: true })).toBe(false);
  });

  it.each(["rdf11", "rdf12"] as RdfProfile[])("%s: the plain triples are exactly the stated facts (default), every claim with assert all", (profile) => {
    const facts = claimTriples(graph, isStatedFact);
    const all = claimTriples(graph, () => true);
    // The seed has both kinds, or the test would prove nothing.
    expect(facts.size).toBeGreaterThan(10);
    expect(all.size).toBeGreaterThan(facts.size);
    expect(plainTriples(graphToQuads(graph, { profile }))).toEqual(facts);
    expect(plainTriples(graphToQuads(graph, { profile, assert: "facts" }))).toEqual(facts);
    expect(plainTriples(graphToQuads(graph, { profile, assert: "all" }))).toEqual(all);
  });

  it("the expected spillovers and the conditional link are not asserted, but described", () => {
    const quads = graphToQuads(graph);
    const plain = plainTriples(quads);
    const expected = graph.findEdge((_k, a) => a.modality === "expected" && a.relation === "causes")!;
    const triple = `${ns.entity}${graph.source(expected)} ${expand("faro:causes")} ${ns.entity}${graph.target(expected)}`;
    expect(plain.has(triple)).toBe(false);
    const claim = `${ns.claim}${expected}`;
    expect(quads.some((q) => q.subject.value === claim && q.predicate.value === expand("rdf:subject"))).toBe(true);
  });

  it("rdf12: every claim keeps its triple term, asserted or not", () => {
    const quads = graphToQuads(graph, { profile: "rdf12" });
    expect(quads.filter((q) => q.predicate.value === expand("rdf:reifies") && q.object.termType === "Quad")).toHaveLength(graph.size);
  });

  it("exportGraph passes the option on (Turtle parsed back)", async () => {
    const facts = plainTriples(await parseRdf(await exportGraph(graph, "ttl"), "ttl"));
    const all = plainTriples(await parseRdf(await exportGraph(graph, "ttl", { assert: "all" }), "ttl"));
    expect(facts).toEqual(claimTriples(graph, isStatedFact));
    expect(all.size).toBe(claimTriples(graph, () => true).size);
  });

  it("rejects an unknown mode", () => {
    expect(() => graphToQuads(graph, { assert: "some" as never })).toThrow(TypeError);
  });
});

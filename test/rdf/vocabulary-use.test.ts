// Vocabulary used as its owners define it (issue 8 §3, docs/rdf-model.md): each decision checked on the
// seed export.
import { beforeAll, describe, expect, it } from "vitest";
import { exportGraph } from "../../src/export/export-graph.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { EVENT_LIKE_KINDS, type Kind } from "../../src/model/vocabulary.ts";
import { graphToQuads } from "../../src/rdf/graph-to-quads.ts";
import { dataNamespaces, DEFAULT_BASE_IRI, expand, NS } from "../../src/rdf/namespaces.ts";
import { loadSeedGraph } from "../helpers/seed.ts";

const ns = dataNamespaces(DEFAULT_BASE_IRI);
let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await loadSeedGraph();
});
const quads = () => graphToQuads(graph, { assert: "all" });
const objects = (qs: ReturnType<typeof quads>, s: string, p: string) => qs.filter((q) => q.subject.value === s && q.predicate.value === expand(p)).map((q) => q.object.value);

describe("vocabulary use", () => {
  it("no schema:isPartOf; a part-of between events is sem:subEventOf, otherwise kgv:partOf", () => {
    const qs = quads();
    expect(qs.filter((q) => q.predicate.value === `${NS.schema}isPartOf`)).toEqual([]);
    graph.forEachEdge((_k, a, s, t) => {
      if (a.relation !== "partOf") return;
      const events = EVENT_LIKE_KINDS.has(graph.getNodeAttribute(s, "kind")) && EVENT_LIKE_KINDS.has(graph.getNodeAttribute(t, "kind"));
      expect(objects(qs, `${ns.entity}${s}`, events ? "sem:subEventOf" : "kgv:partOf"), `${s} → ${t}`).toContain(`${ns.entity}${t}`);
    });
  });

  it("no OWL-Time position literal on an entity; 'by 2042' is the end of an interval, in 2042", () => {
    const qs = quads();
    const timeLiterals = qs.filter((q) => q.subject.value.startsWith(ns.entity) && q.predicate.value.startsWith(`${NS.time}inXSD`));
    expect(timeLiterals).toEqual([]);
    const cluster = `${ns.entity}cluster-completion`;
    const [when] = objects(qs, cluster, "time:hasTime");
    expect(objects(qs, when!, "rdf:type")).toEqual([expand("time:ProperInterval")]);
    const [end] = objects(qs, when!, "time:hasEnd");
    const [description] = objects(qs, end!, "time:inDateTime");
    expect(objects(qs, description!, "time:year")).toEqual(["2042"]);
  });

  it("faro:Event only on events, policies, plans and programmes", () => {
    const qs = quads();
    const faroEvents = qs.filter((q) => q.predicate.value === expand("rdf:type") && q.object.value === expand("faro:Event")).map((q) => q.subject.value.slice(ns.entity.length));
    expect(faroEvents.length).toBeGreaterThan(3);
    for (const id of faroEvents) expect(EVENT_LIKE_KINDS.has(graph.getNodeAttribute(id, "kind") as Kind), id).toBe(true);
  });

  it("Wikidata through schema:sameAs, not skos:exactMatch (a country stays no skos:Concept)", () => {
    const qs = quads();
    expect(qs.filter((q) => q.predicate.value === `${NS.skos}exactMatch`)).toEqual([]);
    expect(objects(qs, `${ns.entity}korea`, "schema:sameAs")).toEqual([`${NS.wd}Q884`]);
  });

  it("text in the article's language carries its language tag; quotes stay plain strings", () => {
    const qs = quads();
    const label = qs.find((q) => q.subject.value === `${ns.entity}korea` && q.predicate.value === expand("rdfs:label"))!;
    expect(label.object.termType === "Literal" && label.object.language).toBe("en");
    const exact = qs.find((q) => q.predicate.value === expand("oa:exact"))!;
    expect(exact.object.termType === "Literal" && exact.object.language).toBe("");
  });

  it("rdf12 Turtle and TriG start with VERSION \"1.2\"; rdf11 files do not", async () => {
    for (const format of ["ttl", "trig"] as const) {
      expect((await exportGraph(graph, format, { profile: "rdf12" })).startsWith('VERSION "1.2"\n')).toBe(true);
      expect((await exportGraph(graph, format)).includes("VERSION")).toBe(false);
    }
  });
});

// Every RDF export of the seed read by a second, independent parser. rdf11: Debian's rapper
// (raptor2) counts the same statements as n3. rdf12: rapper cannot read triple terms, so
// oxigraph is the second parser there.
import oxigraph from "oxigraph";
import { Parser, Store } from "n3";
import { beforeAll, describe, expect, it } from "vitest";
import { exportGraph } from "../../src/export/export-graph.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { graphToQuads } from "../../src/rdf/graph-to-quads.ts";
import { flattenToTriples } from "../../src/rdf/write-rdf.ts";
import { rapperCount, requireRapper, type RapperFormat } from "../helpers/rapper.ts";
import { loadSeedGraph } from "../helpers/seed.ts";

const N3_FORMAT = { nt: "N-Triples", ttl: "Turtle", nq: "N-Quads", trig: "TriG" } as const;
const MEDIA_TYPE = { nt: "application/n-triples", ttl: "text/turtle", nq: "application/n-quads", trig: "application/trig" } as const;
const FORMATS: RapperFormat[] = ["nt", "ttl", "nq", "trig"];

let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await loadSeedGraph();
});

const n3Parse = (text: string, format: RapperFormat) => new Parser({ format: N3_FORMAT[format] }).parse(text);

describe("rapper (raptor2) reads every rdf11 export", () => {
  it("rapper is installed", () => {
    expect(requireRapper).not.toThrow();
  });

  it.each(FORMATS)("%s: rapper -c counts the statements n3 reads, with no error or warning", async (format) => {
    requireRapper();
    const text = await exportGraph(graph, format, { profile: "rdf11" });
    const n3Count = n3Parse(text, format).length;
    // What the builder produced, independently of any parser: triple formats hold the flattened set.
    const quads = graphToQuads(graph, { profile: "rdf11" });
    const expected = format === "nt" || format === "ttl" ? flattenToTriples(quads).length : quads.length;
    expect(n3Count).toBe(expected);
    const rapper = rapperCount(text, format);
    expect(rapper.problems).toEqual([]);
    expect(rapper.status).toBe(0);
    expect(rapper.count).toBe(n3Count);
  });

  it("rapper fails on a broken file (the check can fail)", () => {
    requireRapper();
    const broken = rapperCount('<http://a.example/s> <http://a.example/p> "unterminated .\n', "nt");
    expect(broken.problems.length).toBeGreaterThan(0);
  });
});

describe("rdf12 exports (triple terms): n3 and oxigraph agree", () => {
  it.each(FORMATS)("%s: both parse it to the same set of quads", async (format) => {
    const text = await exportGraph(graph, format, { profile: "rdf12" });
    const parsed = n3Parse(text, format);
    expect(parsed.some((q) => (q.object.termType as string) === "Quad")).toBe(true);
    const n3Set = new Store(parsed);
    const store = new oxigraph.Store();
    store.load(text, { format: MEDIA_TYPE[format] });
    expect(store.size).toBe(n3Set.size);
    // Same statements, not just as many: every claim's triple term is in oxigraph's store.
    const reifies = parsed.filter((q) => q.predicate.value === "http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies");
    expect(reifies.length).toBe(graph.size);
    const count = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c <http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies> ?t . FILTER(isTRIPLE(?t)) } }") as Array<Map<string, { value: string }>>;
    const inDefault = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?c <http://www.w3.org/1999/02/22-rdf-syntax-ns#reifies> ?t . FILTER(isTRIPLE(?t)) }") as Array<Map<string, { value: string }>>;
    const n = Number(count[0]!.get("n")!.value) + Number(inDefault[0]!.get("n")!.value);
    expect(n).toBe(new Set(reifies.map((q) => q.subject.value)).size);
  });
});

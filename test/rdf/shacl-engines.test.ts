// The SHACL Core shapes (data/shapes/news-kg.shacl.ttl) in two engines, shacl-engine and
// rdf-validate-shacl, in both profiles: the seed article conforms, and each broken variant below is
// rejected by both, at the node the mutation broke. Core only (rdf-validate-shacl has no SHACL-SPARQL),
// on the one seed article, so each validation is quick; the SPARQL stated-fact shapes are in shacl.test.ts.
import { readFileSync } from "node:fs";
import type { DatasetCore, Quad, Term } from "@rdfjs/types";
import { DataFactory, Parser, Store } from "n3";
import SHACLValidator from "rdf-validate-shacl";
import { Validator } from "shacl-engine";
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { CLAIM_PREDICATES } from "../../src/rdf/predicates.ts";
import { graphToQuads, isStatedFact, type RdfProfile } from "../../src/rdf/graph-to-quads.ts";
import { dataNamespaces, DEFAULT_BASE_IRI, expand, NS } from "../../src/rdf/namespaces.ts";
import { loadSeedGraph } from "../helpers/seed.ts";
import { is, replaceObject as replaceMatching, without } from "./quad-mutations.ts";

const { namedNode, literal, quad } = DataFactory;
const SHAPES_FILE = "data/shapes/news-kg.shacl.ttl";
const ns = dataNamespaces(DEFAULT_BASE_IRI);
const iri = (prefixed: string) => namedNode(expand(prefixed));
const xsd = (name: string) => namedNode(`${NS.xsd}${name}`);
const PROFILES: RdfProfile[] = ["rdf11", "rdf12"];

interface Result { focus?: string; path?: string }
type Engine = (quads: Quad[]) => Promise<{ conforms: boolean; results: Result[] }>;
const engines: Record<string, Engine> = {};
let graph: KnowledgeGraph;
const seedQuads = {} as Record<RdfProfile, Quad[]>;

const shapes = () => new Store(new Parser().parse(readFileSync(SHAPES_FILE, "utf8"))) as unknown as DatasetCore;
const dataset = (quads: Quad[]) => new Store(quads.map((q) => quad(q.subject, q.predicate, q.object)) as never) as unknown as DatasetCore;

beforeAll(async () => {
  const se = new Validator(shapes(), { factory: DataFactory as never });
  engines["shacl-engine"] = async (quads) => {
    const r = await se.validate({ dataset: dataset(quads) });
    return { conforms: r.conforms, results: r.results.map((x) => ({ focus: x.focusNode?.value, path: x.path?.[0]?.predicates?.[0]?.value })) };
  };
  const rvs = new SHACLValidator(shapes());
  engines["rdf-validate-shacl"] = async (quads) => {
    const r = await rvs.validate(dataset(quads));
    const path = (p: unknown) => ((p as Term | null)?.termType === "NamedNode" ? (p as Term).value : undefined);
    return { conforms: r.conforms, results: r.results.map((x) => ({ focus: x.focusNode?.value, path: path(x.path) })) };
  };
  graph = smallGraph(await loadSeedGraph());
  for (const profile of PROFILES) seedQuads[profile] = graphToQuads(graph, { profile });
});

/** The seed cut down to the nodes the mutations break and their neighbours' claims: each validation
 * then reads a few hundred quads instead of the article's seven thousand. */
function smallGraph(full: KnowledgeGraph): KnowledgeGraph {
  const keep = new Set<string>();
  const pick = (test: (id: string) => boolean, n = 1) => full.filterNodes((id) => test(id)).slice(0, n).forEach((id) => keep.add(id));
  const pickEdge = (test: (k: string) => boolean) => {
    const key = full.findEdge((k) => test(k));
    if (key) keep.add(full.source(key)).add(full.target(key));
  };
  pickEdge(() => true);
  pickEdge((k) => isStatedFact(full.getEdgeAttributes(k)));
  pickEdge((k) => full.getEdgeAttribute(k, "relation") === "hasActor" && !isStatedFact(full.getEdgeAttributes(k)));
  for (const k of ["Country", "Person"]) pick((id) => full.getNodeAttribute(id, "kind") === k);
  pick((id) => full.getNodeAttribute(id, "kind") === "Event", 2);
  for (const m of ["planned", "happened"]) pick((id) => full.getNodeAttribute(id, "modality") === m);
  pick((id) => full.getNodeAttribute(id, "date")?.earliest !== undefined);
  pick((id) => full.getNodeAttribute(id, "figures").some((f) => f.unit === "count"));
  // The agencies the article's photos credit, so the image mutations have a creator to break.
  for (const info of Object.values(full.getAttribute("articles"))) for (const image of info.images ?? []) if (image.credit) keep.add(image.credit.entity);
  const small = full.copy() as KnowledgeGraph;
  for (const id of full.nodes()) if (!keep.has(id)) small.dropNode(id);
  return small;
}

// Each mutation here breaks one quad: the first that matches, which must be the only one.
const replaceObject = (quads: Quad[], s: string, p: string, object: Quad["object"]) => replaceMatching(quads, s, p, object, { first: true });
const node = (where: (id: string) => boolean) => {
  const id = graph.findNode((n) => where(n));
  if (!id) throw new Error("no node of the seed fits this mutation");
  return `${ns.entity}${id}`;
};
const edge = (where: (key: string) => boolean) => {
  const key = graph.findEdge((k) => where(k));
  if (!key) throw new Error("no claim of the seed fits this mutation");
  return key;
};
const kind = (k: string) => node((id) => graph.getNodeAttribute(id, "kind") === k);
const claim = (key: string) => `${ns.claim}${key}`;
const anyClaim = () => claim(graph.edges()[0]!);
const annotation = () => `${ns.annotation}${graph.edges()[0]}.e1`;
const article = () => `${ns.article}${Object.keys(graph.getAttribute("articles"))[0]}`;
/** The seed's photo (the first image of its article). */
const image = () => `${article()}.image-1`;
/** A figure of the seed whose unit is `unit` (or any figure). */
const figure = (unit?: string) => {
  for (const id of graph.nodes())
    for (const f of graph.getNodeAttribute(id, "figures")) if (unit === undefined || f.unit === unit) return `${ns.figure}${f.id}`;
  throw new Error(`no ${unit ?? ""} figure in the seed`);
};

/** A broken variant: the quads and the node (and, when given, the path) a result must be about. */
type Mutation = (quads: Quad[], profile: RdfProfile) => { quads: Quad[]; focus: string; path?: string; also?: string };
const both = PROFILES;
const only11: RdfProfile[] = ["rdf11"];
const only12: RdfProfile[] = ["rdf12"];

const mutations: Array<[string, RdfProfile[], Mutation]> = [
  // The five.
  ["a stated fact whose triple is missing", only11, (qs) => {
    const key = edge((k) => isStatedFact(graph.getEdgeAttributes(k)));
    const focus = claim(key);
    const s = qs.find((q) => is(q, focus, "rdf:subject"))!.object.value;
    const p = qs.find((q) => is(q, focus, "rdf:predicate"))!.object.value;
    const o = qs.find((q) => is(q, focus, "rdf:object"))!.object.value;
    return { quads: qs.filter((q) => !(q.subject.value === s && q.predicate.value === p && q.object.value === o)), focus };
  }],
  ["a claim with a predicate outside the relation table", only11, (qs) => ({ quads: replaceObject(qs, anyClaim(), "rdf:predicate", iri("schema:isPartOf")), focus: anyClaim() })],
  ["an asserted sem:hasActor pointing at an event", both, (qs) => {
    const [a, b] = graph.filterNodes((id) => graph.getNodeAttribute(id, "kind") === "Event").map((id) => `${ns.entity}${id}`);
    return { quads: [...qs, quad(namedNode(a!), iri("sem:hasActor"), namedNode(b!))], focus: b! };
  }],
  ["a sem:hasActor claim whose object is an event", only11, (qs) => {
    const focus = claim(edge((k) => graph.getEdgeAttribute(k, "relation") === "hasActor" && !isStatedFact(graph.getEdgeAttributes(k))));
    return { quads: replaceObject(qs, focus, "rdf:object", namedNode(kind("Event"))), focus };
  }],
  ["a FARO status that contradicts the modality", both, (qs) => {
    const focus = node((id) => graph.getNodeAttribute(id, "modality") === "planned");
    return { quads: replaceObject(qs, focus, "faro:status", iri("faro:happened")), focus };
  }],
  // Claims.
  ["a claim without evidence", both, (qs) => ({ quads: without(qs, anyClaim(), "kgv:evidence"), focus: anyClaim(), path: expand("kgv:evidence") })],
  ["a claim confidence above 1", both, (qs) => ({ quads: replaceObject(qs, anyClaim(), "kgv:confidence", literal("1.5", xsd("decimal"))), focus: anyClaim(), path: expand("kgv:confidence") })],
  ["a claim confidence below 0", both, (qs) => ({ quads: replaceObject(qs, anyClaim(), "kgv:confidence", literal("-0.1", xsd("decimal"))), focus: anyClaim(), path: expand("kgv:confidence") })],
  ["a claim with two modalities", both, (qs) => ({ quads: [...qs, quad(namedNode(anyClaim()), iri("kgv:modality"), iri("kgv:planned"))], focus: anyClaim(), path: expand("kgv:modality") })],
  ["a claim without rdf:subject", only11, (qs) => ({ quads: without(qs, anyClaim(), "rdf:subject"), focus: anyClaim() })],
  ["a claim without rdf:object", only11, (qs) => ({ quads: without(qs, anyClaim(), "rdf:object"), focus: anyClaim() })],
  ["a claim without rdf:reifies", only12, (qs) => ({ quads: without(qs, anyClaim(), "rdf:reifies"), focus: anyClaim() })],
  ["a claim described both ways (rdf:reifies and rdf:subject)", only12, (qs) => ({
    quads: [...qs, quad(namedNode(anyClaim()), iri("rdf:subject"), namedNode(kind("Country")))], focus: anyClaim() })],
  ["a claim attributed to a non-agent (an event)", both, (qs) => ({ quads: replaceObject(qs, anyClaim(), "prov:wasAttributedTo", namedNode(kind("Event"))), focus: anyClaim(), path: expand("prov:wasAttributedTo") })],
  ["a claim without attribution", both, (qs) => ({ quads: without(qs, anyClaim(), "prov:wasAttributedTo"), focus: anyClaim(), path: expand("prov:wasAttributedTo") })],
  ["a claim whose evidence is from another article", both, (qs) => {
    const other = namedNode(`${ns.article}another-article`);
    return { quads: [...replaceObject(qs, annotation(), "prov:wasDerivedFrom", other), quad(other, iri("rdf:type"), iri("schema:NewsArticle"))], focus: anyClaim() };
  }],
  // Entities.
  ["an entity without label", both, (qs) => {
    const focus = kind("Country");
    return { quads: without(qs, focus, "rdfs:label"), focus, path: expand("rdfs:label") };
  }],
  ["a label without language tag (the article has a language)", both, (qs) => {
    const focus = kind("Person");
    const label = qs.find((q) => is(q, focus, "rdfs:label"))!.object.value;
    return { quads: replaceObject(qs, focus, "rdfs:label", literal(label)), focus, path: expand("rdfs:label") };
  }],
  ["an entity of an unknown kind class", both, (qs) => {
    const focus = kind("Country");
    return { quads: [...qs, quad(namedNode(focus), iri("rdf:type"), namedNode("http://example.org/Martian"))], focus };
  }],
  ["an event with two modalities", both, (qs) => {
    const focus = node((id) => graph.getNodeAttribute(id, "modality") === "happened");
    return { quads: [...qs, quad(namedNode(focus), iri("kgv:modality"), iri("kgv:planned"))], focus, path: expand("kgv:modality") };
  }],
  ["an event without modality", both, (qs) => {
    const focus = kind("Event");
    return { quads: without(qs, focus, "kgv:modality"), focus, path: expand("kgv:modality") };
  }],
  ["a date literal of the wrong datatype (xsd:gYear for xsd:date)", both, (qs) => {
    const focus = node((id) => graph.getNodeAttribute(id, "date")?.earliest !== undefined);
    const year = qs.find((q) => is(q, focus, "sem:hasEarliestBeginTimeStamp"))!.object.value.slice(0, 4);
    return { quads: replaceObject(qs, focus, "sem:hasEarliestBeginTimeStamp", literal(year, xsd("gYear"))), focus, path: expand("sem:hasEarliestBeginTimeStamp") };
  }],
  ["kgv:draftedIn pointing at something that is no article", both, (qs) => {
    const focus = kind("Country");
    return { quads: [...qs, quad(namedNode(focus), iri("kgv:draftedIn"), namedNode(kind("Event")))], focus, path: expand("kgv:draftedIn") };
  }],
  ["an entity derived from the article (prov) instead of mentioned", both, (qs) => {
    const focus = kind("Country");
    return { quads: [...qs, quad(namedNode(focus), iri("prov:wasDerivedFrom"), namedNode(article()))], focus, path: expand("prov:wasDerivedFrom") };
  }],
  // Figures.
  ["a figure without unit", both, (qs) => {
    const focus = figure("count");
    return { quads: without(qs, focus, "schema:unitText"), focus };
  }],
  ["a negative count", both, (qs) => {
    const focus = figure("count");
    return { quads: replaceObject(qs, focus, "schema:value", literal("-3", xsd("decimal"))), focus };
  }],
  ["a figure value that is not a decimal", both, (qs) => {
    const focus = figure();
    return { quads: replaceObject(qs, focus, "schema:value", literal("three hundred")), focus, path: expand("schema:value") };
  }],
  // Images (schema:image).
  ["an image without caption", both, (qs) => ({ quads: without(qs, image(), "schema:caption"), focus: image(), path: expand("schema:caption") })],
  ["a caption without language tag", both, (qs) => {
    const caption = qs.find((q) => is(q, image(), "schema:caption"))!.object.value;
    return { quads: replaceObject(qs, image(), "schema:caption", literal(caption)), focus: image(), path: expand("schema:caption") };
  }],
  ["a photo credited to an event", both, (qs) => ({ quads: replaceObject(qs, image(), "schema:creator", namedNode(kind("Event"))), focus: image(), path: expand("schema:creator") })],
  ["a credit text with no credited agent", both, (qs) => ({ quads: without(qs, image(), "schema:creator"), focus: image() })],
  ["an image without its caption annotation", both, (qs) => {
    const caption = qs.find((q) => is(q, undefined, "oa:hasBody", image()) && qs.some((m) => is(m, q.subject.value, "oa:motivatedBy", expand("oa:describing"))))!.subject.value;
    return { quads: qs.filter((q) => q.subject.value !== caption), focus: image() };
  }],
  ["a credit without its annotation", both, (qs) => {
    const credit = qs.find((q) => is(q, undefined, "oa:hasBody", image()) && qs.some((m) => is(m, q.subject.value, "oa:motivatedBy", expand("oa:identifying"))))!.subject.value;
    return { quads: qs.filter((q) => q.subject.value !== credit), focus: image() };
  }],
  ["schema:image pointing at an entity", both, (qs) => ({ quads: [...qs, quad(namedNode(article()), iri("schema:image"), namedNode(kind("Country")))], focus: article(), path: expand("schema:image") })],
  // Evidence.
  ["an evidence target pointing at another article", both, (qs) => {
    const other = namedNode(`${ns.article}another-article`);
    const target = `${annotation()}.target`;
    return { quads: [...replaceObject(qs, target, "oa:hasSource", other), quad(other, iri("rdf:type"), iri("schema:NewsArticle"))], focus: annotation() };
  }],
  ["an annotation without target", both, (qs) => ({ quads: without(qs, annotation(), "oa:hasTarget"), focus: annotation(), path: expand("oa:hasTarget") })],
  ["a position whose end is before its start", both, (qs) => {
    const focus = `${annotation()}.position`;
    return { quads: replaceObject(qs, focus, "oa:end", literal("0", xsd("nonNegativeInteger"))), focus, also: `${annotation()}.target` };
  }],
];

const cases = mutations.flatMap(([name, profiles, mutate]) =>
  profiles.flatMap((profile) => ["shacl-engine", "rdf-validate-shacl"].map((engine) => [name, profile, engine, mutate] as const)));

describe("SHACL Core shapes in two engines", () => {
  it.each(PROFILES.flatMap((p) => ["shacl-engine", "rdf-validate-shacl"].map((e) => [p, e])))("the seed conforms (%s, %s)", async (profile, engine) => {
    const report = await engines[engine]!(seedQuads[profile as RdfProfile]);
    expect(report.results.slice(0, 5)).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it("there are at least 20 broken variants, each in two engines", () => {
    expect(mutations.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)("%s (%s, %s) is rejected", async (_name, profile, engine, mutate) => {
    const { quads, focus, path, also } = mutate(seedQuads[profile], profile);
    const report = await engines[engine]!(quads);
    expect(report.conforms).toBe(false);
    const blamed = report.results.some((r) => (r.focus === focus && (path === undefined || r.path === path)) || (also !== undefined && r.focus === also));
    expect(blamed, report.results.slice(0, 8).map((r) => `${r.focus} ${r.path ?? ""}`).join("\n")).toBe(true);
  });

  it("the stated-fact branches name every relation predicate once", () => {
    const text = readFileSync(SHAPES_FILE, "utf8");
    const block = /kgsh:Rdf11StatedFactAssertedShape[\s\S]*?sh:message/.exec(text)![0];
    const prefixes = Object.fromEntries([...text.matchAll(/@prefix (\w+): <([^>]+)>/g)].map((m) => [m[1], m[2]]));
    const named = [...block.matchAll(/sh:inversePath (\w+):(\w+)/g)].map((m) => `${prefixes[m[1]!]}${m[2]}`);
    expect(new Set(named).size).toBe(named.length);
    expect(new Set(named)).toEqual(new Set(CLAIM_PREDICATES.map(([p]) => expand(p))));
  });
});

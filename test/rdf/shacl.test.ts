// The SHACL shapes in data/shapes/ against the RDF export: the seed conforms in both profiles, every
// kind of the vocabulary table conforms, and graphs broken on purpose do not (each for the reason
// the mutation introduced, not for some other one).
import { readFileSync } from "node:fs";
import type { DatasetCore, Quad } from "@rdfjs/types";
import { DataFactory, Parser, Store } from "n3";
import { Validator, type ValidationReport } from "shacl-engine";
import { targetResolvers, validations } from "shacl-engine/sparql.js";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { EVENT_LIKE_KINDS, KIND_NAMES, type Kind } from "../../src/model/vocabulary.ts";
import { CLAIM_PREDICATES, relationPredicate } from "../../src/rdf/predicates.ts";
import { graphToQuads, type RdfProfile } from "../../src/rdf/graph-to-quads.ts";
import { dataNamespaces, DEFAULT_BASE_IRI, expand, NS } from "../../src/rdf/namespaces.ts";
import { parseRdf } from "../../src/rdf/parse-rdf.ts";
import { writeRdf } from "../../src/rdf/write-rdf.ts";
import { makeArticle } from "../helpers/make-article.ts";
import { loadSeedGraph } from "../helpers/seed.ts";
import { replaceObject, without } from "./quad-mutations.ts";
import { readSparqlShapes, validateWithOxigraph, type SparqlShape, type SparqlViolation } from "./sparql-shapes-oxigraph.ts";

const { namedNode, literal, quad } = DataFactory;
const SHAPES_FILE = "data/shapes/news-kg.shacl.ttl";
/** The SPARQL-based shapes of each profile (stated facts), used with the Core shapes. */
const PROFILE_SHAPES: Record<RdfProfile, string> = { rdf11: "data/shapes/news-kg.rdf11.shacl.ttl", rdf12: "data/shapes/news-kg.rdf12.shacl.ttl" };
const ns = dataNamespaces(DEFAULT_BASE_IRI);
const iri = (prefixed: string) => namedNode(expand(prefixed));
const xsd = (name: string) => namedNode(`${NS.xsd}${name}`);

type Report = ValidationReport;

/**
 * Core shapes only (fast), the profile's SPARQL-based stated-fact shapes only (Comunica: slower), and both
 * (what a user validates with).
 */
const core = {} as Record<RdfProfile, Validator>;
const statedFacts = {} as Record<RdfProfile, Validator>;
const validators = {} as Record<RdfProfile, Validator>;
/** The same SPARQL-based shapes for the second engine, oxigraph (rdf-validate-shacl runs no SHACL-SPARQL). */
const sparqlShapes = {} as Record<RdfProfile, SparqlShape[]>;
let graph: KnowledgeGraph;

const readShapes = (...files: string[]) => new Store(files.flatMap((f) => new Parser().parse(readFileSync(f, "utf8")))) as unknown as DatasetCore;

beforeAll(async () => {
  for (const profile of ["rdf11", "rdf12"] as RdfProfile[]) {
    core[profile] = new Validator(readShapes(SHAPES_FILE), { factory: DataFactory as never });
    validators[profile] = new Validator(readShapes(SHAPES_FILE, PROFILE_SHAPES[profile]), { factory: DataFactory as never, validations, targetResolvers });
    statedFacts[profile] = new Validator(readShapes(PROFILE_SHAPES[profile]), { factory: DataFactory as never, validations, targetResolvers });
    sparqlShapes[profile] = readSparqlShapes(PROFILE_SHAPES[profile]);
  }
  graph = await loadSeedGraph();
});

/** Shapes describe nodes, not graphs: validate the union of the article graphs. */
async function validate(quads: Quad[], profile: RdfProfile = "rdf11", only: "core" | "stated" | "all" = "all"): Promise<Report> {
  const data = new Store(quads.map((q) => quad(q.subject, q.predicate, q.object)) as never) as unknown as DatasetCore;
  return (only === "core" ? core : only === "stated" ? statedFacts : validators)[profile].validate({ dataset: data });
}

const describeReport = (report: Report) =>
  report.results.slice(0, 10).map((r) => `${r.focusNode?.value} ${r.path?.[0]?.predicates?.[0]?.value ?? ""} ${r.constraintComponent?.value}`);

/** True when some result is about `focus` (and `predicate` when given). */
const blames = (report: Report, focus: string, predicate?: string) =>
  report.results.some((r) => r.focusNode?.value === focus && (predicate === undefined || r.path?.[0]?.predicates?.some((p) => p.value === predicate)));

/** The SPARQL-based shapes on oxigraph; true when some violation is about `focus` (and `predicate`). */
const oxigraphBlames = (violations: SparqlViolation[], focus: string, predicate?: string) =>
  violations.some((v) => v.focus === focus && (predicate === undefined || v.path === predicate || v.value === predicate));

/**
 * Both SPARQL engines reject `quads` at `focus` for a stated-fact shape: shacl-engine and oxigraph. (The Core
 * shapes are left out here: the seed conforms to them, tested above, and what these mutations break is the
 * stated-fact rule; running Core too only doubled the time.)
 */
async function expectRejectedByBoth(quads: Quad[], profile: RdfProfile, focus: string, predicate?: string): Promise<void> {
  const report = await validate(quads, profile, "stated");
  expect(report.conforms).toBe(false);
  expect(blames(report, focus, predicate), describeReport(report).join("\n")).toBe(true);
  const violations = await validateWithOxigraph(quads, sparqlShapes[profile]);
  expect(oxigraphBlames(violations, focus, predicate), JSON.stringify(violations.slice(0, 5))).toBe(true);
}

describe("SHACL shapes (data/shapes/news-kg.shacl.ttl)", () => {
  it.each(["rdf11", "rdf12"] as RdfProfile[])("the seed export conforms in the %s profile", async (profile) => {
    const quads = graphToQuads(graph, { profile });
    const report = await validate(quads, profile);
    expect(describeReport(report)).toEqual([]);
    expect(report.conforms).toBe(true);
    expect(await validateWithOxigraph(quads, sparqlShapes[profile])).toEqual([]);
  });

  it("the seed export conforms after a round trip through Turtle (what a user would validate)", async () => {
    const text = await writeRdf(graphToQuads(graph), "ttl");
    const report = await validate(await parseRdf(text, "ttl"));
    expect(report.conforms).toBe(true);
  });

  it("every kind of the vocabulary table conforms, in both profiles", async () => {
    const text = KIND_NAMES.map((k) => `the ${k} thing`).join(". ") + ". It acts.";
    const entities = KIND_NAMES.map((kind) => ({
      id: `x-${kind.toLowerCase()}`,
      kind,
      label: `${kind} thing`,
      quote: `the ${kind} thing`,
      ...(EVENT_LIKE_KINDS.has(kind) ? { modality: "planned" as const } : {}),
    }));
    const model = makeArticle("kinds", text, entities, [{ from: "x-event", rel: "causes", to: "x-policy", quote: "It acts" }]);
    const g = buildGraph([model]);
    for (const profile of ["rdf11", "rdf12"] as RdfProfile[]) {
      const report = await validate(graphToQuads(g, { profile }), profile);
      expect(describeReport(report)).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Broken graphs. Each mutation starts from the rdf11 (or rdf12) quads of the seed.

/** `focus`: the node a result must be about; `also`: other acceptable nodes (shacl-engine reports a
 * selector's problem once, at the target whose qualified shape it breaks, when both apply). */
type Mutation = (quads: Quad[]) => { quads: Quad[]; focus: string; predicate?: string; also?: string };


const firstNode = (where: (id: string) => boolean) => {
  const id = graph.findNode((node) => where(node));
  if (!id) throw new Error("no node of the seed fits this mutation");
  return `${ns.entity}${id}`;
};
const firstEdge = () => `${ns.claim}${graph.edges()[0]}`;
const firstEdgeAnnotation = () => `${ns.annotation}${graph.edges()[0]}.e1`;
const kindNode = (kind: Kind) => firstNode((id) => graph.getNodeAttribute(id, "kind") === kind);

const mutations: Array<[string, RdfProfile, Mutation]> = [
  ["an entity without rdfs:label", "rdf11", (qs) => {
    const focus = kindNode("Country");
    return { quads: without(qs, focus, "rdfs:label"), focus, predicate: expand("rdfs:label") };
  }],
  ["an entity with two labels", "rdf11", (qs) => {
    const focus = kindNode("Person");
    return { quads: [...qs, quad(namedNode(focus), iri("rdfs:label"), literal("Another name"))], focus, predicate: expand("rdfs:label") };
  }],
  ["an entity with the classes of two kinds", "rdf11", (qs) => {
    const focus = kindNode("Country");
    return { quads: [...qs, quad(namedNode(focus), iri("rdf:type"), iri("schema:Product"))], focus };
  }],
  ["an entity with only part of its kind's classes (a Court without kgv:Court)", "rdf11", (qs) => {
    const focus = kindNode("Court");
    // Without kgv:Court it is a GovernmentOrganization: still one kind. Drop sem:Actor too: no kind at all.
    return { quads: without(without(qs, focus, "rdf:type", expand("kgv:Court")), focus, "rdf:type", expand("sem:Actor")), focus };
  }],
  ["an entity with a class outside the vocabulary", "rdf11", (qs) => {
    const focus = kindNode("Country");
    return { quads: [...qs, quad(namedNode(focus), iri("rdf:type"), namedNode("http://example.org/Martian"))], focus, predicate: expand("rdf:type") };
  }],
  ["an event without modality", "rdf11", (qs) => {
    const focus = kindNode("Event");
    return { quads: without(qs, focus, "kgv:modality"), focus, predicate: expand("kgv:modality") };
  }],
  ["an entity modality outside the closed list", "rdf11", (qs) => {
    const focus = kindNode("Event");
    return { quads: replaceObject(qs, focus, "kgv:modality", iri("kgv:rumoured")), focus, predicate: expand("kgv:modality") };
  }],
  ["a malformed Wikidata link", "rdf11", (qs) => {
    const focus = firstNode((id) => graph.getNodeAttribute(id, "wikidata") !== undefined);
    return { quads: replaceObject(qs, focus, "schema:sameAs", namedNode("https://www.wikidata.org/wiki/Korea")), focus, predicate: expand("schema:sameAs") };
  }],
  ["a time stamp typed as a string", "rdf11", (qs) => {
    const focus = firstNode((id) => graph.getNodeAttribute(id, "date")?.earliest !== undefined);
    return { quads: replaceObject(qs, focus, "sem:hasEarliestBeginTimeStamp", literal("late 2018")), focus, predicate: expand("sem:hasEarliestBeginTimeStamp") };
  }],
  ["a time stamp that is no date (2019-13-01)", "rdf11", (qs) => {
    const focus = firstNode((id) => graph.getNodeAttribute(id, "date")?.latest !== undefined);
    return { quads: replaceObject(qs, focus, "sem:hasLatestEndTimeStamp", literal("2019-13-01", xsd("date"))), focus, predicate: expand("sem:hasLatestEndTimeStamp") };
  }],
  ["a figure without schema:value", "rdf11", (qs) => {
    const owner = graph.findNode((id) => graph.getNodeAttribute(id, "figures").length > 0)!;
    const focus = `${ns.figure}${graph.getNodeAttribute(owner, "figures")[0]!.id}`;
    return { quads: without(qs, focus, "schema:value"), focus, predicate: expand("schema:value") };
  }],
  ["a figure value that is not a decimal", "rdf11", (qs) => {
    const owner = graph.findNode((id) => graph.getNodeAttribute(id, "figures").length > 0)!;
    const focus = `${ns.figure}${graph.getNodeAttribute(owner, "figures")[0]!.id}`;
    return { quads: replaceObject(qs, focus, "schema:value", literal("three hundred")), focus, predicate: expand("schema:value") };
  }],
  ["rdf11: a claim without rdf:object", "rdf11", (qs) => ({ quads: without(qs, firstEdge(), "rdf:object"), focus: firstEdge() })],
  ["rdf11: a claim with two rdf:subject", "rdf11", (qs) => ({
    quads: [...qs, quad(namedNode(firstEdge()), iri("rdf:subject"), namedNode(kindNode("Country")))],
    focus: firstEdge(),
  })],
  ["rdf12: a claim without rdf:reifies", "rdf12", (qs) => ({ quads: without(qs, firstEdge(), "rdf:reifies"), focus: firstEdge() })],
  ["a claim in both profiles at once", "rdf12", (qs) => {
    const key = graph.edges()[0]!;
    return {
      quads: [...qs, quad(namedNode(firstEdge()), iri("rdf:subject"), namedNode(`${ns.entity}${graph.source(key)}`))],
      focus: firstEdge(),
    };
  }],
  ["a claim confidence above 1", "rdf11", (qs) => ({
    quads: replaceObject(qs, firstEdge(), "kgv:confidence", literal("1.5", xsd("decimal"))),
    focus: firstEdge(),
    predicate: expand("kgv:confidence"),
  })],
  ["a claim confidence typed as a string", "rdf11", (qs) => ({
    quads: replaceObject(qs, firstEdge(), "kgv:confidence", literal("0.5")),
    focus: firstEdge(),
    predicate: expand("kgv:confidence"),
  })],
  ["a claim modality outside the closed list", "rdf11", (qs) => ({
    quads: replaceObject(qs, firstEdge(), "kgv:modality", iri("faro:happened")),
    focus: firstEdge(),
    predicate: expand("kgv:modality"),
  })],
  ["a claim without evidence", "rdf11", (qs) => ({ quads: without(qs, firstEdge(), "kgv:evidence"), focus: firstEdge(), predicate: expand("kgv:evidence") })],
  ["an annotation without oa:hasBody", "rdf11", (qs) => ({
    quads: without(qs, firstEdgeAnnotation(), "oa:hasBody"),
    focus: firstEdgeAnnotation(),
    predicate: expand("oa:hasBody"),
  })],
  ["an annotation without oa:hasTarget", "rdf11", (qs) => ({
    quads: without(qs, firstEdgeAnnotation(), "oa:hasTarget"),
    focus: firstEdgeAnnotation(),
    predicate: expand("oa:hasTarget"),
  })],
  ["a target without oa:hasSource", "rdf11", (qs) => {
    const focus = `${firstEdgeAnnotation()}.target`;
    return { quads: without(qs, focus, "oa:hasSource"), focus, predicate: expand("oa:hasSource") };
  }],
  ["a target without its position selector", "rdf11", (qs) => {
    const focus = `${firstEdgeAnnotation()}.target`;
    return { quads: without(qs, focus, "oa:hasSelector", `${firstEdgeAnnotation()}.position`), focus, predicate: expand("oa:hasSelector") };
  }],
  ["a target whose type was removed (still reached from its annotation)", "rdf11", (qs) => {
    const focus = `${firstEdgeAnnotation()}.target`;
    return { quads: without(qs, focus, "rdf:type"), focus };
  }],
  ["a quote selector without oa:exact", "rdf11", (qs) => {
    const focus = `${firstEdgeAnnotation()}.quote`;
    return { quads: without(qs, focus, "oa:exact"), focus, predicate: expand("oa:exact"), also: `${firstEdgeAnnotation()}.target` };
  }],
  ["a position with a negative start", "rdf11", (qs) => {
    const focus = `${firstEdgeAnnotation()}.position`;
    return { quads: replaceObject(qs, focus, "oa:start", literal("-1", xsd("integer"))), focus, predicate: expand("oa:start"), also: `${firstEdgeAnnotation()}.target` };
  }],
  ["a position whose end is before its start", "rdf11", (qs) => {
    const focus = `${firstEdgeAnnotation()}.position`;
    return { quads: replaceObject(qs, focus, "oa:end", literal("0", xsd("nonNegativeInteger"))), focus, predicate: expand("oa:start"), also: `${firstEdgeAnnotation()}.target` };
  }],
  ["rdf11: a claim with a predicate outside the relation table", "rdf11", (qs) => ({
    quads: replaceObject(qs, firstEdge(), "rdf:predicate", iri("schema:isPartOf")),
    focus: firstEdge(),
  })],
  ["an entity whose FARO status contradicts its modality", "rdf11", (qs) => {
    const focus = firstNode((id) => graph.getNodeAttribute(id, "modality") === "planned");
    return { quads: replaceObject(qs, focus, "faro:status", iri("faro:happened")), focus };
  }],
  ["an expected entity with status planned (rdf12)", "rdf12", (qs) => {
    const focus = firstNode((id) => graph.getNodeAttribute(id, "modality") === "expected");
    return { quads: replaceObject(qs, focus, "faro:status", iri("faro:planned")), focus };
  }],
  ["an article without headline", "rdf11", (qs) => {
    const focus = `${ns.article}${Object.keys(graph.getAttribute("articles"))[0]}`;
    return { quads: without(qs, focus, "schema:headline"), focus, predicate: expand("schema:headline") };
  }],
  ["an article whose datePublished is a string", "rdf11", (qs) => {
    const focus = `${ns.article}${Object.keys(graph.getAttribute("articles"))[0]}`;
    return { quads: replaceObject(qs, focus, "schema:datePublished", literal("24 March 2023")), focus, predicate: expand("schema:datePublished") };
  }],
];

describe("SHACL shapes reject broken graphs", () => {
  it.each(mutations)("%s (%s)", async (_name, profile, mutate) => {
    const { quads, focus, predicate, also } = mutate(graphToQuads(graph, { profile }));
    // These mutations break Core shapes; the stated-fact shapes (SPARQL) are exercised below.
    const report = await validate(quads, profile, "core");
    expect(report.conforms).toBe(false);
    const blamed = blames(report, focus, predicate) || (also !== undefined && blames(report, also));
    expect(blamed, `results: ${describeReport(report).join("\n")}`).toBe(true);
  });
});

describe("SHACL stated-fact shapes (news-kg.rdf11/rdf12.shacl.ttl), in shacl-engine and on oxigraph", () => {
  const PROFILES: RdfProfile[] = ["rdf11", "rdf12"];
  const keyWhere = (test: (a: ReturnType<typeof graph.getEdgeAttributes>) => boolean) => {
    const key = graph.findEdge((_k, a) => test(a));
    if (!key) throw new Error("no claim of the seed fits this mutation");
    return key;
  };
  const tripleOf = (key: string) =>
    [
      namedNode(`${ns.entity}${graph.source(key)}`),
      namedNode(expand(relationPredicate(graph.getEdgeAttribute(key, "relation"), graph.getNodeAttribute(graph.source(key), "kind"), graph.getNodeAttribute(graph.target(key), "kind")))),
      namedNode(`${ns.entity}${graph.target(key)}`),
    ] as const;

  it.each(PROFILES)("%s: a planned claim asserted as a plain triple is rejected, at its subject", async (profile) => {
    const key = keyWhere((a) => a.modality === "planned");
    const [s, p, o] = tripleOf(key);
    await expectRejectedByBoth([...graphToQuads(graph, { profile }), quad(s, p, o)], profile, s.value, p.value);
  });

  it.each(PROFILES)("%s: a hedged claim (confidence < 1) asserted is rejected", async (profile) => {
    const key = keyWhere((a) => a.modality === "happened" && a.confidence < 1);
    const [s, p, o] = tripleOf(key);
    await expectRejectedByBoth([...graphToQuads(graph, { profile }), quad(s, p, o)], profile, s.value, p.value);
  });

  it.each(PROFILES)("%s: a stated fact whose triple is missing is rejected, at its claim", async (profile) => {
    const key = keyWhere((a) => a.modality === "happened" && a.confidence === 1 && !a.drafted);
    const [s, p, o] = tripleOf(key);
    const quads = graphToQuads(graph, { profile }).filter((q) => !(q.subject.equals(s) && q.predicate.equals(p) && q.object.equals(o)));
    await expectRejectedByBoth(quads, profile, `${ns.claim}${key}`);
  });

  it.each(PROFILES)("%s: a relation triple that no claim describes is rejected", async (profile) => {
    const s = namedNode(kindNode("Country"));
    await expectRejectedByBoth([...graphToQuads(graph, { profile }), quad(s, iri("faro:causes"), namedNode(kindNode("Event")))], profile, s.value, expand("faro:causes"));
  });

  it.each(PROFILES)("%s: evidence offsets that do not match the quote's length are rejected, at the target", async (profile) => {
    const position = `${firstEdgeAnnotation()}.position`;
    const quads = graphToQuads(graph, { profile }).map((q) =>
      q.subject.value === position && q.predicate.value === expand("oa:end") ? quad(q.subject, q.predicate, literal(String(Number(q.object.value) + 1), xsd("nonNegativeInteger"))) : q);
    await expectRejectedByBoth(quads, profile, `${firstEdgeAnnotation()}.target`);
  });

  // rdf12: inside the triple term (SHACL-SPARQL 1.2, in shacl-engine and on oxigraph; rdf-validate-shacl runs no SPARQL).
  const reified = (key: string, qs: Quad[]) => qs.find((q) => q.subject.value === `${ns.claim}${key}` && q.predicate.value === expand("rdf:reifies"))!;
  const swapTerm = (key: string, make: (t: Quad) => Quad["object"]) => {
    const qs = graphToQuads(graph, { profile: "rdf12" });
    const old = reified(key, qs);
    expect(old.object.termType).toBe("Quad");
    return qs.map((q) => (q === old ? quad(q.subject, q.predicate, make(q.object as unknown as Quad), q.graph) : q));
  };
  // An entity IRI that no article mentions (nothing else is said of it: only the triple-term shape can see it).
  const notNamedByArticle = () => namedNode(`${ns.entity}not-in-any-article`);
  const TERM_MUTATIONS: Array<[string, (key: string) => Quad[]]> = [
    ["rdf:reifies pointing at an IRI, not a triple term", (key) => swapTerm(key, () => namedNode(kindNode("Country")))],
    ["a triple term with a predicate outside the relation table", (key) => swapTerm(key, (t) => quad(t.subject, iri("schema:isPartOf"), t.object) as never)],
    ["a triple term whose subject the claim's article does not name", (key) => swapTerm(key, (t) => quad(notNamedByArticle(), t.predicate, t.object) as never)],
    ["a triple term whose object the claim's article does not name", (key) => swapTerm(key, (t) => quad(t.subject, t.predicate, notNamedByArticle()) as never)],
  ];
  it.each(TERM_MUTATIONS)("rdf12: %s is rejected, at the claim", async (_name, mutate) => {
    const key = keyWhere((a) => a.modality !== "happened");
    await expectRejectedByBoth(mutate(key), "rdf12", `${ns.claim}${key}`);
  });

  it("rdf12: a sem:hasActor triple term whose object is an event is rejected, at the claim", async () => {
    const key = keyWhere((a) => a.relation === "hasActor" && a.modality !== "happened");
    const event = namedNode(kindNode("Event"));
    await expectRejectedByBoth(swapTerm(key, (t) => quad(t.subject, t.predicate, event) as never), "rdf12", `${ns.claim}${key}`);
  });

  it.each(PROFILES)("%s: an --assert all export fails them, by design", async (profile) => {
    const quads = graphToQuads(graph, { profile, assert: "all" });
    expect((await validate(quads, profile)).conforms).toBe(false);
    expect((await validateWithOxigraph(quads, sparqlShapes[profile])).length).toBeGreaterThan(0);
  });

  it("the predicate lists of both files are the relation table's predicates", () => {
    const predicates = new Set(CLAIM_PREDICATES.map(([p]) => expand(p)));
    for (const file of Object.values(PROFILE_SHAPES)) {
      const text = readFileSync(file, "utf8");
      const listed = [...text.matchAll(/VALUES \?(?:path|relation) \{([^}]*)\}/g)].map((m) =>
        new Set([...m[1]!.matchAll(/<([^>]+)>|kgv:(\w+)/g)].map((x) => x[1] ?? `${NS.kgv}${x[2]}`)),
      );
      // Two for the stated-fact shapes; rdf12 has two more in the triple-term shape (target and constraint).
      expect(listed.length, file).toBe(file.includes("rdf12") ? 4 : 2);
      for (const set of listed) expect(set, file).toEqual(predicates);
    }
    // The Core shapes' list of claim predicates (rdf11 reification) too.
    const core = readFileSync(SHAPES_FILE, "utf8");
    const list = /sh:path rdf:predicate ;[^(]*\(([^)]*)\)/.exec(core)![1]!;
    const prefixes = Object.fromEntries([...core.matchAll(/@prefix (\w+): <([^>]+)>/g)].map((m) => [m[1], m[2]]));
    const named = new Set(list.trim().split(/\s+/).map((t) => prefixes[t.split(":")[0]!] + t.split(":")[1]));
    expect(named).toEqual(predicates);
  });
});

// Vocabulary namespaces as constants (N3.js style) and the IRIs this tool mints.
// No node: imports here: the explorer runs the same RDF code in the browser.

export const NS = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  owl: "http://www.w3.org/2002/07/owl#",
  schema: "http://schema.org/",
  sem: "http://semanticweb.cs.vu.nl/2009/11/sem/",
  faro: "http://purl.org/faro/",
  prov: "http://www.w3.org/ns/prov#",
  oa: "http://www.w3.org/ns/oa#",
  time: "http://www.w3.org/2006/time#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  wd: "http://www.wikidata.org/entity/",
  /** NewsReader's Grounded Annotation Framework: `gaf:denotedBy` links an instance to its mentions. */
  gaf: "http://groundedannotationframework.org/gaf#",
  /** This tool's own vocabulary: fixed, unlike the base IRI of the data. */
  kgv: "https://w3id.org/news-kg/vocab#",
} as const;

export type Prefix = keyof typeof NS;

/** Expands a prefixed name such as `schema:Country`. */
export function expand(prefixed: string): string {
  const colon = prefixed.indexOf(":");
  const ns = NS[prefixed.slice(0, colon) as Prefix];
  if (colon < 0 || ns === undefined) throw new Error(`expand: unknown prefix in "${prefixed}"`);
  return ns + prefixed.slice(colon + 1);
}

export const DEFAULT_BASE_IRI = "https://example.org/news-kg/";

/** The IRIs minted for the data, under a configurable base. One path segment per kind of id, so
 * every kind gets its own Turtle prefix and local names never need an escaped `/`. */
export function dataNamespaces(base: string) {
  return {
    entity: `${base}entity/`,
    article: `${base}article/`,
    graph: `${base}graph/article/`,
    claim: `${base}claim/`,
    annotation: `${base}annotation/`,
    figure: `${base}figure/`,
    activity: `${base}activity/`,
    agent: `${base}agent/`,
    /** OWL-Time entities of dated events (`time:hasTime`). */
    time: `${base}time/`,
  } as const;
}

export type DataNamespaces = ReturnType<typeof dataNamespaces>;

/** Prefixes for Turtle/TriG output: vocabularies plus one per kind of minted IRI. */
export function prefixesFor(base: string): Record<string, string> {
  const data = dataNamespaces(base);
  return {
    ...NS,
    ent: data.entity,
    art: data.article,
    graph: data.graph,
    claim: data.claim,
    ann: data.annotation,
    fig: data.figure,
    act: data.activity,
    agent: data.agent,
    when: data.time,
  };
}

// Serialising quads. n3 writes N-Triples, N-Quads, Turtle and TriG (with RDF 1.2 triple terms);
// jsonld writes JSON-LD from the same quads. Browser-safe.
import { DataFactory, Writer } from "n3";
import type { Quad } from "@rdfjs/types";
import jsonld from "jsonld";
import { UsageKgError } from "../errors.ts";
import { prefixesFor, DEFAULT_BASE_IRI } from "./namespaces.ts";

export const RDF_FORMATS = {
  nt: { mediaType: "application/n-triples", extension: "nt", quads: false },
  nq: { mediaType: "application/n-quads", extension: "nq", quads: true },
  ttl: { mediaType: "text/turtle", extension: "ttl", quads: false },
  trig: { mediaType: "application/trig", extension: "trig", quads: true },
  jsonld: { mediaType: "application/ld+json", extension: "jsonld", quads: true },
} as const;

export type RdfFormat = keyof typeof RDF_FORMATS;

export interface WriteRdfOptions {
  /** Base IRI the data was minted under; used for Turtle/TriG prefixes and the JSON-LD context. */
  baseIri?: string;
}

/** Triple formats have no graphs: quads go to the default graph, and a triple stated in two articles is written once. */
export function flattenToTriples(quads: Iterable<Quad>): Quad[] {
  const seen = new Set<string>();
  const triples: Quad[] = [];
  for (const q of quads) {
    const t = DataFactory.quad(q.subject, q.predicate, q.object);
    const key = termKey(t.subject) + " " + termKey(t.predicate) + " " + termKey(t.object);
    if (seen.has(key)) continue;
    seen.add(key);
    triples.push(t);
  }
  return triples;
}

function termKey(term: Quad["object"]): string {
  switch (term.termType) {
    case "Literal":
      return `"${term.value}"@${term.language}^^${term.datatype.value}`;
    case "Quad":
      return `<<${termKey(term.subject)} ${termKey(term.predicate)} ${termKey(term.object)}>>`;
    default:
      return `${term.termType}:${term.value}`;
  }
}

function writeWithN3(quads: Quad[], format: "N-Triples" | "N-Quads" | "Turtle" | "TriG", prefixes?: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const writer = new Writer({ format, ...(prefixes ? { prefixes } : {}) });
    writer.addQuads(quads as Parameters<Writer["addQuads"]>[0]);
    writer.end((error: Error | null, result: string) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * Turtle and TriG that every reader parses the same way. n3 ends a statement with "." right after its last
 * term: `ann:x.e1.position.` and `kgv:bylinePosition 1.` are valid Turtle, but Virtuoso 7 reads the dot
 * into the name or the number (docs/rdf-model.md §5), so a space goes before every statement's final dot.
 * n3 escapes line breaks inside literals, so a line that ends in "." ends a statement. A file with RDF 1.2
 * triple terms starts with `VERSION "1.2"` (Turtle 1.2), so a 1.1 reader fails at once and clearly.
 */
function portableTurtle(text: string, rdf12: boolean): string {
  const spaced = text.replace(/(\S)\.$/gm, "$1 .");
  return rdf12 ? `VERSION "1.2"\n${spaced}` : spaced;
}

const hasTripleTerms = (quads: Quad[]) => quads.some((q) => q.object.termType === "Quad");

/**
 * A JSON-LD context that reads as terms: every predicate and class the quads use gets its local name as a
 * term ("label", "headline", "Claim", "causes"), unless two IRIs share a local name, which then keep their
 * prefixed form; properties whose values are all IRIs are typed `@id`, so they compact to plain strings; the
 * articles' language, when they share one, is the default `@language`. Prefixes stay for everything else.
 */
function readableContext(quads: Quad[], baseIri: string): Record<string, unknown> {
  const prefixes = prefixesFor(baseIri);
  const byNamespace = Object.entries(prefixes).sort((a, b) => b[1].length - a[1].length);
  const prefixed = (value: string): [string, string] | undefined => {
    const hit = byNamespace.find(([, ns]) => value.startsWith(ns) && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(value.slice(ns.length)));
    return hit ? [hit[0], value.slice(hit[1].length)] : undefined;
  };
  const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  const terms = new Map<string, Set<string>>();
  const iriOnly = new Map<string, boolean>();
  const note = (iri: string) => {
    const p = prefixed(iri);
    if (!p) return;
    let set = terms.get(p[1]);
    if (!set) terms.set(p[1], (set = new Set()));
    set.add(iri);
  };
  const languages = new Set<string>();
  for (const q of quads) {
    if (q.predicate.value === RDF_TYPE) {
      note(q.object.value);
      continue;
    }
    note(q.predicate.value);
    iriOnly.set(q.predicate.value, (iriOnly.get(q.predicate.value) ?? true) && q.object.termType === "NamedNode");
    if (q.object.termType === "Literal" && q.object.language) languages.add(q.object.language);
  }
  const context: Record<string, unknown> = { ...prefixes };
  if (languages.size === 1) context["@language"] = [...languages][0];
  for (const [term, iris] of [...terms].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (iris.size !== 1 || term in context || term.startsWith("@")) continue;
    const iri = [...iris][0]!;
    const [prefix, localName] = prefixed(iri)!;
    context[term] = iriOnly.get(iri) ? { "@id": `${prefix}:${localName}`, "@type": "@id" } : `${prefix}:${localName}`;
  }
  return context;
}

async function writeJsonLd(quads: Quad[], baseIri: string): Promise<string> {
  if (hasTripleTerms(quads)) {
    throw new UsageKgError("JSON-LD cannot express RDF 1.2 triple terms: export JSON-LD with the rdf11 profile");
  }
  const nquads = await writeWithN3(quads, "N-Quads");
  const expanded = await jsonld.fromRDF(nquads, { format: "application/n-quads" });
  // The context is inline and nothing is fetched (no network); a remote context would be an error.
  const documentLoader = (url: string) => Promise.reject(new Error(`JSON-LD: refusing to fetch ${url}`));
  const context = readableContext(quads, baseIri);
  const compacted = await jsonld.compact(expanded, context as Parameters<typeof jsonld.compact>[1], { documentLoader } as Parameters<typeof jsonld.compact>[2]);
  return `${JSON.stringify(compacted, null, 2)}\n`;
}

/** Serialises quads in one of RDF_FORMATS. Output depends only on the quads and their order. */
export async function writeRdf(quads: Quad[], format: RdfFormat, options: WriteRdfOptions = {}): Promise<string> {
  const baseIri = options.baseIri ?? DEFAULT_BASE_IRI;
  switch (format) {
    case "nt":
      return writeWithN3(flattenToTriples(quads), "N-Triples");
    case "nq":
      return writeWithN3(quads, "N-Quads");
    case "ttl":
      return portableTurtle(await writeWithN3(flattenToTriples(quads), "Turtle", prefixesFor(baseIri)), hasTripleTerms(quads));
    case "trig":
      return portableTurtle(await writeWithN3(quads, "TriG", prefixesFor(baseIri)), hasTripleTerms(quads));
    case "jsonld":
      return writeJsonLd(quads, baseIri);
    default:
      throw new UsageKgError(`writeRdf: unknown format "${String(format)}"; expected one of ${Object.keys(RDF_FORMATS).join(", ")}`);
  }
}

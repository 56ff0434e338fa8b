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

async function writeJsonLd(quads: Quad[], baseIri: string): Promise<string> {
  if (quads.some((q) => q.object.termType === "Quad")) {
    throw new UsageKgError("JSON-LD cannot express RDF 1.2 triple terms: export JSON-LD with the rdf11 profile");
  }
  const nquads = await writeWithN3(quads, "N-Quads");
  const expanded = await jsonld.fromRDF(nquads, { format: "application/n-quads" });
  // The context is inline and nothing is fetched (no network); a remote context would be an error.
  const documentLoader = (url: string) => Promise.reject(new Error(`JSON-LD: refusing to fetch ${url}`));
  const context = { ...prefixesFor(baseIri) };
  const compacted = await jsonld.compact(expanded, context, { documentLoader } as Parameters<typeof jsonld.compact>[2]);
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
      return writeWithN3(flattenToTriples(quads), "Turtle", prefixesFor(baseIri));
    case "trig":
      return writeWithN3(quads, "TriG", prefixesFor(baseIri));
    case "jsonld":
      return writeJsonLd(quads, baseIri);
    default:
      throw new UsageKgError(`writeRdf: unknown format "${String(format)}"; expected one of ${Object.keys(RDF_FORMATS).join(", ")}`);
  }
}

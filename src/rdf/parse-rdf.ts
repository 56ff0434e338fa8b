// Parsing RDF text with n3 (RDF 1.2 triple terms included). JSON-LD goes through jsonld's toRDF.
import { Parser } from "n3";
import type { Quad } from "@rdfjs/types";
import jsonld from "jsonld";
import { ParseKgError } from "../errors.ts";
import type { RdfFormat } from "./write-rdf.ts";

const N3_FORMATS = { nt: "N-Triples", nq: "N-Quads", ttl: "Turtle", trig: "TriG" } as const;

/** Guesses the format from a file name's extension. */
export function formatFromPath(path: string): RdfFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ({ nt: "nt", nq: "nq", ttl: "ttl", trig: "trig", jsonld: "jsonld", json: undefined } as Record<string, RdfFormat | undefined>)[ext ?? ""];
}

export async function parseRdf(text: string, format: RdfFormat, source = "<input>"): Promise<Quad[]> {
  if (format === "jsonld") {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (error) {
      throw new ParseKgError(`${source}: not JSON: ${(error as Error).message}`);
    }
    const documentLoader = (url: string) => Promise.reject(new Error(`refusing to fetch ${url}`));
    const nquads = (await jsonld.toRDF(doc as object, { format: "application/n-quads", documentLoader } as never)) as unknown as string;
    return parseRdf(nquads, "nq", source);
  }
  try {
    return new Parser({ format: N3_FORMATS[format] }).parse(text) as unknown as Quad[];
  } catch (error) {
    // n3's messages carry the line: "Unexpected "x" on line 3."
    throw new ParseKgError(`${source}: ${(error as Error).message}`);
  }
}

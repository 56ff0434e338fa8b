// Output formats by name and media type, for the CLI's --format and the endpoint's content negotiation.

/** Formats for SELECT and ASK results. */
export const SOLUTION_FORMATS = {
  json: "application/sparql-results+json",
  xml: "application/sparql-results+xml",
  csv: "text/csv",
  tsv: "text/tab-separated-values",
} as const;

/** Formats for CONSTRUCT and DESCRIBE results. */
export const GRAPH_FORMATS = {
  nt: "application/n-triples",
  ttl: "text/turtle",
  nq: "application/n-quads",
  trig: "application/trig",
  jsonld: "application/ld+json",
  rdfxml: "application/rdf+xml",
} as const;

export type SolutionFormat = keyof typeof SOLUTION_FORMATS;
export type GraphFormat = keyof typeof GRAPH_FORMATS;
/** `table` is the aligned text the CLI prints on a terminal. */
export type ResultFormat = SolutionFormat | GraphFormat | "table";

/** Media types clients commonly send for the same formats. */
export const MEDIA_TYPE_ALIASES: Record<string, SolutionFormat | GraphFormat> = {
  "application/json": "json",
  "application/xml": "xml",
  "text/xml": "xml",
  "text/plain": "nt",
  "application/x-turtle": "ttl",
  "text/n3": "ttl",
  "application/json+ld": "jsonld",
};

export function isSolutionFormat(format: string): format is SolutionFormat {
  return Object.hasOwn(SOLUTION_FORMATS, format);
}

export function isGraphFormat(format: string): format is GraphFormat {
  return Object.hasOwn(GRAPH_FORMATS, format);
}

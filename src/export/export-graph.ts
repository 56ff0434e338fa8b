// One entry point for every export format: RDF through src/rdf, graphology's own JSON, and
// Gephi's GEXF and GraphML.
import gexf from "graphology-gexf";
import { UsageKgError } from "../errors.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import { graphToQuads, type RdfOptions } from "../rdf/graph-to-quads.ts";
import { RDF_FORMATS, writeRdf, type RdfFormat } from "../rdf/write-rdf.ts";
import { flatEdge, flatNode } from "./flat-attributes.ts";
import { writeGraphml, xmlSafe } from "./write-graphml.ts";

export const EXPORT_FORMATS = ["nt", "ttl", "nq", "trig", "jsonld", "json", "gexf", "graphml"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXTENSIONS: Record<ExportFormat, string> = {
  nt: "nt",
  ttl: "ttl",
  nq: "nq",
  trig: "trig",
  jsonld: "jsonld",
  json: "json",
  gexf: "gexf",
  graphml: "graphml",
};

export type ExportOptions = RdfOptions;

export function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}

const safeRecord = (record: Record<string, string | number>) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, typeof v === "string" ? xmlSafe(v) : v]));

// graphology-gexf escapes markup but not characters XML cannot hold, hence xmlSafe.
function writeGexf(graph: KnowledgeGraph): string {
  return gexf.write(graph, {
    formatNode: (_key, a) => ({
      label: xmlSafe(a.label),
      attributes: safeRecord(flatNode(a)),
      ...(a.x !== undefined && a.y !== undefined ? { viz: { x: a.x, y: a.y } } : {}),
    }),
    formatEdge: (_key, a) => ({ label: a.relation, attributes: safeRecord(flatEdge(a)) }),
  });
}

/** Serialises the graph. Deterministic: the same graph gives the same bytes. */
export async function exportGraph(graph: KnowledgeGraph, format: ExportFormat, options: ExportOptions = {}): Promise<string> {
  if (format in RDF_FORMATS) {
    const rdfFormat = format as RdfFormat;
    if (rdfFormat === "jsonld" && options.profile === "rdf12") {
      throw new UsageKgError("exportGraph: JSON-LD has no RDF 1.2 triple terms; use --profile rdf11 with jsonld");
    }
    return writeRdf(graphToQuads(graph, options), rdfFormat, options.baseIri ? { baseIri: options.baseIri } : {});
  }
  switch (format) {
    case "json":
      return `${JSON.stringify(graph.export())}\n`;
    case "gexf":
      return writeGexf(graph);
    case "graphml":
      return writeGraphml(graph);
    default:
      throw new UsageKgError(`exportGraph: unknown format "${String(format)}"; expected one of ${EXPORT_FORMATS.join(", ")}`);
  }
}

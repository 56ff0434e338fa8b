// One entry point for every export format: RDF through src/rdf, graphology's own JSON, and
// Gephi's GEXF and GraphML.
import { UsageKgError } from "../errors.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import { graphToQuads, type RdfOptions } from "../rdf/graph-to-quads.ts";
import { RDF_FORMATS, StringSink, writeRdf, type RdfFormat } from "../rdf/write-rdf.ts";
import { writeGexfTo } from "./write-gexf.ts";
import { writeGraphml } from "./write-graphml.ts";

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

// GEXF: src/export/write-gexf.ts, the same writer `kg build` streams to its file.
function writeGexf(graph: KnowledgeGraph): string {
  const sink = new StringSink();
  writeGexfTo(graph, sink);
  return sink.text;
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

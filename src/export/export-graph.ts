// One entry point for every export format: RDF through src/rdf, graphology's own JSON, and
// Gephi's GEXF and GraphML.
import graphology from "graphology";
import gexf from "graphology-gexf";
import { UsageKgError } from "../errors.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import { graphToQuads, type RdfOptions } from "../rdf/graph-to-quads.ts";
import { RDF_FORMATS, writeRdf, type RdfFormat } from "../rdf/write-rdf.ts";
import type { FlatValue } from "./flat-attributes.ts";
import { flatGraph } from "./flat-graph.ts";
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

// graphology-gexf escapes markup but not characters XML cannot hold, hence xmlSafe. GEXF 1.2draft, which
// Gephi and every networkx read (Debian's networkx 2.8 knows no 1.3); graphology-gexf 0.13 declares a
// malformed viz namespace for it ("http:///www.gexf.net/1.1draft/viz"), under which readers find no
// position, colour or size, so the header is corrected to the 1.2draft viz namespace.
const BROKEN_VIZ_NS = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
const VIZ_NS = 'xmlns:viz="http://www.gexf.net/1.2draft/viz"';
// Colours as r, g, b attributes (the writer's "rgb(…)" form): GEXF 1.3 also allows a hex attribute, but
// networkx reads only r, g, b.
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(",")})`;

function writeGexf(graph: KnowledgeGraph): string {
  const flat = flatGraph(graph);
  const view = new graphology.MultiDirectedGraph<{ label: string; attributes: Record<string, FlatValue>; viz: Record<string, unknown> }, { label: string; attributes: Record<string, FlatValue> }>();
  for (const n of flat.nodes) {
    view.addNode(n.key, { label: n.label, attributes: n.attributes, viz: { color: rgb(n.color), size: n.size, ...(n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : {}) } });
  }
  for (const e of flat.edges) view.addDirectedEdgeWithKey(e.key, e.source, e.target, { label: e.label, attributes: e.attributes });
  const text = gexf.write(view, {
    version: "1.2",
    formatNode: (_key, a) => ({ label: xmlSafe(a.label), attributes: safeRecord(a.attributes), viz: a.viz }),
    formatEdge: (_key, a) => ({ label: xmlSafe(a.label), attributes: safeRecord(a.attributes) }),
  });
  const header = text.indexOf(BROKEN_VIZ_NS);
  // Fails loudly if a new graphology-gexf changes its header, rather than writing positions nobody reads.
  if (header < 0 || header > 400) throw new Error("writeGexf: graphology-gexf no longer writes the expected GEXF 1.2 header");
  return text.slice(0, header) + VIZ_NS + text.slice(header + BROKEN_VIZ_NS.length);
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

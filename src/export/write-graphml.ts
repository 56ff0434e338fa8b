// GraphML writer. graphology-graphml ships only a parser (0.5), so the few lines of XML are
// written here; the test reads the output back with graphology-graphml's parser.
// Nodes carry label, colour and position as plain data keys (GraphML has no standard for them; networkx,
// yEd imports and graphology read the keys as attributes).
import type { KnowledgeGraph } from "../model/types.ts";
import { StringSink, type TextSink } from "../rdf/write-rdf.ts";
import type { FlatValue } from "./flat-attributes.ts";
import { flatGraph } from "./flat-graph.ts";

// XML 1.0 forbids most control characters and lone surrogates even when escaped: drop them.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Replaces characters XML 1.0 cannot carry at all (even escaped) with U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML, "\uFFFD");
}

export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Line ends a parser may normalise to LF (XML 1.1 rules, which @xmldom/xmldom applies): keep them as references.
    .replace(/\r/g, "&#13;")
    .replace(/\u0085/g, "&#133;")
    .replace(/\u2028/g, "&#8232;");
}

function keysOf(records: Array<Record<string, FlatValue>>): Array<[string, "string" | "double"]> {
  const keys = new Map<string, "string" | "double">();
  for (const record of records) for (const [k, v] of Object.entries(record)) if (!keys.has(k)) keys.set(k, typeof v === "number" ? "double" : "string");
  return [...keys];
}

export function writeGraphml(graph: KnowledgeGraph): string {
  const sink = new StringSink();
  writeGraphmlTo(graph, sink);
  return sink.text;
}

/** GraphML line by line into a sink (the streaming build); writeGraphml collects the same text. */
export function writeGraphmlTo(graph: KnowledgeGraph, sink: TextSink): void {
  const flat = flatGraph(graph);
  const nodes: Array<[string, Record<string, FlatValue>]> = flat.nodes.map((n) => [
    n.key,
    { label: n.label, ...n.attributes, color: n.color, size: n.size, ...(n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : {}) },
  ]);
  const edges: Array<[string, string, string, Record<string, FlatValue>]> = flat.edges.map((e) => [e.key, e.source, e.target, { label: e.label, ...e.attributes }]);
  const line = (text: string) => sink.write(`${text}\n`);
  line('<?xml version="1.0" encoding="UTF-8"?>');
  line('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
  for (const [domain, records] of [["node", nodes.map((n) => n[1])], ["edge", edges.map((e) => e[3])]] as const) {
    for (const [name, type] of keysOf(records)) {
      line(`  <key id="${domain[0]}_${escapeXml(name)}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
    }
  }
  line('  <graph edgedefault="directed">');
  const data = (prefix: string, record: Record<string, FlatValue>) =>
    Object.entries(record)
      .filter(([, v]) => v !== "")
      .map(([k, v]) => `<data key="${prefix}_${escapeXml(k)}">${escapeXml(String(v))}</data>`)
      .join("");
  for (const [id, record] of nodes) line(`    <node id="${escapeXml(id)}">${data("n", record)}</node>`);
  for (const [key, s, t, record] of edges) line(`    <edge id="${escapeXml(key)}" source="${escapeXml(s)}" target="${escapeXml(t)}">${data("e", record)}</edge>`);
  line("  </graph>");
  line("</graphml>");
}

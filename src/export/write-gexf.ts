// GEXF 1.2draft written element by element into a sink, so `kg build` streams it to its file like every other
// format. graphology-gexf builds its output as one string in an xml-writer it creates without the callback
// that would stream it, so it cannot; this writes the very bytes it wrote for our graphs (its pretty-printed
// layout, its attribute model inferred over every element, its escaping), with the viz namespace it gets
// wrong corrected (see VIZ_NS). test/export/write-gexf.test.ts compares the two byte for byte.
//
// graphology-gexf escapes markup but not characters XML cannot hold, hence xmlSafe on labels and text values
// (ids are written as they are, as it writes them). GEXF 1.2draft is what Gephi and every networkx read
// (Debian's networkx 2.8 knows no 1.3). Colours are r, g, b attributes: networkx reads no hex attribute.
import type { KnowledgeGraph } from "../model/types.ts";
import type { TextSink } from "../rdf/write-rdf.ts";
import type { FlatValue } from "./flat-attributes.ts";
import { flatGraph } from "./flat-graph.ts";
import { xmlSafe } from "./write-graphml.ts";

// graphology-gexf 0.13 declares "http:///www.gexf.net/1.1draft/viz" for 1.2, under which readers find no
// position, colour or size; this is the 1.2draft viz namespace.
const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz">\n  <meta/>\n  <graph defaultedgetype="directed">';

type GexfType = "string" | "double" | "long" | "integer";
// graphology-gexf's priorities: when one attribute holds values of several types, the lowest wins.
const PRIORITY: Record<GexfType, number> = { string: 5, double: 6, long: 7, integer: 8 };

const isEmpty = (value: FlatValue) => value === "" || value !== value;

function typeOf(value: FlatValue): GexfType {
  if (typeof value !== "number") return "string";
  if (value === (value | 0)) return value <= 0x7fffffff && value >= -0x7fffffff ? "integer" : "long";
  return "double";
}

/** Attribute ids in order of first appearance over every element, each with its type (empty values ignored). */
function inferModel(records: Iterable<Record<string, FlatValue>>): Map<string, GexfType> {
  const model = new Map<string, GexfType>();
  for (const record of records) {
    for (const key in record) {
      const value = record[key] as FlatValue;
      if (isEmpty(value)) continue;
      const type = typeOf(value);
      const current = model.get(key);
      if (!current || PRIORITY[type] < PRIORITY[current]) model.set(key, type);
    }
  }
  return model;
}

/** xml-writer's attribute escaping (it leaves ">" alone). */
const attr = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/\t/g, "&#x9;").replace(/\n/g, "&#xA;").replace(/\r/g, "&#xD;");

const text = (value: FlatValue) => (typeof value === "string" ? xmlSafe(value) : value);

function modelText(model: Map<string, GexfType>, modelClass: "node" | "edge"): string {
  if (model.size === 0) return "";
  let out = `\n    <attributes class="${modelClass}">`;
  for (const [id, type] of model) out += `\n      <attribute id="${attr(id)}" title="${attr(id)}" type="${type}"/>`;
  return `${out}\n    </attributes>`;
}

/** The <attvalues> of one element: the model's attributes it has a value for, in the model's order. */
function attvalues(model: Map<string, GexfType>, record: Record<string, FlatValue>): string {
  if (model.size === 0) return "";
  let out = "";
  for (const id of model.keys()) {
    if (!(id in record)) continue;
    const value = record[id] as FlatValue;
    if (isEmpty(value)) continue;
    out += `\n          <attvalue for="${attr(id)}" value="${attr(String(text(value)))}"/>`;
  }
  return out === "" ? "\n        <attvalues/>" : `\n        <attvalues>${out}\n        </attvalues>`;
}

/** xml-writer leaves out an attribute whose value is empty. */
const optional = (name: string, value: string) => (value === "" ? "" : ` ${name}="${attr(value)}"`);

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** The graph as GEXF 1.2draft, element by element into `sink` (no trailing newline, as graphology-gexf). */
export function writeGexfTo(graph: KnowledgeGraph, sink: TextSink): void {
  const flat = flatGraph(graph);
  const nodeModel = inferModel(flat.nodes.map((n) => n.attributes));
  const edgeModel = inferModel(flat.edges.map((e) => e.attributes));
  sink.write(HEADER + modelText(nodeModel, "node") + modelText(edgeModel, "edge"));

  if (flat.nodes.length === 0) sink.write("\n    <nodes/>");
  else {
    sink.write("\n    <nodes>");
    for (const n of flat.nodes) {
      const label = xmlSafe(n.label);
      const [r, g, b] = rgb(n.color);
      let out = `\n      <node${optional("id", n.key)}${label ? ` label="${attr(label)}"` : ""}>${attvalues(nodeModel, n.attributes)}`;
      out += `\n        <viz:color r="${r}" g="${g}" b="${b}"/>\n        <viz:size value="${n.size}"/>`;
      if (n.x !== undefined && n.y !== undefined) out += `\n        <viz:position x="${n.x}" y="${n.y}"/>`;
      sink.write(`${out}\n      </node>`);
    }
    sink.write("\n    </nodes>");
  }

  if (flat.edges.length === 0) sink.write("\n    <edges/>");
  else {
    sink.write("\n    <edges>");
    for (const e of flat.edges) {
      const label = xmlSafe(e.label);
      const head = `\n      <edge${optional("id", e.key)}${optional("source", e.source)}${optional("target", e.target)}${label ? ` label="${attr(label)}"` : ""}`;
      const values = attvalues(edgeModel, e.attributes);
      sink.write(values === "" ? `${head}/>` : `${head}>${values}\n      </edge>`);
    }
    sink.write("\n    </edges>");
  }
  sink.write("\n  </graph>\n</gexf>");
}

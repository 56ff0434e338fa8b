// The streamed GEXF writer writes graphology-gexf's bytes (with its viz namespace corrected): the seed graph, a
// generated corpus laid out, and a graph of hostile text and numbers, whole into a string and through a small
// reused buffer.
import graphology from "graphology";
import gexf from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { buildGraph } from "../../src/graph/build-graph.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { BufferSink } from "../../src/export/buffer-sink.ts";
import { exportGraph } from "../../src/export/export-graph.ts";
import type { FlatValue } from "../../src/export/flat-attributes.ts";
import { flatGraph } from "../../src/export/flat-graph.ts";
import { writeGexfTo } from "../../src/export/write-gexf.ts";
import { xmlSafe } from "../../src/export/write-graphml.ts";
import { StringSink } from "../../src/rdf/write-rdf.ts";
import { loadSources } from "../../src/sources/load-sources.ts";
import { loadSeedGraph } from "../helpers/seed.ts";

/** The reference: graphology-gexf's writer on the same flat view, its header's viz namespace mended. */
function graphologyGexf(graph: KnowledgeGraph): string {
  const flat = flatGraph(graph);
  const view = new graphology.MultiDirectedGraph<{ label: string; attributes: Record<string, FlatValue>; viz: Record<string, unknown> }, { label: string; attributes: Record<string, FlatValue> }>();
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(",")})`;
  const safe = (record: Record<string, FlatValue>) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, typeof v === "string" ? xmlSafe(v) : v]));
  for (const n of flat.nodes) view.addNode(n.key, { label: n.label, attributes: n.attributes, viz: { color: rgb(n.color), size: n.size, ...(n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : {}) } });
  for (const e of flat.edges) view.addDirectedEdgeWithKey(e.key, e.source, e.target, { label: e.label, attributes: e.attributes });
  const text = gexf.write(view, {
    version: "1.2",
    formatNode: (_key, a) => ({ label: xmlSafe(a.label), attributes: safe(a.attributes), viz: a.viz }),
    formatEdge: (_key, a) => ({ label: xmlSafe(a.label), attributes: safe(a.attributes) }),
  });
  return text.replace('xmlns:viz="http:///www.gexf.net/1.1draft/viz"', 'xmlns:viz="http://www.gexf.net/1.2draft/viz"');
}

function streamed(graph: KnowledgeGraph, size: number): string {
  const chunks: Buffer[] = [];
  const sink = new BufferSink((bytes) => chunks.push(Buffer.from(bytes)), size);
  writeGexfTo(graph, sink);
  sink.flush();
  return Buffer.concat(chunks).toString("utf8");
}

function whole(graph: KnowledgeGraph): string {
  const sink = new StringSink();
  writeGexfTo(graph, sink);
  return sink.text;
}

const root = mkdtempSync(join(tmpdir(), "kg-gexf-"));
let corpusGraph: KnowledgeGraph;
beforeAll(async () => {
  await generateCorpus(join(root, "corpus"), 4);
  corpusGraph = buildGraph(await loadSources([join(root, "corpus")]));
  // Positions as a layout leaves them: integers, fractions, negatives, on every node but one.
  let i = 0;
  corpusGraph.forEachNode((node) => {
    if (i++ === 3) return;
    corpusGraph.mergeNodeAttributes(node, { x: i % 7 === 0 ? i : i * 1.375 - 40, y: -i / 3 });
  });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("writeGexfTo", () => {
  it("writes graphology-gexf's bytes for the seed graph, whole and through a small buffer", async () => {
    const graph = await loadSeedGraph();
    const expected = graphologyGexf(graph);
    expect(whole(graph)).toBe(expected);
    expect(streamed(graph, 64)).toBe(expected);
    expect(await exportGraph(graph, "gexf")).toBe(expected);
  });

  it("writes graphology-gexf's bytes for a generated corpus with positions", () => {
    const expected = graphologyGexf(corpusGraph);
    expect(expected).toContain("<viz:position");
    expect(whole(corpusGraph)).toBe(expected);
    expect(streamed(corpusGraph, 4096)).toBe(expected);
  });

  it("writes graphology-gexf's bytes for hostile text, empty values and numbers of every GEXF type", async () => {
    const graph = await loadSeedGraph();
    const hostile = ['a & b < c > d "e" \'f\'', "tab\there\nnew\rcr", "ctrl\u0001\u0008 nul\u0000", "lone \ud800 surrogate", "", "😀 é 한국"];
    let i = 0;
    graph.forEachNode((node, a) => {
      const h = hostile[i % hostile.length] as string;
      graph.mergeNodeAttributes(node, {
        label: i % 5 === 0 ? h : a.label,
        description: h,
        jobTitle: i % 2 ? h : undefined,
        // integer, double and long confidences: the node model's type is the lowest of them
        confidence: i % 3 === 0 ? 0.5 : i % 3 === 1 ? 1 : 3e9,
      } as never);
      i++;
    });
    graph.forEachEdge((edge) => {
      const h = hostile[i++ % hostile.length] as string;
      graph.mergeEdgeAttributes(edge, { note: h, role: i % 2 ? h : undefined, confidence: i % 4 === 0 ? Number.NaN : 0.25 } as never);
    });
    const expected = graphologyGexf(graph);
    expect(whole(graph)).toBe(expected);
    expect(streamed(graph, 32)).toBe(expected);
  });

  it("writes an empty graph as graphology-gexf does", () => {
    const empty = buildGraph([]);
    expect(whole(empty)).toBe(graphologyGexf(empty));
  });
});

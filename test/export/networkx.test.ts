// GEXF and GraphML as another tool reads them: Debian's networkx (python3-networkx, run with
// /usr/bin/python3) must find every node with its label, colour and position, every edge, and the article
// with its metadata as a node. A missing networkx fails with the fix, it does not skip (CI installs it).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { exportGraph } from "../../src/export/export-graph.ts";
import { flatGraph } from "../../src/export/flat-graph.ts";
import { layoutGraph } from "../../src/layout/layout-graph.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { loadSeedGraph } from "../helpers/seed.ts";

const PYTHON = "/usr/bin/python3";

// Prints, as JSON, what networkx read: counts, and per node label, colour and position.
const READER = String.raw`
import json, sys, networkx as nx
fmt, path = sys.argv[1], sys.argv[2]
g = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
nodes = {}
for n, d in g.nodes(data=True):
    if fmt == "gexf":
        viz = d.get("viz", {})
        pos = viz.get("position")
        c = viz.get("color")
        color = "#%02x%02x%02x" % (c["r"], c["g"], c["b"]) if c else None
        nodes[n] = {"label": d.get("label"), "color": color, "x": pos and pos["x"], "y": pos and pos["y"], "kind": d.get("kind"), "datePublished": d.get("datePublished")}
    else:
        nodes[n] = {"label": d.get("label"), "color": d.get("color"), "x": d.get("x"), "y": d.get("y"), "kind": d.get("kind"), "datePublished": d.get("datePublished")}
print(json.dumps({"nodes": nodes, "edges": g.number_of_edges()}))
`;

interface Read {
  nodes: Record<string, { label: string | null; color: string | null; x: number | null; y: number | null; kind: string | null; datePublished: string | null }>;
  edges: number;
}

function readWithNetworkx(text: string, format: "gexf" | "graphml"): Read {
  const probe = spawnSync(PYTHON, ["-c", "import networkx"], { encoding: "utf8" });
  if (probe.status !== 0) throw new Error(`networkx is needed (sudo apt-get install python3-networkx; CI installs it): ${probe.stderr}`);
  const dir = mkdtempSync(join(tmpdir(), "kg-networkx-"));
  try {
    const file = join(dir, `graph.${format}`);
    writeFileSync(file, text, "utf8");
    const run = spawnSync(PYTHON, ["-c", READER, format, file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`networkx could not read the ${format}: ${run.stderr}`);
    return JSON.parse(run.stdout) as Read;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await loadSeedGraph();
  layoutGraph(graph);
});

describe.each(["gexf", "graphml"] as const)("%s in networkx", (format) => {
  it("every node with label, colour and position; every edge; the article and its agents as nodes", async () => {
    const flat = flatGraph(graph);
    const read = readWithNetworkx(await exportGraph(graph, format), format);
    expect(Object.keys(read.nodes).sort()).toEqual(flat.nodes.map((n) => n.key).sort());
    expect(read.edges).toBe(flat.edges.length);
    for (const n of flat.nodes) {
      const got = read.nodes[n.key]!;
      expect(got.label, n.key).toBe(n.label);
      expect(got.color, n.key).toBe(n.color);
      expect(Number(got.x), n.key).toBeCloseTo(n.x!, 3);
      expect(Number(got.y), n.key).toBeCloseTo(n.y!, 3);
    }
    const korea = read.nodes["korea"]!;
    expect([korea.label, korea.kind]).toEqual([graph.getNodeAttribute("korea", "label"), "Country"]);
    const [id, meta] = Object.entries(graph.getAttribute("articles"))[0]!;
    const article = read.nodes[`article:${id}`]!;
    expect([article.label, article.kind, article.datePublished]).toEqual([meta.headline, "NewsArticle", meta.datePublished]);
    expect(Object.values(read.nodes).filter((n) => n.kind === "Publisher").map((n) => n.label)).toEqual([meta.publisher]);
  });
});

describe("flatGraph", () => {
  it("the article mentions every entity it names, and has its publisher and authors", () => {
    const flat = flatGraph(graph);
    const [id, meta] = Object.entries(graph.getAttribute("articles"))[0]!;
    const from = flat.edges.filter((e) => e.source === `article:${id}`);
    expect(from.filter((e) => e.label === "mentions")).toHaveLength(graph.order);
    expect(from.filter((e) => e.label === "author")).toHaveLength(meta.author.length);
    expect(from.filter((e) => e.label === "publisher")).toHaveLength(1);
    // Positions of the article nodes come from what they mention, so an unlaid graph gets none.
    expect(flat.nodes.every((n) => n.x !== undefined)).toBe(true);
  });
});

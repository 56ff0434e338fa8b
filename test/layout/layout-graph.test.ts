import { readFileSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { layoutGraph, noverlapGrid, PACKED_ABOVE } from "../../src/layout/layout-graph.ts";
import { seededPosition } from "../../src/layout/seeded-position.ts";
import { nodeSize } from "../../src/layout/node-size.ts";

function fixture(): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  g.import(JSON.parse(readFileSync(new URL("../fixtures/graph.json", import.meta.url), "utf8")));
  return g;
}

describe("layoutGraph", () => {
  it("is deterministic for a graph and seed, and the seed matters", () => {
    const a = layoutGraph(fixture(), { seed: 7 });
    const b = layoutGraph(fixture(), { seed: 7 });
    const c = layoutGraph(fixture(), { seed: 8 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it("writes finite x/y on every node and separates node discs", () => {
    const g = fixture();
    layoutGraph(g);
    const nodes = g.mapNodes((n, a) => ({ n, x: a.x as number, y: a.y as number }));
    for (const p of nodes) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    let overlaps = 0;
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
      const p = nodes[i]!, q = nodes[j]!;
      if (Math.hypot(p.x - q.x, p.y - q.y) < nodeSize(g, p.n) + nodeSize(g, q.n)) overlaps++;
    }
    expect(overlaps).toBe(0);
  });

  it("seeds positions from node keys, not insertion order", () => {
    expect(seededPosition("korea", 1, 100)).toEqual(seededPosition("korea", 1, 100));
    expect(seededPosition("korea", 1, 100)).not.toEqual(seededPosition("japan", 1, 100));
    const p = seededPosition("x", 3, 50);
    expect(Math.hypot(p.x, p.y)).toBeLessThanOrEqual(50);
  });

  it("handles an empty graph and isolated nodes", () => {
    expect(layoutGraph(new MultiDirectedGraph())).toEqual({});
    const g = new MultiDirectedGraph();
    g.addNode("a", { label: "A" });
    g.addNode("b", { label: "B" });
    const pos = layoutGraph(g);
    expect(Object.keys(pos).sort()).toEqual(["a", "b"]);
  });

  it("keeps noverlap's default grid on small graphs and widens it with the node count on large ones", () => {
    expect(noverlapGrid(261)).toBe(20);
    expect(noverlapGrid(800)).toBe(20);
    expect(noverlapGrid(3212)).toBe(41);
    expect(noverlapGrid(32012)).toBe(127);
  });
});

/** `articles` articles of `perArticle` nodes each (a chain with a few chords), plus hubs every article names. */
function corpusGraph(articles: number, perArticle: number, hubs: number): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  const ids = Array.from({ length: articles }, (_, a) => `art-${String(a).padStart(3, "0")}`);
  for (let h = 0; h < hubs; h++) g.addNode(`hub-${h}`, { label: `Hub ${h}`, articles: ids });
  ids.forEach((article, a) => {
    for (let i = 0; i < perArticle; i++) {
      const node = `${article}-n${i}`;
      g.addNode(node, { label: node, articles: [article] });
      if (i > 0) g.addEdge(`${article}-n${i - 1}`, node, { relation: "causes" });
      if (i > 2 && i % 3 === 0) g.addEdge(node, `${article}-n${i - 3}`, { relation: "mentions" });
      if (i % 5 === 0) g.addEdge(node, `hub-${(a + i) % hubs}`, { relation: "hasActor" });
    }
  });
  return g;
}

describe("layoutGraph on large graphs (one article at a time, packed)", () => {
  const size = { articles: 70, perArticle: 30, hubs: 4 };
  const build = () => corpusGraph(size.articles, size.perArticle, size.hubs);

  it("is used above PACKED_ABOVE nodes, deterministic, and the seed matters", () => {
    expect(build().order).toBeGreaterThan(PACKED_ABOVE);
    const a = layoutGraph(build(), { seed: 3 });
    expect(layoutGraph(build(), { seed: 3 })).toEqual(a);
    expect(layoutGraph(build(), { seed: 4 })).not.toEqual(a);
  });

  it("keeps each article's own nodes together, nearer their article's centre than any other article's", () => {
    const g = build();
    layoutGraph(g);
    const byArticle = new Map<string, Array<{ x: number; y: number }>>();
    g.forEachNode((_n, attrs) => {
      expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y)).toBe(true);
      const articles = attrs.articles as string[];
      if (articles.length !== 1) return;
      const list = byArticle.get(articles[0]!) ?? [];
      byArticle.set(articles[0]!, list);
      list.push({ x: attrs.x as number, y: attrs.y as number });
    });
    const centres = [...byArticle].map(([article, ps]) => ({
      article,
      x: ps.reduce((s, p) => s + p.x, 0) / ps.length,
      y: ps.reduce((s, p) => s + p.y, 0) / ps.length,
    }));
    let misplaced = 0;
    for (const [article, ps] of byArticle) {
      for (const p of ps) {
        const nearest = centres.reduce((best, c) => (Math.hypot(c.x - p.x, c.y - p.y) < Math.hypot(best.x - p.x, best.y - p.y) ? c : best));
        if (nearest.article !== article) misplaced++;
      }
    }
    expect(misplaced).toBe(0);
  });

  it("puts no two nodes on one point and leaves few overlapping discs", () => {
    const g = build();
    layoutGraph(g);
    const nodes = g.mapNodes((n, a) => ({ n, x: a.x as number, y: a.y as number }));
    const points = new Set(nodes.map((p) => `${p.x},${p.y}`));
    expect(points.size).toBe(nodes.length);
    let overlaps = 0;
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
      const p = nodes[i]!, q = nodes[j]!;
      if (Math.hypot(p.x - q.x, p.y - q.y) < nodeSize(g, p.n) + nodeSize(g, q.n)) overlaps++;
    }
    expect(overlaps).toBeLessThan(nodes.length / 100);
  });
});

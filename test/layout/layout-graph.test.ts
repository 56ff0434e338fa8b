import { readFileSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { layoutGraph, noverlapGrid } from "../../src/layout/layout-graph.ts";
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

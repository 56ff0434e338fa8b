import { describe, expect, it } from "vitest";
import { filterGraph } from "../../src/query/filter-graph.ts";
import { findNodes } from "../../src/query/find-nodes.ts";
import { prepareNodeSearch } from "../../src/query/node-search.ts";
import { passingItems } from "../../src/query/passing-items.ts";
import { loadSeedGraph } from "../helpers/seed.ts";

describe("passingItems", () => {
  it("answers what filterGraph keeps, for combined filters", async () => {
    const graph = await loadSeedGraph();
    const filters = [
      {},
      { modalities: ["planned"] as const },
      { kinds: ["Event", "Plan", "Country"] as const, modalities: ["happened", "planned"] as const, from: "2019", to: "2023" },
      { relations: ["causes", "enables"] as const, dropIsolated: true },
    ];
    for (const filter of filters) {
      const copy = filterGraph(graph, filter);
      const items = passingItems(graph, filter);
      expect([...items.nodes].sort()).toEqual(copy.nodes().sort());
      expect([...items.edges].sort()).toEqual(copy.edges().sort());
    }
    expect(passingItems(graph, { modalities: ["planned"] }).nodes.size).toBeLessThan(graph.order);
  });

  it("prepared search answers as findNodes does", async () => {
    const graph = await loadSeedGraph();
    const search = prepareNodeSearch(graph);
    for (const text of ["kyung ho", "gsomia", "Korea", "", "chip"]) {
      expect(search.find(text, { limit: 8 })).toEqual(findNodes(graph, text, { limit: 8 }));
    }
    expect(search.find("kyung ho").map((m) => m.id)).toContain("choo-kyung-ho");
  });
});

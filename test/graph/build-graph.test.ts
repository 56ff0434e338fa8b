import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { makeArticle } from "../helpers/make-article.ts";
import { loadSeedGraph, loadSeedModels } from "../helpers/seed.ts";

describe("buildGraph", () => {
  it("builds the seed with claim-keyed edges between existing nodes and the graph contract's attributes", async () => {
    const graph = await loadSeedGraph();
    expect(graph.order).toBeGreaterThan(50);
    expect(graph.size).toBeGreaterThan(80);
    graph.forEachNode((_id, a) => {
      expect(a).not.toHaveProperty("type");
      expect(typeof a.label).toBe("string");
      expect(Array.isArray(a.aliases)).toBe(true);
      expect(a.evidence.length).toBeGreaterThan(0);
    });
    graph.forEachEdge((key, a, source, target) => {
      expect(key).toMatch(/^c[0-9a-f]{16}$/);
      expect(graph.hasNode(source) && graph.hasNode(target)).toBe(true);
      expect(a.evidence.length).toBeGreaterThan(0);
      expect(a.confidence).toBeGreaterThanOrEqual(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
    });
  });

  it("is deterministic: the same models give the same serialised graph", async () => {
    const a = buildGraph(await loadSeedModels());
    const b = buildGraph(await loadSeedModels());
    expect(JSON.stringify(a.export())).toBe(JSON.stringify(b.export()));
  });

  it("merges an entity by id across articles and keeps each claim tied to its article", () => {
    const one = makeArticle("one", "Korea and Japan met. Korea spoke.", [
      { id: "korea", kind: "Country", label: "South Korea", quote: "Korea and" },
      { id: "japan", kind: "Country", label: "Japan", quote: "Japan met" },
    ], [{ from: "korea", rel: "memberOf", to: "japan", quote: "Korea and Japan" }]);
    const two = makeArticle("two", "Korea replied to Japan.", [
      { id: "korea", kind: "Country", label: "South Korea", quote: "Korea replied" },
      { id: "japan", kind: "Country", label: "Japan", quote: "Japan." },
    ], [{ from: "korea", rel: "memberOf", to: "japan", quote: "Korea replied to Japan" }]);
    const graph = buildGraph([one, two]);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttribute("korea", "articles")).toEqual(["one", "two"]);
    expect(graph.getNodeAttribute("korea", "evidence").map((e) => e.article)).toEqual(["one", "two"]);
    expect(graph.mapEdges((_k, a) => a.article).sort()).toEqual(["one", "two"]);
  });

  it("merges by alias only within the same kind, and only when asked", () => {
    const one = makeArticle("one", "South Korea acted.", [{ id: "korea", kind: "Country", label: "South Korea", quote: "South Korea" }]);
    const two = makeArticle("two", "The Republic of Korea and the Korea Herald.", [
      { id: "rok", kind: "Country", label: "Republic of Korea", aliases: ["South Korea"], quote: "Republic of Korea" },
      { id: "herald", kind: "Organization", label: "South Korea", quote: "Korea Herald" },
    ]);
    const merged = buildGraph([one, two]);
    expect(merged.hasNode("rok")).toBe(false);
    expect(merged.getNodeAttribute("korea", "aliases")).toContain("Republic of Korea");
    expect(merged.hasNode("herald")).toBe(true);
    const separate = buildGraph([one, two], { mergeByAlias: false });
    expect(separate.hasNode("rok")).toBe(true);
  });

  it("rewires relations of an alias-merged entity to the surviving node", () => {
    const one = makeArticle("one", "Japan acted.", [{ id: "japan", kind: "Country", label: "Japan", quote: "Japan" }]);
    const two = makeArticle("two", "Nippon and Seoul talked.", [
      { id: "nippon", kind: "Country", label: "Nippon", aliases: ["Japan"], quote: "Nippon" },
      { id: "seoul", kind: "Place", label: "Seoul", quote: "Seoul" },
    ], [{ from: "seoul", rel: "locatedIn", to: "nippon", quote: "Nippon and Seoul" }]);
    const graph = buildGraph([one, two]);
    expect(graph.edges("seoul", "japan")).toHaveLength(1);
  });
});

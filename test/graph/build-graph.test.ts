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

  it("merges by a label of a named kind only within the same kind, and only when asked", () => {
    const one = makeArticle("one", "South Korea acted.", [{ id: "korea", kind: "Country", label: "South Korea", quote: "South Korea" }]);
    const two = makeArticle("two", "South Korea and the South Korea Herald.", [
      { id: "rok", kind: "Country", label: "South Korea", quote: "South Korea and" },
      { id: "herald", kind: "Organization", label: "South Korea", quote: "Korea Herald" },
    ]);
    const merged = buildGraph([one, two]);
    expect(merged.hasNode("rok")).toBe(false);
    expect(merged.getNodeAttribute("korea", "articles")).toEqual(["one", "two"]);
    expect(merged.hasNode("herald")).toBe(true);
    const separate = buildGraph([one, two], { mergeByName: false });
    expect(separate.hasNode("rok")).toBe(true);
  });

  it("does not merge by a plain alias: it is a name inside its article", () => {
    const one = makeArticle("one", "The government of Korea acted.", [
      { id: "korea-government", kind: "GovernmentOrganization", label: "Government of South Korea", aliases: ["the government"], quote: "government of Korea" },
    ]);
    const two = makeArticle("two", "The government of Japan replied.", [
      { id: "japan-government", kind: "GovernmentOrganization", label: "Government of Japan", aliases: ["the government"], quote: "government of Japan" },
    ]);
    const graph = buildGraph([one, two]);
    expect(graph.hasNode("korea-government") && graph.hasNode("japan-government")).toBe(true);
    expect(graph.getNodeAttribute("korea-government", "articles")).toEqual(["one"]);
  });

  it("does not merge by a descriptive label (kinds whose labels describe, such as events)", () => {
    const one = makeArticle("one", "The summit was held in 2019.", [{ id: "summit-2019", kind: "Event", label: "Korea–Japan summit", quote: "The summit", modality: "happened" }]);
    const two = makeArticle("two", "The summit was held in 2023.", [{ id: "summit-2023", kind: "Event", label: "Korea–Japan summit", quote: "The summit", modality: "happened" }]);
    const graph = buildGraph([one, two]);
    expect(graph.order).toBe(2);
  });

  it("merges by an alias marked as a merge key on both sides", () => {
    const one = makeArticle("one", "South Korea acted.", [{ id: "korea", kind: "Country", label: "South Korea", aliases: ["ROK"], quote: "South Korea" }]);
    const two = makeArticle("two", "The ROK replied.", [{ id: "rok", kind: "Country", label: "Republic of Korea", aliases: ["ROK"], quote: "ROK" }]);
    // Plain on both sides: two nodes.
    expect(buildGraph([one, two]).order).toBe(2);
    // Marked on one side only: still two (the other article calls it a name inside that article).
    expect(buildGraph([{ ...one, nodes: [{ ...one.nodes[0]!, mergeAliases: ["ROK"] }] }, two]).order).toBe(2);
    // Marked on both: one node, which keeps the other article's label as an alias.
    const merged = buildGraph([{ ...one, nodes: [{ ...one.nodes[0]!, mergeAliases: ["ROK"] }] }, { ...two, nodes: [{ ...two.nodes[0]!, mergeAliases: ["ROK"] }] }]);
    expect(merged.nodes()).toEqual(["korea"]);
    expect(merged.getNodeAttribute("korea", "aliases")).toContain("Republic of Korea");
  });

  it("merges by Wikidata item (same kind, another article), and only when asked", () => {
    const one = makeArticle("one", "Japan acted.", [{ id: "japan", kind: "Country", label: "Japan", quote: "Japan" }]);
    const two = makeArticle("two", "Nippon replied.", [{ id: "nippon", kind: "Country", label: "Nippon", quote: "Nippon" }]);
    one.nodes[0]!.attributes.wikidata = "Q17";
    two.nodes[0]!.attributes.wikidata = "Q17";
    const merged = buildGraph([one, two]);
    expect(merged.nodes()).toEqual(["japan"]);
    expect(merged.getNodeAttribute("japan", "aliases")).toEqual(["Nippon"]);
    expect(buildGraph([one, two], { mergeByWikidata: false }).order).toBe(2);
    // Another kind with the same item stays apart.
    two.nodes[0]!.attributes.kind = "Organization";
    expect(buildGraph([one, two]).order).toBe(2);
  });

  it("keeps two ids of one article apart even when they share a merge key", () => {
    const one = makeArticle("one", "Japan and Japan.", [
      { id: "japan", kind: "Country", label: "Japan", quote: "Japan and" },
      { id: "japan-2", kind: "Country", label: "Japan", quote: "and Japan" },
    ]);
    expect(buildGraph([one]).order).toBe(2);
  });

  it("rewires relations of an alias-merged entity to the surviving node", () => {
    const one = makeArticle("one", "Japan acted.", [{ id: "japan", kind: "Country", label: "Japan", quote: "Japan" }]);
    const two = makeArticle("two", "Nippon and Seoul talked.", [
      { id: "nippon", kind: "Country", label: "Japan", aliases: ["Nippon"], quote: "Nippon" },
      { id: "seoul", kind: "Place", label: "Seoul", quote: "Seoul" },
    ], [{ from: "seoul", rel: "locatedIn", to: "nippon", quote: "Nippon and Seoul" }]);
    const graph = buildGraph([one, two]);
    expect(graph.edges("seoul", "japan")).toHaveLength(1);
  });
});

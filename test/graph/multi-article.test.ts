import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { graphToQuads } from "../../src/rdf/graph-to-quads.ts";
import { loadSources } from "../../src/sources/load-sources.ts";
import { SEED_DIR } from "../helpers/seed.ts";

const SECOND = "test/fixtures/articles/synthetic-2023-03-21-gsomia";

describe("several articles in one graph", () => {
  it("merges shared entities by id and by alias, and keeps every claim tied to its article", async () => {
    const graph = buildGraph(await loadSources([SEED_DIR, SECOND]));
    expect(Object.keys(graph.getAttribute("articles")).sort()).toEqual(["joongang-2023-03-24-korea-japan-supply-chain", "synthetic-2023-03-21-gsomia"]);
    // "rok" is named "Republic of Korea", an alias of the seed's "korea": one node.
    expect(graph.hasNode("rok")).toBe(false);
    expect(graph.getNodeAttribute("korea", "articles")).toHaveLength(2);
    expect(graph.getNodeAttribute("gsomia", "articles")).toHaveLength(2);
    const normalisation = graph.outEdges("gsomia-normalisation").map((e) => [graph.target(e), graph.getEdgeAttribute(e, "article")]);
    expect(normalisation).toContainEqual(["korea", "synthetic-2023-03-21-gsomia"]);
    // The summit's evidence comes from both articles, each quote located in its own text.
    const articles = graph.getAttribute("articles");
    for (const e of graph.getNodeAttribute("korea-japan-summit-2023", "evidence")) {
      expect(Array.from(articles[e.article]!.text).slice(e.start, e.end).join("")).toBe(e.quote);
    }
  });

  it("writes one named graph per article, and the build does not depend on the order of the paths", async () => {
    const a = buildGraph(await loadSources([SEED_DIR, SECOND]));
    const b = buildGraph(await loadSources([SECOND, SEED_DIR]));
    expect(JSON.stringify(a.export())).toBe(JSON.stringify(b.export()));
    const graphs = new Set(graphToQuads(a).map((q) => q.graph.value));
    expect(graphs.size).toBe(2);
  });
});

// The article's photos through the build: the credit points at the node the credited entity became (also
// after a merge renamed it), and the Gephi-style view hangs the image on its article with a creator edge
// to the agency, so the Yonhap node is connected in GEXF and GraphML.
import { beforeAll, describe, expect, it } from "vitest";
import { flatGraph } from "../../src/export/flat-graph.ts";
import { buildGraph } from "../../src/graph/build-graph.ts";
import type { ArticleModel } from "../../src/model/types.ts";
import { loadSeedModels } from "../helpers/seed.ts";

let seed: ArticleModel;
beforeAll(async () => {
  [seed] = (await loadSeedModels()) as [ArticleModel];
});

/** The seed as a second article whose agency entity has another id (same name, so it merges). */
function renamedCopy(): ArticleModel {
  const copy = structuredClone(seed);
  copy.meta.id = "second-article";
  for (const node of copy.nodes) {
    node.attributes.articles = ["second-article"];
    if (node.id === "yonhap") node.id = "yonhap-news-agency";
  }
  copy.edges = [];
  copy.meta.images = copy.meta.images?.map((image) => ({ ...image, credit: { ...image.credit!, entity: "yonhap-news-agency" } }));
  return copy;
}

describe("images in the graph", () => {
  it("the seed's photo is credited to the Yonhap node", () => {
    const graph = buildGraph([seed]);
    const [image] = graph.getAttribute("articles")[seed.meta.id]?.images ?? [];
    expect(image?.credit?.entity).toBe("yonhap");
    expect(graph.hasNode("yonhap")).toBe(true);
  });

  it("a credit follows its entity into the node it merged with, without changing the model", () => {
    const second = renamedCopy();
    const graph = buildGraph([seed, second]);
    expect(graph.hasNode("yonhap-news-agency")).toBe(false);
    expect(graph.getAttribute("articles")["second-article"]?.images?.[0]?.credit?.entity).toBe("yonhap");
    expect(second.meta.images?.[0]?.credit?.entity).toBe("yonhap-news-agency");
  });

  it("GEXF/GraphML's view: the article has the image, the image a creator edge to Yonhap", () => {
    const flat = flatGraph(buildGraph([seed]));
    const article = `article:${seed.meta.id}`;
    const image = flat.edges.find((e) => e.source === article && e.label === "image")?.target;
    expect(flat.nodes.find((n) => n.key === image)?.attributes).toMatchObject({ kind: "ImageObject", creditText: "YONHAP" });
    expect(flat.edges.filter((e) => e.source === image && e.label === "creator").map((e) => e.target)).toEqual(["yonhap"]);
  });
});

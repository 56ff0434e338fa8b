// Issue 8 §6, the seed annotation reviewed again: each finding of the review, checked on the built graph,
// so that an edit of data/articles/joongang-… that brings one back fails here.
import { beforeAll, describe, expect, it } from "vitest";
import type { ArticleModel, KnowledgeGraph } from "../../src/model/types.ts";
import { attributeClaims } from "../../src/rdf/attribution.ts";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { loadSeedModels } from "../helpers/seed.ts";

let model: ArticleModel;
let graph: KnowledgeGraph;
beforeAll(async () => {
  [model] = (await loadSeedModels()) as [ArticleModel];
  graph = buildGraph([model]);
});

const edges = (source: string | undefined, relation: string, target?: string) =>
  graph.filterEdges((_k, a, s, t) => a.relation === relation && (source === undefined || s === source) && (target === undefined || t === target));
const quoted = (words: string) => graph.filterEdges((_k, a) => a.evidence.some((e) => e.quote.includes(words)));

describe("the seed annotation, reviewed again (issue 8 §6)", () => {
  it("the domestic market is something the plans concern, not a cause of the souring", () => {
    expect(graph.filterEdges((_k, a, s, t) => a.relation === "causes" && (s === "domestic-market" || t === "domestic-market"))).toEqual([]);
    expect(edges(undefined, "concerns", "domestic-market").length).toBeGreaterThan(0);
  });

  it("completion by 2042 and groundbreaking in 2026 are planned events of their own; the facility has no date", () => {
    expect(graph.getNodeAttributes("cluster-completion")).toMatchObject({ kind: "Event", modality: "planned", date: { value: "2042", qualifier: "by" } });
    expect(graph.getNodeAttributes("industrial-complexes-groundbreaking")).toMatchObject({ kind: "Event", modality: "planned", date: { value: "2026" } });
    expect(graph.filterNodes((_n, a) => a.kind === "Facility" && a.date !== undefined)).toEqual([]);
  });

  it("implied links carry confidence < 1 and a note; 'can benefit' is a possibility; 'on top of' does not enable", () => {
    const [curbs] = edges("japan-export-curbs-2019", "causes", "korea-retaliation");
    expect(graph.getEdgeAttribute(curbs!, "confidence")).toBeLessThan(1);
    expect(graph.filterEdges((_k, a) => a.confidence < 1 && !a.note)).toEqual([]);
    expect(quoted("that can benefit both countries").filter((k) => graph.getEdgeAttribute(k, "relation") === "concerns").map((k) => graph.getEdgeAttribute(k, "modality"))).toEqual(["potential", "potential"]);
    expect(quoted("on top of").filter((k) => graph.getEdgeAttribute(k, "relation") === "enables")).toEqual([]);
  });

  it("the Friday announcement has the measures it announced, not 2 of them", () => {
    expect(edges(undefined, "partOf", "friday-announcement").length).toBeGreaterThanOrEqual(12);
  });

  it("Choo is the speaker of the summit 'that laid the foundation'", () => {
    const [summit] = edges("korea-japan-summit-2023", "enables");
    const who = attributeClaims(graph, graph.getAttribute("articles")[model.meta.id]!, graph.edges());
    expect(who.get(summit!)?.speakers).toEqual(["choo-kyung-ho"]);
  });

  it("'another overseas factor' is a node with the souring and the U.S.-China dispute part of it", () => {
    expect(graph.getNodeAttribute("overseas-factors", "kind")).toBe("Issue");
    expect(edges(undefined, "partOf", "overseas-factors").map((k) => graph.source(k))).toEqual(expect.arrayContaining(["korea-japan-relations-deterioration", "us-china-dispute"]));
  });

  it("the Yonhap photo credit is connected: the article's photo is credited to it", () => {
    expect(graph.getAttribute("articles")[model.meta.id]?.images?.map((i) => i.credit?.entity)).toEqual(["yonhap"]);
  });

  it("names inside this article ('Choo', 'the summit', 'the cluster', 'the government') are no merge keys", () => {
    const keys = new Set(model.nodes.flatMap((n) => n.mergeAliases ?? []).map((a) => a.toLowerCase()));
    for (const vague of ["choo", "the summit", "the cluster", "the government"]) expect(keys.has(vague)).toBe(false);
    expect(graph.getNodeAttribute("choo-kyung-ho", "aliases")).toContain("Choo");
  });
});

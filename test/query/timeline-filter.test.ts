import { describe, expect, it } from "vitest";
import { UsageKgError } from "../../src/errors.ts";
import { extractSubgraph } from "../../src/query/extract-subgraph.ts";
import { filterGraph } from "../../src/query/filter-graph.ts";
import { timeline } from "../../src/query/timeline.ts";
import { fixtureGraph, ARTICLE } from "./fixture-graph.ts";

describe("timeline", () => {
  it("orders dated nodes by their bounds and keeps the stated precision", () => {
    const entries = timeline(fixtureGraph());
    expect(entries.map((e) => e.node)).toEqual([
      "supreme-court-ruling-2018",
      "japan-export-curbs-2019",
      "korea-japan-summit-2023",
      "industrial-complexes-plan",
      "yongin-semiconductor-cluster",
    ]);
    expect(entries[0]!.date).toMatchObject({ value: "2018", precision: "year", qualifier: "late" });
  });

  it("filters by window (bounds overlap), modality and kind", () => {
    const graph = fixtureGraph();
    expect(timeline(graph, { from: "2018-10", to: "2018-10" }).map((e) => e.node)).toEqual(["supreme-court-ruling-2018"]);
    expect(timeline(graph, { from: "2030" }).map((e) => e.node)).toEqual(["yongin-semiconductor-cluster"]);
    expect(timeline(graph, { modalities: ["planned"], kinds: ["Plan"] }).map((e) => e.node)).toEqual(["industrial-complexes-plan"]);
    expect(() => timeline(graph, { from: "last year" })).toThrow(UsageKgError);
  });
});

describe("filterGraph and extractSubgraph", () => {
  it("filters claims and nodes by modality and keeps undated, modality-less nodes", () => {
    const graph = fixtureGraph();
    const happened = filterGraph(graph, { modalities: ["happened"] });
    expect(happened.hasNode("industrial-complexes-plan")).toBe(false);
    expect(happened.hasNode("japan")).toBe(true);
    happened.forEachEdge((_e, a) => expect(a.modality).toBe("happened"));
    expect(happened.size).toBe(graph.size - 1);
    expect(Object.keys(happened.getAttribute("articles"))).toEqual([ARTICLE]);
    // the source graph is untouched
    expect(graph.hasNode("industrial-complexes-plan")).toBe(true);
  });

  it("drops isolated nodes on request and empties the article table when nothing cites it", () => {
    const graph = fixtureGraph();
    const causal = filterGraph(graph, { relations: ["causes"], dropIsolated: true });
    expect(causal.order).toBe(4);
    expect(filterGraph(graph, { articles: ["other"] }).getAttribute("articles")).toEqual({});
  });

  it("extracts a neighbourhood as a graph of the same contract", () => {
    const graph = fixtureGraph();
    const around = extractSubgraph(graph, ["gsomia-non-extension-decision"], { radius: 1 });
    expect(around.nodes().sort()).toEqual(["gsomia", "gsomia-non-extension-decision", "korea", "korea-retaliation"]);
    expect(around.size).toBe(3);
    expect(around.getEdgeAttributes("claim-4").evidence[0]!.quote).toContain("declined to extend");
  });
});

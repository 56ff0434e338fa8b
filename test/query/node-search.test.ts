import { describe, expect, it } from "vitest";
import type { Figure } from "../../src/model/types.ts";
import { findNodes } from "../../src/query/find-nodes.ts";
import { prepareNodeSearch } from "../../src/query/node-search.ts";
import { fixtureGraph } from "./fixture-graph.ts";

function withFigure() {
  const graph = fixtureGraph();
  const figure: Figure = {
    id: "a.yongin-semiconductor-cluster.0", measure: "investment", comparator: "moreThan", value: 300e12, unit: "KRW", text: "300 trillion won",
    converted: { value: 230e9, unit: "USD", text: "$230 billion" }, evidence: [],
  };
  graph.setNodeAttribute("yongin-semiconductor-cluster", "figures", [figure]);
  return graph;
}

describe("prepareNodeSearch with content", () => {
  it("names only by default: dates, figures and quotes need content: true", () => {
    const graph = withFigure();
    expect(findNodes(graph, "by 2042")).toEqual([]);
    expect(findNodes(graph, "trillion won")).toEqual([]);
    expect(findNodes(graph, "curbed exports on three")).toEqual([]);
    expect(findNodes(graph, "GSOMIA", { content: true }).slice(0, 2).map((m) => m.id)).toEqual(["gsomia", "gsomia-non-extension-decision"]);
  });

  it("finds a node by its date as written or normalised", () => {
    const search = prepareNodeSearch(withFigure());
    expect(search.find("by 2042", { content: true })[0]).toMatchObject({ id: "yongin-semiconductor-cluster", matchedOn: "date", matchedText: "by 2042", score: 85 });
    const in2026 = search.find("2026", { content: true });
    expect(in2026[0]).toMatchObject({ id: "industrial-complexes-plan", matchedOn: "date", matchedText: "2026" });
  });

  it("finds a node by a figure as written, its stated conversion, or a bare number equal to the value", () => {
    const search = prepareNodeSearch(withFigure());
    expect(search.find("300 trillion", { content: true })[0]).toMatchObject({ id: "yongin-semiconductor-cluster", matchedOn: "figure", matchedText: "300 trillion won" });
    expect(search.find("$230 billion", { content: true })[0]).toMatchObject({ id: "yongin-semiconductor-cluster", matchedOn: "figure", matchedText: "$230 billion" });
    expect(search.find("300,000,000,000,000", { content: true })[0]).toMatchObject({ id: "yongin-semiconductor-cluster", matchedOn: "figure", score: 85 });
    expect(search.find("300000000000001", { content: true })).toEqual([]);
  });

  it("finds a node by the article's words it quotes, ranked below every name match", () => {
    const graph = withFigure();
    const byQuote = findNodes(graph, "curbed exports on three", { content: true });
    expect(byQuote[0]).toMatchObject({ id: "japan-export-curbs-2019", matchedOn: "quote", matchedText: "Tokyo curbed exports on three key products" });
    const tokyo = findNodes(graph, "tokyo", { content: true });
    const firstQuote = tokyo.findIndex((m) => m.matchedOn === "quote");
    expect(firstQuote).toBeGreaterThan(0);
    expect(tokyo.slice(firstQuote).every((m) => m.matchedOn === "quote" && m.score <= 35)).toBe(true);
    expect(tokyo.slice(0, firstQuote).every((m) => m.matchedOn !== "quote")).toBe(true);
  });
});

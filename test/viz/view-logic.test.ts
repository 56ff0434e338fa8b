import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { graphFromJson } from "../../viz/src/load-graph.ts";
import { causalChain, causalSubgraph } from "../../viz/src/causal-chain.ts";
import { computeVisible } from "../../viz/src/visibility.ts";
import { decodeViewState, encodeViewState } from "../../viz/src/url-state.ts";
import { initialViewState } from "../../viz/src/view-state.ts";
import { buildSearchIndex, searchNodes } from "../../viz/src/search-index.ts";
import { findPaths } from "../../viz/src/find-paths.ts";
import { nodeYears, yearDomain } from "../../viz/src/node-years.ts";
import { selectionEmphasis } from "../../viz/src/emphasis.ts";

const fixture = () => graphFromJson(JSON.parse(readFileSync(new URL("../fixtures/graph.json", import.meta.url), "utf8")));

describe("causal chain", () => {
  it("follows causal relations only, transitively, both ways", () => {
    const graph = fixture();
    const chain = causalChain(causalSubgraph(graph), "export-curbs");
    expect(chain.upstream).toEqual(["ruling-2018"]);
    expect(new Set(chain.downstream)).toEqual(new Set(["relations-sour", "retaliation", "gsomia-decision", "uncertainty", "trade-drop", "travel-drop"]));
    // hasActor/issuedBy neighbours are not causes.
    expect(chain.upstream).not.toContain("japan");
    for (const edge of chain.edges) expect(["causes", "enables", "prevents", "intendsToCause"]).toContain(graph.getEdgeAttribute(edge, "relation"));
  });

  it("emphasises the chain from the 2018 ruling to the GSOMIA decision", () => {
    const graph = fixture();
    const emphasis = selectionEmphasis(graph, causalSubgraph(graph), { type: "node", key: "ruling-2018" });
    expect(emphasis?.nodes.has("gsomia-decision")).toBe(true);
    expect(emphasis?.nodes.has("cluster")).toBe(false);
  });
});

describe("filters", () => {
  it("hides kinds, relations, modalities and dates outside the window, and dangling edges", () => {
    const graph = fixture();
    const all = computeVisible(graph, initialViewState());
    expect(all.nodes.size).toBe(graph.order);
    expect(all.edges.size).toBe(graph.size);

    const noPeople = computeVisible(graph, { ...initialViewState(), hiddenKinds: ["Person"] });
    expect(noPeople.nodes.has("choo")).toBe(false);
    graph.forEachEdge("choo", (edge) => expect(noPeople.edges.has(edge)).toBe(false));

    const noPlans = computeVisible(graph, { ...initialViewState(), hiddenModalities: ["planned"] });
    expect(noPlans.nodes.has("supply-chain")).toBe(false);
    expect(noPlans.nodes.has("ruling-2018")).toBe(true);

    const early = computeVisible(graph, { ...initialViewState(), timeWindow: [2018, 2019] });
    expect(early.nodes.has("ruling-2018")).toBe(true);
    expect(early.nodes.has("summit")).toBe(false); // 2023
    expect(early.nodes.has("cluster")).toBe(true); // "by 2042": no earliest bound
    expect(early.nodes.has("korea")).toBe(true); // undated
  });

  it("derives year spans and the timeline domain from the contract's bounds", () => {
    expect(nodeYears({ date: { text: "late 2018", value: "2018", earliest: "2018-09-01", latest: "2018-12-31" } })).toEqual({ from: 2018, to: 2018 });
    expect(nodeYears({ date: { text: "2019", value: "2019" } })).toEqual({ from: 2019, to: 2019 });
    expect(nodeYears({ date: { text: "by 2042", latest: "2042-12-31" } })).toEqual({ from: -Infinity, to: 2042 });
    expect(nodeYears({ date: { text: "during World War II" } })).toBeNull();
    expect(yearDomain([{ from: 2018, to: 2018 }, null, { from: -Infinity, to: 2042 }])).toEqual([2018, 2042]);
  });
});

describe("URL state", () => {
  const has = { node: (k: string) => k === "ruling-2018" || k === "gsomia", edge: (k: string) => k === "claim-01" };
  it("round-trips a view and keeps foreign parameters", () => {
    const state = { ...initialViewState(), selection: { type: "node" as const, key: "ruling-2018" }, hiddenKinds: ["Person" as const], timeWindow: [2018, 2023] as [number, number], view: "list" as const, pathTo: "gsomia" };
    const params = encodeViewState(state, new URLSearchParams("graph=x.json"));
    expect(params.get("graph")).toBe("x.json");
    expect(decodeViewState(params, has)).toEqual(state);
  });

  it("drops unknown keys and vocabulary values", () => {
    const state = decodeViewState(new URLSearchParams("node=nope&hideKinds=Person,Bogus&time=x"), has);
    expect(state.selection).toBeNull();
    expect(state.hiddenKinds).toEqual(["Person"]);
    expect(state.timeWindow).toBeNull();
  });
});

describe("search", () => {
  it("finds labels and aliases, case- and accent-insensitively, best match first", () => {
    const graph = fixture();
    const index = buildSearchIndex(graph.mapNodes((node, a) => ({ node, label: a.label, aliases: a.aliases, kind: a.kind })));
    expect(searchNodes(index, "gsomia")[0]?.node).toBe("gsomia");
    expect(searchNodes(index, "Gsomia").map((r) => r.node)).toContain("gsomia-decision");
    expect(searchNodes(index, "tokyo")[0]?.node).toBe("japan");
    expect(searchNodes(index, "CHÓO")[0]?.node).toBe("choo");
    expect(searchNodes(index, "zzzz")).toEqual([]);
  });
});

describe("paths", () => {
  it("finds the directed path from the ruling to the GSOMIA decision, hop by hop", () => {
    const graph = fixture();
    const result = findPaths(graph, "ruling-2018", "gsomia-decision");
    expect(result.undirected).toBe(false);
    const first = result.paths[0] ?? [];
    expect(first).toHaveLength(2);
    expect(first.map((hop) => graph.target(hop[0] ?? ""))).toEqual(["export-curbs", "gsomia-decision"]);
  });

  it("falls back to undirected paths and respects the edge filter", () => {
    const graph = fixture();
    const result = findPaths(graph, "japan", "korea");
    expect(result.undirected).toBe(true);
    expect(result.paths.length).toBeGreaterThan(0);
    expect(findPaths(graph, "ruling-2018", "gsomia-decision", { keepEdge: () => false }).paths).toEqual([]);
  });
});

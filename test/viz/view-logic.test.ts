import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { graphFromJson } from "../../viz/src/load-graph.ts";
import { causalChain, chainFilter } from "../../viz/src/causal-chain.ts";
import { effectsOf } from "../../src/query/effects-of.ts";
import { filterGraph } from "../../src/query/filter-graph.ts";
import { findNodes } from "../../src/query/find-nodes.ts";
import { prepareNodeSearch } from "../../src/query/node-search.ts";
import { filterSummary } from "../../viz/src/filter-summary.ts";
import { computeVisible, viewFilter } from "../../viz/src/visibility.ts";
import { decodeViewState, encodeViewState } from "../../viz/src/url-state.ts";
import { initialViewState } from "../../viz/src/view-state.ts";
import { viewPaths } from "../../viz/src/view-paths.ts";
import { allPaths } from "../../src/query/all-paths.ts";
import { causesOf } from "../../src/query/causes-of.ts";
import { EFFECTS_CAP, effectsUpTo, landmarks } from "../../viz/src/landmarks.ts";
import { nodeYears, yearDomain } from "../../viz/src/node-years.ts";
import { selectionEmphasis } from "../../viz/src/emphasis.ts";
import { photoCredits } from "../../viz/src/article-panel.ts";
import { loadSeedGraph } from "../helpers/seed.ts";

const fixture = () => graphFromJson(JSON.parse(readFileSync(new URL("../fixtures/graph.json", import.meta.url), "utf8")));

describe("causal chain", () => {
  it("is the core's causesOf / effectsOf: causal relations only, transitively, both ways", () => {
    const graph = fixture();
    const chain = causalChain(graph, "export-curbs", chainFilter({}));
    expect(chain.causes.map((l) => l.node)).toEqual(["ruling-2018"]);
    expect(new Set(chain.effects.map((l) => l.node))).toEqual(new Set(["relations-sour", "retaliation", "gsomia-decision", "uncertainty", "trade-drop", "travel-drop"]));
    expect(chain.effects).toEqual(effectsOf(graph, "export-curbs"));
    // hasActor/issuedBy neighbours are not causes.
    expect(chain.causes.map((l) => l.node)).not.toContain("japan");
  });

  it("does not follow prevents (as kg effects does not), and follows no relation the filters hide", () => {
    const graph = fixture();
    graph.addEdgeWithKey("test-prevents", "gsomia-decision", "gsomia", { ...graph.getEdgeAttributes(graph.edges("gsomia-decision", "gsomia")[0] ?? ""), relation: "prevents" });
    expect(causalChain(graph, "ruling-2018", chainFilter({})).effects.map((l) => l.node)).not.toContain("gsomia");
    const noCauses = chainFilter(viewFilter(graph, { ...initialViewState(), hiddenRelations: ["causes"] }));
    expect(causalChain(graph, "ruling-2018", noCauses).effects).toEqual([]);
  });

  it("emphasises the chain from the 2018 ruling to the GSOMIA decision", () => {
    const graph = fixture();
    const emphasis = selectionEmphasis(graph, causalChain(graph, "ruling-2018"), { type: "node", key: "ruling-2018" });
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
    expect(early.nodes.has("cluster")).toBe(false); // "by 2042" is the point 2042 (the core's inWindow)
    expect(early.nodes.has("korea")).toBe(true); // undated
  });

  it("combines filters: every hidden value applies at once, as filterGraph answers", () => {
    const graph = fixture();
    const state = { ...initialViewState(), hiddenKinds: ["Person" as const, "Country" as const], hiddenModalities: ["expected" as const], hiddenRelations: ["concerns" as const], timeWindow: [2019, 2023] as [number, number] };
    const visible = computeVisible(graph, state);
    const core = filterGraph(graph, {
      kinds: [...new Set(graph.mapNodes((_n, a) => a.kind))].filter((k) => k !== "Person" && k !== "Country"),
      modalities: ["happened", "planned"],
      relations: [...new Set(graph.mapEdges((_e, a) => a.relation))].filter((r) => r !== "concerns"),
      from: "2019",
      to: "2023",
    });
    expect([...visible.nodes].sort()).toEqual(core.nodes().sort());
    expect([...visible.edges].sort()).toEqual(core.edges().sort());
    expect(visible.nodes.has("choo") || visible.nodes.has("korea") || visible.nodes.has("spillovers") || visible.nodes.has("ruling-2018")).toBe(false);
    expect(filterSummary(state)).toBe("2 kinds hidden, 1 modality hidden, 1 relation hidden, 2019–2023");
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
    const state = { ...initialViewState(), selection: { type: "node" as const, key: "ruling-2018" }, hiddenKinds: ["Person" as const], hiddenArticles: ["a1"], timeWindow: [2018, 2023] as [number, number], view: "list" as const, pathTo: "gsomia", story: { chain: 2, hop: 1 } };
    const params = encodeViewState(state, new URLSearchParams("graph=x.json"));
    expect(params.get("graph")).toBe("x.json");
    expect(decodeViewState(params, has)).toEqual(state);
  });

  it("drops unknown keys and vocabulary values", () => {
    const state = decodeViewState(new URLSearchParams("node=nope&hideKinds=Person,Bogus&time=x&story=1"), has);
    expect(state.selection).toBeNull();
    expect(state.story).toBeNull();
    expect(state.hiddenKinds).toEqual(["Person"]);
    expect(state.timeWindow).toBeNull();
  });
});

describe("search", () => {
  it("is the core's node search: labels, aliases and ids, case, accents and hyphens folded", () => {
    const graph = fixture();
    const search = prepareNodeSearch(graph);
    expect(search.find("gsomia")[0]?.id).toBe("gsomia");
    expect(search.find("Gsomia").map((r) => r.id)).toContain("gsomia-decision");
    expect(search.find("tokyo")[0]?.id).toBe("japan");
    expect(search.find("CHÓO")[0]?.id).toBe("choo");
    expect(search.find("kyung ho")[0]?.id).toBe("choo");
    expect(search.find("zzzz")).toEqual([]);
    expect(search.find("korea", { limit: 8 })).toEqual(findNodes(graph, "korea", { limit: 8 }));
  });
});

describe("paths", () => {
  it("are the core's allPaths, limited, and walk no node the filters hide", () => {
    const graph = fixture();
    const core = allPaths(graph, "ruling-2018", "gsomia-decision", { maxLength: 4 });
    expect(core.length).toBeGreaterThan(0);
    const view = viewPaths(graph, "ruling-2018", "gsomia-decision", {}, { maxLength: 4, limit: 1 });
    expect(view).toEqual({ paths: core.slice(0, 1), total: core.length });
    const middle = core[0]!.nodes.slice(1, -1);
    expect(middle.length).toBeGreaterThan(0);
    const hiddenKind = graph.getNodeAttribute(middle[0]!, "kind");
    const kinds = [...new Set(graph.mapNodes((_n, a) => a.kind))].filter((k) => k !== hiddenKind);
    const filtered = viewPaths(graph, "ruling-2018", "gsomia-decision", { kinds }, { maxLength: 4, limit: 10 });
    expect(filtered.paths.some((p) => p.nodes.join() === core[0]!.nodes.join())).toBe(false);
    expect(filtered.paths.every((p) => p.nodes.every((n) => graph.getNodeAttribute(n, "kind") !== hiddenKind))).toBe(true);
    expect(viewPaths(graph, "ruling-2018", "ruling-2018", {}, { maxLength: 4, limit: 10 }).paths).toEqual([]);
  });
});

describe("landmarks", () => {
  it("are root causes (effects, no cause, most effects first) and each article's most quoted nodes", () => {
    const graph = fixture();
    const { roots, subjects } = landmarks(graph, { roots: 2, subjectsPerArticle: 1 });
    expect(roots.length).toBeGreaterThan(0);
    for (const root of roots) {
      expect(causesOf(graph, root)).toEqual([]);
      expect(effectsOf(graph, root).length).toBeGreaterThan(0);
    }
    const counts = roots.map((r) => effectsOf(graph, r).length);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const articles = new Set(graph.mapNodes((_n, a) => a.evidence.map((e) => e.article)).flat());
    expect(subjects.length).toBe(articles.size);
    for (const node of subjects) {
      const article = graph.getNodeAttribute(node, "evidence")[0]!.article;
      const most = Math.max(...graph.mapNodes((_n, a) => a.evidence.filter((e) => e.article === article).length));
      expect(graph.getNodeAttribute(node, "evidence").filter((e) => e.article === article).length).toBe(most);
    }
    expect(landmarks(graph, { roots: 0, subjectsPerArticle: 0 })).toEqual({ roots: [], subjects: [] });
  });

  it("on big graphs count a root's effects as effectsOf does, up to a cap", () => {
    const graph = fixture();
    const reaching = graph.nodes().filter((n) => effectsOf(graph, n).length > 1);
    expect(reaching.length).toBeGreaterThan(0);
    for (const node of graph.nodes()) expect(effectsUpTo(graph, node, graph.order)).toBe(effectsOf(graph, node).length);
    for (const node of reaching) expect(effectsUpTo(graph, node, 1)).toBe(1);
  });

  it("on big graphs rank every candidate root by its capped count, ties by name, though few are walked", () => {
    // 300 roots (over the exact-count limit), root i starting a causal chain of i % 130 + 1 nodes: some
    // reach the cap, most do not, and their names are not in count order.
    const graph = graphFromJson({ nodes: [], edges: [] });
    const node = (key: string) => graph.addNode(key, { label: key, kind: "Event", aliases: [], description: "", figures: [], evidence: [], articles: [] } as never);
    const link = (s: string, t: string) => graph.addEdge(s, t, { relation: "causes", modality: "happened", confidence: 1, article: "a", evidence: [] } as never);
    for (let i = 0; i < 300; i++) {
      const root = `r${(i * 7919) % 300}`;
      node(root);
      let last = root;
      for (let k = 0; k <= i % 130; k++) {
        const next = node(`${root}-${k}`);
        link(last, next);
        last = next;
      }
    }
    const candidates = graph.filterNodes((n) => /^r\d+$/.test(n));
    const brute = candidates.map((n) => ({ n, e: effectsUpTo(graph, n, EFFECTS_CAP) }))
      .sort((a, b) => b.e - a.e || a.n.localeCompare(b.n)).map((r) => r.n);
    expect(brute.slice(0, 5).every((n) => effectsUpTo(graph, n, EFFECTS_CAP) === EFFECTS_CAP)).toBe(true);
    for (const count of [1, 5, 40, 120]) expect(landmarks(graph, { roots: count, subjectsPerArticle: 0 }).roots).toEqual(brute.slice(0, count));
  });
});

describe("explorer settings", () => {
  it("resolves defaults and rejects bad or unknown values by setting name", async () => {
    const { DEFAULT_EXPLORER_SETTINGS, ExplorerSettingsError, resolveExplorerSettings } = await import("../../viz/src/settings.ts");
    expect(resolveExplorerSettings()).toEqual(DEFAULT_EXPLORER_SETTINGS);
    expect(resolveExplorerSettings({ searchLimit: 12 }).searchLimit).toBe(12);
    for (const bad of [{ searchLimit: 0 }, { pathMaxDepth: 2.5 }, { listMaxRows: Number.NaN }, { bogus: 1 } as never]) {
      let caught: unknown;
      try {
        resolveExplorerSettings(bad);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ExplorerSettingsError);
      expect((caught as InstanceType<typeof ExplorerSettingsError>).setting).toBe(Object.keys(bad)[0]);
    }
  });
});

describe("article panel", () => {
  it("shows the seed photo's credit by the agency's name", async () => expect(photoCredits(await loadSeedGraph(), "joongang-2023-03-24-korea-japan-supply-chain")).toEqual(["Photo: Yonhap"]));
});

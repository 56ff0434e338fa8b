// The story's chains (src/query/story-chains.ts) on the four-article corpus: each is a walk kg effects gives from
// a root cause, and several filters at once (relations, modalities, articles) bind every hop together.
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { causesOf } from "../../src/query/causes-of.ts";
import { DEFAULT_CAUSAL_RELATIONS } from "../../src/query/causal-relations.ts";
import { effectsOf } from "../../src/query/effects-of.ts";
import type { EdgeFilter } from "../../src/query/edge-filter.ts";
import { storyChains, storyRoots } from "../../src/query/story-chains.ts";
import { loadSources } from "../../src/sources/load-sources.ts";

let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = buildGraph(await loadSources(["data"]));
});

const SEED = "joongang-2023-03-24-korea-japan-supply-chain";

describe("storyChains", () => {
  it("starts every chain at a root cause and follows kg effects' own chains; prevents only ends one", () => {
    const chains = storyChains(graph);
    expect(chains.length).toBeGreaterThan(5);
    const roots = new Set(storyRoots(graph));
    for (const { root, hops } of chains) {
      expect(roots.has(root)).toBe(true);
      expect(causesOf(graph, root)).toEqual([]);
      expect(hops[0]!.source).toBe(root);
      hops.forEach((hop, i) => {
        if (i > 0) expect(hop.source).toBe(hops[i - 1]!.target);
        if (hop.relation === "prevents") expect(i).toBe(hops.length - 1);
      });
      const walked = hops.filter((h) => h.relation !== "prevents");
      if (walked.length) {
        const end = walked[walked.length - 1]!.target;
        const link = effectsOf(graph, root).find((l) => l.node === end);
        expect(link?.chain.map((h) => h.claim)).toEqual(walked.map((h) => h.claim));
      }
    }
    // Longest first, and no chain is only the start of another.
    for (let i = 1; i < chains.length; i++) expect(chains[i - 1]!.hops.length).toBeGreaterThanOrEqual(chains[i]!.hops.length);
    for (const a of chains) {
      for (const b of chains) {
        if (a !== b && a.hops.length < b.hops.length) expect(a.hops.every((h, i) => b.hops[i]?.claim === h.claim)).toBe(false);
      }
    }
  });

  it("binds every hop to all filters at once: relations, modalities and articles together", () => {
    const filter: EdgeFilter = { relations: ["causes", "prevents"], modalities: ["happened"], articles: [SEED] };
    const chains = storyChains(graph, filter);
    expect(chains.length).toBeGreaterThan(0);
    for (const { hops } of chains) {
      for (const hop of hops) {
        expect(["causes", "prevents"]).toContain(hop.relation);
        expect(hop.modality).toBe("happened");
        expect(hop.article).toBe(SEED);
      }
    }
    // Each filter alone lets through more than all three together.
    const count = (f: EdgeFilter) => new Set(storyChains(graph, f).flatMap((c) => c.hops.map((h) => h.claim))).size;
    const together = count(filter);
    expect(count({ relations: filter.relations })).toBeGreaterThan(together);
    expect(count({ modalities: filter.modalities })).toBeGreaterThan(together);
    expect(count({ articles: filter.articles })).toBeGreaterThan(together);
  });

  it("walks nothing but prevents when the relations leave no walked relation", () => {
    const chains = storyChains(graph, { relations: ["prevents"] });
    expect(chains.length).toBeGreaterThan(0);
    for (const { hops } of chains) expect(hops.map((h) => h.relation)).toEqual(["prevents"]);
    expect(DEFAULT_CAUSAL_RELATIONS).not.toContain("prevents");
  });
});

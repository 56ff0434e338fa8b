import { describe, expect, it } from "vitest";
import { NotFoundKgError } from "../../src/errors.ts";
import { causesOf } from "../../src/query/causes-of.ts";
import { effectsOf } from "../../src/query/effects-of.ts";
import { fixtureGraph } from "./fixture-graph.ts";

describe("causesOf", () => {
  it("walks back from the GSOMIA decision to the 2018 ruling with an evidence chain in causal order", () => {
    const graph = fixtureGraph();
    const causes = causesOf(graph, "gsomia-non-extension-decision");
    expect(causes.map((c) => [c.node, c.depth])).toEqual([
      ["korea-retaliation", 1],
      ["japan-export-curbs-2019", 2],
      ["supreme-court-ruling-2018", 3],
    ]);
    const ruling = causes.at(-1)!;
    expect(ruling.chain.map((h) => [h.source, h.target])).toEqual([
      ["supreme-court-ruling-2018", "japan-export-curbs-2019"],
      ["japan-export-curbs-2019", "korea-retaliation"],
      ["korea-retaliation", "gsomia-non-extension-decision"],
    ]);
    // The more confident of the two claims for the first link, with its quote and modality.
    expect(ruling.chain[0]!.quotes).toEqual(["The move arose from a Korean supreme court decision in late 2018"]);
    expect(ruling.chain[0]!.modality).toBe("happened");
    expect(ruling.chain[0]!.confidence).toBe(0.9);
  });

  it("stops at direct causes when not transitive", () => {
    expect(causesOf(fixtureGraph(), "gsomia-non-extension-decision", { transitive: false }).map((c) => c.node)).toEqual(["korea-retaliation"]);
  });

  it("honours maxDepth and edge filters", () => {
    const graph = fixtureGraph();
    expect(causesOf(graph, "gsomia-non-extension-decision", { maxDepth: 2 }).map((c) => c.node)).toEqual(["korea-retaliation", "japan-export-curbs-2019"]);
    expect(causesOf(graph, "industrial-complexes-plan").map((c) => c.node)).toEqual(["korea-japan-summit-2023"]);
    expect(causesOf(graph, "industrial-complexes-plan", { modalities: ["happened"] })).toEqual([]);
    // prevents is not a cause unless asked for.
    expect(causesOf(graph, "korea-japan-summit-2023")).toEqual([]);
    expect(causesOf(graph, "korea-japan-summit-2023", { relations: ["prevents"] }).map((c) => c.node)).toEqual(["japan-export-curbs-2019"]);
  });

  it("sees claims added after a first query", () => {
    const graph = fixtureGraph();
    expect(causesOf(graph, "supreme-court-ruling-2018")).toEqual([]);
    graph.addEdgeWithKey("late", "korea", "supreme-court-ruling-2018", { ...graph.getEdgeAttributes("claim-1"), relation: "causes" });
    expect(causesOf(graph, "supreme-court-ruling-2018").map((c) => c.node)).toEqual(["korea"]);
  });

  it("throws NotFoundKgError with suggestions for an unknown node", () => {
    const error = (() => {
      try {
        causesOf(fixtureGraph(), "gsomia-non-extension-decison");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(NotFoundKgError);
    expect((error as NotFoundKgError).suggestions).toContain("gsomia-non-extension-decision");
  });
});

describe("effectsOf", () => {
  it("walks forward from the ruling with chains starting at the ruling", () => {
    const effects = effectsOf(fixtureGraph(), "supreme-court-ruling-2018");
    expect(effects.map((e) => e.node)).toEqual(["japan-export-curbs-2019", "korea-retaliation", "gsomia-non-extension-decision"]);
    const last = effects.at(-1)!;
    expect(last.chain[0]!.source).toBe("supreme-court-ruling-2018");
    expect(last.chain.at(-1)!.target).toBe("gsomia-non-extension-decision");
  });
});

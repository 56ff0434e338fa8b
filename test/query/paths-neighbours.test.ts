import { describe, expect, it } from "vitest";
import { actorsOf } from "../../src/query/actors-of.ts";
import { allPaths } from "../../src/query/all-paths.ts";
import { neighbours } from "../../src/query/neighbours.ts";
import { shortestPath } from "../../src/query/shortest-path.ts";
import { fixtureGraph } from "./fixture-graph.ts";

describe("paths", () => {
  it("finds the shortest path, undirected by default, with claims in their stated direction", () => {
    const graph = fixtureGraph();
    const path = shortestPath(graph, "japan", "korea")!;
    expect(path.nodes).toEqual(["japan", "japan-export-curbs-2019", "korea-retaliation", "gsomia-non-extension-decision", "korea"]);
    expect(path.hops[0]).toMatchObject({ source: "japan-export-curbs-2019", target: "japan", relation: "hasActor" });
  });

  it("returns null when directed claims do not connect", () => {
    const graph = fixtureGraph();
    expect(shortestPath(graph, "gsomia-non-extension-decision", "supreme-court-ruling-2018", { directed: true })).toBeNull();
    expect(shortestPath(graph, "supreme-court-ruling-2018", "gsomia-non-extension-decision", { directed: true, relations: ["causes"] })?.nodes).toHaveLength(4);
  });

  it("lists all simple paths up to a length, shortest first", () => {
    const graph = fixtureGraph();
    const paths = allPaths(graph, "japan-export-curbs-2019", "industrial-complexes-plan", { maxLength: 2 });
    expect(paths.map((p) => p.nodes)).toEqual([["japan-export-curbs-2019", "korea-japan-summit-2023", "industrial-complexes-plan"]]);
    expect(allPaths(graph, "japan-export-curbs-2019", "industrial-complexes-plan", { maxLength: 1 })).toEqual([]);
    expect(allPaths(graph, "japan", "korea", { maxLength: 6 }).length).toBeGreaterThanOrEqual(1);
  });
});

describe("neighbours and actors", () => {
  it("lists neighbours by relation and direction", () => {
    const graph = fixtureGraph();
    const out = neighbours(graph, "gsomia-non-extension-decision", { direction: "out" });
    expect(out.map((n) => [n.hop.relation, n.node])).toEqual([
      ["concerns", "gsomia"],
      ["hasActor", "korea"],
    ]);
    expect(neighbours(graph, "gsomia-non-extension-decision", { relations: ["causes"] }).map((n) => [n.direction, n.node])).toEqual([["in", "korea-retaliation"]]);
  });

  it("gives the actors of an event with their roles", () => {
    expect(actorsOf(fixtureGraph(), "japan-export-curbs-2019").map((a) => [a.actor, a.role])).toEqual([["japan", "party"]]);
  });
});

import { describe, expect, it } from "vitest";
import { NotFoundKgError } from "../../src/errors.ts";
import { findNodes } from "../../src/query/find-nodes.ts";
import { resolveNode } from "../../src/query/resolve-node.ts";
import { suggestNodes } from "../../src/query/suggest-nodes.ts";
import { fixtureGraph } from "./fixture-graph.ts";

describe("findNodes", () => {
  it("matches id, label and alias, ignoring case and accents, best first", () => {
    const graph = fixtureGraph();
    expect(findNodes(graph, "gsomia")[0]).toMatchObject({ id: "gsomia", matchedOn: "id" });
    expect(findNodes(graph, "GSOMIA").map((m) => m.id)).toEqual(["gsomia", "gsomia-non-extension-decision"]);
    expect(findNodes(graph, "republic of KOREA")[0]).toMatchObject({ id: "korea", matchedOn: "alias" });
    expect(findNodes(graph, "seoul test").map((m) => m.id)).toEqual(["séoul-test"]);
    expect(findNodes(graph, "Séoul").map((m) => m.id)).toEqual(["séoul-test"]);
  });

  it("filters by kind, and an empty text lists a kind", () => {
    const graph = fixtureGraph();
    expect(findNodes(graph, "", { kinds: ["Country"] }).map((m) => m.id).sort()).toEqual(["japan", "korea"]);
    expect(findNodes(graph, "korea", { kinds: ["Event"] }).every((m) => m.kind === "Event")).toBe(true);
  });
});

describe("suggestions and resolution", () => {
  it("suggests close ids for typos", () => {
    expect(suggestNodes(fixtureGraph(), "japn")).toContain("japan");
  });

  it("resolves an id, an exact label or alias, and refuses ambiguity", () => {
    const graph = fixtureGraph();
    expect(resolveNode(graph, "japan")).toBe("japan");
    expect(resolveNode(graph, "Tokyo")).toBe("japan");
    expect(resolveNode(graph, "south korea")).toBe("korea");
    expect(() => resolveNode(graph, "nowhere-land")).toThrow(NotFoundKgError);
  });
});

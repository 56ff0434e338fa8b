// The drafter runs in the browser too: nothing it imports, directly or through other modules of
// src/, may reach a Node built-in. Checked on the import graph itself, so a new `node:` import
// anywhere under the drafter fails here rather than in a user's bundle.
import { describe, expect, it } from "vitest";
import { builtinsReached, importGraph } from "../helpers/import-graph.ts";

describe("the drafter is browser-safe", () => {
  it.each(["src/draft/draft-annotation.ts", "src/draft/assemble-annotation.ts", "src/draft/keep-valid.ts", "src/draft/annotation-yaml.ts"])("%s imports no Node built-in", (entry) => {
    expect(importGraph(entry).files.length).toBeGreaterThanOrEqual(1);
    expect(builtinsReached(entry)).toEqual([]);
  });

  it("the check itself sees a node: import", () => {
    expect(builtinsReached("src/cli/draft-folder.ts").length).toBeGreaterThan(0);
  });
});

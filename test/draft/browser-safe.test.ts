// The drafter runs in the browser too: nothing it imports, directly or through other modules of
// src/, may reach a Node built-in. Checked on the import graph itself, so a new `node:` import
// anywhere under the drafter fails here rather than in a user's bundle.
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// Type-only imports vanish at compile time, so they cannot pull a built-in into a bundle.
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function importGraph(entry: string): { files: string[]; external: Map<string, string> } {
  const seen = new Set<string>();
  const external = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith(".ts")) return;
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? "";
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      else external.set(spec, file);
    }
  };
  visit(resolve(entry));
  return { files: [...seen], external };
}

describe("the drafter is browser-safe", () => {
  it.each(["src/draft/draft-annotation.ts", "src/draft/assemble-annotation.ts", "src/draft/keep-valid.ts", "src/draft/annotation-yaml.ts"])("%s imports no Node built-in", (entry) => {
    const { files, external } = importGraph(entry);
    expect(files.length).toBeGreaterThanOrEqual(1);
    const offending = [...external].filter(([spec]) => BUILTINS.has(spec) || BUILTINS.has(spec.split("/")[0] ?? ""));
    expect(offending).toEqual([]);
  });

  it("the check itself sees a node: import", () => {
    const { external } = importGraph("src/cli/draft-folder.ts");
    expect([...external.keys()].some((spec) => BUILTINS.has(spec))).toBe(true);
  });
});

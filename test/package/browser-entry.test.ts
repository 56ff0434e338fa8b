// The package's "./browser" entry (src/browser.ts) must stay browser-safe: no module it reaches, directly
// or through other modules of src/, imports a Node built-in. Checked on the import graph of the sources,
// so a new `node:` import anywhere behind the entry fails here rather than in a user's bundle. (The
// installed-package test bundles the compiled entry with vite as well.)
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// Type-only imports and exports vanish at compile time, so they cannot pull a built-in into a bundle.
const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const isBuiltin = (spec: string) => BUILTINS.has(spec) || BUILTINS.has(spec.split("/")[0] ?? "");

/** Every Node built-in reachable from an entry, with the chain of files that reaches it. */
function builtinsReachable(entry: string): { files: number; offending: string[] } {
  const seen = new Set<string>();
  const offending: string[] = [];
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file) || !file.endsWith(".ts")) return;
    seen.add(file);
    const here = [...chain, relative(process.cwd(), file)];
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? "";
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec), here);
      else if (isBuiltin(spec)) offending.push(`${here.join(" → ")} → ${spec}`);
    }
  };
  visit(resolve(entry), []);
  return { files: seen.size, offending };
}

describe("news-kg/browser", () => {
  it("reaches no Node built-in", () => {
    const { files, offending } = builtinsReachable("src/browser.ts");
    expect(files).toBeGreaterThan(50);
    expect(offending).toEqual([]);
  });

  it("the check sees a Node built-in behind the Node entry", () => {
    expect(builtinsReachable("src/index.ts").offending.length).toBeGreaterThan(0);
  });

  it("exports every value of the browser-safe stages the Node entry exports", async () => {
    const browser = await import("../../src/browser.ts");
    const node = await import("../../src/index.ts");
    const names = Object.keys(browser);
    // The Node entry re-exports the browser one: nothing of it is missing there.
    expect(names.filter((name) => !(name in node))).toEqual([]);
    // Same objects, not copies: one API, two doors.
    for (const name of names.filter((n) => n in node)) expect((node as Record<string, unknown>)[name], name).toBe((browser as Record<string, unknown>)[name]);
    for (const name of ["draftAnnotation", "evaluateAnnotations", "graphToQuads", "quadsToGraph", "parseRdf", "writeRdf", "findNodes", "causesOf", "buildGraph", "passingItems", "prepareNodeSearch", "timeline", "KINDS", "RELATIONS", "KgError"]) expect(names).toContain(name);
  });
});

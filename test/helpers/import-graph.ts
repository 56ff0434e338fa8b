// The import graph of a module of src/, read from the sources: every file it reaches through relative
// imports, and every package or built-in it names. Type-only imports are left out (they vanish at compile
// time, so they cannot pull a built-in into a bundle). Used by the browser-safety tests.
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, resolve } from "node:path";

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

export function importGraph(entry: string): { files: string[]; external: Map<string, string> } {
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

/** The Node built-ins `entry` reaches, each with the file that imports it. */
export function builtinsReached(entry: string): Array<[string, string]> {
  return [...importGraph(entry).external].filter(([spec]) => BUILTINS.has(spec) || BUILTINS.has(spec.split("/")[0] ?? ""));
}

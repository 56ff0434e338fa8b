// Two builds of the seed give byte-identical output in every format: across processes (the CLI,
// layout included) and in-process for both profiles.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { EXPORT_FORMATS, exportGraph } from "../../src/export/export-graph.ts";
import { loadSources } from "../../src/sources/load-sources.ts";
import { runKg } from "../helpers/run-kg.ts";
import { SEED_DIR } from "../helpers/seed.ts";

const root = mkdtempSync(join(tmpdir(), "kg-determinism-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("deterministic output", () => {
  it("two `kg build` runs in separate processes write byte-identical files", async () => {
    const [a, b] = [join(root, "a"), join(root, "b")];
    const runs = await Promise.all([runKg(["build", "data", "-o", a]), runKg(["build", "data", "-o", b])]);
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    const files = readdirSync(a).sort();
    expect(readdirSync(b).sort()).toEqual(files);
    for (const format of EXPORT_FORMATS) expect(files).toContain(`graph.${format}`);
    for (const file of files) {
      const [x, y] = [readFileSync(join(a, file)), readFileSync(join(b, file))];
      expect(x.length, file).toBeGreaterThan(0);
      expect(x.equals(y), `${file} differs between two builds`).toBe(true);
    }
  }, 120_000);

  it.each(["rdf11", "rdf12"] as const)("two in-process builds export identical bytes in every format (%s)", async (profile) => {
    const first = buildGraph(await loadSources([SEED_DIR]));
    const second = buildGraph(await loadSources([SEED_DIR]));
    for (const format of EXPORT_FORMATS) {
      if (format === "jsonld" && profile === "rdf12") continue;
      const [x, y] = [await exportGraph(first, format, { profile }), await exportGraph(second, format, { profile })];
      expect(x.length).toBeGreaterThan(0);
      expect(x === y, `${profile} ${format} differs`).toBe(true);
    }
  });

  it("claim keys (edge keys) are stable across rebuilds and unique", async () => {
    // Claim keys are hashes of what a claim states and where: a rebuild of the same models gives the same keys.
    const a = buildGraph(await loadSources([SEED_DIR]));
    const b = buildGraph(await loadSources([SEED_DIR]));
    expect(a.edges()).toEqual(b.edges());
    expect(new Set(a.edges()).size).toBe(a.size);
  });
});

// What the drafter would add to the explorer's bundle: src/draft built for the browser by vite (the same
// bundler as the explorer, minified, ES2022), beside the explorer's own start-up bundle. The drafter is
// not in the explorer's bundle today; this measures the cost of putting it there (or in a web worker).
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import type { Row } from "./run.ts";

async function sizes(dir: string): Promise<{ bytes: number; gzip: number }> {
  let bytes = 0;
  let gzip = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
    const data = await readFile(join(entry.parentPath, entry.name));
    bytes += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  return { bytes, gzip };
}

export async function benchDraftBundle(): Promise<Row[]> {
  const work = await mkdtemp(join(tmpdir(), "kg-draft-bundle-"));
  try {
    const drafter = join(work, "drafter");
    await build({
      configFile: false,
      logLevel: "warn",
      build: {
        outDir: drafter,
        emptyOutDir: true,
        target: "es2022",
        minify: true,
        lib: { entry: resolve("src/draft/draft-annotation.ts"), formats: ["es"], fileName: "drafter" },
        // Bundle everything (compromise, yaml, the lexicons): nothing may be left for Node to resolve.
        rollupOptions: { external: [] },
      },
    });
    const explorer = join(work, "explorer");
    await build({ configFile: resolve("vite.config.ts"), logLevel: "warn", build: { outDir: explorer, emptyOutDir: true } });
    const d = await sizes(drafter);
    const e = await sizes(explorer);
    return [
      { name: "drafter (src/draft, with compromise and the lexicons), minified", value: d.bytes / 1024, unit: "KiB", note: `${(d.gzip / 1024).toFixed(1)} KiB gzipped` },
      { name: "explorer, every chunk, minified", value: e.bytes / 1024, unit: "KiB", note: `${(e.gzip / 1024).toFixed(1)} KiB gzipped` },
      { name: "drafter ÷ explorer", value: d.bytes / e.bytes, unit: "ratio", note: "what drafting in the page would add, measured side by side" },
    ];
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[2]?.endsWith("draft-bundle.ts")) {
  for (const row of await benchDraftBundle()) console.log(`${row.name}: ${row.value.toFixed(2)} ${row.unit} (${row.note ?? ""})`);
}

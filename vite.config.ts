// Vite builds the explorer (root `viz/`) into `dist/viz` with a relative base so the bundle
// works from any path (`kg serve`, a sub-folder, a file share). The vitest config lives here
// too because vitest reads vite's config; it is shared by the whole repo.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { defaultExclude, defineConfig } from "vitest/config";

const here = dirname(fileURLToPath(import.meta.url));

/** The graph the explorer opens by default: the builder's output, else the test fixture. */
function defaultGraphFile(): string {
  const built = resolve(here, "out/graph.json");
  return existsSync(built) ? built : resolve(here, "test/fixtures/graph.json");
}

/**
 * Ships `graph.json` beside `index.html` so the built explorer opens the story with no server
 * logic, and serves it in dev. The explorer fetches it relatively, so any path works.
 */
function graphJson(): Plugin {
  return {
    name: "kg-graph-json",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url || !/^\/graph\.json(\?|$)/.test(req.url)) return next();
        res.setHeader("content-type", "application/json");
        res.end(readFileSync(defaultGraphFile()));
      });
    },
    writeBundle(options) {
      const outDir = options.dir ?? resolve(here, "dist/viz");
      mkdirSync(outDir, { recursive: true });
      copyFileSync(defaultGraphFile(), resolve(outDir, "graph.json"));
    },
  };
}

export default defineConfig({
  root: resolve(here, "viz"),
  base: "./",
  plugins: [graphJson()],
  build: {
    outDir: resolve(here, "dist/viz"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: "es" },
  test: {
    root: here,
    testTimeout: 60000,
    // Hooks build the explorer or a corpus: their time depends on the machine, not on the code, so
    // they get no short limit (a loaded CI machine once failed a 10 s hook around a vite build).
    hookTimeout: 30 * 60 * 1000,
    // vitest's default is one worker fewer than the cores: a single worker on a 2-core machine, where most
    // files spend their time waiting on a child process (kg, tsx, Chromium, Virtuoso, python3). Two files at
    // once keeps both cores busy; the files that share a folder or a server take their own (see sparql-panel,
    // push-interrupted), so none depends on running alone.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Two projects so that the explorer is built once, by the browser project's globalSetup, and only
    // in a run that includes a browser test (vitest starts a project's globalSetup only then).
    projects: [
      { extends: true, test: { name: "node", include: ["test/**/*.test.ts"], exclude: [...defaultExclude, "test/**/*.browser.test.ts"] } },
      { extends: true, test: { name: "browser", include: ["test/**/*.browser.test.ts"], globalSetup: ["test/setup/build-explorer.ts"] } },
    ],
  },
});

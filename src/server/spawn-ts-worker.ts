// Starts a worker thread on a module of src/, written as its TypeScript path. In a checkout the sources
// run through tsx, and workers do not inherit the tsx loader the CLI and vitest run under, so a tiny
// bootstrap registers it inside the worker before importing the module. In the installed package the
// sources are compiled (this file is then spawn-ts-worker.js) and tsx is not there: the compiled worker
// beside it is started directly. The choice is made by this file's own extension, at run time, because
// the worker's URL is data (a `new URL(…)`), which the compiler's import rewriting does not touch.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const compiled = /\.js$/.test(new URL(import.meta.url).pathname);

// The ESM build of tsx's API: its CommonJS build cannot register hooks from inside an eval'd worker.
// Resolved through the package's "import" export condition, which createRequire cannot select.
// Resolved on first use only, so that the compiled package never looks for tsx.
let tsxApi: string | undefined;

function resolveImport(specifier: string): string {
  const resolveMeta = (import.meta as { resolve?: (s: string) => string }).resolve;
  if (typeof resolveMeta === "function") {
    const resolved = resolveMeta(specifier);
    if (resolved.endsWith(".mjs")) return resolved;
  }
  const required = createRequire(import.meta.url).resolve(specifier);
  return pathToFileURL(required.replace(/\.cjs$/, ".mjs")).href;
}

/** The compiled module for a source path: `x.ts` → `x.js` (what `rewriteRelativeImportExtensions` emits). */
function compiledUrl(moduleUrl: URL): URL {
  const url = new URL(moduleUrl.href);
  url.pathname = url.pathname.replace(/\.([mc]?)ts$/, ".$1js");
  return url;
}

export function spawnTsWorker(moduleUrl: URL, workerData: unknown): Worker {
  if (compiled) return new Worker(compiledUrl(moduleUrl), { workerData });
  tsxApi ??= resolveImport("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

// Starts a worker thread on a TypeScript module. Workers do not inherit the tsx loader the CLI and
// vitest run under, so a tiny bootstrap registers it inside the worker before importing the module.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

// The ESM build of tsx's API: its CommonJS build cannot register hooks from inside an eval'd worker.
// Resolved through the package's "import" export condition, which createRequire cannot select.
const tsxApi = resolveImport("tsx/esm/api");

function resolveImport(specifier: string): string {
  const resolveMeta = (import.meta as { resolve?: (s: string) => string }).resolve;
  if (typeof resolveMeta === "function") {
    const resolved = resolveMeta(specifier);
    if (resolved.endsWith(".mjs")) return resolved;
  }
  const required = createRequire(import.meta.url).resolve(specifier);
  return pathToFileURL(required.replace(/\.cjs$/, ".mjs")).href;
}

export function spawnTsWorker(moduleUrl: URL, workerData: unknown): Worker {
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

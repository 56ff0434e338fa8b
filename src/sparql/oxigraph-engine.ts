// The oxigraph module in use in this thread, replaced by a fresh instance once it has failed. oxigraph runs
// in one WebAssembly instance per module load: when a query exhausts its stack, the JavaScript exception
// unwinds through the WASM frames without restoring the instance's stack pointer, so the instance is
// corrupt from then on — later calls fail with "memory access out of bounds", on every store it made.
// Loading the CommonJS module again (a new require cache entry) gives a new instance with its own memory.
import { createRequire } from "node:module";
import * as oxigraph from "oxigraph";

export type OxigraphModule = typeof oxigraph;

const require = createRequire(import.meta.url);
let current: OxigraphModule = oxigraph;
/** Store classes (one per instance) whose instance has failed. */
const failed = new WeakSet<object>();

/** The module to make new stores and terms with: the first load, or a fresh one after a failure. */
export function oxigraphEngine(): OxigraphModule {
  if (failed.has(current.Store)) {
    const path = require.resolve("oxigraph");
    delete require.cache[path];
    current = require(path) as OxigraphModule;
  }
  return current;
}

/** True for the errors that leave an instance corrupt: a stack overflow or a WebAssembly trap. */
export function isEngineFault(error: unknown): boolean {
  return error instanceof RangeError || error instanceof WebAssembly.RuntimeError;
}

/** Records that the instance which made `store` has failed. */
export function markEngineFailed(store: object): void {
  failed.add(store.constructor);
}

/** True when `store` was made by an instance that has failed. */
export function hasFailedEngine(store: object): boolean {
  return failed.has(store.constructor);
}

// The embedded store: oxigraph, loaded from N-Quads so that every article's named graph arrives intact.
// N-Quads carry their graph names, so no `to_graph_name` is involved; the design notes found that a
// misspelt load option is silently ignored, which the tests guard against by querying GRAPH patterns.
import type { SparqlStore } from "./sparql-store.ts";
import { ParseKgError } from "../errors.ts";
import { oxigraphEngine } from "./oxigraph-engine.ts";
import { countLines, RESERVE_FROM_BYTES, reserveMemory } from "./reserve-memory.ts";

/**
 * A SPARQL store holding the given N-Quads.
 *
 * @example
 * ```ts
 * const store = createSparqlStore(readFileSync("out/graph.nq", "utf8"));
 * ```
 * @throws ParseKgError when the text is not valid N-Quads.
 */
export function createSparqlStore(nquads: string | Uint8Array): SparqlStore {
  // From a fresh engine when an earlier query broke the first one (see oxigraph-engine.ts).
  const engine = oxigraphEngine();
  // Grow the WebAssembly memory in one step first (see reserve-memory.ts); sized from the input and its quads.
  const bytes = typeof nquads === "string" ? nquads.length : nquads.byteLength;
  if (bytes >= RESERVE_FROM_BYTES) reserveMemory(engine, bytes, countLines(nquads));
  const store = new engine.Store();
  try {
    // A fresh store: no transaction is needed to keep it consistent (on failure it is thrown away), and
    // without one the bulk load is markedly faster — it is what a new query worker waits for.
    store.load(nquads, { format: "application/n-quads", no_transaction: true });
  } catch (error) {
    throw new ParseKgError(`cannot load N-Quads into the SPARQL store: ${(error as Error).message}`);
  }
  return store;
}

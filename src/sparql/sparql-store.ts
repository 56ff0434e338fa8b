// The store this package's API hands out and takes. It is an oxigraph Store, but typed here by the members
// a user of the package needs, so that the package's declarations never import oxigraph's: those of
// oxigraph 0.5.11 do not compile with `skipLibCheck: false` (`UInt8Array`, a top-level `function` without
// `declare`), and every strict consumer of this package would meet those errors. Inside the package the
// store is cast back to oxigraph's type where oxigraph is called.

/** A SPARQL store holding every article's named graph (an oxigraph `Store`). */
export interface SparqlStore {
  /** Number of quads. */
  readonly size: number;
  /** oxigraph's own query call (see its documentation); `sparql()` and its siblings are the typed way. */
  query(query: string, options?: Record<string, unknown>): unknown;
  /** The store serialised, e.g. `dump({ format: "application/n-quads" })`. */
  dump(options: { format: string }): string;
}

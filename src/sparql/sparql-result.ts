// Typed SPARQL results: bindings of RDF/JS terms for SELECT, a boolean for ASK, quads for CONSTRUCT and DESCRIBE.
import type { Quad, Term } from "@rdfjs/types";

/** One solution: each projected variable to its term, or absent when unbound. */
export type Bindings<V extends string = string> = { [K in V]?: Term };

export interface SelectResult<V extends string = string> {
  type: "bindings";
  /** Projected variables in query order. */
  variables: V[];
  bindings: Array<Bindings<V>>;
  /** True when the result cap cut the solutions short. */
  truncated: boolean;
}

export interface AskResult {
  type: "boolean";
  value: boolean;
}

export interface GraphResult {
  type: "quads";
  quads: Quad[];
  /** True when the result cap cut the triples short. */
  truncated: boolean;
}

export type SparqlResult = SelectResult | AskResult | GraphResult;

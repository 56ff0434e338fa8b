// Small edits of an export's quads, for the tests that break one thing and expect the shapes to say so.
// Each edit asserts it changed something, so a mutation that no longer applies fails instead of passing.
import type { Quad } from "@rdfjs/types";
import { DataFactory } from "n3";
import { expect } from "vitest";
import { expand } from "../../src/rdf/namespaces.ts";

const { quad } = DataFactory;

/** Whether `q` has this subject, (prefixed) predicate and object value; undefined matches anything. */
export const is = (q: Quad, s: string | undefined, p: string | undefined, o?: string): boolean =>
  (s === undefined || q.subject.value === s) && (p === undefined || q.predicate.value === expand(p)) && (o === undefined || q.object.value === o);

/** The quads without those that match; at least one must. */
export function without(quads: Quad[], s: string | undefined, p: string, o?: string): Quad[] {
  const kept = quads.filter((q) => !is(q, s, p, o));
  expect(kept.length, `the mutation removed nothing: ${s} ${p}`).toBeLessThan(quads.length);
  return kept;
}

/** The object of every matching quad replaced (of the first only with `first`, which must then be the only one). */
export function replaceObject(quads: Quad[], s: string, p: string, object: Quad["object"], options: { first?: boolean } = {}): Quad[] {
  let n = 0;
  const out = quads.map((q) => (is(q, s, p) && (!options.first || n === 0) ? (n++, quad(q.subject, q.predicate, object, q.graph)) : q));
  if (options.first) expect(n, `nothing to replace: ${s} ${p}`).toBe(1);
  else expect(n, `nothing to replace: ${s} ${p}`).toBeGreaterThan(0);
  return out;
}

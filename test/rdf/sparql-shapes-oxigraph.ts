// The SPARQL-based shapes of data/shapes/ run on a second SPARQL engine, oxigraph, so that what they reject
// does not rest on one implementation. rdf-validate-shacl, the second engine for the Core shapes, runs no
// SHACL-SPARQL, and no other JavaScript SHACL engine does; a SHACL-SPARQL constraint is, by the spec, a
// SELECT whose every solution is a violation of the focus node bound to $this, so this runner is small:
// each shape's sh:SPARQLTarget query gives the focus nodes, each sh:sparql constraint is evaluated once and
// its solutions are kept where ?this is a focus node. ($this and ?this are one variable in SPARQL.)
// Evaluating once instead of once per pre-bound focus node gives the same solutions when every branch of
// the query binds $this in its first triple pattern, which `assertBindsThisFirst` checks of every query.
import type { Quad, Term } from "@rdfjs/types";
import { readFileSync } from "node:fs";
import { Parser } from "n3";
import * as oxigraph from "oxigraph";
import { NS } from "../../src/rdf/namespaces.ts";
import { writeRdf } from "../../src/rdf/write-rdf.ts";

const SH = "http://www.w3.org/ns/shacl#";
const RDF_TYPE = `${NS.rdf}type`;

export interface SparqlShape {
  shape: string;
  target: string;
  constraints: Array<{ message: string; select: string }>;
}

export interface SparqlViolation {
  shape: string;
  focus: string;
  path?: string;
  value?: string;
  message: string;
}

/** The node shapes of a Turtle shapes file that have a SPARQL target and SPARQL constraints. */
export function readSparqlShapes(file: string): SparqlShape[] {
  const quads = new Parser().parse(readFileSync(file, "utf8"));
  const objects = (s: Term, p: string) => quads.filter((q) => q.subject.equals(s) && q.predicate.value === p).map((q) => q.object);
  const one = (s: Term, p: string): Term | undefined => objects(s, p)[0];
  const shapes: SparqlShape[] = [];
  for (const typed of quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${SH}NodeShape`)) {
    const node = typed.subject;
    const target = objects(node, `${SH}target`).find((t) => objects(t, RDF_TYPE).some((c) => c.value === `${SH}SPARQLTarget`));
    const constraints = objects(node, `${SH}sparql`).map((c) => ({ message: one(c, `${SH}message`)?.value ?? "", select: one(c, `${SH}select`)?.value ?? "" }));
    if (!target || constraints.length === 0) continue;
    const select = one(target, `${SH}select`)?.value;
    if (!select) throw new Error(`${file}: ${node.value} has an sh:SPARQLTarget with no sh:select`);
    for (const c of constraints) assertBindsThisFirst(node.value, c.select);
    shapes.push({ shape: node.value, target: select, constraints });
  }
  return shapes;
}

/**
 * Throws unless the WHERE group (and each UNION branch) starts with a triple pattern whose subject is $this:
 * the condition under which one unbound evaluation equals pre-binding.
 */
export function assertBindsThisFirst(shape: string, select: string): void {
  // The first token of the WHERE group, of a group opened right at its start, and of every UNION branch;
  // an inline VALUES of another variable first is no binding of $this, so it is passed over.
  const text = select.replace(/VALUES\s+\?\w+\s*\{[^}]*\}/gi, "");
  const firsts = [...text.matchAll(/(?:WHERE|UNION)\s*\{\s*(\{\s*)?(\S+)/gi)].map((m) => m[2]);
  if (firsts.length === 0 || firsts.some((first) => first !== "$this")) {
    throw new Error(`${shape}: a SPARQL constraint whose branches do not start with $this: ${select}`);
  }
}

const key = (term: { termType: string; value: string }) => `${term.termType}:${term.value}`;

/** Runs every shape on `quads` (any profile) in a fresh oxigraph store; the violations, in a stable order. */
export async function validateWithOxigraph(quads: Quad[], shapes: SparqlShape[]): Promise<SparqlViolation[]> {
  const store = new oxigraph.Store();
  // Shapes describe nodes, not graphs: the union of the article graphs, as the shacl-engine tests validate.
  store.load(await writeRdf(quads, "nt"), { format: "application/n-triples" });
  const out: SparqlViolation[] = [];
  for (const shape of shapes) {
    const rows = store.query(shape.target) as Array<Map<string, oxigraph.Term>>;
    const focus = new Set(rows.map((row) => row.get("this")).filter((t): t is oxigraph.Term => t !== undefined).map(key));
    for (const constraint of shape.constraints) {
      for (const row of store.query(constraint.select) as Array<Map<string, oxigraph.Term>>) {
        const self = row.get("this");
        if (!self || !focus.has(key(self))) continue;
        out.push({ shape: shape.shape, focus: self.value, path: row.get("path")?.value, value: row.get("value")?.value, message: constraint.message });
      }
    }
  }
  return out.sort((a, b) => (a.shape + a.focus + (a.value ?? "") < b.shape + b.focus + (b.value ?? "") ? -1 : 1));
}

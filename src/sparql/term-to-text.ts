// Terms as text: N-Triples syntax (TSV, tables) and the plain CSV rendering the SPARQL 1.1 CSV format asks for.
import type { Term } from "@rdfjs/types";

const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

function escapeLiteral(value: string): string {
  return value.replace(/[\\"\n\r\t]/g, (c) => ({ "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" })[c]!);
}

/** N-Triples form: `<iri>`, `_:b`, `"text"@en`, `"3"^^<…#integer>`, `<< s p o >>`. */
export function termToNTriples(term: Term): string {
  switch (term.termType) {
    case "NamedNode":
      return `<${term.value}>`;
    case "BlankNode":
      return `_:${term.value}`;
    case "Literal": {
      const body = `"${escapeLiteral(term.value)}"`;
      if (term.language) return `${body}@${term.language}`;
      return term.datatype.value === XSD_STRING ? body : `${body}^^<${term.datatype.value}>`;
    }
    case "Quad":
      return `<< ${termToNTriples(term.subject)} ${termToNTriples(term.predicate)} ${termToNTriples(term.object)} >>`;
    default:
      return term.value;
  }
}

/** CSV form (SPARQL 1.1 CSV): IRIs and lexical forms bare, blank nodes as `_:b`. */
export function termToPlain(term: Term): string {
  if (term.termType === "BlankNode") return `_:${term.value}`;
  if (term.termType === "Quad") return termToNTriples(term);
  return term.value;
}

/** Compact form for reading: IRIs shortened by the first matching prefix, literals without datatype noise. */
export function termToShort(term: Term, prefixes: Record<string, string>): string {
  if (term.termType === "NamedNode") {
    for (const [prefix, namespace] of Object.entries(prefixes)) {
      if (term.value.startsWith(namespace) && term.value.length > namespace.length) return `${prefix}:${term.value.slice(namespace.length)}`;
    }
    return `<${term.value}>`;
  }
  if (term.termType === "Literal") return term.language ? `${term.value}@${term.language}` : term.value;
  return termToNTriples(term);
}

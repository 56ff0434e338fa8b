// SPARQL 1.1 Results JSON terms (and RDF 1.2 triple terms) to RDF/JS terms, and back.
import type { Quad, Term } from "@rdfjs/types";
import { DataFactory } from "n3";

export type JsonTerm =
  | { type: "uri"; value: string }
  | { type: "bnode"; value: string }
  | { type: "literal"; value: string; "xml:lang"?: string; datatype?: string; direction?: string }
  | { type: "triple"; value: { subject: JsonTerm; predicate: JsonTerm; object: JsonTerm } };

export function fromJsonTerm(term: JsonTerm): Term {
  switch (term.type) {
    case "uri":
      return DataFactory.namedNode(term.value);
    case "bnode":
      return DataFactory.blankNode(term.value);
    case "literal":
      return DataFactory.literal(term.value, term["xml:lang"] ?? (term.datatype ? DataFactory.namedNode(term.datatype) : undefined));
    case "triple":
      return DataFactory.quad(
        fromJsonTerm(term.value.subject) as Quad["subject"],
        fromJsonTerm(term.value.predicate) as Quad["predicate"],
        fromJsonTerm(term.value.object) as Quad["object"],
      ) as unknown as Term;
  }
}

const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
const RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

export function toJsonTerm(term: Term): JsonTerm {
  switch (term.termType) {
    case "NamedNode":
      return { type: "uri", value: term.value };
    case "BlankNode":
      return { type: "bnode", value: term.value };
    case "Literal": {
      if (term.language) return { type: "literal", value: term.value, "xml:lang": term.language };
      const datatype = term.datatype.value;
      return datatype === XSD_STRING || datatype === RDF_LANG_STRING ? { type: "literal", value: term.value } : { type: "literal", value: term.value, datatype };
    }
    case "Quad":
      return { type: "triple", value: { subject: toJsonTerm(term.subject), predicate: toJsonTerm(term.predicate), object: toJsonTerm(term.object) } };
    default:
      return { type: "literal", value: term.value };
  }
}

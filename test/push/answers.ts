// Query answers as sets of bindings, so two stores can be compared whatever their row order, their JSON
// dialect (Virtuoso writes "typed-literal"; xsd:string may be written or left out) or their blank node labels.
import type { Term } from "@rdfjs/types";
import type { Binding } from "../../src/push/graph-store-client.ts";
import type { Bindings } from "../../src/sparql/sparql-result.ts";

const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

function literalKey(value: string, lang: string | undefined, datatype: string | undefined): string {
  if (lang) return `${JSON.stringify(value)}@${lang.toLowerCase()}`;
  if (!datatype || datatype === XSD_STRING) return JSON.stringify(value);
  return `${JSON.stringify(value)}^^<${datatype}>`;
}

/** One row as a canonical string: variables sorted, unbound ones left out. */
function rowKey(entries: Array<[string, string]>): string {
  return entries
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
}

/** Bindings from a SPARQL JSON results document (a remote store). */
export function jsonRows(bindings: Binding[]): string[] {
  return bindings
    .map((row) =>
      rowKey(
        Object.entries(row).map(([name, t]) => {
          if (t.type === "uri") return [name, `<${t.value}>`];
          if (t.type === "bnode") return [name, "_:b"];
          return [name, literalKey(t.value, t["xml:lang"], t.datatype)];
        }),
      ),
    )
    .sort();
}

function termKey(t: Term): string {
  if (t.termType === "NamedNode") return `<${t.value}>`;
  if (t.termType === "BlankNode") return "_:b";
  if (t.termType === "Literal") return literalKey(t.value, t.language || undefined, t.datatype.value);
  return t.value;
}

/** Bindings from the embedded store (RDF/JS terms). */
export function termRows(bindings: Array<Bindings>): string[] {
  return bindings.map((row) => rowKey(Object.entries(row).flatMap(([name, t]) => (t ? [[name, termKey(t)] as [string, string]] : [])))).sort();
}

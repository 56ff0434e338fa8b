// SELECT and ASK results in the four SPARQL 1.1 result formats and as an aligned table.
import type { AskResult, SelectResult } from "./sparql-result.ts";
import { toJsonTerm } from "./json-term.ts";
import type { SolutionFormat } from "./result-formats.ts";
import { termToNTriples, termToPlain, termToShort } from "./term-to-text.ts";

type Solutions = SelectResult | AskResult;

function toJson(result: Solutions): string {
  if (result.type === "boolean") return JSON.stringify({ head: {}, boolean: result.value });
  const bindings = result.bindings.map((row) => Object.fromEntries(Object.entries(row).flatMap(([k, t]) => (t ? [[k, toJsonTerm(t)]] : []))));
  return JSON.stringify({ head: { vars: result.variables }, results: { bindings } });
}

const xmlEscape = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

function toXml(result: Solutions): string {
  const open = '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">';
  if (result.type === "boolean") return `${open}<head/><boolean>${result.value}</boolean></sparql>\n`;
  const head = `<head>${result.variables.map((v) => `<variable name="${xmlEscape(v)}"/>`).join("")}</head>`;
  const rows = result.bindings.map((row) => {
    const cells = Object.entries(row).flatMap(([name, term]) => {
      if (!term) return [];
      let value: string;
      if (term.termType === "NamedNode") value = `<uri>${xmlEscape(term.value)}</uri>`;
      else if (term.termType === "BlankNode") value = `<bnode>${xmlEscape(term.value)}</bnode>`;
      else if (term.termType === "Literal") {
        const attribute = term.language ? ` xml:lang="${xmlEscape(term.language)}"` : term.datatype.value.endsWith("#string") ? "" : ` datatype="${xmlEscape(term.datatype.value)}"`;
        value = `<literal${attribute}>${xmlEscape(term.value)}</literal>`;
      } else value = `<literal>${xmlEscape(termToNTriples(term))}</literal>`;
      return [`<binding name="${xmlEscape(name)}">${value}</binding>`];
    });
    return `<result>${cells.join("")}</result>`;
  });
  return `${open}${head}<results>${rows.join("")}</results></sparql>\n`;
}

const csvCell = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function toCsv(result: Solutions): string {
  if (result.type === "boolean") return `_askResult\r\n${result.value}\r\n`;
  const lines = [result.variables.map(csvCell).join(",")];
  for (const row of result.bindings) lines.push(result.variables.map((v) => csvCell(row[v] ? termToPlain(row[v]!) : "")).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

function toTsv(result: Solutions): string {
  if (result.type === "boolean") return `?_askResult\n${result.value}\n`;
  const lines = [result.variables.map((v) => `?${v}`).join("\t")];
  for (const row of result.bindings) lines.push(result.variables.map((v) => (row[v] ? termToNTriples(row[v]!) : "")).join("\t"));
  return `${lines.join("\n")}\n`;
}

/** Results in a SPARQL 1.1 results format. */
export function solutionsToText(result: Solutions, format: SolutionFormat): string {
  switch (format) {
    case "json":
      return toJson(result);
    case "xml":
      return toXml(result);
    case "csv":
      return toCsv(result);
    case "tsv":
      return toTsv(result);
  }
}

/** Results as an aligned text table for a terminal, IRIs shortened with `prefixes`. */
export function solutionsToTable(result: Solutions, prefixes: Record<string, string> = {}): string {
  if (result.type === "boolean") return `${result.value}\n`;
  const header = result.variables;
  const rows = result.bindings.map((row) => header.map((v) => (row[v] ? termToShort(row[v]!, prefixes).replace(/\s+/g, " ") : "")));
  const widths = header.map((h, i) => Math.max(Array.from(h).length, ...rows.map((r) => Array.from(r[i]!).length)));
  const line = (cells: string[]) => cells.map((c, i) => c + " ".repeat(widths[i]! - Array.from(c).length)).join("  ").trimEnd();
  const footer = `(${result.bindings.length} row${result.bindings.length === 1 ? "" : "s"}${result.truncated ? ", truncated" : ""})`;
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line), footer].join("\n") + "\n";
}

// YAML parsing that keeps positions, so every later issue can name a line.
import { LineCounter, isNode, parseDocument, type Document } from "yaml";
import type { SourceIssue } from "../errors.ts";

export interface ParsedYaml {
  file: string;
  value: unknown;
  /** 1-based line (and column) of the node at a path such as ["entities", 3, "evidence", 0]. */
  lineOf(path: ReadonlyArray<string | number>): { line: number; column: number };
}

export function parseYaml(text: string, file: string): { parsed?: ParsedYaml; issues: SourceIssue[] } {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const issues: SourceIssue[] = doc.errors.map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    return {
      code: "YAML_SYNTAX",
      file,
      line: pos.line,
      column: pos.col,
      field: "",
      message: error.message.split("\n")[0] ?? error.message,
      expected: "valid YAML",
    };
  });
  if (issues.length > 0) return { issues };
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  if (value === null || value === undefined) {
    return { issues: [{ code: "EMPTY_FILE", file, line: 0, field: "", message: "file is empty", expected: "a YAML mapping" }] };
  }
  const lineOf = (path: ReadonlyArray<string | number>) => {
    // Walk up to the nearest existing node: a missing field is reported at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: 1, column: 1 };
  };
  // A "\uD800" escape gives a lone surrogate: no UTF-8 output (RDF, XML, a file) can carry it.
  const visit = (node: unknown, path: Array<string | number>): void => {
    if (typeof node === "string") {
      if (LONE_SURROGATE.test(node)) {
        const pos = lineOf(path);
        issues.push({
          code: "LONE_SURROGATE",
          file,
          line: pos.line,
          column: pos.column,
          field: fieldPath(path),
          message: "text holds a lone UTF-16 surrogate (a \\uD800–\\uDFFF escape without its pair), which no UTF-8 output can carry",
          expected: "a whole character, e.g. \\U0001F600 for an emoji",
        });
      }
    } else if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...path, i]));
    else if (node !== null && typeof node === "object") for (const [key, item] of Object.entries(node)) visit(item, [...path, key]);
  };
  visit(value, []);
  return { parsed: { file, value, lineOf }, issues };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Dotted field path for messages: ["relations", 3, "to"] → "relations[3].to". */
export function fieldPath(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

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
  return { parsed: { file, value, lineOf }, issues };
}

/** Dotted field path for messages: ["relations", 3, "to"] → "relations[3].to". */
export function fieldPath(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

// YAML parsing that keeps positions, so every later issue can name a line. Valid files take js-yaml's fast
// path (fast-yaml.ts) and build the position-keeping Document only when something asks for a line.
import { LineCounter, isAlias, isCollection, isNode, isPair, parseDocument, visit as visitYaml, type Document } from "yaml";
import type { SourceIssue } from "../errors.ts";
import { fastYaml } from "./fast-yaml.ts";

export interface ParsedYaml {
  file: string;
  value: unknown;
  /** 1-based line (and column) of the node at a path such as ["entities", 3, "evidence", 0]. */
  lineOf(path: ReadonlyArray<string | number>): { line: number; column: number };
}

/**
 * Deepest nesting of mappings and lists accepted. An annotation needs about six levels
 * (entities → figures → converted → …); far deeper input is an attack or an accident, and would
 * otherwise exhaust the stack somewhere later (the schema check, the builder) as an internal error.
 */
export const MAX_YAML_DEPTH = 64;
/** Most alias expansions accepted: the seed uses none; a "billion laughs" file uses millions. */
export const MAX_YAML_ALIASES = 100;

export function parseYaml(text: string, file: string): { parsed?: ParsedYaml; issues: SourceIssue[] } {
  const fast = fastYaml(text, MAX_YAML_DEPTH);
  if (!fast) return parseYamlWithPositions(text, file);
  let lines: number[] | undefined;
  let slowLineOf: ParsedYaml["lineOf"] | undefined;
  const lineOf: ParsedYaml["lineOf"] = (path) => {
    const offset = fast.offsetOf(path);
    if (offset === undefined) return (slowLineOf ??= positionsOf(text))(path);
    return linePos((lines ??= lineStarts(text)), offset);
  };
  return { parsed: { file, value: fast.value, lineOf }, issues: [] };
}

/** Offsets where lines start, as yaml's LineCounter records them (after each LF). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset, as yaml's LineCounter.linePos gives them. */
function linePos(starts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offset < starts[mid]!) high = mid;
    else low = mid + 1;
  }
  return { line: low, column: offset - starts[low - 1]! + 1 };
}

/** A document's positions only, for a fast-path parse that now needs a line. */
function positionsOf(text: string): ParsedYaml["lineOf"] {
  const lineCounter = new LineCounter();
  return lineFinder(parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false }), lineCounter);
}

function lineFinder(doc: Document, lineCounter: LineCounter): ParsedYaml["lineOf"] {
  return (path) => {
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
}

/** The slow path, and the reference the fast one is tested against: every issue, every value, from `yaml`'s Document. */
export function parseYamlWithPositions(text: string, file: string): { parsed?: ParsedYaml; issues: SourceIssue[] } {
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    // yaml catches its stack overflows while composing; one escaping from elsewhere means the same.
    if (!(error instanceof RangeError)) throw error;
    return { issues: [{ code: "YAML_TOO_DEEP", file, line: 0, field: "", message: "lists or mappings nested too deeply to read", expected: `at most ${MAX_YAML_DEPTH} levels of nesting` }] };
  }
  const issues: SourceIssue[] = doc.errors.map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    // yaml turns its own stack overflow on deep nesting into RESOURCE_EXHAUSTION.
    const tooDeep = error.code === "RESOURCE_EXHAUSTION";
    return {
      code: tooDeep ? "YAML_TOO_DEEP" : "YAML_SYNTAX",
      file,
      line: pos.line,
      column: pos.col,
      field: "",
      message: tooDeep ? "lists or mappings nested too deeply to read" : (error.message.split("\n")[0] ?? error.message),
      expected: tooDeep ? `at most ${MAX_YAML_DEPTH} levels of nesting` : "valid YAML",
    };
  });
  if (issues.length > 0) return { issues };
  const deep = firstTooDeep(doc);
  if (deep) {
    const pos = lineCounter.linePos(deep);
    return { issues: [{ code: "YAML_TOO_DEEP", file, line: pos.line, column: pos.col, field: "", message: `lists or mappings nested more than ${MAX_YAML_DEPTH} levels deep`, expected: `at most ${MAX_YAML_DEPTH} levels of nesting` }] };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // yaml refuses alias expansion beyond maxAliasCount (a "billion laughs" bomb) with a ReferenceError.
    if (!(error instanceof ReferenceError)) throw error;
    const pos = lineCounter.linePos(firstAlias(doc) ?? 0);
    return { issues: [{ code: "YAML_ALIASES", file, line: pos.line, column: pos.col, field: "", message: "YAML aliases expand to too many nodes (an alias bomb)", expected: `at most ${MAX_YAML_ALIASES} alias expansions; write the values out` }] };
  }
  if (value === null || value === undefined) {
    return { issues: [{ code: "EMPTY_FILE", file, line: 0, field: "", message: "file is empty", expected: "a YAML mapping" }] };
  }
  const lineOf = lineFinder(doc, lineCounter);
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

/** Offset of the first collection nested deeper than MAX_YAML_DEPTH, walked without recursion. */
function firstTooDeep(doc: Document): number | undefined {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isPair(node)) {
      stack.push({ node: node.key, depth }, { node: node.value, depth });
    } else if (isCollection(node)) {
      if (depth >= MAX_YAML_DEPTH) return node.range?.[0] ?? 0;
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visitYaml(doc, {
    Alias(_key, node) {
      if (isAlias(node)) offset = node.range?.[0];
      return visitYaml.BREAK;
    },
  });
  return offset;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Dotted field path for messages: ["relations", 3, "to"] → "relations[3].to". */
export function fieldPath(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

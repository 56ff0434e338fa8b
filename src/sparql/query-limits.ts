// Limits on a query's size and structural depth, checked before oxigraph sees it. oxigraph parses and
// evaluates recursively on a fixed WASM stack: a query nested or chained deeply enough (8 KB of
// `FILTER((((…))))`, a few thousand joined patterns, `1+1+…`) overflows it, and the trap leaves the whole
// WASM instance of that thread corrupt ("memory access out of bounds" on every later call, for every store).
// Nothing inside oxigraph can be configured to stop that, so the query is measured here first.
//
// Two measures, the larger of which is the query's depth:
// - the nesting of brackets, read lexically (parentheses create no node in a parse tree, yet oxigraph's
//   parser recurses on each);
// - the depth of its parse tree (sparqljs), where a chain of n siblings — joined patterns, FILTERs, path
//   steps, operands of `||` or `+` — counts n levels, because oxigraph builds and evaluates such chains
//   as left-deep trees as deep as they are long. VALUES rows and IN lists are flat data and count once.
import { QueryLimitKgError } from "./sparql-errors.ts";

export interface QueryLimits {
  /** Longest query accepted, in UTF-8 bytes (default 256 KiB). */
  maxQueryBytes?: number;
  /** Deepest query accepted, in nesting levels as described above (default 256). */
  maxQueryDepth?: number;
}

/**
 * The defaults. Measured on oxigraph 0.5.11 (scratch bisection over 20 query shapes, main thread and
 * worker): the shallowest trap is near depth 1,000 by this measure; 256 leaves a margin of four while
 * admitting any query a person writes (the example queries measure under 15).
 */
export const DEFAULT_QUERY_LIMITS: Required<QueryLimits> = { maxQueryBytes: 256 * 1024, maxQueryDepth: 256 };

/** Deepest bracket nesting of `query`, skipping strings, IRIs and comments. Linear, no recursion. */
export function lexicalNesting(query: string): number {
  let depth = 0;
  let max = 0;
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i]!;
    if (c === "#") {
      while (i < n && query[i] !== "\n") i++;
    } else if (c === '"' || c === "'") {
      const long = query.startsWith(c.repeat(3), i);
      const close = long ? c.repeat(3) : c;
      i += close.length;
      while (i < n && !query.startsWith(close, i)) {
        if (query[i] === "\\") i++;
        else if (!long && query[i] === "\n") break;
        i++;
      }
      i += close.length - 1;
    } else if (c === "<") {
      // An IRI reference runs to `>` without spaces; otherwise `<` is the less-than operator.
      // eslint-disable-next-line no-control-regex -- the IRIREF grammar excludes control characters
      const end = /^<[^<>"{}|^`\\\u0000-\u0020]*>/.exec(query.slice(i, i + 4096));
      if (end) i += end[0].length - 1;
    } else if (c === "(" || c === "[" || c === "{") {
      depth++;
      if (depth > max) max = depth;
    } else if (c === ")" || c === "]" || c === "}") {
      depth = Math.max(0, depth - 1);
    }
    i++;
  }
  return max;
}

class TooDeep extends Error {}

/**
 * Depth of a sparqljs parse tree as described above. Stops with TooDeep as soon as `limit` is passed,
 * so the walk itself never recurses further than `limit` levels.
 */
export function treeDepth(tree: unknown, limit = Infinity): number {
  const walk = (node: unknown, level: number): number => {
    if (level > limit) throw new TooDeep();
    if (node === null || typeof node !== "object") return 0;
    if (Array.isArray(node)) {
      const chain = Math.max(0, node.length - 1);
      let deepest = 0;
      for (const item of node) deepest = Math.max(deepest, walk(item, level + chain));
      return chain + deepest;
    }
    const record = node as Record<string, unknown>;
    if (typeof record.termType === "string") {
      // RDF-star quoted triples nest; other terms are leaves.
      return record.termType === "Quad" ? 1 + Math.max(walk(record.subject, level + 1), walk(record.predicate, level + 1), walk(record.object, level + 1)) : 0;
    }
    if (record.type === "values") return 1;
    let deepest = 0;
    for (const [key, value] of Object.entries(record)) {
      if (key === "prefixes") continue;
      // `?x IN (…)` keeps its list flat: args are [expression, list].
      const flatList = (record.operator === "in" || record.operator === "notin") && key === "args" && Array.isArray(value);
      const depth = flatList ? Math.max(walk(value[0], level + 1), 1) : walk(value, level + 1);
      deepest = Math.max(deepest, depth);
    }
    return 1 + deepest;
  };
  try {
    return walk(tree, 0);
  } catch (error) {
    if (error instanceof TooDeep || error instanceof RangeError) return Infinity;
    throw error;
  }
}

/** Rough count of SPARQL tokens, for queries sparqljs cannot parse: every chain link is at least one. */
export function tokenCount(query: string): number {
  return query.match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|<[^<>\s]*>|[\w:?$.-]+|[^\s\w]/g)?.length ?? 0;
}

export function resolveLimits(limits: QueryLimits = {}): Required<QueryLimits> {
  const resolved = { ...DEFAULT_QUERY_LIMITS };
  for (const key of Object.keys(DEFAULT_QUERY_LIMITS) as Array<keyof QueryLimits>) {
    const value = limits[key];
    if (value === undefined) continue;
    if (!(value > 0)) throw new QueryLimitKgError(`${key} must be a positive number, got ${value}`);
    resolved[key] = value;
  }
  return resolved;
}

/** Refuses a query longer than `maxQueryBytes`, or nested deeper than `maxQueryDepth` by bracket count. */
export function checkQuerySize(query: string, limits: Required<QueryLimits>): void {
  const bytes = new TextEncoder().encode(query).length;
  if (bytes > limits.maxQueryBytes) throw new QueryLimitKgError(`the query is ${bytes} bytes long; this endpoint accepts at most ${limits.maxQueryBytes}`);
  const nesting = lexicalNesting(query);
  if (nesting > limits.maxQueryDepth) throw new QueryLimitKgError(`the query nests brackets ${nesting} levels deep; at most ${limits.maxQueryDepth} are accepted`);
}

/** Refuses a parse tree deeper than `maxQueryDepth`. */
export function checkTreeDepth(tree: unknown, limits: Required<QueryLimits>): void {
  const depth = treeDepth(tree, limits.maxQueryDepth);
  if (depth > limits.maxQueryDepth) {
    throw new QueryLimitKgError(`the query's structure is more than ${limits.maxQueryDepth} levels deep (long chains of patterns or operators count one level per link)`);
  }
}

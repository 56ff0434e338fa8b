// Which lane a query waits in, judged from its shape before it runs. The pool cannot stop a query short of
// terminating its worker, and restarting one costs a second or more of CPU (module start, loading the
// data), so the queries that are all but certain to run to their timeout are kept from taking the
// workers that light queries need. Two shapes are such:
// - a cross product: within one group, two or more sets of triple patterns that share no variable, at
//   least two of them able to match a large part of the store (a pattern whose subject and object are
//   both variables; a fixed node or value keeps a pattern small); the result is the product of their sizes;
// - an unbounded property path (`*` or `+`) between two variables: a transitive closure over every node.
// Anything else is light. A query that looks light but runs long is still caught by the pool: it is
// demoted after a while and counted in the heavy lane from then on, and its deadline stops it.
import sparqljs from "sparqljs";
import { checkQuerySize, resolveLimits, type QueryLimits } from "../sparql/query-limits.ts";

export type Lane = "light" | "heavy";

type Term = { termType?: string; value?: string; type?: string; pathType?: string; items?: unknown[] };
interface Triple {
  subject: Term;
  predicate: Term;
  object: Term;
}

const isVariable = (term: Term): boolean => term.termType === "Variable";

function variablesOf(triple: Triple): string[] {
  const names: string[] = [];
  for (const term of [triple.subject, triple.predicate, triple.object]) if (isVariable(term)) names.push(term.value ?? "");
  return names;
}

function isUnboundedPath(triple: Triple): boolean {
  const path = triple.predicate;
  if (path.type !== "path") return false;
  const unbounded = (p: Term): boolean => p.type === "path" && (p.pathType === "*" || p.pathType === "+" || (p.items ?? []).some((i) => unbounded(i as Term)));
  return unbounded(path) && isVariable(triple.subject) && isVariable(triple.object);
}

/** True when the triples joined in one group fall into two or more large, unconnected sets. */
function isCrossProduct(triples: Triple[]): boolean {
  // Union-find over the triples, joined when they share a variable.
  const parent = triples.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  const byVariable = new Map<string, number>();
  triples.forEach((triple, i) => {
    for (const name of variablesOf(triple)) {
      const seen = byVariable.get(name);
      if (seen === undefined) byVariable.set(name, i);
      else parent[find(i)] = find(seen);
    }
  });
  const large = new Set<number>();
  triples.forEach((triple, i) => {
    if (isVariable(triple.subject) && isVariable(triple.object)) large.add(find(i));
  });
  return large.size >= 2;
}

function heavyPatterns(patterns: unknown[]): boolean {
  const joined: Triple[] = [];
  for (const pattern of patterns as Array<{ type?: string; triples?: Triple[]; patterns?: unknown[]; where?: unknown[] }>) {
    if (pattern.type === "bgp") {
      const triples = pattern.triples ?? [];
      if (triples.some(isUnboundedPath)) return true;
      joined.push(...triples);
    } else if (pattern.type === "query") {
      if (heavyPatterns(pattern.where ?? [])) return true;
    } else if (Array.isArray(pattern.patterns) && heavyPatterns(pattern.patterns)) {
      return true;
    }
  }
  return isCrossProduct(joined);
}

/**
 * Queries the endpoint has had to stop at their deadline, remembered for a while by their parse tree (so a
 * comment, spacing or prefix spelling added to re-send one does not make it new). A shape the rules above
 * miss — a long chain of joins, say — is recognised when it comes back, and waits in the heavy lane.
 */
export class StoppedQueries {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly max = 1000,
  ) {}

  remember(query: string, now = Date.now()): void {
    const key = fingerprint(query);
    if (key === undefined) return;
    this.until.delete(key);
    this.until.set(key, now + this.ttlMs);
    // A Map keeps insertion order: the oldest entries go first.
    for (const oldest of this.until.keys()) {
      if (this.until.size <= this.max) break;
      this.until.delete(oldest);
    }
  }

  has(query: string, now = Date.now()): boolean {
    const key = fingerprint(query);
    const until = key === undefined ? undefined : this.until.get(key);
    if (until === undefined) return false;
    if (until > now) return true;
    this.until.delete(key!);
    return false;
  }
}

/** The query's parse tree as text (no comments, whitespace or prefix declarations), or undefined. */
function fingerprint(query: string): string | undefined {
  if (query.length > 256 * 1024) return undefined;
  try {
    const { prefixes: _prefixes, ...tree } = new sparqljs.Parser({ sparqlStar: true }).parse(query) as { prefixes?: unknown };
    return JSON.stringify(tree);
  } catch {
    return undefined;
  }
}

/**
 * The lane of `query`: "heavy" for a cross product, an unbounded path between variables, or a query in
 * `stopped`; else "light". A query too long or too deep for the limits, or one that does not parse, is
 * "light": the worker refuses it at once.
 */
export function queryLane(query: string, limits: QueryLimits = {}, stopped?: StoppedQueries): Lane {
  try {
    checkQuerySize(query, resolveLimits(limits));
    const tree = new sparqljs.Parser({ sparqlStar: true }).parse(query);
    if (tree.type !== "query") return "light";
    if (heavyPatterns((tree.where ?? []) as unknown[])) return "heavy";
  } catch {
    return "light";
  }
  return stopped?.has(query) ? "heavy" : "light";
}

// The form of a query (SELECT, ASK, CONSTRUCT, DESCRIBE or an update), read from its first keyword after
// the prologue. It decides how results are serialised before running anything, and lets an update be
// refused with a clear message. It is not the guard: the store's query() parses only queries, so an
// update never runs whatever this function says.

export type QueryForm = "SELECT" | "ASK" | "CONSTRUCT" | "DESCRIBE" | "UPDATE";

const UPDATE_KEYWORDS = new Set(["INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"]);
const QUERY_KEYWORDS = new Set(["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]);

// Whitespace, comments, and PREFIX/BASE declarations, in any number and order.
const PROLOGUE = /^(?:\s+|#[^\n]*(?:\n|$)|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)*/i;

/** The form of `query`, or `undefined` when its first keyword is none of them. */
export function queryForm(query: string): QueryForm | undefined {
  const rest = query.replace(PROLOGUE, "");
  const keyword = /^[A-Za-z]+/.exec(rest)?.[0]?.toUpperCase();
  if (keyword === undefined) return undefined;
  if (QUERY_KEYWORDS.has(keyword)) return keyword as QueryForm;
  if (UPDATE_KEYWORDS.has(keyword)) return "UPDATE";
  return undefined;
}

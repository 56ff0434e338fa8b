// What a push did, graph by graph (the CLI prints it as a summary or as JSON).

/**
 * written: the graph was new (201 Created); replaced: its content was replaced (200/204); dropped: --prune
 * deleted it; failed: the request that stopped the push; skipped: not attempted because the push stopped
 * first; planned: --dry-run, nothing sent.
 */
export type GraphStatus = "written" | "replaced" | "dropped" | "failed" | "skipped" | "planned";
export const GRAPH_STATUSES: readonly GraphStatus[] = ["written", "replaced", "dropped", "failed", "skipped", "planned"];

export interface GraphRecord {
  graph: string;
  /** Absent for a pruned graph, which no local article has. */
  article?: string;
  status: GraphStatus;
  triples?: number;
  bytes?: number;
  /** The store's count matched what was sent; false when it did not, or when the count could not be read. */
  verified?: boolean;
  /** Why it failed, or for a written graph why it is not verified (already free of secrets). */
  error?: string;
  /**
   * After a rejected PUT: the triples the store holds in the graph now. A store may apply part of a PUT it
   * rejects — Virtuoso 7.2 drops the old content and keeps what it parsed before the error — so the graph may
   * be neither the old one nor the new one; 0 means it is empty. Absent when the count could not be read.
   */
  heldAfterFailure?: number;
}

export interface PushReport {
  /** Graph Store endpoint, without credentials. */
  store: string;
  sparql: string;
  dryRun: boolean;
  articles: number;
  /** Triples the store accepted (or that would be sent, with --dry-run). */
  triples: number;
  bytes: number;
  counts: Record<GraphStatus, number>;
  graphs: GraphRecord[];
  /** Present when the push stopped early: the error's code and message. */
  error?: { code: string; message: string };
}

export function emptyCounts(): Record<GraphStatus, number> {
  return Object.fromEntries(GRAPH_STATUSES.map((s) => [s, 0])) as Record<GraphStatus, number>;
}

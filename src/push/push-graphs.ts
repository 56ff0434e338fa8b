// `kg push`: every article's named graph into a triple store, one HTTP PUT per graph (so a re-push replaces
// the graph and leaves the others alone), each verified by a count query, then --prune drops the store's
// article graphs that no local article has.
//
// Order of work: validate every article (pass 1, nothing sent on a bad one), then per article: build its
// graph, serialise, PUT, count, with up to --concurrency requests in flight and the next article built
// meanwhile. A few articles are in memory at a time; what grows with the corpus is one short record per graph
// (id, IRI, counts) for the report and the prune. The first permanent failure stops the push: no new request
// starts, those in flight finish, graphs already written stay as they are, the rest are reported as skipped.
import { KgError } from "../errors.ts";
import type { RdfProfile } from "../rdf/graph-to-quads.ts";
import { articleGraphPrefix, articleGraphs, validArticles, type ArticleGraph } from "./article-graphs.ts";
import type { GraphStoreClient } from "./graph-store-client.ts";
import { ntriplesBody } from "./ntriples-body.ts";
import { StoreRejectedKgError, StoreVerifyKgError } from "./push-errors.ts";
import { emptyCounts, type GraphRecord, type PushReport } from "./push-report.ts";

export interface PushProgress {
  done: number;
  total: number;
  triples: number;
  graph: string;
}

export interface PushOptions {
  /** Where to push. With --dry-run it is only read (for --prune's list), never written. */
  client: GraphStoreClient;
  profile?: RdfProfile;
  baseIri?: string;
  dryRun?: boolean;
  prune?: boolean;
  /** Count each graph after writing it (default true). */
  verify?: boolean;
  /** Requests in flight at once (default 1); the next article is built while they run. */
  concurrency?: number;
  onProgress?: (progress: PushProgress) => void;
}

/**
 * Pushes the article folders under `paths`. Resolves with the report whether or not the push completed: a
 * push that stopped carries `report.error`, and the error itself is the second element, for the caller to
 * throw after printing the report.
 * @throws ValidationKgError (nothing sent) when an article is invalid.
 */
export async function pushGraphs(paths: string[], options: PushOptions): Promise<{ report: PushReport; error?: KgError }> {
  const { client } = options;
  const verify = options.verify ?? true;
  const entries = await validArticles(paths, options.baseIri);
  const report: PushReport = {
    store: client.store.href,
    sparql: client.sparql.href,
    dryRun: options.dryRun ?? false,
    articles: entries.length,
    triples: 0,
    bytes: 0,
    counts: emptyCounts(),
    graphs: [],
  };
  const concurrency = Math.max(1, options.concurrency ?? 1);
  // One slot per article, filled as its request ends, so the report keeps folder order whatever finishes first.
  const records: Array<GraphRecord | undefined> = new Array<GraphRecord | undefined>(entries.length);
  let failure: KgError | undefined;
  let unexpected: unknown;
  let done = 0;
  let sent = 0;
  let progressTriples = 0;

  /** PUT and count one graph; never rejects: the outcome goes into its slot (and `failure`). */
  const sendOne = async (slot: number, article: ArticleGraph, body: Buffer): Promise<void> => {
    const base = { graph: article.graph, article: article.article, triples: article.triples.length, bytes: body.length };
    try {
      const put = await client.putGraph(article.graph, body);
      const record: GraphRecord = { ...base, status: put.created ? "written" : "replaced" };
      records[slot] = record;
      if (verify) {
        const stored = await client.countTriples(article.graph);
        record.verified = stored === article.triples.length;
        if (!record.verified) {
          // The PUT happened: the graph is reported as written (not verified), and the push stops.
          throw new StoreVerifyKgError(
            `<${article.graph}>: the store holds ${stored} triples after the PUT, ${article.triples.length} were sent`,
            article.graph,
            article.triples.length,
            stored,
          );
        }
      }
      done++;
      progressTriples += article.triples.length;
      options.onProgress?.({ done, total: entries.length, triples: progressTriples, graph: article.graph });
    } catch (error) {
      if (!(error instanceof KgError)) {
        unexpected ??= error;
        return;
      }
      failure ??= error;
      const written = records[slot];
      if (written) {
        // The PUT went through and what failed is the count that verifies it (a mismatch, or the store gone
        // between the two requests): the graph stays reported as written, with why it is not verified.
        written.verified ??= false;
        written.error = error.message;
        return;
      }
      const failed: GraphRecord = { ...base, status: "failed", error: error.message };
      // What the rejected request left in the store (see GraphRecord.heldAfterFailure); a store that cannot be
      // reached any more cannot say, and the push reports the original error either way.
      if (error instanceof StoreRejectedKgError) {
        const held = await client.countTriples(article.graph).catch(() => undefined);
        if (held !== undefined) failed.heldAfterFailure = held;
      }
      records[slot] = failed;
    }
  };

  const inFlight = new Set<Promise<void>>();
  try {
    const rdf = { ...(options.profile ? { profile: options.profile } : {}), ...(options.baseIri ? { baseIri: options.baseIri } : {}) };
    // The next article is built and serialised while up to `concurrency` requests are in flight, so the
    // store's work and this process's overlap; at most concurrency + 1 articles are in memory.
    for await (const article of articleGraphs(entries, rdf)) {
      const slot = sent++;
      const body = await ntriplesBody(article.triples);
      if (report.dryRun) {
        records[slot] = { graph: article.graph, article: article.article, triples: article.triples.length, bytes: body.length, status: "planned" };
        done++;
        progressTriples += article.triples.length;
        options.onProgress?.({ done, total: entries.length, triples: progressTriples, graph: article.graph });
        continue;
      }
      while (inFlight.size >= concurrency) await Promise.race(inFlight);
      if (failure || unexpected) break;
      const task: Promise<void> = sendOne(slot, article, body).finally(() => inFlight.delete(task));
      inFlight.add(task);
    }
  } catch (error) {
    // From reading or building an article (a folder changed since pass 1): no request is involved.
    if (!(error instanceof KgError)) unexpected ??= error;
    else failure ??= error;
  }
  await Promise.all(inFlight);
  if (unexpected) throw unexpected;

  const graphs: GraphRecord[] = entries.map((entry, i) => records[i] ?? { graph: entry.graph, article: entry.article, status: "skipped" });
  if (!failure && options.prune) {
    const local = new Set(entries.map((e) => e.graph));
    try {
      for (const graph of await client.listGraphs(articleGraphPrefix(options.baseIri))) {
        if (local.has(graph)) continue;
        try {
          if (!report.dryRun) await client.deleteGraph(graph);
          graphs.push({ graph, status: report.dryRun ? "planned" : "dropped" });
        } catch (error) {
          if (!(error instanceof KgError)) throw error;
          graphs.push({ graph, status: "failed", error: error.message });
          throw error;
        }
      }
    } catch (error) {
      if (!(error instanceof KgError)) throw error;
      failure = error;
    }
  }
  report.graphs = graphs;
  for (const g of graphs) {
    report.counts[g.status]++;
    if (g.article !== undefined && (g.status === "written" || g.status === "replaced" || g.status === "planned")) {
      report.triples += g.triples ?? 0;
      report.bytes += g.bytes ?? 0;
    }
  }
  if (!failure) return { report };
  report.error = { code: failure.code, message: failure.message };
  return { report, error: failure };
}

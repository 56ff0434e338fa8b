// `kg push`: every article's named graph into a triple store, one HTTP PUT per graph (so a re-push replaces
// the graph and leaves the others alone), each verified by a count query, then --prune drops the store's
// article graphs that no local article has.
//
// Order of work: validate every article (pass 1, nothing sent on a bad one), then per article: build its
// graph, serialise, PUT, count. One article is in memory at a time; what grows with the corpus is one short
// record per graph (id, IRI, counts) for the report and the prune. The first permanent failure stops the push:
// graphs already written stay as they are, the rest are reported as skipped.
import { KgError } from "../errors.ts";
import type { RdfProfile } from "../rdf/graph-to-quads.ts";
import { articleGraphPrefix, articleGraphs, validArticles } from "./article-graphs.ts";
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
  const add = (record: GraphRecord) => {
    report.graphs.push(record);
    report.counts[record.status]++;
  };
  let done = 0;
  let current: { graph: string; article: string; triples?: number; bytes?: number } | undefined;
  try {
    const rdf = { ...(options.profile ? { profile: options.profile } : {}), ...(options.baseIri ? { baseIri: options.baseIri } : {}) };
    for await (const article of articleGraphs(entries, rdf)) {
      current = { graph: article.graph, article: article.article, triples: article.triples.length };
      const body = await ntriplesBody(article.triples);
      current.bytes = body.length;
      if (report.dryRun) {
        add({ ...current, status: "planned" });
      } else {
        const put = await client.putGraph(article.graph, body);
        const record: GraphRecord = { ...current, status: put.created ? "written" : "replaced" };
        if (verify) {
          const stored = await client.countTriples(article.graph);
          if (stored !== article.triples.length) {
            // The PUT happened: the graph is reported as written, and the push stops on the mismatch.
            add({ ...record, verified: false });
            current = undefined;
            report.triples += article.triples.length;
            report.bytes += body.length;
            throw new StoreVerifyKgError(
              `<${article.graph}>: the store holds ${stored} triples after the PUT, ${article.triples.length} were sent`,
              article.graph,
              article.triples.length,
              stored,
            );
          }
          record.verified = true;
        }
        add(record);
      }
      current = undefined;
      report.triples += article.triples.length;
      report.bytes += body.length;
      done++;
      options.onProgress?.({ done, total: entries.length, triples: report.triples, graph: article.graph });
    }
    if (options.prune) {
      const local = new Set(entries.map((e) => e.graph));
      for (const graph of await client.listGraphs(articleGraphPrefix(options.baseIri))) {
        if (local.has(graph)) continue;
        current = { graph, article: "" };
        if (!report.dryRun) await client.deleteGraph(graph);
        add({ graph, status: report.dryRun ? "planned" : "dropped" });
        current = undefined;
      }
    }
    return { report };
  } catch (error) {
    if (!(error instanceof KgError)) throw error;
    if (current) {
      const failed: GraphRecord = { graph: current.graph, ...(current.article ? { article: current.article } : {}), status: "failed", error: error.message };
      // What the rejected request left in the store (see GraphRecord.heldAfterFailure); a store that cannot be
      // reached any more cannot say, and the push reports the original error either way.
      if (error instanceof StoreRejectedKgError && !report.dryRun) {
        failed.heldAfterFailure = await client.countTriples(current.graph).catch(() => undefined);
        if (failed.heldAfterFailure === undefined) delete failed.heldAfterFailure;
      }
      add(failed);
    }
    const attempted = new Set(report.graphs.map((g) => g.graph));
    for (const entry of entries) if (!attempted.has(entry.graph)) add({ graph: entry.graph, article: entry.article, status: "skipped" });
    report.error = { code: error.code, message: error.message };
    return { report, error };
  }
}

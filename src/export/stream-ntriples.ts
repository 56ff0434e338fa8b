// Streaming N-Triples / N-Quads export: one article folder at a time (read → validate → build → quads →
// serialise → write), so memory stays flat as the corpus grows. The in-memory path (exportGraph) holds the
// whole graph and the whole output string; this one holds one article and about one megabyte of output.
//
// How it differs from the in-memory path, on purpose:
// - Each article's named graph is built from that article alone (buildGraph([model])). An entity stated in
//   several articles is written in each of their graphs from that article's own view (its label, aliases,
//   description); the in-memory path writes the merged node into every graph. Where the articles agree on the
//   entity — and for every triple not about a shared entity — the two outputs are the same quads. Entities
//   merged across articles by Wikidata item or merge key (different ids) keep their own ids here: merging needs the whole corpus.
// - N-Triples: a triple stated in two articles is written once per article (duplicates removed within an
//   article only). RDF graphs are sets, so the parsed graph is the same; deduplicating across the corpus would
//   need a set of every triple, which is exactly the memory this export exists to avoid.
// - Within an article's graph, quads come in that article's entity order; the in-memory graph orders nodes by
//   first appearance in the corpus, so an article naming a shared entity may list the same quads in another
//   order. A single article (the seed) gives byte-identical output; a corpus gives the same quad set.
// - Articles are written in folder order (findArticleDirs sorts by folder name); the in-memory path sorts by
//   article id. With folders named after their article ids (the convention) the order is the same.
//
// Validation rejects what loadSources rejects, including the checks across articles (duplicate article ids,
// one entity id with two kinds, one Wikidata item for two ids): those keep only ids and kinds, a few dozen
// bytes per distinct entity, never the articles. After the first problem nothing more is written, but the
// remaining folders are still validated so the error lists every problem at once; the output file is
// replaced only when everything succeeded (temp file, then rename).
import { closeSync, fsyncSync, openSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { setImmediate as nextTurn } from "node:timers/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Quad } from "@rdfjs/types";
import { buildGraph } from "../graph/build-graph.ts";
import { OutputKgError, ValidationKgError, type SourceIssue } from "../errors.ts";
import { articleQuads, type AssertMode, type RdfProfile } from "../rdf/graph-to-quads.ts";
import { flattenToTriples, RdfWriter } from "../rdf/write-rdf.ts";
import { writeAllSync } from "../io/write-folder-atomic.ts";
import { BufferSink } from "./buffer-sink.ts";
import { listArticleDirs } from "../sources/read-sources.ts";
import { validateFolders } from "../sources/validate-folders.ts";
import { CorpusChecks } from "../validate/corpus-checks.ts";

export interface StreamProgress {
  articles: number;
  quads: number;
  /** Bytes handed to the file so far (lags behind what was serialised by up to one buffer, 1 MiB, and the writer's chunk). */
  bytes: number;
  /** The article folder just written. */
  dir: string;
}

export interface StreamExportOptions {
  format: "nt" | "nq";
  /** Output file; written to a temporary file beside it, then renamed over it. */
  output: string;
  profile?: RdfProfile;
  baseIri?: string;
  /** Which claims stand as plain triples (see RdfOptions.assert); default `facts`. */
  assert?: AssertMode;
  onProgress?: (progress: StreamProgress) => void;
}

export interface StreamExportResult {
  articles: number;
  /** Statements written (triples for nt, after per-article deduplication). */
  quads: number;
  bytes: number;
}

/** Exports the article folders under `paths` as N-Triples or N-Quads, one article at a time. */
export async function streamExport(paths: string[], options: StreamExportOptions): Promise<StreamExportResult> {
  const issues: SourceIssue[] = [];
  const listed = await listArticleDirs(paths);
  const dirs = listed.dirs;
  issues.push(...listed.issues);
  const output = resolve(options.output);
  const temp = join(dirname(output), `.${basename(output)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  const rdfOptions = {
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.baseIri ? { baseIri: options.baseIri } : {}),
    ...(options.assert ? { assert: options.assert } : {}),
  };
  const checks = new CorpusChecks();
  let fd: number | undefined;
  const result: StreamExportResult = { articles: 0, quads: 0, bytes: 0 };

  try {
    await mkdir(dirname(output), { recursive: true });
    fd = openSync(temp, "wx");
    const file = fd;
    // The one RDF writer into one reused buffer, written to the file synchronously each time it fills: no
    // output string, no Buffer per chunk, no stream queue to bound (the old sink needed backpressure).
    const sink = new BufferSink((bytes) => writeAllSync(file, bytes));
    const writer = new RdfWriter(options.format, sink);

    for await (const folder of validateFolders(dirs, checks)) {
      issues.push(...folder.issues);
      const model = folder.model;
      if (!model) continue;
      // Once anything is wrong the output is lost anyway; keep validating to report every problem.
      if (issues.length > 0) continue;

      const graph = buildGraph([model]);
      const quads: Quad[] = articleQuads(graph, model.meta.id, rdfOptions);
      const statements = options.format === "nt" ? flattenToTriples(quads) : quads;
      writer.add(statements);
      result.articles++;
      result.quads += statements.length;
      options.onProgress?.({ articles: result.articles, quads: result.quads, bytes: sink.flushed, dir: folder.source.dir });
      // Writes are synchronous: give signals and timers a turn between articles.
      await nextTurn();
    }
    if (issues.length > 0) throw new ValidationKgError(issues);

    writer.end();
    sink.flush();
    fsyncSync(file);
    closeSync(file);
    fd = undefined;
    result.bytes = sink.flushed;
    await rename(temp, output);
    return result;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    await rm(temp, { force: true });
    // File-system failures become OutputKgError (as writeFileAtomic); anything else is not about the output.
    if ((error as NodeJS.ErrnoException).syscall) throw new OutputKgError(`cannot write ${options.output}: ${(error as Error).message}`);
    throw error;
  }
}

// Streaming N-Triples / N-Quads export: one article folder at a time (read → validate → build → quads →
// serialise → write), so memory stays flat as the corpus grows. The in-memory path (exportGraph) holds the
// whole graph and the whole output string; this one holds one article and about one megabyte of output.
//
// How it differs from the in-memory path, on purpose:
// - Each article's named graph is built from that article alone (buildGraph([model])). An entity stated in
//   several articles is written in each of their graphs from that article's own view (its label, aliases,
//   description); the in-memory path writes the merged node into every graph. Where the articles agree on the
//   entity — and for every triple not about a shared entity — the two outputs are the same quads. Entities
//   merged across articles by alias (different ids) keep their own ids here: merging needs the whole corpus.
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
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { Writer } from "n3";
import type { Quad } from "@rdfjs/types";
import { buildGraph } from "../graph/build-graph.ts";
import { OutputKgError, ValidationKgError, type SourceIssue } from "../errors.ts";
import { articleQuads, type AssertMode, type RdfProfile } from "../rdf/graph-to-quads.ts";
import { flattenToTriples } from "../rdf/write-rdf.ts";
import { listArticleDirs } from "../sources/read-sources.ts";
import { validateFolders } from "../sources/validate-folders.ts";
import { CorpusChecks } from "../validate/corpus-checks.ts";

export interface StreamProgress {
  articles: number;
  quads: number;
  /** Bytes handed to the file so far (up to one chunk lags behind what was serialised). */
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

/** Output is handed to the file in chunks of about this size: few large writes are the cheap win (design note). */
export const CHUNK_BYTES = 1 << 20;

/**
 * The n3 Writer's output stream: collects its per-quad strings and hands ~1 MB Buffers to the file stream.
 * n3 calls `write` synchronously, so backpressure is honoured between articles (`drained`), which bounds what
 * is queued to one chunk plus one article's output.
 */
export class BatchingSink {
  private buffer = "";
  private waiting: Promise<void> | undefined;
  bytes = 0;

  constructor(
    private readonly file: WriteStream,
    private readonly chunkSize = CHUNK_BYTES,
  ) {}

  write(chunk: string, _encoding?: unknown, done?: () => void): boolean {
    this.buffer += chunk;
    // String length (UTF-16 units) approximates bytes; exactness does not matter for a flush threshold.
    if (this.buffer.length >= this.chunkSize) this.flush();
    done?.();
    return true;
  }

  flush(): void {
    if (this.buffer === "") return;
    const bytes = Buffer.from(this.buffer, "utf8");
    this.buffer = "";
    this.bytes += bytes.length;
    if (!this.file.write(bytes) && !this.waiting) {
      this.waiting = new Promise<void>((resolve, reject) => {
        const onDrain = () => {
          this.file.off("error", onError);
          this.waiting = undefined;
          resolve();
        };
        const onError = (error: Error) => {
          this.file.off("drain", onDrain);
          this.waiting = undefined;
          reject(error);
        };
        this.file.once("drain", onDrain);
        this.file.once("error", onError);
      });
    }
  }

  /** Resolves once the file stream has room again. */
  drained(): Promise<void> {
    return this.waiting ?? Promise.resolve();
  }

  /** n3's Writer calls this from `end()`; the file stream is closed by the caller. */
  end(done?: (error: Error | null, result?: string) => void): void {
    this.flush();
    done?.(null);
  }
}

function closeStream(file: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    file.once("error", reject);
    file.end(() => resolve());
  });
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
  let file: WriteStream | undefined;
  let fileError: Error | undefined;
  const result: StreamExportResult = { articles: 0, quads: 0, bytes: 0 };

  try {
    await mkdir(dirname(output), { recursive: true });
    file = createWriteStream(temp);
    file.on("error", (error) => (fileError ??= error));
    const sink = new BatchingSink(file);
    // One Writer for the whole file: in line mode (nt/nq) it keeps no state between quads.
    const writer = new Writer(sink as unknown as ConstructorParameters<typeof Writer>[0], {
      format: options.format === "nq" ? "N-Quads" : "N-Triples",
      end: false,
    });

    for await (const folder of validateFolders(dirs, checks)) {
      issues.push(...folder.issues);
      const model = folder.model;
      if (!model) continue;
      // Once anything is wrong the output is lost anyway; keep validating to report every problem.
      if (issues.length > 0) continue;

      const graph = buildGraph([model]);
      const quads: Quad[] = articleQuads(graph, model.meta.id, rdfOptions);
      const statements = options.format === "nt" ? flattenToTriples(quads) : quads;
      writer.addQuads(statements as Parameters<Writer["addQuads"]>[0]);
      result.articles++;
      result.quads += statements.length;
      await sink.drained();
      if (fileError) throw fileError;
      options.onProgress?.({ articles: result.articles, quads: result.quads, bytes: sink.bytes, dir: folder.source.dir });
    }
    if (issues.length > 0) throw new ValidationKgError(issues);

    sink.flush();
    await closeStream(file);
    if (fileError) throw fileError;
    result.bytes = sink.bytes;
    await rename(temp, output);
    return result;
  } catch (error) {
    // The open of the temporary file may still be pending (an error found before the first write): wait
    // for the stream to close, or the file would appear after the rm below and stay behind.
    if (file && !file.closed) await new Promise<void>((done) => file!.once("close", () => done()).destroy());
    await rm(temp, { force: true });
    // File-system failures become OutputKgError (as writeFileAtomic); anything else is not about the output.
    if ((error as NodeJS.ErrnoException).syscall) throw new OutputKgError(`cannot write ${options.output}: ${(error as Error).message}`);
    throw error;
  }
}

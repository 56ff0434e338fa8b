// One export measurement in its own process, so its peak RSS is its own (bench/run.ts spawns it).
// Prints one JSON line on stdout. Modes:
//   stream CORPUS OUT              streamExport (the real thing) end to end: folders → N-Triples file
//   pipeline-streamwriter CORPUS OUT   the same per-article pipeline, serialised by n3's StreamWriter instead
//   serialize NTFILE OUTDIR REPEATS    time both serialisers on the triples of NTFILE, slice by slice,
//                                  alternating, REPEATS times (the serialisation-only comparison)
import { closeSync, createReadStream, createWriteStream, openSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { StreamParser, StreamWriter } from "n3";
import type { Quad } from "@rdfjs/types";
import { buildGraph } from "../src/graph/build-graph.ts";
import { BufferSink } from "../src/export/buffer-sink.ts";
import { streamExport } from "../src/export/stream-ntriples.ts";
import { writeAllSync } from "../src/io/write-folder-atomic.ts";
import { articleQuads } from "../src/rdf/graph-to-quads.ts";
import { flattenToTriples, RdfWriter } from "../src/rdf/write-rdf.ts";
import { findArticleDirs, readArticleDir } from "../src/sources/read-sources.ts";
import { validateArticle } from "../src/validate/validate-article.ts";


/** Peak resident set size of this process so far, in MB (Linux reports KiB). */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

/** n3's StreamWriter piped to a file, fed with backpressure: its documented way to write large outputs. */
function openStreamWriter(path: string) {
  const writer = new StreamWriter({ format: "N-Triples" });
  const file = createWriteStream(path);
  writer.pipe(file);
  return {
    async write(quads: Quad[]): Promise<void> {
      for (const quad of quads) {
        if (!writer.write(quad)) await once(writer, "drain");
      }
    },
    async end(): Promise<void> {
      writer.end();
      await finished(file);
    },
  };
}

/** The project's serialiser (the one RdfWriter → BufferSink → fd), fed the way streamExport feeds it. */
function openOwnWriter(path: string) {
  const fd = openSync(path, "w");
  const sink = new BufferSink((bytes) => writeAllSync(fd, bytes));
  const writer = new RdfWriter("nt", sink);
  return {
    async write(quads: Quad[]): Promise<void> {
      writer.add(quads);
    },
    async end(): Promise<void> {
      writer.end();
      sink.flush();
      closeSync(fd);
    },
  };
}

async function runStream(corpus: string, out: string) {
  const start = process.hrtime.bigint();
  const result = await streamExport([corpus], { format: "nt", output: out });
  return { mode: "stream", ...result, seconds: seconds(start), peakRssMb: peakRssMb() };
}

/** Same steps as streamExport (read → validate → build → quads → dedupe), but n3's StreamWriter writes. */
async function runPipelineStreamWriter(corpus: string, out: string) {
  const start = process.hrtime.bigint();
  const sink = openStreamWriter(out);
  let quads = 0;
  let articles = 0;
  for (const dir of await findArticleDirs(corpus)) {
    const read = await readArticleDir(dir);
    const model = validateArticle(read.source).model;
    if (!model) throw new Error(`${dir} does not validate`);
    const triples = flattenToTriples(articleQuads(buildGraph([model]), model.meta.id));
    await sink.write(triples);
    quads += triples.length;
    articles++;
  }
  await sink.end();
  return { mode: "pipeline-streamwriter", articles, quads, seconds: seconds(start), peakRssMb: peakRssMb() };
}

/** The triples of an N-Triples file in slices, parsed as they are read: the comparison needs no corpus in memory. */
async function* slicesOf(path: string, size: number): AsyncGenerator<Quad[]> {
  const parser = new StreamParser({ format: "N-Triples" });
  createReadStream(path).pipe(parser);
  let slice: Quad[] = [];
  for await (const quad of parser as AsyncIterable<Quad>) {
    slice.push(quad);
    if (slice.length === size) {
      yield slice;
      slice = [];
    }
  }
  if (slice.length > 0) yield slice;
}

type Sink = { write(q: Quad[]): Promise<void>; end(): Promise<void> };

async function timed(work: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return seconds(start);
}

/**
 * Both serialisers on the same triples: each repeat parses the file once and hands every slice to both, in
 * alternating order (so neither always runs on a warmer cache or while the other's writes are in flight);
 * only the serialisers' own time (write + waiting for the file to drain + closing) is counted.
 */
async function runSerialize(ntFile: string, outDir: string, repeats: number) {
  // Article-sized slices, as the streaming export feeds its writer.
  const SLICE = 2500;
  const batched: number[] = [];
  const streamWriter: number[] = [];
  let quads = 0;
  for (let r = 0; r < repeats; r++) {
    const paths = { batched: join(outDir, "batched.nt"), streamWriter: join(outDir, "streamwriter.nt") };
    const sinks: Record<keyof typeof paths, Sink> = { batched: openOwnWriter(paths.batched), streamWriter: openStreamWriter(paths.streamWriter) };
    const took = { batched: 0, streamWriter: 0 };
    let i = 0;
    quads = 0;
    for await (const slice of slicesOf(ntFile, SLICE)) {
      quads += slice.length;
      const order: Array<keyof typeof paths> = (i++ + r) % 2 === 0 ? ["batched", "streamWriter"] : ["streamWriter", "batched"];
      for (const name of order) took[name] += await timed(() => sinks[name].write(slice));
    }
    for (const name of ["batched", "streamWriter"] as const) {
      took[name] += await timed(() => sinks[name].end());
      await rm(paths[name], { force: true });
    }
    batched.push(took.batched);
    streamWriter.push(took.streamWriter);
  }
  return { mode: "serialize", quads, batched, streamWriter };
}

const [mode, a, b, c] = process.argv.slice(3);
let report: object;
if (mode === "stream" && a && b) report = await runStream(a, b);
else if (mode === "pipeline-streamwriter" && a && b) report = await runPipelineStreamWriter(a, b);
else if (mode === "serialize" && a && b) report = await runSerialize(a, b, Number(c ?? 3));
else {
  console.error("usage: node bin/run-ts.js bench/export-worker.ts stream|pipeline-streamwriter CORPUS OUT | serialize NTFILE OUTDIR [REPEATS]");
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(report)}\n`);

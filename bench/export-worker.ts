// One export measurement in its own process, so its peak RSS is its own (bench/run.ts spawns it).
// Prints one JSON line on stdout. Modes:
//   stream CORPUS OUT              streamExport (the real thing) end to end: folders → N-Triples file
//   pipeline-streamwriter CORPUS OUT   the same per-article pipeline, serialised by n3's StreamWriter instead
//   serialize-one WRITER NTFILE OUT    one writer alone (own | streamwriter | n3-buffer) on triples parsed
//                                  into memory before the clock starts; prints seconds and the output's sha256
import { closeSync, createReadStream, createWriteStream, openSync } from "node:fs";
import { rm } from "node:fs/promises";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { StreamParser, StreamWriter, Writer } from "n3";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
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
/** CPU seconds (user + system, every thread of the process) since `start`: on a shared machine the wall clock mostly measures the others. */
const cpuSeconds = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

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
  const cpu = process.cpuUsage();
  const result = await streamExport([corpus], { format: "nt", output: out });
  return { mode: "stream", ...result, seconds: seconds(start), cpuSeconds: cpuSeconds(cpu), peakRssMb: peakRssMb() };
}

/** Same steps as streamExport (read → validate → build → quads → dedupe), but n3's StreamWriter writes. */
async function runPipelineStreamWriter(corpus: string, out: string) {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
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
  return { mode: "pipeline-streamwriter", articles, quads, seconds: seconds(start), cpuSeconds: cpuSeconds(cpu), peakRssMb: peakRssMb() };
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

/** n3's own Writer (not the stream one) writing into the same reused Buffer and fd as the project's writer. */
function openN3BufferWriter(path: string) {
  const fd = openSync(path, "w");
  const sink = new BufferSink((bytes) => writeAllSync(fd, bytes));
  const writer = new Writer({ write: (chunk: string, _encoding: string, done?: () => void) => { sink.write(chunk); done?.(); }, end: (done?: () => void) => done?.() } as never, { format: "N-Triples", end: false });
  return {
    async write(quads: Quad[]): Promise<void> {
      writer.addQuads(quads);
    },
    async end(): Promise<void> {
      await new Promise<void>((resolve, reject) => writer.end((error: Error | null) => (error ? reject(error) : resolve())));
      sink.flush();
      closeSync(fd);
    },
  };
}

/**
 * One serialiser alone in this process: every triple is parsed first (no parser runs while the clock
 * does), then handed over in article-sized slices; the time is the writer's alone, end and close included.
 */
async function runSerializeOne(which: string, ntFile: string, out: string) {
  const SLICE = 2500;
  const slices: Quad[][] = [];
  for await (const slice of slicesOf(ntFile, SLICE)) slices.push(slice);
  const quads = slices.reduce((n, s) => n + s.length, 0);
  const open = which === "own" ? openOwnWriter : which === "streamwriter" ? openStreamWriter : which === "n3-buffer" ? openN3BufferWriter : undefined;
  if (!open) throw new Error(`serialize-one: unknown writer ${which} (own | streamwriter | n3-buffer)`);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const sink = open(out);
  for (const slice of slices) await sink.write(slice);
  await sink.end();
  const took = seconds(start);
  const tookCpu = cpuSeconds(cpu);
  const sha256 = createHash("sha256").update(await readFile(out)).digest("hex");
  await rm(out, { force: true });
  return { mode: "serialize-one", writer: which, quads, seconds: took, cpuSeconds: tookCpu, sha256, peakRssMb: peakRssMb() };
}

const [mode, a, b, c] = process.argv.slice(3);
let report: object;
if (mode === "stream" && a && b) report = await runStream(a, b);
else if (mode === "pipeline-streamwriter" && a && b) report = await runPipelineStreamWriter(a, b);
else if (mode === "serialize-one" && a && b && c) report = await runSerializeOne(a, b, c);
else {
  console.error("usage: node bin/run-ts.js bench/export-worker.ts stream|pipeline-streamwriter CORPUS OUT | serialize-one own|streamwriter|n3-buffer NTFILE OUT");
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(report)}\n`);

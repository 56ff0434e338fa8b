// One export measurement in its own process, so its peak RSS is its own (bench/run.ts spawns it).
// Prints one JSON line on stdout. Modes:
//   stream CORPUS OUT              streamExport (the real thing) end to end: folders → N-Triples file
//   pipeline-streamwriter CORPUS OUT   the same per-article pipeline, serialised by n3's StreamWriter instead
//   serialize NTFILE OUTDIR REPEATS    parse NTFILE once, then time both serialisers on those same quads,
//                                  alternating, REPEATS times each (the serialisation-only comparison)
import { createReadStream, createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { StreamParser, StreamWriter, Writer } from "n3";
import type { Quad } from "@rdfjs/types";
import { buildGraph } from "../src/build/build-graph.ts";
import { BatchingSink, streamExport } from "../src/export/stream-ntriples.ts";
import { articleQuads } from "../src/rdf/graph-to-quads.ts";
import { flattenToTriples } from "../src/rdf/write-rdf.ts";
import { findArticleDirs, readArticleDir } from "../src/sources/read-sources.ts";
import { validateArticle } from "../src/validate/validate-article.ts";

type N3Quads = Parameters<Writer["addQuads"]>[0];

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

/** The streaming export's own serialiser (n3 Writer → BatchingSink → file), fed the way streamExport feeds it. */
function openBatchedWriter(path: string) {
  const file = createWriteStream(path);
  const sink = new BatchingSink(file);
  const writer = new Writer(sink as unknown as ConstructorParameters<typeof Writer>[0], { format: "N-Triples", end: false });
  return {
    async write(quads: Quad[]): Promise<void> {
      writer.addQuads(quads as N3Quads);
      await sink.drained();
    },
    async end(): Promise<void> {
      sink.flush();
      file.end();
      await finished(file);
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

async function parseNTriples(path: string): Promise<Quad[]> {
  const quads: Quad[] = [];
  const parser = new StreamParser({ format: "N-Triples" });
  createReadStream(path).pipe(parser);
  parser.on("data", (q: Quad) => quads.push(q));
  await finished(parser);
  return quads;
}

async function runSerialize(ntFile: string, outDir: string, repeats: number) {
  const quads = await parseNTriples(ntFile);
  // Fed in article-sized slices, as the streaming export feeds its writer.
  const SLICE = 2500;
  const time = async (open: (path: string) => { write(q: Quad[]): Promise<void>; end(): Promise<void> }, path: string) => {
    const start = process.hrtime.bigint();
    const sink = open(path);
    for (let i = 0; i < quads.length; i += SLICE) await sink.write(quads.slice(i, i + SLICE));
    await sink.end();
    const took = seconds(start);
    await rm(path, { force: true });
    return took;
  };
  const batched: number[] = [];
  const streamWriter: number[] = [];
  for (let r = 0; r < repeats; r++) {
    // Alternate which goes first, so neither always runs on a warmer (or more fragmented) heap.
    if (r % 2 === 0) {
      batched.push(await time(openBatchedWriter, join(outDir, "batched.nt")));
      streamWriter.push(await time(openStreamWriter, join(outDir, "streamwriter.nt")));
    } else {
      streamWriter.push(await time(openStreamWriter, join(outDir, "streamwriter.nt")));
      batched.push(await time(openBatchedWriter, join(outDir, "batched.nt")));
    }
  }
  return { mode: "serialize", quads: quads.length, batched, streamWriter };
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

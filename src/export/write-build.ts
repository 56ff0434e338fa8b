// Every export format of a built graph, streamed into the files of a staging folder (`kg build`). The bytes are
// those of exportGraph for each format (test/export/write-build.test.ts), but nothing holds a whole output:
// - the quads are computed once, one article's named graph at a time, and each article's quads go to the four
//   RDF text writers at once (N-Triples, Turtle, N-Quads, TriG), each writing into its own reused buffer;
// - JSON-LD needs its context (every predicate and class of the corpus) before its first graph: a first pass
//   over the articles' quads collects it, then each article's quads are compacted on their own in the same
//   pass as the other RDF formats (JsonLdGraphWriter);
// - graphology's JSON, GEXF (src/export/write-gexf.ts: graphology-gexf's bytes, which it can only build as one
//   string) and GraphML are written node by node.
// What grows with the corpus is the graph itself and the set of triples seen (N-Triples and Turtle drop a
// triple stated in two articles), kept as 16-byte hashes (SeenTriples). docs/scale.md has the measurements.
import { setImmediate as nextTurn } from "node:timers/promises";
import type { KnowledgeGraph } from "../model/types.ts";
import { articleGraphs, type RdfProfile } from "../rdf/graph-to-quads.ts";
import { JsonLdContext, JsonLdGraphWriter, RdfWriter, type TextSink, writeRdf } from "../rdf/write-rdf.ts";
import { vocabularyQuads } from "../rdf/vocabulary-quads.ts";
import type { BufferSink } from "./buffer-sink.ts";
import { EXPORT_FORMATS, EXTENSIONS, type ExportFormat } from "./export-graph.ts";
import { SeenTriples } from "./seen-triples.ts";
import { writeGexfTo } from "./write-gexf.ts";
import { writeGraphmlTo } from "./write-graphml.ts";

/** What writeBuild needs of a staging folder (src/io/write-folder-atomic.ts gives it). */
export interface BuildFolder {
  open(name: string): { readonly sink: BufferSink; close(): number };
  stagedPath(name: string): string;
}

export interface BuildOptions {
  profile?: RdfProfile;
  baseIri?: string;
  /** Told what is being written (for a progress line on a terminal). */
  onProgress?: (message: string) => void;
}

export interface BuiltFile {
  name: string;
  bytes: number;
}

// Articles between two progress messages. The event loop gets a turn after every article and every file, so a
// Ctrl-C reaches writeFolderAtomic's handler mid-build (jsonld's promises are microtasks: they give no turn).
const SAY_EVERY = 8;

/** Writes graph.<ext> for every format (JSON-LD only with rdf11) and vocab.ttl; returns them in EXPORT_FORMATS order. */
export async function writeBuild(graph: KnowledgeGraph, folder: BuildFolder, options: BuildOptions = {}): Promise<BuiltFile[]> {
  const profile = options.profile ?? "rdf11";
  const baseIri = options.baseIri;
  const say = options.onProgress ?? (() => {});
  const name = (format: ExportFormat) => `graph.${EXTENSIONS[format]}`;
  const sizes = new Map<ExportFormat, number>();

  // In a function of its own so that its state (the set of triples seen, the writers) is garbage afterwards.
  await writeRdfFormats(graph, folder, profile, baseIri, sizes, say);

  say("writing JSON, GEXF and GraphML");
  await nextTurn();
  sizes.set("json", writeTo(folder, name("json"), (sink) => writeGraphJson(graph, sink)));
  await nextTurn();
  sizes.set("gexf", writeTo(folder, name("gexf"), (sink) => writeGexfTo(graph, sink)));
  await nextTurn();
  sizes.set("graphml", writeTo(folder, name("graphml"), (sink) => writeGraphmlTo(graph, sink)));
  await nextTurn();
  const vocab = await writeRdf(vocabularyQuads(), "ttl", baseIri ? { baseIri } : {});
  const vocabBytes = writeTo(folder, "vocab.ttl", (sink) => sink.write(vocab));

  return [
    ...EXPORT_FORMATS.filter((f) => sizes.has(f)).map((f) => ({ name: name(f), bytes: sizes.get(f)! })),
    { name: "vocab.ttl", bytes: vocabBytes },
  ];
}

/**
 * N-Triples, Turtle, N-Quads, TriG and (rdf11) JSON-LD in one pass over the articles. JSON-LD needs its context
 * (every predicate and class of the corpus) before its first graph: a first pass computes the quads only for
 * that (graphToQuads is a small part of the build; reading the staged N-Quads back instead cost more in
 * parsing than the quads cost to make).
 */
async function writeRdfFormats(
  graph: KnowledgeGraph,
  folder: BuildFolder,
  profile: RdfProfile,
  baseIri: string | undefined,
  sizes: Map<ExportFormat, number>,
  say: (message: string) => void,
): Promise<void> {
  const name = (format: ExportFormat) => `graph.${EXTENSIONS[format]}`;
  // Every claim of the rdf12 profile points at its triple with a triple term, so the data has triple terms
  // exactly when the graph has a claim (Turtle/TriG then start with VERSION "1.2", as writeRdf decides).
  const version12 = profile === "rdf12" && graph.size > 0;
  const rdfFormats = ["nt", "ttl", "nq", "trig"] as const;
  const files = Object.fromEntries(rdfFormats.map((f) => [f, folder.open(name(f))])) as Record<(typeof rdfFormats)[number], ReturnType<BuildFolder["open"]>>;
  const writers = Object.fromEntries(
    rdfFormats.map((f) => [f, new RdfWriter(f, files[f].sink, { ...(baseIri ? { baseIri } : {}), version12 })]),
  ) as Record<(typeof rdfFormats)[number], RdfWriter>;
  const flattener = new SeenTriples();
  const quadOptions = { profile, ...(baseIri ? { baseIri } : {}) };
  const articleCount = Object.keys(graph.getAttribute("articles")).length;
  let jsonLd: { file: ReturnType<BuildFolder["open"]>; writer: JsonLdGraphWriter } | undefined;
  if (profile === "rdf11") {
    say("collecting the JSON-LD context");
    const context = new JsonLdContext(baseIri);
    for (const { quads } of articleGraphs(graph, quadOptions)) context.add(quads);
    const file = folder.open(name("jsonld"));
    jsonLd = { file, writer: new JsonLdGraphWriter(file.sink, context.context()) };
  }
  let done = 0;
  for (const { quads } of articleGraphs(graph, quadOptions)) {
    writers.nq.add(quads);
    writers.trig.add(quads);
    await jsonLd?.writer.addGraph(quads);
    const triples = flattener.add(quads);
    writers.nt.add(triples);
    writers.ttl.add(triples);
    if (++done % SAY_EVERY === 0) say(`writing RDF${jsonLd ? " and JSON-LD" : ""}: ${done} of ${articleCount} articles`);
    await nextTurn();
  }
  for (const f of rdfFormats) {
    writers[f].end();
    sizes.set(f, files[f].close());
  }
  if (jsonLd) {
    jsonLd.writer.end();
    sizes.set("jsonld", jsonLd.file.close());
  }
}

function writeTo(folder: BuildFolder, name: string, write: (sink: TextSink) => void): number {
  const file = folder.open(name);
  write(file.sink);
  return file.close();
}

/** `JSON.stringify(graph.export())` plus a newline, node by node and edge by edge (graphology's serialisation). */
export function writeGraphJson(graph: KnowledgeGraph, sink: TextSink): void {
  const hasAttributes = (a: object) => {
    for (const key in a) if (Object.hasOwn(a, key)) return true;
    return false;
  };
  sink.write(`{"options":${JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops })},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`);
  let first = true;
  graph.forEachNode((key, attributes) => {
    sink.write(`${first ? "" : ","}{"key":${JSON.stringify(key)}${hasAttributes(attributes) ? `,"attributes":${JSON.stringify(attributes)}` : ""}}`);
    first = false;
  });
  sink.write(`],"edges":[`);
  first = true;
  // A directed graph has no undirected edges, so graphology writes no `undirected` field.
  graph.forEachEdge((key, attributes, source, target) => {
    sink.write(`${first ? "" : ","}{"key":${JSON.stringify(key)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}${hasAttributes(attributes) ? `,"attributes":${JSON.stringify(attributes)}` : ""}}`);
    first = false;
  });
  sink.write("]}\n");
}

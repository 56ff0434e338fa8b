// Serialising quads. n3 writes N-Triples, N-Quads, Turtle and TriG (with RDF 1.2 triple terms);
// jsonld writes JSON-LD from the same quads. Browser-safe.
import { DataFactory, Writer } from "n3";
import type { Quad } from "@rdfjs/types";
import jsonld from "jsonld";
import { UsageKgError } from "../errors.ts";
import { prefixesFor, DEFAULT_BASE_IRI } from "./namespaces.ts";

export const RDF_FORMATS = {
  nt: { mediaType: "application/n-triples", extension: "nt", quads: false },
  nq: { mediaType: "application/n-quads", extension: "nq", quads: true },
  ttl: { mediaType: "text/turtle", extension: "ttl", quads: false },
  trig: { mediaType: "application/trig", extension: "trig", quads: true },
  jsonld: { mediaType: "application/ld+json", extension: "jsonld", quads: true },
} as const;

export type RdfFormat = keyof typeof RDF_FORMATS;

export interface WriteRdfOptions {
  /** Base IRI the data was minted under; used for Turtle/TriG prefixes and the JSON-LD context. */
  baseIri?: string;
}

/** Where a writer's text goes: a string in memory, or a reused byte buffer flushed to a file (src/export/buffer-sink.ts). */
export interface TextSink {
  write(text: string): void;
}

/** Collects the text in memory (writeRdf's sink). */
export class StringSink implements TextSink {
  text = "";
  write(text: string): void {
    this.text += text;
  }
}

/**
 * Triple formats have no graphs: quads go to the default graph, and a triple stated in two articles is written
 * once. Stateful, so a corpus can go through it one article at a time and still be deduplicated as a whole
 * (the set of keys seen is the one thing that grows with the corpus).
 */
export class TripleFlattener {
  private readonly seen = new Set<string>();

  /** The triples of `quads` not seen before (in this call or an earlier one), in order. */
  add(quads: Iterable<Quad>): Quad[] {
    const triples: Quad[] = [];
    for (const q of quads) {
      const key = termKey(q.subject) + " " + termKey(q.predicate) + " " + termKey(q.object);
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      triples.push(DataFactory.quad(q.subject, q.predicate, q.object));
    }
    return triples;
  }
}

/** Triple formats have no graphs: quads go to the default graph, and a triple stated in two articles is written once. */
export function flattenToTriples(quads: Iterable<Quad>): Quad[] {
  return new TripleFlattener().add(quads);
}

/** A term as a key that tells every term apart (language, datatype, triple terms), for sets of triples. */
export function termKey(term: Quad["object"]): string {
  switch (term.termType) {
    case "Literal":
      return `"${term.value}"@${term.language}^^${term.datatype.value}`;
    case "Quad":
      return `<<${termKey(term.subject)} ${termKey(term.predicate)} ${termKey(term.object)}>>`;
    default:
      return `${term.termType}:${term.value}`;
  }
}

type N3Quads = Parameters<Writer["addQuads"]>[0];
type N3Term = Parameters<Writer["quadToString"]>[0];
/** n3's term encoders: private in its typings, but they are what makes our lines byte-identical to n3's own. */
interface N3Encoders {
  _encodeSubject(term: N3Term): string;
  _encodeIriOrBlank(term: N3Term): string;
  _encodeObject(term: N3Term): string;
  _encodeLiteral(term: N3Term): string;
}

/**
 * N-Triples / N-Quads lines, the same bytes as n3's Writer in line mode (its own encoders, in canonical form),
 * but a subject, predicate or graph is encoded once while it repeats instead of once per quad (an article's
 * quads come grouped by subject and all in one graph), and each line goes straight to the sink: no per-quad
 * callback, no stream machinery. This is the hot path of every large export, hence hand-rolled around n3.
 * Lines are gathered into a chunk of about CHUNK_CHARS before they go to the sink: one encode per chunk instead
 * of one per line made it 1.3-1.45x faster (CPU time, 250k triples, fresh process); much larger chunks are
 * slower again (at 128k characters 2.5x slower: the joined string is flattened in the old generation).
 */
const CHUNK_CHARS = 1 << 14;

class LineWriter {
  private readonly n3 = new Writer({ format: "N-Quads" }) as unknown as N3Encoders;
  private readonly predicates = new Map<string, string>();
  private lastSubject: Quad["subject"] | undefined;
  private lastSubjectText = "";
  private lastGraph: Quad["graph"] | undefined;
  private lastGraphTail = " .\n";
  private chunk = "";

  constructor(
    private readonly sink: TextSink,
    private readonly withGraphs: boolean,
  ) {}

  add(quads: Iterable<Quad>): void {
    const n3 = this.n3;
    for (const q of quads) {
      const s = q.subject;
      if (s !== this.lastSubject) {
        if (!(this.lastSubject && s.termType === "NamedNode" && this.lastSubject.termType === "NamedNode" && s.value === this.lastSubject.value)) {
          this.lastSubjectText = n3._encodeSubject(s as unknown as N3Term);
        }
        this.lastSubject = s;
      }
      const p = q.predicate;
      let pText = p.termType === "NamedNode" ? this.predicates.get(p.value) : undefined;
      if (pText === undefined) {
        pText = n3._encodeIriOrBlank(p as unknown as N3Term);
        if (p.termType === "NamedNode") this.predicates.set(p.value, pText);
      }
      if (this.withGraphs && q.graph !== this.lastGraph) {
        const g = q.graph;
        if (!(this.lastGraph && g.termType === this.lastGraph.termType && g.value === this.lastGraph.value)) {
          this.lastGraphTail = g.termType === "DefaultGraph" ? " .\n" : ` ${n3._encodeIriOrBlank(g as unknown as N3Term)} .\n`;
        }
        this.lastGraph = g;
      }
      const o = q.object;
      const oText = o.termType === "Literal" ? n3._encodeLiteral(o as unknown as N3Term) : n3._encodeObject(o as unknown as N3Term);
      this.chunk += `${this.lastSubjectText} ${pText} ${oText}${this.withGraphs ? this.lastGraphTail : " .\n"}`;
      if (this.chunk.length >= CHUNK_CHARS) {
        this.sink.write(this.chunk);
        this.chunk = "";
      }
    }
  }

  end(): void {
    if (this.chunk.length > 0) this.sink.write(this.chunk);
    this.chunk = "";
  }
}

/**
 * Turtle / TriG through n3's Writer, made portable line by line (see portableTurtle). n3 writes a statement in
 * pieces; they are gathered and only complete lines are rewritten, so the result is the same whether the text
 * arrives at once or in pieces.
 */
class TurtleWriter {
  private readonly writer: Writer;
  private pending = "";

  constructor(
    private readonly sink: TextSink,
    format: "Turtle" | "TriG",
    prefixes: Record<string, string>,
    version12: boolean,
  ) {
    if (version12) sink.write(VERSION_12);
    const gather = { write: (text: string) => this.gather(text), end: (done?: () => void) => done?.() };
    this.writer = new Writer(gather as unknown as ConstructorParameters<typeof Writer>[0], { format, prefixes, end: false });
  }

  private gather(text: string): void {
    this.pending += text;
    if (this.pending.length < 1 << 16) return;
    const cut = this.pending.lastIndexOf("\n") + 1;
    if (cut === 0) return;
    this.sink.write(spaceFinalDots(this.pending.slice(0, cut)));
    this.pending = this.pending.slice(cut);
  }

  add(quads: Iterable<Quad>): void {
    this.writer.addQuads((Array.isArray(quads) ? quads : [...quads]) as N3Quads);
  }

  end(): void {
    this.writer.end();
    this.sink.write(spaceFinalDots(this.pending));
    this.pending = "";
  }
}

export interface RdfWriterOptions {
  /** Base IRI the data was minted under; used for Turtle/TriG prefixes. */
  baseIri?: string;
  /**
   * Turtle/TriG: start with `VERSION "1.2"` (the data has RDF 1.2 triple terms). A streaming writer cannot look
   * ahead, so the caller says; writeRdf looks at the quads.
   */
  version12?: boolean;
}

/**
 * The one RDF text writer, for the in-memory export (writeRdf: a StringSink) and the streaming ones (a reused
 * byte buffer): quads go in with `add`, in as many calls as the caller likes (one article at a time), the text
 * comes out in the sink, the last tens of kilobytes only at `end`, which finishes the last statement. The same quads in the same order give the same
 * bytes however they are split between calls. Triple formats take triples: deduplicate with TripleFlattener first.
 */
export class RdfWriter {
  private readonly inner: LineWriter | TurtleWriter;

  constructor(format: "nt" | "nq" | "ttl" | "trig", sink: TextSink, options: RdfWriterOptions = {}) {
    const prefixes = prefixesFor(options.baseIri ?? DEFAULT_BASE_IRI);
    switch (format) {
      case "nt":
      case "nq":
        this.inner = new LineWriter(sink, format === "nq");
        break;
      case "ttl":
      case "trig":
        this.inner = new TurtleWriter(sink, format === "ttl" ? "Turtle" : "TriG", prefixes, options.version12 ?? false);
        break;
      default:
        throw new UsageKgError(`RdfWriter: "${String(format)}" is not a streamable RDF format; expected nt, nq, ttl or trig`);
    }
  }

  add(quads: Iterable<Quad>): void {
    this.inner.add(quads);
  }

  end(): void {
    this.inner.end();
  }
}

/** The whole text of `quads` in one string, through the one writer. */
function writeToString(quads: Quad[], format: "nt" | "nq" | "ttl" | "trig", options: RdfWriterOptions): string {
  const sink = new StringSink();
  const writer = new RdfWriter(format, sink, options);
  writer.add(quads);
  writer.end();
  return sink.text;
}

/**
 * Turtle and TriG that every reader parses the same way. n3 ends a statement with "." right after its last
 * term: `ann:x.e1.position.` and `kgv:bylinePosition 1.` are valid Turtle, but Virtuoso 7 reads the dot
 * into the name or the number (docs/rdf-model.md §5), so a space goes before every statement's final dot.
 * n3 escapes line breaks inside literals, so a line that ends in "." ends a statement. A file with RDF 1.2
 * triple terms starts with `VERSION "1.2"` (Turtle 1.2), so a 1.1 reader fails at once and clearly.
 * Applied to complete lines only (TurtleWriter), so streamed and in-memory output are the same bytes.
 */
const VERSION_12 = 'VERSION "1.2"\n';

function spaceFinalDots(text: string): string {
  return text.replace(/(\S)\.$/gm, "$1 .");
}

export const hasTripleTerms = (quads: Quad[]) => quads.some((q) => q.object.termType === "Quad");

/**
 * A JSON-LD context that reads as terms: every predicate and class the quads use gets its local name as a
 * term ("label", "headline", "Claim", "causes"), unless two IRIs share a local name, which then keep their
 * prefixed form; properties whose values are all IRIs are typed `@id`, so they compact to plain strings; the
 * articles' language, when they share one, is the default `@language`. Prefixes stay for everything else.
 */
export class JsonLdContext {
  private readonly prefixes: Record<string, string>;
  private readonly byNamespace: Array<[string, string]>;
  private readonly terms = new Map<string, Set<string>>();
  private readonly iriOnly = new Map<string, boolean>();
  private readonly languages = new Set<string>();
  // Predicates and classes are few; the corpus repeats them millions of times.
  private readonly noted = new Set<string>();

  constructor(baseIri: string = DEFAULT_BASE_IRI) {
    this.prefixes = prefixesFor(baseIri);
    this.byNamespace = Object.entries(this.prefixes).sort((a, b) => b[1].length - a[1].length);
  }

  private prefixed(value: string): [string, string] | undefined {
    const hit = this.byNamespace.find(([, ns]) => value.startsWith(ns) && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(value.slice(ns.length)));
    return hit ? [hit[0], value.slice(hit[1].length)] : undefined;
  }

  private note(iri: string): void {
    if (this.noted.has(iri)) return;
    this.noted.add(iri);
    const p = this.prefixed(iri);
    if (!p) return;
    let set = this.terms.get(p[1]);
    if (!set) this.terms.set(p[1], (set = new Set()));
    set.add(iri);
  }

  /** Takes the quads into account; call with every quad of the document, in any number of calls. */
  add(quads: Iterable<Quad>): void {
    for (const q of quads) {
      if (q.predicate.value === RDF_TYPE) {
        this.note(q.object.value);
        continue;
      }
      this.note(q.predicate.value);
      if (q.object.termType !== "NamedNode") this.iriOnly.set(q.predicate.value, false);
      else if (!this.iriOnly.has(q.predicate.value)) this.iriOnly.set(q.predicate.value, true);
      if (q.object.termType === "Literal" && q.object.language) this.languages.add(q.object.language);
    }
  }

  context(): Record<string, unknown> {
    const context: Record<string, unknown> = { ...this.prefixes };
    if (this.languages.size === 1) context["@language"] = [...this.languages][0];
    for (const [term, iris] of [...this.terms].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      if (iris.size !== 1 || term in context || term.startsWith("@")) continue;
      const iri = [...iris][0]!;
      const [prefix, localName] = this.prefixed(iri)!;
      context[term] = this.iriOnly.get(iri) ? { "@id": `${prefix}:${localName}`, "@type": "@id" } : `${prefix}:${localName}`;
    }
    return context;
  }
}

const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

// The context is inline and nothing is fetched (no network); a remote context would be an error.
const documentLoader = (url: string) => Promise.reject(new Error(`JSON-LD: refusing to fetch ${url}`));

/**
 * The quads as jsonld.js's RDF dataset, for jsonld.fromRDF without its N-Quads parser (rdf-canonize's: a regular
 * expression per line and a scan of the graph's triples for a duplicate of each, about 100 ms per generated
 * article). That parser drops a repeated quad, so this does too.
 */
function jsonLdDataset(quads: Quad[]): Quad[] {
  const seen = new Set<string>();
  return quads.filter((q) => {
    const key = `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)} ${q.graph.termType}:${q.graph.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function compactNquads(nquads: string | Quad[], context: Record<string, unknown>): Promise<Record<string, unknown>> {
  const expanded = typeof nquads === "string" ? await jsonld.fromRDF(nquads, { format: "application/n-quads" }) : await jsonld.fromRDF(jsonLdDataset(nquads) as never);
  // fromRDF's output is in expanded form already; compact would expand it again (a third of JSON-LD's time at
  // 1,000 articles). Only on the quads path, so the text path (writeRdf) stays the reference the build is tested against.
  const skipExpansion = typeof nquads !== "string";
  return (await jsonld.compact(expanded, context as Parameters<typeof jsonld.compact>[1], { documentLoader, skipExpansion } as Parameters<typeof jsonld.compact>[2])) as Record<string, unknown>;
}

const indent = (json: string, by: string) => by + json.replace(/\n/g, `\n${by}`);

/**
 * JSON-LD one named graph at a time, the same bytes as compacting the whole dataset at once (writeRdf): the
 * compacted document is `{"@context", "@graph": [graph objects sorted by graph IRI]}`, each graph object
 * compacts on its own under the shared context, and a document of one graph is that graph object with the
 * context. jsonld.js builds the whole expanded and compacted document in memory, which for a large corpus is
 * several times the size of its N-Quads; one graph at a time it holds one article. The context must be known
 * first (JsonLdContext over every quad), and graphs must come in graph-IRI order, as graphToQuads gives them.
 */
export class JsonLdGraphWriter {
  private readonly contextJson: string;
  private first: Record<string, unknown> | undefined;
  private graphs = 0;

  constructor(
    private readonly sink: TextSink,
    private readonly context: Record<string, unknown>,
  ) {
    this.contextJson = JSON.stringify(context, null, 2);
  }

  /** One named graph: its N-Quads text (all its lines, nothing else) or its quads. */
  async addGraph(nquads: string | Quad[]): Promise<void> {
    const compacted = await compactNquads(nquads, this.context);
    delete compacted["@context"];
    this.graphs++;
    if (this.graphs === 1) {
      this.first = compacted;
      return;
    }
    if (this.graphs === 2) {
      this.sink.write(`{\n  "@context": ${indent(this.contextJson, "  ").trimStart()},\n  "@graph": [\n`);
      this.sink.write(indent(JSON.stringify(this.first, null, 2), "    "));
      this.first = undefined;
    }
    this.sink.write(`,\n${indent(JSON.stringify(compacted, null, 2), "    ")}`);
  }

  end(): void {
    if (this.graphs >= 2) {
      this.sink.write("\n  ]\n}\n");
      return;
    }
    this.sink.write(`${JSON.stringify({ "@context": this.context, ...(this.first ?? {}) }, null, 2)}\n`);
  }
}

async function writeJsonLd(quads: Quad[], baseIri: string): Promise<string> {
  if (hasTripleTerms(quads)) {
    throw new UsageKgError("JSON-LD cannot express RDF 1.2 triple terms: export JSON-LD with the rdf11 profile");
  }
  const context = new JsonLdContext(baseIri);
  context.add(quads);
  const compacted = await compactNquads(writeToString(quads, "nq", {}), context.context());
  return `${JSON.stringify(compacted, null, 2)}\n`;
}

/** Serialises quads in one of RDF_FORMATS. Output depends only on the quads and their order. */
export async function writeRdf(quads: Quad[], format: RdfFormat, options: WriteRdfOptions = {}): Promise<string> {
  const baseIri = options.baseIri ?? DEFAULT_BASE_IRI;
  switch (format) {
    case "nt":
      return writeToString(flattenToTriples(quads), "nt", {});
    case "nq":
      return writeToString(quads, "nq", {});
    case "ttl":
      return writeToString(flattenToTriples(quads), "ttl", { baseIri, version12: hasTripleTerms(quads) });
    case "trig":
      return writeToString(quads, "trig", { baseIri, version12: hasTripleTerms(quads) });
    case "jsonld":
      return writeJsonLd(quads, baseIri);
    default:
      throw new UsageKgError(`writeRdf: unknown format "${String(format)}"; expected one of ${Object.keys(RDF_FORMATS).join(", ")}`);
  }
}

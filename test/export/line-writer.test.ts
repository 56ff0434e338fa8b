// The project's N-Triples / N-Quads writer (RdfWriter "nt" / "nq") writes n3's own bytes: the same lines as n3's
// Writer in line mode, however the quads are split between `add` calls, into a string or through a small reused
// buffer, for terms that take n3's every branch (escapes, languages with direction, datatypes, blank nodes,
// triple terms, graphs changing mid-subject) and for enough quads that the writer's chunks fill many times.
import { DataFactory, Writer } from "n3";
import type { Quad } from "@rdfjs/types";
import { describe, expect, it } from "vitest";
import { BufferSink } from "../../src/export/buffer-sink.ts";
import { RdfWriter, StringSink } from "../../src/rdf/write-rdf.ts";
import { prng } from "../../bench/generate-corpus.ts";

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;
const XSD = "http://www.w3.org/2001/XMLSchema#";

/** n3's reference: its Writer in line mode, all quads at once. */
function n3Lines(quads: Quad[], format: "N-Triples" | "N-Quads"): string {
  return new Writer({ format }).quadsToString(quads as never);
}

const hostileValues = ['plain', 'quote " and \\ backslash', "tab\tnew\nline\rcr", "bell\u0007 del\u007f", "é ü 한국 😀", "\ufffe\uffff end", ""];

/** A deterministic mix of quads: runs of one subject, repeated predicates, every kind of object. */
function mixedQuads(count: number, seed: number): Quad[] {
  const random = prng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const subjects = [namedNode("https://example.org/e/a"), namedNode("https://example.org/e/ü"), namedNode("https://example.org/e/sp ace"), blankNode("b1")];
  const predicates = [namedNode("http://schema.org/name"), namedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), namedNode("https://example.org/p/é")];
  const graphs = [defaultGraph(), namedNode("https://example.org/graph/1"), namedNode("https://example.org/graph/2"), blankNode("g")];
  const objects = (): Quad["object"] => {
    const value = pick(hostileValues) + (random() < 0.5 ? "" : String(Math.floor(random() * 1000)));
    switch (Math.floor(random() * 7)) {
      case 0:
        return namedNode(`https://example.org/o/${Math.floor(random() * 50)}`);
      case 1:
        return blankNode(`o${Math.floor(random() * 5)}`);
      case 2:
        return literal(value, pick(["en", "ar", "de-ch"]));
      case 3:
        return literal(value, { language: "ar", direction: pick(["rtl", "ltr"]) } as never);
      case 4:
        return literal(value, namedNode(pick([`${XSD}string`, `${XSD}integer`, `${XSD}date`, "https://example.org/dt/ü"])));
      case 5:
        return quad(pick(subjects.slice(0, 3)) as never, pick(predicates), literal(value)) as unknown as Quad["object"];
      default:
        return literal(value);
    }
  };
  const quads: Quad[] = [];
  let subject = pick(subjects);
  let graph = pick(graphs);
  for (let i = 0; i < count; i++) {
    if (random() < 0.2) subject = pick(subjects);
    if (random() < 0.05) graph = pick(graphs);
    // Fresh but equal term objects too, as a parser makes them: the writer must not rely on identity.
    const s = random() < 0.3 && subject.termType === "NamedNode" ? namedNode(subject.value) : subject;
    quads.push(quad(s as never, pick(predicates), objects(), graph as never) as unknown as Quad);
  }
  return quads;
}

/** Cuts `quads` into slices of random length (some empty), as articles would come. */
function slices(quads: Quad[], seed: number): Quad[][] {
  const random = prng(seed);
  const out: Quad[][] = [];
  for (let i = 0; i < quads.length; ) {
    const n = Math.floor(random() * 400);
    out.push(quads.slice(i, i + n));
    i += n;
  }
  return out;
}

function writeThroughBuffer(format: "nt" | "nq", parts: Quad[][], size: number): string {
  const chunks: Buffer[] = [];
  const sink = new BufferSink((bytes) => chunks.push(Buffer.from(bytes)), size);
  const writer = new RdfWriter(format, sink);
  for (const part of parts) writer.add(part);
  writer.end();
  sink.flush();
  return Buffer.concat(chunks).toString("utf8");
}

function writeToString(format: "nt" | "nq", parts: Quad[][]): string {
  const sink = new StringSink();
  const writer = new RdfWriter(format, sink);
  for (const part of parts) writer.add(part);
  writer.end();
  return sink.text;
}

describe("RdfWriter line formats (N-Triples, N-Quads)", () => {
  for (const [format, n3Format] of [["nq", "N-Quads"], ["nt", "N-Triples"]] as const) {
    it(`writes n3's bytes for ${n3Format}, however the quads are split and wherever they go`, () => {
      for (const seed of [1, 2, 3]) {
        const all = mixedQuads(6000, seed);
        const quads = format === "nt" ? all.map((q) => quad(q.subject as never, q.predicate, q.object as never) as unknown as Quad) : all;
        const expected = n3Lines(quads, n3Format);
        // More text than one of the writer's chunks, many times over: the test covers the chunk boundaries.
        expect(expected.length).toBeGreaterThan(200_000);
        expect(writeToString(format, [quads])).toBe(expected);
        expect(writeToString(format, slices(quads, seed))).toBe(expected);
        expect(writeThroughBuffer(format, slices(quads, seed + 10), 4096)).toBe(expected);
      }
    });
  }

  it("writes nothing before the first quad and nothing for no quads", () => {
    expect(writeToString("nq", [])).toBe("");
    expect(writeToString("nt", [[], []])).toBe("");
  });

  it("keeps every line until end, however few", () => {
    const sink = new StringSink();
    const writer = new RdfWriter("nt", sink);
    writer.add([quad(namedNode("https://example.org/s"), namedNode("https://example.org/p"), literal("o")) as unknown as Quad]);
    writer.end();
    expect(sink.text).toBe('<https://example.org/s> <https://example.org/p> "o" .\n');
  });
});

// The streaming export writes what the in-memory export writes: byte for byte on the single seed article, the
// same quad set on a corpus (see the note in stream-ntriples.ts for why order and N-Triples duplicates differ).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Parser } from "n3";
import type { Quad } from "@rdfjs/types";
import { isomorphic } from "rdf-isomorphic";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticle, generateCorpus } from "../../bench/generate-corpus.ts";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { ValidationKgError } from "../../src/errors.ts";
import { exportGraph } from "../../src/export/export-graph.ts";
import { streamExport } from "../../src/export/stream-ntriples.ts";
import { graphToQuads } from "../../src/rdf/graph-to-quads.ts";
import { loadSources } from "../../src/sources/load-sources.ts";
import { SEED_DIR, loadSeedGraph } from "../helpers/seed.ts";

const root = mkdtempSync(join(tmpdir(), "kg-stream-"));
const corpus = join(root, "corpus");

beforeAll(async () => {
  await generateCorpus(corpus, 5);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const parse = (text: string, format: "N-Triples" | "N-Quads"): Quad[] => new Parser({ format }).parse(text) as unknown as Quad[];
const lines = (text: string): string[] => text.split("\n").filter(Boolean);
const sortedUnique = (text: string): string[] => [...new Set(lines(text))].sort();

describe("streamExport on the seed article", () => {
  it("writes N-Quads byte-identical to the in-memory export, isomorphic to graphToQuads", async () => {
    const graph = await loadSeedGraph();
    const out = join(root, "seed.nq");
    const result = await streamExport([SEED_DIR], { format: "nq", output: out });
    const streamed = readFileSync(out, "utf8");
    expect(streamed).toBe(await exportGraph(graph, "nq"));
    const quads = parse(streamed, "N-Quads");
    expect(result).toMatchObject({ articles: 1, quads: quads.length, bytes: Buffer.byteLength(streamed) });
    expect(isomorphic(quads, graphToQuads(graph))).toBe(true);
  });

  it("writes N-Triples equal to the in-memory export (one article: per-article and corpus dedup agree)", async () => {
    const graph = await loadSeedGraph();
    const out = join(root, "seed.nt");
    await streamExport([SEED_DIR], { format: "nt", output: out });
    const streamed = readFileSync(out, "utf8");
    const inMemory = await exportGraph(graph, "nt");
    expect(streamed).toBe(inMemory);
    expect(isomorphic(parse(streamed, "N-Triples"), parse(inMemory, "N-Triples"))).toBe(true);
  });

  it("honours the profile and base IRI", async () => {
    const graph = await loadSeedGraph();
    const options = { profile: "rdf12" as const, baseIri: "http://example.com/kg/" };
    const out = join(root, "seed-rdf12.nq");
    await streamExport([SEED_DIR], { format: "nq", output: out, ...options });
    expect(readFileSync(out, "utf8")).toBe(await exportGraph(graph, "nq", options));
  });
});

describe("streamExport on a generated corpus", () => {
  it("the generated articles validate", async () => {
    const models = await loadSources([corpus]);
    expect(models).toHaveLength(5);
    for (const model of models) {
      expect(model.nodes.length).toBeGreaterThanOrEqual(35);
      expect(model.edges).toHaveLength(50);
    }
  });

  it("generation is deterministic", () => {
    expect(generateArticle(3)).toEqual(generateArticle(3));
    expect(generateArticle(3).annotation).not.toBe(generateArticle(4).annotation);
  });

  it("streams N-Quads with the same quad set as the in-memory export, and reports progress", async () => {
    const graph = buildGraph(await loadSources([corpus]));
    const out = join(root, "corpus.nq");
    const seen: number[] = [];
    const result = await streamExport([corpus], { format: "nq", output: out, onProgress: (p) => seen.push(p.articles) });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    const streamed = readFileSync(out, "utf8");
    const inMemory = await exportGraph(graph, "nq");
    // Shared entities (korea, japan…) come in another order within later articles' graphs; same lines, same quads.
    expect(lines(streamed).sort()).toEqual(lines(inMemory).sort());
    expect(result.quads).toBe(lines(streamed).length);
    expect(isomorphic(parse(streamed, "N-Quads"), graphToQuads(graph))).toBe(true);
  });

  it("streams N-Triples equal as a set: duplicates across articles are removed per article only", async () => {
    const graph = buildGraph(await loadSources([corpus]));
    const out = join(root, "corpus.nt");
    await streamExport([corpus], { format: "nt", output: out });
    const streamed = readFileSync(out, "utf8");
    const inMemory = await exportGraph(graph, "nt");
    expect(sortedUnique(streamed)).toEqual(sortedUnique(inMemory));
    // The shared entities' triples (e.g. korea's type) are written once per article that names them.
    expect(lines(streamed).length).toBeGreaterThan(lines(inMemory).length);
    expect(isomorphic(parse(streamed, "N-Triples"), parse(inMemory, "N-Triples"))).toBe(true);
  });
});

describe("streamExport on invalid sources", () => {
  it("rejects with ValidationKgError on a bad quote and leaves an existing output untouched", async () => {
    const bad = join(root, "bad");
    await generateCorpus(bad, 3);
    const annotation = join(bad, "bench-000003", "annotation.yaml");
    writeFileSync(annotation, readFileSync(annotation, "utf8").replace("turns to South Korea again", "turns to North Korea again"));
    const outDir = join(root, "out-bad");
    mkdirSync(outDir);
    const out = join(outDir, "graph.nt");
    writeFileSync(out, "previous content\n");
    const error = await streamExport([bad], { format: "nt", output: out }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationKgError);
    expect((error as ValidationKgError).issues.map((i) => i.code)).toEqual(["QUOTE_NOT_FOUND"]);
    expect((error as ValidationKgError).issues[0]?.file).toContain("bench-000003");
    expect(readFileSync(out, "utf8")).toBe("previous content\n");
    expect(readdirSync(outDir)).toEqual(["graph.nt"]);
  });

  it("reports problems across articles (a duplicate article id) and writes nothing", async () => {
    const dup = join(root, "dup");
    await generateCorpus(dup, 2);
    const meta = join(dup, "bench-000002", "article.yaml");
    writeFileSync(meta, readFileSync(meta, "utf8").replace("id: bench-000002", "id: bench-000001"));
    const out = join(root, "dup.nq");
    const error = await streamExport([dup], { format: "nq", output: out }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationKgError);
    expect((error as ValidationKgError).issues.map((i) => i.code)).toContain("DUPLICATE_ARTICLE");
    expect(existsSync(out)).toBe(false);
  });

  it("rejects a path with no article folder", async () => {
    const empty = join(root, "empty");
    mkdirSync(empty);
    const error = await streamExport([empty], { format: "nt", output: join(root, "empty.nt") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationKgError);
    expect((error as ValidationKgError).issues.map((i) => i.code)).toEqual(["NO_ARTICLES"]);
  });
});

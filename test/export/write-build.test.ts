// The streaming build (writeBuild into writeFolderAtomic) against the in-memory exports: the same bytes for every
// format, in both profiles, on the four-article corpus (so JSON-LD is written graph by graph, and N-Triples
// deduplicates across articles) and on one article (JSON-LD's one-graph document). And the all-or-nothing
// promise on the streamed path: a disk that fills up halfway through leaves out/ byte for byte as it was.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OutputKgError } from "../../src/errors.ts";
import { EXPORT_FORMATS, EXTENSIONS, exportGraph } from "../../src/export/export-graph.ts";
import { writeBuild } from "../../src/export/write-build.ts";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { writeAllSync, writeFolderAtomic } from "../../src/io/write-folder-atomic.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import type { RdfProfile } from "../../src/rdf/graph-to-quads.ts";
import { vocabularyQuads } from "../../src/rdf/vocabulary-quads.ts";
import { writeRdf } from "../../src/rdf/write-rdf.ts";
import { loadSources } from "../../src/sources/load-sources.ts";
import { loadSeedGraph } from "../helpers/seed.ts";

const root = mkdtempSync(join(tmpdir(), "kg-write-build-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let corpus: KnowledgeGraph;
let seed: KnowledgeGraph;
beforeAll(async () => {
  corpus = buildGraph(await loadSources(["data"]));
  seed = await loadSeedGraph();
});

async function built(graph: KnowledgeGraph, profile: RdfProfile, name: string): Promise<string> {
  const out = join(root, name);
  await writeFolderAtomic(out, (folder) => writeBuild(graph, folder, { profile }), { signals: [] });
  return out;
}

describe("writeBuild", () => {
  for (const [which, profile] of [["four articles", "rdf11"], ["four articles", "rdf12"], ["one article", "rdf11"]] as const) {
    it(`writes the bytes of exportGraph for every format (${which}, ${profile})`, async () => {
      const graph = which === "one article" ? seed : corpus;
      const out = await built(graph, profile, `${which.replace(" ", "-")}-${profile}`);
      const formats = EXPORT_FORMATS.filter((f) => !(f === "jsonld" && profile === "rdf12"));
      expect(readdirSync(out).sort()).toEqual([...formats.map((f) => `graph.${EXTENSIONS[f]}`), "vocab.ttl"].sort());
      for (const format of formats) {
        const expected = await exportGraph(graph, format, { profile });
        expect(readFileSync(join(out, `graph.${EXTENSIONS[format]}`), "utf8"), format).toBe(expected);
      }
      expect(readFileSync(join(out, "vocab.ttl"), "utf8")).toBe(await writeRdf(vocabularyQuads(), "ttl"));
    });
  }

  it("leaves out/ as it was when the disk fills up halfway through a streamed file", async () => {
    const out = join(root, "full-disk");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "graph.nt"), "old nt\n");
    writeFileSync(join(out, "notes.txt"), "the user's own file\n");
    const before = readdirSync(out).sort().map((name) => [name, readFileSync(join(out, name), "utf8")]);
    let writes = 0;
    const error = await writeFolderAtomic(out, (folder) => writeBuild(corpus, folder), {
      signals: [],
      // The first buffer of each file goes through; the second write anywhere fails as a full disk would.
      writeBytes: (fd, bytes) => {
        if (++writes > 1) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" });
        writeAllSync(fd, bytes);
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputKgError);
    expect(readdirSync(out).sort().map((name) => [name, readFileSync(join(out, name), "utf8")])).toEqual(before);
    // No staging folder (".full-disk.staging-<pid>-…") is left beside it.
    expect(readdirSync(root).filter((name) => name.startsWith(".full-disk."))).toEqual([]);
  });
});

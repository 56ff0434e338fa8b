// Every RDF export as other tools load it (issue 8 §5): Debian's rapper (raptor2) and rdflib
// (/usr/bin/python3, python3-rdflib) count what n3 counts, and no Turtle/TriG statement ends in a way
// Virtuoso 7 misreads (a dot right after a name or a number). JSON-LD: rdflib reads it too, and its context
// has terms. Missing tools fail with the fix (CI installs them).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Parser, Store } from "n3";
import { beforeAll, describe, expect, it } from "vitest";
import { exportGraph } from "../../src/export/export-graph.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { parseRdf } from "../../src/rdf/parse-rdf.ts";
import { rapperCount, requireRapper } from "../helpers/rapper.ts";
import { loadSeedGraph } from "../helpers/seed.ts";

const PYTHON = "/usr/bin/python3";
const N3_FORMAT = { nt: "N-Triples", ttl: "Turtle", nq: "N-Quads", trig: "TriG" } as const;
const RDFLIB_FORMAT = { nt: "nt", ttl: "turtle", nq: "nquads", trig: "trig", jsonld: "json-ld" } as const;
// Distinct statements as rdflib reads them (a Dataset counts quads across its graphs).
const RDFLIB = String.raw`
import sys, rdflib
fmt, path = sys.argv[1], sys.argv[2]
d = rdflib.Dataset()
d.parse(path, format=fmt)
print(sum(len(g) for g in d.graphs()))
`;

function rdflibCount(text: string, format: keyof typeof RDFLIB_FORMAT): number {
  const dir = mkdtempSync(join(tmpdir(), "kg-rdflib-"));
  try {
    const file = join(dir, `input.${format}`);
    writeFileSync(file, text, "utf8");
    const run = spawnSync(PYTHON, ["-c", RDFLIB, RDFLIB_FORMAT[format], file], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`rdflib (sudo apt-get install python3-rdflib) could not read the ${format}: ${run.stderr}`);
    return Number(run.stdout.trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await loadSeedGraph();
});

describe("rdf11 exports in rapper, rdflib and n3", () => {
  it.each(["nt", "ttl", "nq", "trig"] as const)("%s: the same statement count in all three", async (format) => {
    requireRapper();
    const text = await exportGraph(graph, format);
    const parsed = new Parser({ format: N3_FORMAT[format] }).parse(text);
    const distinct = new Store(parsed).size;
    const rapper = rapperCount(text, format);
    expect(rapper.problems).toEqual([]);
    expect(rapper.count).toBe(parsed.length);
    expect(rdflibCount(text, format)).toBe(distinct);
  });

  it.each(["ttl", "trig"] as const)("%s: no statement ends with a dot glued to a name or a number", async (format) => {
    for (const profile of ["rdf11", "rdf12"] as const) {
      const text = await exportGraph(graph, format, { profile });
      const glued = text.split("\n").filter((line) => /\S\.$/.test(line));
      expect(glued, `${profile} ${format}`).toEqual([]);
      // The seed has names with dots (ann:….e1.position) and integers (kgv:bylinePosition), so the rule is exercised.
      expect(text).toMatch(/ann:\S+\.position \.$/m);
    }
  });

  it("jsonld: rdflib reads as many statements as n3 finds in the N-Quads; the context has terms", async () => {
    const text = await exportGraph(graph, "jsonld");
    const quads = await parseRdf(await exportGraph(graph, "nq"), "nq");
    expect(rdflibCount(text, "jsonld")).toBe(new Store(quads).size);
    const doc = JSON.parse(text) as { "@context": Record<string, unknown> };
    expect(doc["@context"]["label"]).toBe("rdfs:label");
    expect(doc["@context"]["headline"]).toBe("schema:headline");
    expect(doc["@context"]["subject"]).toEqual({ "@id": "rdf:subject", "@type": "@id" });
    expect(doc["@context"]["@language"]).toBe("en");
    expect(text).toContain('"label": "South Korea"');
  });
});

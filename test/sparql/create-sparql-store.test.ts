// The embedded store with its memory reservation (src/sparql/reserve-memory.ts): a large load reserves first and
// holds exactly what was loaded; a tiny one reserves nothing.
import { describe, expect, it } from "vitest";
import * as oxigraph from "oxigraph";
import { createSparqlStore } from "../../src/sparql/create-sparql-store.ts";
import { RESERVE_FROM_BYTES, reserveMemory } from "../../src/sparql/reserve-memory.ts";
import { ParseKgError } from "../../src/errors.ts";

const line = (i: number) => `<http://e/n${i}> <http://www.w3.org/2000/01/rdf-schema#label> "Event ${i}" <http://g/a${i % 3}> .\n`;

describe("createSparqlStore with a memory reservation", () => {
  it("does not reserve for a tiny input, and reserves once per engine for a large one", () => {
    expect(reserveMemory(oxigraph, line(1).length)).toBe(0);
    expect(reserveMemory(oxigraph, RESERVE_FROM_BYTES)).toBeGreaterThan(0);
    expect(reserveMemory(oxigraph, RESERVE_FROM_BYTES)).toBe(0);
  });

  it("answers the same after a reservation: no scratch data left in the store", () => {
    const lines: string[] = [];
    for (let i = 0, bytes = 0; bytes < RESERVE_FROM_BYTES; i++) bytes += lines[lines.push(line(i)) - 1]!.length;
    const text = lines.join("");
    const plain = new oxigraph.Store();
    plain.load(text, { format: "application/n-quads" });
    const store = createSparqlStore(text);
    expect(store.size).toBe(lines.length);
    expect(store.dump({ format: "application/n-quads" })).toBe(plain.dump({ format: "application/n-quads" }));
    const graphs = store.query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") as Array<Map<string, { value: string }>>;
    expect(graphs[0]?.get("n")?.value).toBe("3");
  });

  it("still rejects bad N-Quads", () => {
    expect(() => createSparqlStore("not n-quads")).toThrow(ParseKgError);
  });
});

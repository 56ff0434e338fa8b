// rdflib's SPARQLStore and SPARQLWrapper, as real clients (Debian: python3-rdflib, python3-sparqlwrapper).
// Skipped where they are not installed.
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSparqlServer, type RunningServer } from "../../src/server/start-sparql-server.ts";
import { sparqlSelect } from "../../src/sparql/run-sparql.ts";
import { createSparqlStore } from "../../src/sparql/create-sparql-store.ts";
import { seedNQuads } from "../sparql/seed-graph.ts";

const SCRIPT = new URL("./clients/python-clients.py", import.meta.url).pathname;

/** The first Python that has both libraries: PATH's, else Debian's own (a pyenv shim may come first). */
function pythonWithClients(): string | null {
  for (const python of ["python3", "/usr/bin/python3"]) {
    try {
      execFileSync(python, ["-c", "import rdflib, SPARQLWrapper"], { stdio: "ignore" });
      return python;
    } catch {
      // try the next
    }
  }
  return null;
}
const PYTHON = pythonWithClients();

describe.skipIf(PYTHON === null)("Python SPARQL clients", () => {
  let running: RunningServer;
  let causes: number;

  beforeAll(async () => {
    const nquads = await seedNQuads();
    causes = Number(sparqlSelect<"n">(createSparqlStore(nquads), "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://purl.org/faro/causes> ?o }").bindings[0]!.n!.value);
    running = await startSparqlServer({ nquads, port: 0, workers: 1, maxWorkers: 2, timeoutMs: 30_000, staticDir: "/nonexistent" });
  }, 60_000);
  afterAll(async () => {
    await running?.close();
  });

  it("get the same answers through SPARQLWrapper and rdflib's SPARQLStore", async () => {
    const output = await new Promise<string>((resolve, reject) => {
      // Asynchronous: the server answering the script runs in this process.
      import("node:child_process").then(({ execFile }) =>
        execFile(PYTHON!, [SCRIPT, `${running.url}sparql`], { timeout: 90_000 }, (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout))),
      );
    });
    const got = JSON.parse(output) as Record<string, unknown>;
    expect(got.ask_json).toBe(true);
    expect(got.select_xml).toEqual(["Japan"]);
    expect(got.construct_default_triples).toBe(causes);
    expect(got.sparqlstore_count).toBe(causes);
    expect(got.sparqlstore_construct_triples).toBe(causes);
  }, 120_000);
});

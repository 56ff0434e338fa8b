// The `kg` command line as a user meets it: files written, atomic replacement, help, exit codes,
// machine-readable output, and no stack traces unless --debug.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { createProgram } from "../../src/cli/main.ts";
import { processIo } from "../../src/cli/output.ts";
import { EXPORT_FORMATS } from "../../src/export/export-graph.ts";
import { parseRdf } from "../../src/rdf/parse-rdf.ts";
import { RDF_FORMATS, type RdfFormat } from "../../src/rdf/write-rdf.ts";
import { writeFileAtomic } from "../../src/io/write-file-atomic.ts";
import { OutputKgError } from "../../src/errors.ts";
import { kgInProcess as kg } from "../helpers/kg-in-process.ts";
import { KG_BIN, runKg } from "../helpers/run-kg.ts";
import { SEED_DIR } from "../helpers/seed.ts";

const root = mkdtempSync(join(tmpdir(), "kg-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

const STACK = /\n\s+at .+[:(]/;


describe("kg build", () => {
  it("writes every export format (and the vocabulary) into the output folder, each one readable", async () => {
    const out = join(root, "build");
    const run = await runKg(["build", SEED_DIR, "-o", out, "--json", "--no-layout"]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { nodes: number; edges: number; files: Array<{ file: string; bytes: number }> };
    const files = readdirSync(out).sort();
    for (const format of EXPORT_FORMATS) expect(files).toContain(`graph.${format}`);
    expect(files.filter((f) => f.startsWith("graph."))).toHaveLength(EXPORT_FORMATS.length);
    expect(files.some((f) => f.endsWith(".tmp"))).toBe(false);
    for (const { file, bytes } of report.files) expect(readFileSync(file).length).toBe(bytes);
    for (const format of Object.keys(RDF_FORMATS) as RdfFormat[]) {
      const quads = await parseRdf(readFileSync(join(out, `graph.${format}`), "utf8"), format);
      expect(quads.length, format).toBeGreaterThan(report.edges);
    }
    const json = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as { nodes: unknown[]; edges: unknown[] };
    expect(json.nodes).toHaveLength(report.nodes);
    expect(json.edges).toHaveLength(report.edges);
  }, 60_000);
});

describe("kg export", () => {
  it("-f ttl -o FILE replaces the file whole, leaves no temporary file, and matches stdout", async () => {
    const dir = join(root, "export");
    mkdirSync(dir, { recursive: true });
    const target = join(dir, "graph.ttl");
    writeFileSync(target, "old content\n");
    const toFile = await kg(["export", SEED_DIR, "-f", "ttl", "-o", target]);
    expect(toFile.code, toFile.stderr).toBe(0);
    expect(toFile.stdout).toBe("");
    expect(readdirSync(dir)).toEqual(["graph.ttl"]);
    const toStdout = await kg(["export", SEED_DIR, "-f", "ttl"]);
    expect(readFileSync(target, "utf8")).toBe(toStdout.stdout);
    expect(await parseRdf(toStdout.stdout, "ttl")).not.toHaveLength(0);
  });

  it("a write that cannot happen fails with OUTPUT, exit 1, and leaves the target and folder as they were", async () => {
    const dir = join(root, "export-fail");
    mkdirSync(join(dir, "graph.ttl"), { recursive: true }); // a folder where the file should go: rename fails
    const run = await kg(["export", SEED_DIR, "-f", "ttl", "-o", join(dir, "graph.ttl")]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK);
    expect(readdirSync(dir)).toEqual(["graph.ttl"]);
    await expect(writeFileAtomic(join(dir, "graph.ttl"), "x")).rejects.toBeInstanceOf(OutputKgError);
    expect(readdirSync(dir)).toEqual(["graph.ttl"]);
  });

  it("an unknown format exits 2 (in-process and as a process) and writes nothing", async () => {
    const out = join(root, "unknown-format.xml");
    const run = await kg(["export", SEED_DIR, "-f", "xml", "-o", out]);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    const proc = await runKg(["export", SEED_DIR, "--format", "rdfxml"]);
    expect(proc.code).toBe(2);
    expect(proc.stdout).toBe("");
    expect(proc.stderr).not.toMatch(STACK);
  }, 60_000);

  it("jsonld with the rdf12 profile is a usage error (exit 2), not a crash", async () => {
    const run = await kg(["export", SEED_DIR, "-f", "jsonld", "--profile", "rdf12"]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(STACK);
  });

  it("a closed pipe (kg export | head) ends quietly, without an EPIPE stack trace", async () => {
    const child = spawn(process.execPath, [KG_BIN, "export", SEED_DIR, "-f", "nt"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    await new Promise<void>((done) => child.stdout.once("data", () => done()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  }, 60_000);
});

describe("help, JSON output and errors", () => {
  const commands = createProgram().commands.map((c) => c.name());

  it("registers at least build, validate, stats and export", () => {
    expect(commands).toEqual(expect.arrayContaining(["build", "validate", "stats", "export"]));
  });

  it.each(commands)("kg %s --help exits 0 and prints usage", async (command) => {
    const run = await kg([command, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: kg ${command}`);
  });

  it("kg --help exits 0 as a process", async () => {
    const run = await runKg(["--help"]);
    expect(run.code).toBe(0);
    for (const command of ["build", "validate", "stats", "export"]) expect(run.stdout).toContain(command);
  }, 60_000);

  it.each([
    ["validate", [SEED_DIR, "--json"]],
    ["stats", [SEED_DIR, "--json"]],
    ["build", [SEED_DIR, "--json", "--no-layout", "-o", join(root, "json-build")]],
  ])("kg %s --json prints one JSON document", async (command, args) => {
    const run = await kg([command, ...args]);
    expect(run.code, run.stderr).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(typeof JSON.parse(run.stdout)).toBe("object");
  });

  it("errors carry no stack trace without --debug, and one with it", async () => {
    const missing = join(root, "no-such-graph.json");
    const plain = await kg(["stats", "-i", missing]);
    expect(plain.code).not.toBe(0);
    expect(plain.stderr).toMatch(/^kg: /);
    expect(plain.stderr).not.toMatch(STACK);
    const debug = await kg(["--debug", "stats", "-i", missing]);
    expect(debug.code).toBe(plain.code);
    expect(debug.stderr).toMatch(STACK);
  });

  it("a validation error as a process: exit 1, the issues on stderr, no stack trace", async () => {
    const dir = join(root, "bad-sources", "a");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "article.yaml"), "id: [unclosed\n");
    const run = await runKg(["validate", join(root, "bad-sources")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("[YAML_SYNTAX]");
    expect(run.stderr).toContain("[MISSING_FILE]");
    expect(run.stderr).not.toMatch(STACK);
  }, 60_000);

  it("an unknown option or command exits 2", async () => {
    expect((await kg(["build", "--frobnicate"])).code).toBe(2);
    expect((await kg(["frobnicate"])).code).toBe(2);
  });
});

/** Every entry under a folder with its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "hex")]));
}

function oldOutput(name: string): { parent: string; out: string } {
  const parent = join(root, name);
  const out = join(parent, "out");
  mkdirSync(out, { recursive: true });
  for (const file of ["graph.nt", "graph.ttl", "graph.nq", "graph.json", "vocab.ttl"]) writeFileSync(join(out, file), `old ${file}\n`);
  return { parent, out };
}

describe("kg build is all or nothing", () => {
  it("a disk that fills up midway (a file-size limit hit by the third file) leaves out/ as it was and no staging folder", async () => {
    // First learn the sizes, so the limit falls after the first files and before a later, larger one.
    const probe = await kg(["build", SEED_DIR, "-o", join(root, "probe"), "--no-layout", "--json"]);
    const sizes = (JSON.parse(probe.stdout) as { files: Array<{ file: string; bytes: number }> }).files;
    const [first, second, third] = sizes;
    expect(third!.bytes).toBeGreaterThan(Math.max(first!.bytes, second!.bytes));
    const limitKb = Math.ceil((Math.max(first!.bytes, second!.bytes) + third!.bytes) / 2 / 1024);
    const { parent, out } = oldOutput("efbig");
    const before = snapshot(out);
    // SIGXFSZ ignored: a write past the limit fails with EFBIG, as one on a full disk fails with ENOSPC.
    const child = spawn("bash", ["-c", `trap '' XFSZ; ulimit -f ${limitKb}; exec "$0" "$@"`, process.execPath, KG_BIN, "build", SEED_DIR, "-o", out, "--no-layout"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(code, stderr).toBe(1);
    expect(stderr).toMatch(/^kg: cannot write .*graph\.nq/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["out"]);
  }, 120_000);

  it("Ctrl-C (SIGINT) while the formats are being written leaves out/ as it was and no staging folder", async () => {
    const { parent, out } = oldOutput("sigint");
    const before = snapshot(out);
    const child = spawn(process.execPath, [KG_BIN, "build", SEED_DIR, "-o", out, "--no-layout"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    // Interrupt at the first sign of writing: a new entry beside out/ (a staging folder) or in it.
    let sent = false;
    const interrupt = () => {
      if (sent) return;
      sent = true;
      child.kill("SIGINT");
    };
    const watchers = [watch(parent, interrupt), watch(out, interrupt)];
    const code = await new Promise<number | null>((done) => child.on("close", (c, signal) => done(c ?? (signal ? -1 : null))));
    for (const w of watchers) w.close();
    expect(sent, stderr).toBe(true);
    expect(code, stderr).toBe(130);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["out"]);
  }, 120_000);

  it("-o names the output folder; --output and the old --out say the same", async () => {
    for (const flag of ["--output", "--out"]) {
      const out = join(root, `build${flag}`);
      const run = await kg(["build", SEED_DIR, flag, out, "--no-layout", "--json"]);
      expect(run.code, run.stderr).toBe(0);
      expect(readdirSync(out)).toContain("graph.nq");
    }
  });
});

describe("conventions shared by every command", () => {
  it("kg --version and -V print the package's version and exit 0", async () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    for (const flag of ["--version", "-V"]) {
      const run = await runKg([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
    }
  }, 60_000);

  it("progress lines are dimmed on a terminal, and plain when NO_COLOR is set", async () => {
    const saved = { interactive: processIo.interactive, colour: process.env.NO_COLOR };
    processIo.interactive = true;
    try {
      delete process.env.NO_COLOR;
      const coloured = await kg(["stats", SEED_DIR]);
      expect(coloured.stderr).toContain("\u001b[2m");
      process.env.NO_COLOR = "1";
      const plain = await kg(["stats", SEED_DIR]);
      expect(plain.stderr).toContain("reading and validating");
      expect(plain.stderr).not.toContain("\u001b[");
    } finally {
      processIo.interactive = saved.interactive;
      if (saved.colour === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved.colour;
    }
  });

  it("-i - reads a graph export from standard input, whatever its format (json, nq, ttl, jsonld)", async () => {
    const expected = await kg(["stats", SEED_DIR, "--json"]);
    const counts = JSON.parse(expected.stdout) as { nodes: number; edges: number };
    for (const format of ["json", "nq", "ttl", "jsonld"]) {
      const exported = await kg(["export", SEED_DIR, "-f", format]);
      const run = await runKg(["stats", "-i", "-", "--json"], { input: exported.stdout });
      expect(run.code, `${format}: ${run.stderr}`).toBe(0);
      expect(JSON.parse(run.stdout), format).toMatchObject({ nodes: counts.nodes, edges: counts.edges });
    }
    const nt = await kg(["export", SEED_DIR, "-f", "nt"]);
    const find = await runKg(["find", "gsomia", "-i", "-", "--json"], { input: nt.stdout });
    expect(find.code, find.stderr).toBe(0);
    expect((JSON.parse(find.stdout) as Array<{ id: string }>)[0]?.id).toBe("gsomia");
    const garbage = await runKg(["stats", "-i", "-"], { input: "this is not a graph\n" });
    expect(garbage.code).toBe(1);
    expect(garbage.stderr).toMatch(/^kg: standard input/);
  }, 120_000);

  it("kg query --file - reads the query from standard input; -i - the data; both at once is a usage error", async () => {
    const ask = await runKg(["query", "--file", "-", "--sources", SEED_DIR, "-f", "json"], { input: "ASK { ?s ?p ?o }" });
    expect(ask.code, ask.stderr).toBe(0);
    expect(JSON.parse(ask.stdout)).toMatchObject({ boolean: true });
    const nq = await kg(["export", SEED_DIR, "-f", "nq"]);
    const count = await runKg(["query", "-i", "-", "-f", "csv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"], { input: nq.stdout });
    expect(count.code, count.stderr).toBe(0);
    expect(Number(count.stdout.split("\n")[1])).toBeGreaterThan(1000);
    const both = await runKg(["query", "--file", "-", "-i", "-"], { input: "ASK {}" });
    expect(both.code).toBe(2);
  }, 120_000);

  it("kg query: -f is the format and -o the output file, as on kg export; the old -f FILE -o FORMAT still works", async () => {
    const query = "data/queries/gsomia-causal-chain.rq";
    const stdout = await kg(["query", "--file", query, "--sources", SEED_DIR, "-f", "csv"]);
    expect(stdout.code, stdout.stderr).toBe(0);
    expect(stdout.stdout).toMatch(/^cause,causeLabel,/);
    const file = join(root, "chain.csv");
    const toFile = await kg(["query", "--file", query, "--sources", SEED_DIR, "-f", "csv", "-o", file]);
    expect(toFile.code, toFile.stderr).toBe(0);
    expect(toFile.stdout).toBe("");
    expect(readFileSync(file, "utf8")).toBe(stdout.stdout);
    const longForm = await kg(["query", "--file", query, "--sources", SEED_DIR, "--format", "csv", "--output", "-"]);
    expect(longForm.stdout).toBe(stdout.stdout);
    // The spelling from before the convention: same answer, and a note saying the new one.
    const legacy = await kg(["query", "-f", query, "-o", "csv", "--sources", SEED_DIR]);
    expect(legacy.code, legacy.stderr).toBe(0);
    expect(legacy.stdout).toBe(stdout.stdout);
    expect(legacy.stderr).toContain("-f csv");
    const legacyLong = await kg(["query", "--file", query, "-o", "csv", "--sources", SEED_DIR]);
    expect(legacyLong.stdout).toBe(stdout.stdout);
    expect(existsSync("csv")).toBe(false);
  });

  it.each([["build"], ["export"]])("kg %s with a bad --base is a usage error (exit 2), before any work", async (command) => {
    for (const base of ["not an iri", "example.org/x/", "https://example.org/x", "https://example.org/a b/"]) {
      const out = join(root, `bad-base-${command}`);
      const run = await kg([command, SEED_DIR, "--base", base, ...(command === "build" ? ["-o", out] : ["-o", join(out, "g.nt")])]);
      expect(run.code, `${base}: ${run.stderr}`).toBe(2);
      expect(run.stderr).not.toMatch(STACK);
      expect(existsSync(out)).toBe(false);
    }
    const good = await kg(["export", SEED_DIR, "--base", "https://news.example/kg#", "-f", "nt"]);
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toContain("<https://news.example/kg#entity/gsomia>");
  });
});

// The `kg` command line as a user meets it: files written, atomic replacement, help, exit codes,
// machine-readable output, and no stack traces unless --debug.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { createProgram, main } from "../../src/cli/main.ts";
import { processIo } from "../../src/cli/output.ts";
import { EXPORT_FORMATS } from "../../src/export/export-graph.ts";
import { parseRdf } from "../../src/rdf/parse-rdf.ts";
import { RDF_FORMATS, type RdfFormat } from "../../src/rdf/write-rdf.ts";
import { writeFileAtomic } from "../../src/io/write-file-atomic.ts";
import { OutputKgError } from "../../src/errors.ts";
import { KG_BIN, runKg } from "../helpers/run-kg.ts";
import { SEED_DIR } from "../helpers/seed.ts";

const root = mkdtempSync(join(tmpdir(), "kg-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

const STACK = /\n\s+at .+[:(]/;

/** In-process run with processIo and commander's own writes captured. */
async function kg(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const saved = { stdout: processIo.stdout, stderr: processIo.stderr };
  processIo.stdout = (t) => void (stdout += t);
  processIo.stderr = (t) => void (stderr += t);
  vi.spyOn(process.stdout, "write").mockImplementation((t: string | Uint8Array) => ((stdout += String(t)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((t: string | Uint8Array) => ((stderr += String(t)), true));
  try {
    const code = await main(["node", "kg", ...args]);
    return { code, stdout, stderr };
  } finally {
    Object.assign(processIo, saved);
    vi.restoreAllMocks();
    process.exitCode = undefined;
  }
}

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

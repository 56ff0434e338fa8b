// `kg export -o FILE` writes a temporary file beside FILE and renames it over FILE at the end. Ctrl-C
// (SIGINT) or a kill (SIGTERM) meanwhile must leave FILE as it was and no temporary file behind.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { KG_BIN } from "../helpers/run-kg.ts";

const root = mkdtempSync(join(tmpdir(), "kg-export-interrupt-"));
const corpus = join(root, "corpus");
afterAll(() => rmSync(root, { recursive: true, force: true }));
// Large enough that the export is still writing when the signal arrives.
beforeAll(async () => {
  await generateCorpus(corpus, 200);
}, 120_000);

/** Runs `kg export … -o <dir>/graph.nt` and sends `signal` as soon as anything appears in <dir>. */
async function interrupted(name: string, signal: NodeJS.Signals, args: string[]): Promise<{ code: number | null; dir: string; stderr: string; sent: boolean }> {
  const dir = join(root, name);
  mkdirSync(dir);
  writeFileSync(join(dir, "graph.nt"), "old\n");
  const child = spawn(process.execPath, [KG_BIN, "export", corpus, ...args, "-o", join(dir, "graph.nt")], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  let sent = false;
  const watcher = watch(dir, (_event, file) => {
    if (sent || !file || !file.endsWith(".tmp")) return;
    sent = true;
    child.kill(signal);
  });
  const code = await new Promise<number | null>((done) => child.on("close", (c, s) => done(c ?? (s ? -1 : null))));
  watcher.close();
  return { code, dir, stderr, sent };
}

describe("an interrupted kg export -o", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("--stream: %s leaves the old file and no .tmp file (exit %i)", async (signal, exit) => {
    const run = await interrupted(`stream-${signal}`, signal, ["--stream", "-f", "nt"]);
    expect(run.sent, run.stderr).toBe(true);
    expect(run.code, run.stderr).toBe(exit);
    expect(readdirSync(run.dir)).toEqual(["graph.nt"]);
    expect(readFileSync(join(run.dir, "graph.nt"), "utf8")).toBe("old\n");
  }, 120_000);

  it("an uninterrupted --stream replaces the file and leaves nothing else", async () => {
    const dir = join(root, "complete");
    mkdirSync(dir);
    const child = spawn(process.execPath, [KG_BIN, "export", corpus, "--stream", "-f", "nt", "-o", join(dir, "graph.nt")], { stdio: "ignore" });
    expect(await new Promise((done) => child.on("close", done))).toBe(0);
    expect(readdirSync(dir)).toEqual(["graph.nt"]);
    expect(readFileSync(join(dir, "graph.nt"), "utf8")).toMatch(/^<[^>]+> <[^>]+> /);
  }, 120_000);
});

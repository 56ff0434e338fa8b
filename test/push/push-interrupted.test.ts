// A push interrupted by the server stopping midway: kg push reports the failure (after its retries), and once
// the server is back every graph it reported as written holds what was sent. Runs on a private Virtuoso (the
// test stops it), started by test/setup/virtuoso.sh like the shared one.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { GraphStoreClient } from "../../src/push/graph-store-client.ts";
import type { PushReport } from "../../src/push/push-report.ts";
import { KG_BIN } from "../helpers/run-kg.ts";
import { IN_CI, privateVirtuoso, type PrivateVirtuoso } from "./virtuoso-env.ts";

const PASSWORD_ENV = "KG_PUSH_TEST_PASSWORD";
const ARTICLES = 150;

let virtuoso: PrivateVirtuoso | undefined;
let corpus: string;

beforeAll(async () => {
  virtuoso = await privateVirtuoso();
  corpus = await mkdtemp(join(tmpdir(), "kg-push-corpus-"));
  await generateCorpus(corpus, ARTICLES);
});
afterAll(async () => {
  await virtuoso?.destroy();
  await rm(corpus, { recursive: true, force: true });
});

describe("kg push interrupted by the server stopping", () => {
  it("reports the failure, the graphs written and skipped, and leaves the written graphs intact", async (context) => {
    if (!virtuoso) {
      expect(IN_CI).toBe(false);
      return context.skip();
    }
    const v = virtuoso;
    const client = new GraphStoreClient({ store: new URL(v.store), sparql: new URL(v.sparql), retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1 } });
    const child = spawn(process.execPath, [KG_BIN, "push", corpus, "--json", "--retries", "2", "--store", v.store, "--user", v.user, "--password-env", PASSWORD_ENV], {
      env: { ...process.env, [PASSWORD_ENV]: v.password },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const exited = new Promise<number | null>((done) => child.on("close", done));

    // Stop the server once a few graphs are in, well before the last.
    let stored = 0;
    for (let i = 0; i < 600 && stored < 10; i++) {
      await new Promise((done) => setTimeout(done, 100));
      stored = (await client.listGraphs("https://example.org/news-kg/graph/article/").catch(() => [])).length;
    }
    expect(stored).toBeGreaterThanOrEqual(10);
    await v.stop();

    const code = await exited;
    expect(code, stderr).toBe(1);
    const report = JSON.parse(stdout) as PushReport;
    expect(report.error?.code).toBe("STORE_UNREACHABLE");
    expect(stderr).toMatch(/retry 2 of 2/);
    const written = report.graphs.filter((g) => g.status === "written");
    expect(written.length).toBeGreaterThanOrEqual(10);
    // The requests in flight when it stopped (--concurrency, default 2) fail; no new one starts. One whose PUT
    // went through before the stop and whose count could not be read is written, unverified, with the error.
    const unverified = written.filter((g) => g.verified !== true);
    for (const g of unverified) expect(g.error, g.graph).toMatch(/failed/);
    const stopped = report.counts.failed + unverified.length;
    expect(stopped).toBeGreaterThanOrEqual(1);
    expect(stopped).toBeLessThanOrEqual(2);
    expect(report.counts.skipped).toBeGreaterThan(0);
    expect(written.length + report.counts.failed + report.counts.skipped).toBe(ARTICLES);
    expect(stdout + stderr).not.toContain(v.password);

    // Back up on the same database: every graph reported written holds exactly what was sent.
    await v.restart();
    for (const g of written) expect(await client.countTriples(g.graph), g.graph).toBe(g.triples);
  });
});

// pushGraphs against the fake store: what is sent, in what order, how a push stops, and what the report says.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { ValidationKgError } from "../../src/errors.ts";
import { GraphStoreClient } from "../../src/push/graph-store-client.ts";
import { StoreRejectedKgError, StoreVerifyKgError } from "../../src/push/push-errors.ts";
import { pushGraphs } from "../../src/push/push-graphs.ts";
import { FakeStore, type FakeStoreOptions } from "./fake-store.ts";

const PREFIX = "https://example.org/news-kg/graph/article/";
let corpus: string;
let ids: string[];
const stores: FakeStore[] = [];

beforeAll(async () => {
  corpus = await mkdtemp(join(tmpdir(), "kg-push-graphs-"));
  ids = await generateCorpus(corpus, 5);
});
afterAll(async () => {
  await rm(corpus, { recursive: true, force: true });
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.stop()));
});

async function setup(options: FakeStoreOptions = {}) {
  const store = await new FakeStore(options).start();
  stores.push(store);
  const client = new GraphStoreClient({ store: new URL(store.store), sparql: new URL(store.sparql), retry: { retries: 0, baseDelayMs: 1, maxDelayMs: 1 } });
  return { store, client };
}

describe("pushGraphs", () => {
  it("PUTs one graph per article in folder order, counts each, and reports written then replaced", async () => {
    const { store, client } = await setup();
    const first = await pushGraphs([corpus], { client });
    expect(first.error).toBeUndefined();
    expect(first.report.counts).toMatchObject({ written: 5, replaced: 0, failed: 0, skipped: 0 });
    expect(first.report.graphs.map((g) => g.graph)).toEqual(ids.map((id) => `${PREFIX}${id}`));
    expect(first.report.graphs.every((g) => g.verified && g.triples === store.graphs.get(g.graph)?.size)).toBe(true);
    expect(first.report.triples).toBe([...store.graphs.values()].reduce((n, s) => n + s.size, 0));
    // Each PUT is followed by its count query.
    expect(store.requests.map((r) => r.method).slice(0, 4)).toEqual(["PUT", "POST", "PUT", "POST"]);
    const second = await pushGraphs([corpus], { client });
    expect(second.report.counts).toMatchObject({ written: 0, replaced: 5 });
  });

  it("--dry-run sends nothing and reports what it would send", async () => {
    const { store, client } = await setup();
    const { report } = await pushGraphs([corpus], { client, dryRun: true });
    expect(store.requests).toEqual([]);
    expect(report.counts.planned).toBe(5);
    expect(report.graphs.every((g) => (g.triples ?? 0) > 0 && (g.bytes ?? 0) > 0)).toBe(true);
  });

  it("stops at the first permanent error: earlier graphs written, this one failed with what the store kept, the rest skipped", async () => {
    const { store, client } = await setup();
    await pushGraphs([corpus], { client });
    const before = new Map(store.graphs);
    // The third PUT is rejected: the fault is queued once the second graph is done.
    let seen = 0;
    const { report, error } = await pushGraphs([corpus], {
      client,
      onProgress: () => {
        if (++seen === 2) store.faults.push({ status: 400, body: "<h1>Bad</h1><xmp>no</xmp>" });
      },
    });
    expect(error).toBeInstanceOf(StoreRejectedKgError);
    expect(report.error?.code).toBe("STORE_REJECTED");
    expect(report.graphs.map((g) => g.status)).toEqual(["replaced", "replaced", "failed", "skipped", "skipped"]);
    expect(report.graphs[2]?.heldAfterFailure).toBe(before.get(report.graphs[2]?.graph as string)?.size);
    expect(report.graphs[2]?.error).toMatch(/answered 400: Bad no/);
  });

  it("with several requests in flight: the report keeps folder order, and a failure stops new requests", async () => {
    const { store, client } = await setup();
    const parallel = await pushGraphs([corpus], { client, concurrency: 3 });
    expect(parallel.report.graphs.map((g) => g.graph)).toEqual(ids.map((id) => `${PREFIX}${id}`));
    expect(parallel.report.counts.written).toBe(5);
    store.faults.push({ status: 400, body: "no" });
    const { report, error } = await pushGraphs([corpus], { client, concurrency: 2 });
    expect(error).toBeInstanceOf(StoreRejectedKgError);
    expect(report.counts.failed).toBe(1);
    expect(report.counts.replaced + report.counts.failed + report.counts.skipped).toBe(5);
    expect(report.counts.skipped).toBeGreaterThan(0);
    expect(report.graphs.map((g) => g.graph)).toEqual(ids.map((id) => `${PREFIX}${id}`));
  });

  it("a count that differs from what was sent stops the push with STORE_VERIFY", async () => {
    const { client } = await setup({ countOffset: 1 });
    const { report, error } = await pushGraphs([corpus], { client });
    expect(error).toBeInstanceOf(StoreVerifyKgError);
    expect((error as StoreVerifyKgError).actual).toBe((error as StoreVerifyKgError).expected - 1);
    expect(report.graphs.map((g) => g.status)).toEqual(["written", "skipped", "skipped", "skipped", "skipped"]);
    expect(report.graphs[0]?.verified).toBe(false);
  });

  it("a store gone between a PUT and its count: that graph is written but not verified, with the error, and the push stops", async () => {
    const { store, client } = await setup();
    // The first PUT is answered; the count query after it finds the connection reset.
    store.faults.push("pass", "reset");
    const { report, error } = await pushGraphs([corpus], { client });
    expect(error?.code).toBe("STORE_UNREACHABLE");
    expect(report.graphs.map((g) => g.status)).toEqual(["written", "skipped", "skipped", "skipped", "skipped"]);
    expect(report.graphs[0]?.verified).toBe(false);
    expect(report.graphs[0]?.error).toMatch(/failed/);
    expect(report.counts.failed).toBe(0);
  });

  it("an invalid article anywhere stops the push before anything is sent", async () => {
    const { store, client } = await setup();
    const broken = await mkdtemp(join(tmpdir(), "kg-push-broken-"));
    try {
      await generateCorpus(broken, 3);
      const last = (await generateCorpus(join(broken, "zz"), 1))[0] as string;
      await writeFile(join(broken, "zz", last, "annotation.yaml"), "entities: [oops\n");
      await expect(pushGraphs([broken], { client })).rejects.toBeInstanceOf(ValidationKgError);
      expect(store.requests).toEqual([]);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });

  it("--prune drops article graphs no local article has, under the base only", async () => {
    const { store, client } = await setup();
    await client.putGraph(`${PREFIX}gone-article`, '<http://x/s> <http://x/p> "o" .\n');
    await client.putGraph("https://elsewhere.example/graph/kept", '<http://x/s> <http://x/p> "o" .\n');
    const dry = await pushGraphs([corpus], { client, prune: true, dryRun: true });
    expect(dry.report.graphs.filter((g) => g.article === undefined).map((g) => g.graph)).toEqual([`${PREFIX}gone-article`]);
    expect(store.graphs.has(`${PREFIX}gone-article`)).toBe(true);
    const { report } = await pushGraphs([corpus], { client, prune: true });
    expect(report.counts.dropped).toBe(1);
    expect(store.graphs.has(`${PREFIX}gone-article`)).toBe(false);
    expect(store.graphs.has("https://elsewhere.example/graph/kept")).toBe(true);
  });
});

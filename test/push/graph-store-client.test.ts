// The HTTP logic of kg push against a local fake store: PUT/DELETE/queries, Digest and Basic, retries with
// backoff for transient failures only, permanent errors with the store's status and message, no secret shown.
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { GraphStoreClient, type GraphStoreOptions } from "../../src/push/graph-store-client.ts";
import { StoreAuthKgError, StoreRejectedKgError, StoreUnreachableKgError } from "../../src/push/push-errors.ts";
import { FakeStore, type FakeStoreOptions } from "./fake-store.ts";

const G = "https://example.org/news-kg/graph/article/a";
const BODY = '<http://x/s> <http://x/p> "o" .\n<http://x/s> <http://x/p> "o2" .\n';
const stores: FakeStore[] = [];

afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.stop()));
});

async function fake(options: FakeStoreOptions = {}): Promise<FakeStore> {
  const store = await new FakeStore(options).start();
  stores.push(store);
  return store;
}

function client(store: FakeStore, extra: Partial<GraphStoreOptions> = {}) {
  const delays: number[] = [];
  const c = new GraphStoreClient({
    store: new URL(store.store),
    sparql: new URL(store.sparql),
    retry: { retries: 3, baseDelayMs: 100, maxDelayMs: 1000 },
    sleep: async (ms) => void delays.push(ms),
    ...extra,
  });
  return { c, delays };
}

describe("GraphStoreClient", () => {
  it("PUT names the graph with ?graph= and tells created (201) from replaced (204); DELETE and counts", async () => {
    const store = await fake();
    const { c } = client(store);
    expect(await c.putGraph(G, BODY)).toEqual({ created: true, status: 201 });
    expect(await c.putGraph(G, BODY)).toEqual({ created: false, status: 204 });
    expect(store.requests[0]?.url).toBe(`/store?graph=${encodeURIComponent(G)}`);
    expect(await c.countTriples(G)).toBe(2);
    expect(await c.deleteGraph(G)).toBe(true);
    expect(await c.deleteGraph(G)).toBe(false);
    expect(await c.countTriples(G)).toBe(0);
  });

  it("lists graphs under a prefix page by page", async () => {
    const store = await fake();
    const { c } = client(store);
    for (let i = 0; i < 7; i++) await c.putGraph(`${G}${i}`, BODY);
    await c.putGraph("https://other.example/g", BODY);
    expect(await c.listGraphs(G, 3)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `${G}${i}`));
    expect(store.requests.filter((r) => r.url === "/sparql")).toHaveLength(3);
  });

  it("answers a Digest challenge and reuses the nonce afterwards", async () => {
    const store = await fake({ auth: { scheme: "digest", user: "u", password: "pässword" } });
    const { c } = client(store, { credentials: { scheme: "digest", user: "u", password: "pässword" } });
    await c.putGraph(G, BODY);
    await c.putGraph(`${G}2`, BODY);
    // One challenge, met by the bodiless access check before the first write; every PUT then answers it, so
    // no body is sent twice.
    expect(store.requests.map((r) => `${r.method} ${Boolean(r.authorization)}`)).toEqual(["HEAD false", "HEAD true", "PUT true", "PUT true"]);
    expect(store.graphs.size).toBe(2);
  });

  it("sends Basic credentials as UTF-8", async () => {
    const store = await fake({ auth: { scheme: "basic", user: "u", password: "pässword" } });
    const { c } = client(store, { credentials: { scheme: "basic", user: "u", password: "pässword" } });
    expect((await c.putGraph(G, BODY)).created).toBe(true);
  });

  it("a wrong password is STORE_AUTH, not retried, and the error does not show the password", async () => {
    const store = await fake({ auth: { scheme: "digest", user: "u", password: "right" } });
    const { c, delays } = client(store, { credentials: { scheme: "digest", user: "u", password: "s3cret-Pw" } });
    const error = await c.putGraph(G, BODY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreAuthKgError);
    expect((error as StoreAuthKgError).status).toBe(401);
    expect((error as Error).message).not.toContain("s3cret-Pw");
    expect(delays).toEqual([]);
  });

  it("retries 503, 429 (honouring Retry-After) and a reset connection with growing delays, then succeeds", async () => {
    const store = await fake();
    store.faults.push({ status: 503 }, { status: 429, headers: { "retry-after": "0.25" } }, "reset");
    const retries: string[] = [];
    const { c, delays } = client(store, { onRetry: (r) => void retries.push(r.reason) });
    expect((await c.putGraph(G, BODY)).created).toBe(true);
    expect(delays).toEqual([100, 250, 400]);
    expect(retries[0]).toMatch(/^HTTP 503/);
    expect(retries[1]).toMatch(/^HTTP 429/);
    expect(store.graphs.get(G)?.size).toBe(2);
  });

  it("retries Virtuoso's deadlocked transaction (500, SQLSTATE 40001), not other 500s", async () => {
    const store = await fake();
    store.faults.push({ status: 500, body: "<h1>HTTP/1.1 500 Request Failed</h1><xmp>Error 40001 SR172: Transaction deadlocked</xmp>" });
    const { c, delays } = client(store);
    expect((await c.putGraph(G, BODY)).created).toBe(true);
    expect(delays).toEqual([100]);
  });

  it("gives up after the retries with STORE_UNREACHABLE", async () => {
    const store = await fake();
    store.faults.push({ status: 502 }, { status: 502 }, { status: 502 }, { status: 502 });
    const { c, delays } = client(store);
    await expect(c.putGraph(G, BODY)).rejects.toBeInstanceOf(StoreUnreachableKgError);
    expect(delays).toEqual([100, 200, 400]);
  });

  it("a refused connection is retried, then STORE_UNREACHABLE naming the cause", async () => {
    // A port that was free a moment ago: nothing listens there.
    const port = await new Promise<number>((done) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => done(p));
      });
    });
    const c = new GraphStoreClient({
      store: new URL(`http://127.0.0.1:${port}/store`),
      sparql: new URL(`http://127.0.0.1:${port}/sparql`),
      retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1 },
    });
    const error = await c.putGraph(G, BODY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnreachableKgError);
    expect((error as Error).message).toMatch(/ECONNREFUSED/);
    expect((error as Error).message).toMatch(/2 attempt/);
  });

  it("400 and 500 are permanent: no retry, the store's status and its message without markup", async () => {
    for (const status of [400, 500]) {
      const store = await fake();
      store.faults.push({
        status,
        body: "<html><head><title>x</title></head><body><h1>Request Failed</h1><xmp>SP029: TURTLE RDF loader, line 2: bad &lt;IRI&gt;</xmp></body></html>",
      });
      const { c, delays } = client(store);
      const error = (await c.putGraph(G, BODY).catch((e: unknown) => e)) as StoreRejectedKgError;
      expect(error).toBeInstanceOf(StoreRejectedKgError);
      expect(error.code).toBe("STORE_REJECTED");
      expect(error.status).toBe(status);
      expect(error.storeMessage).toBe("Request Failed SP029: TURTLE RDF loader, line 2: bad <IRI>");
      expect(delays).toEqual([]);
    }
  });

  it("redacts the password from a store message that echoes it", async () => {
    const store = await fake();
    // The first answer goes to the bodiless access check (no graph yet); the PUT gets the echoing message.
    store.faults.push({ status: 404 }, { status: 400, body: "user u with password s3cret Pw& (s3cret%20Pw%26) is not allowed" });
    const { c } = client(store, { credentials: { scheme: "basic", user: "u", password: "s3cret Pw&" } });
    const error = (await c.putGraph(G, BODY).catch((e: unknown) => e)) as StoreRejectedKgError;
    expect(error).toBeInstanceOf(StoreRejectedKgError);
    expect(error.message).not.toContain("s3cret");
    expect(error.storeMessage).toContain("***");
  });

  it("a SPARQL endpoint that answers something other than results JSON is STORE_REJECTED", async () => {
    const store = await fake();
    store.faults.push({ status: 200, body: "<html>not json</html>" });
    const { c } = client(store);
    await expect(c.countTriples(G)).rejects.toBeInstanceOf(StoreRejectedKgError);
  });
});

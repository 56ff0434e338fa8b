// The explorer's files through sirv, over real HTTP: caching, ranges, files that vanish or cannot be read
// while the server runs, and symlinks that leave the static root.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSparqlServer, type RunningServer } from "../../src/server/start-sparql-server.ts";

let root: string;
let outside: string;
let running: RunningServer;
const at = (path: string, init?: RequestInit) => fetch(new URL(path, running.url), init);

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), "kg-static-"));
  root = join(work, "site");
  outside = join(work, "secret.txt");
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "index.html"), "<!doctype html><title>x</title>");
  writeFileSync(join(root, "graph.json"), JSON.stringify({ nodes: Array.from({ length: 100 }, (_, i) => i) }));
  writeFileSync(join(root, "assets", "main-AbCd1234.js"), "console.log(1);");
  writeFileSync(join(root, ".env"), "SECRET=1");
  writeFileSync(outside, "secret");
  symlinkSync(outside, join(root, "leak.txt"));
  symlinkSync(join(work), join(root, "up"));
  symlinkSync(join(root, "graph.json"), join(root, "alias.json"));
  running = await startSparqlServer({ nquads: "", port: 0, workers: 1, maxWorkers: 1, staticDir: root });
}, 60_000);
afterAll(async () => {
  await running?.close();
  rmSync(join(root, ".."), { recursive: true, force: true });
});

describe("static files", () => {
  it("serves index.html at / with validators, and answers 304 to a matching If-None-Match", async () => {
    const first = await at("/");
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toMatch(/^text\/html/);
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(first.headers.get("cache-control")).toBe("no-cache");
    expect(first.headers.get("last-modified")).toBeTruthy();
    const again = await at("/index.html", { headers: { "If-None-Match": etag! } });
    expect(again.status).toBe(304);
  });

  it("lets hashed assets be cached for good", async () => {
    const asset = await at("/assets/main-AbCd1234.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toContain("immutable");
  });

  it("serves byte ranges, suffix ranges included", async () => {
    const whole = await (await at("/graph.json")).text();
    const part = await at("/graph.json", { headers: { Range: "bytes=2-9" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 2-9/${whole.length}`);
    expect(await part.text()).toBe(whole.slice(2, 10));
    const tail = await at("/graph.json", { headers: { Range: "bytes=-5" } });
    expect(tail.status).toBe(206);
    expect(await tail.text()).toBe(whole.slice(-5));
    expect((await at("/graph.json", { headers: { Range: `bytes=${whole.length + 10}-` } })).status).toBe(416);
    // A malformed or multi-part range is ignored: the whole file.
    expect((await at("/graph.json", { headers: { Range: "bytes=9-2" } })).status).toBe(200);
  });

  it("never follows a symlink out of the root, nor serves dotfiles or .. paths", async () => {
    expect((await at("/leak.txt")).status).toBe(404);
    expect((await at("/up/secret.txt")).status).toBe(404);
    expect((await at("/.env")).status).toBe(404);
    expect((await at("/%2e%2e/secret.txt")).status).toBe(404);
    expect((await at("/..%2fsecret.txt")).status).toBe(404);
    // A symlink that stays inside the root is fine.
    expect((await at("/alias.json")).status).toBe(200);
  });

  it("answers a file that vanished or cannot be read with an error, and keeps serving", async () => {
    writeFileSync(join(root, "gone.json"), "{}");
    expect((await at("/gone.json")).status).toBe(200);
    rmSync(join(root, "gone.json"));
    expect((await at("/gone.json")).status).toBe(404);

    writeFileSync(join(root, "locked.json"), "{}");
    chmodSync(join(root, "locked.json"), 0o000);
    const locked = await at("/locked.json");
    // root reads anything whatever its mode: then the file is served, and that is not a failure either.
    expect(process.getuid?.() === 0 ? [200, 403] : [403]).toContain(locked.status);

    // Rebuilt while being served, many times over: each answer is a whole old or new file, or an error.
    const rebuild = (async () => {
      for (let i = 0; i < 200; i++) {
        rmSync(join(root, "graph.json"), { force: true });
        writeFileSync(join(root, "graph.json"), JSON.stringify({ version: i }));
        await new Promise((r) => setImmediate(r));
      }
    })();
    const reads = await Promise.all(Array.from({ length: 100 }, () => at("/graph.json").then((r) => r.status, () => "reset")));
    await rebuild;
    for (const status of reads) expect([200, 404, "reset"]).toContain(status);
    expect((await at("/")).status).toBe(200);
    expect((await at("/sparql?query=ASK%7B%7D")).status).toBe(200);
  });

  it("sends the explorer's security headers, and CORS only on /sparql", async () => {
    const page = await at("/");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    expect(page.headers.get("access-control-allow-origin")).toBeNull();
    expect((await at("/sparql?query=ASK%7B%7D")).headers.get("access-control-allow-origin")).toBe("*");
  });
});

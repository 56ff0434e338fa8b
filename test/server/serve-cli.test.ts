// `kg serve` start-up errors: each exits non-zero with a clear message instead of hanging.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;
let data: string;
let busy: Server;
let busyPort: number;

beforeAll(async () => {
  data = join(mkdtempSync(join(tmpdir(), "kg-serve-")), "tiny.nq");
  writeFileSync(data, "<urn:a> <urn:b> <urn:c> <urn:g> .\n");
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
  busyPort = (busy.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

/** Runs `kg serve …`; a run still going after 60 s counts as hanging (and is stopped). */
function serve(args: string[]): Promise<{ code: number | null; stderr: string; hung: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/kg.js", "serve", "-i", data, "--static", "/nonexistent", ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, stderr, hung: signal === "SIGKILL" });
    });
  });
}

describe("kg serve start-up errors", () => {
  it.each([
    [["--timeout", "abc"], 2, /--timeout/],
    [["--workers", "0"], 2, /--workers/],
    [["--port", "99999"], 2, /port/],
    [["--max-query-depth", "-1"], 2, /--max-query-depth/],
    [["--cors", "not a url"], 2, /--cors/],
  ])("%j is a usage error", async (args, code, message) => {
    const result = await serve(args as string[]);
    expect(result.hung).toBe(false);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  }, 90_000);

  it("reports a port in use and exits", async () => {
    const result = await serve(["--port", String(busyPort)]);
    expect(result.hung).toBe(false);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already in use/);
  }, 90_000);

  it("reports an unknown host and exits", async () => {
    const result = await serve(["--port", "0", "--host", "no-such-host.invalid"]);
    expect(result.hung).toBe(false);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no such host/);
  }, 90_000);
});

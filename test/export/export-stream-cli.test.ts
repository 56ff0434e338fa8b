// `kg export --stream`: the same N-Quads as the plain export of the seed, and clear usage errors.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runKg } from "../helpers/run-kg.ts";
import { SEED_DIR } from "../helpers/seed.ts";

const root = mkdtempSync(join(tmpdir(), "kg-stream-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("kg export --stream", () => {
  it("writes the seed's N-Quads byte-identical to kg export -f nq", async () => {
    const out = join(root, "seed.nq");
    const streamed = await runKg(["export", SEED_DIR, "-f", "nq", "--stream", "-o", out]);
    expect(streamed.code, streamed.stderr).toBe(0);
    const plain = await runKg(["export", SEED_DIR, "-f", "nq"]);
    expect(readFileSync(out, "utf8")).toBe(plain.stdout);
  });

  it.each([
    [["-f", "ttl", "--stream", "-o", "x.ttl"], /nt or nq/],
    [["-f", "nt", "--stream"], /-o/],
  ])("refuses %j with a usage error", async (args, message) => {
    const run = await runKg(["export", resolve(SEED_DIR), ...args], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

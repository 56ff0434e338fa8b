// The kg push command: usage errors (exit 2, with a message, never echoing a secret), progress on a terminal
// only, the text summary and --json, against the local fake store.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { UsageKgError } from "../../src/errors.ts";
import { runPush } from "../../src/cli/commands/push.ts";
import type { Io } from "../../src/cli/output.ts";
import type { PushReport } from "../../src/push/push-report.ts";
import { runKg } from "../helpers/run-kg.ts";
import { FakeStore } from "./fake-store.ts";

let corpus: string;
let store: FakeStore;

beforeAll(async () => {
  corpus = await mkdtemp(join(tmpdir(), "kg-push-cmd-"));
  await generateCorpus(corpus, 3);
  store = await new FakeStore({ auth: { scheme: "digest", user: "u", password: "Tr1cky pw&" } }).start();
});
afterAll(async () => {
  await store.stop();
  await rm(corpus, { recursive: true, force: true });
});

function io(interactive: boolean) {
  const out = { stdout: "", stderr: "" };
  const value: Io = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), interactive, colour: false };
  return { io: value, out };
}

const base = { auth: "digest" as const, profile: "rdf11" as const, base: "https://example.org/news-kg/", verify: true, retries: 0, timeout: 10, concurrency: 1 };

describe("kg push (command)", () => {
  it("shows progress on a terminal only, and prints the summary", async () => {
    const tty = io(true);
    await runPush([corpus], { ...base, store: store.store, user: "u", passwordEnv: "PW" }, tty.io, { PW: "Tr1cky pw&" });
    expect(tty.out.stderr).toMatch(/pushed 3\/3 graph\(s\)/);
    expect(tty.out.stdout).toMatch(/^pushed 3 of 3 article graph\(s\)/);
    expect(tty.out.stdout).toMatch(/verified: 3 of 3 graph\(s\)/);
    const pipe = io(false);
    await runPush([corpus], { ...base, store: store.store, user: "u", passwordEnv: "PW", json: true }, pipe.io, { PW: "Tr1cky pw&" });
    expect(pipe.out.stderr).toBe("");
    expect((JSON.parse(pipe.out.stdout) as PushReport).counts.replaced).toBe(3);
  });

  it("refuses bad credentials options as usage errors, before anything is read or sent", async () => {
    const requests = store.requests.length;
    const cases = [
      { user: "u" },
      { passwordEnv: "PW" },
      { user: "u", passwordEnv: "UNSET_VARIABLE" },
    ];
    for (const extra of cases) {
      await expect(runPush([corpus], { ...base, store: store.store, ...extra }, io(false).io, {})).rejects.toBeInstanceOf(UsageKgError);
    }
    expect(store.requests.length).toBe(requests);
  });

  it("exits 2 with a message for a bad --store, and never echoes credentials in it", async () => {
    for (const url of ["not a url", "ftp://host/x", "http://u:Tr1cky%20pw%26@127.0.0.1:1/store"]) {
      const run = await runKg(["push", corpus, "--store", url]);
      expect(run.code, url).toBe(2);
      expect(run.stderr).toMatch(/^kg: --store/);
      expect(run.stderr).not.toContain("Tr1cky");
    }
  });
});

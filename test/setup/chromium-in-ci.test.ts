// Browser tests fail in CI when Chromium is missing, instead of skipping; and they share one build
// of the explorer (test/setup/build-explorer.ts) instead of each running vite build in a hook.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ChromiumMissingError, chromiumPath, inCi } from "../viz/chromium.ts";

const saved = { PATH: process.env.PATH, CI: process.env.CI };
afterEach(() => {
  process.env.PATH = saved.PATH;
  if (saved.CI === undefined) delete process.env.CI;
  else process.env.CI = saved.CI;
});

/** A PATH with nothing on it: no `which`, no chromium (node itself is started by its full path). */
const NO_BROWSER_PATH = "/nonexistent-kg-test-path";

function browserTestFiles(dir = "test"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? browserTestFiles(join(dir, e.name)) : e.name.endsWith(".browser.test.ts") ? [join(dir, e.name)] : [],
  );
}

describe("Chromium in CI", () => {
  it("a missing chromium is null on a developer's machine and an error in CI", () => {
    process.env.PATH = NO_BROWSER_PATH;
    delete process.env.CI;
    expect(chromiumPath()).toBeNull();
    process.env.CI = "false";
    expect(chromiumPath()).toBeNull();
    process.env.CI = "true";
    expect(() => chromiumPath()).toThrow(ChromiumMissingError);
    expect(inCi({ CI: "1" })).toBe(true);
    expect(inCi({ CI: "0" })).toBe(false);
    expect(inCi({})).toBe(false);
  });

  it("every browser test file asks chromiumPath() and none builds the explorer itself", () => {
    // test/server/explorer-csp.browser.test.ts is the endpoint's (it still builds its own copy).
    const files = browserTestFiles("test/viz");
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(readFileSync("test/viz/corpus-explorer.ts", "utf8")).toMatch(/chromiumPath\(\) === null && process\.env\.CI\) throw/);
    for (const file of files) {
      const own = readFileSync(file, "utf8");
      // A file may hold only a call of shared tests ("analystTasks(ANALYST_SIZES.desktop)"): the local
      // modules it imports count as its text.
      const local = [...own.matchAll(/from "\.\/([\w-]+\.ts)"/g)].map((m) => readFileSync(`test/viz/${m[1]}`, "utf8"));
      const text = [own, ...local].join("\n");
      // Directly, or through the whole-corpus fixture, which asks it (and throws in CI) when imported.
      expect(text.includes("chromiumPath()") || text.includes('from "./corpus-explorer.ts"'), `${file} asks chromiumPath()`).toBe(true);
      expect(text, `${file} runs its own vite build`).not.toMatch(/from "vite"/);
    }
  });

  it("with CI set and no chromium, a browser test file fails the run instead of skipping", async () => {
    const vitest = resolve("node_modules/vitest/vitest.mjs");
    const child = spawn(process.execPath, [vitest, "run", "test/viz/sparql-panel.browser.test.ts", "--project", "browser"], {
      env: { ...process.env, CI: "true", PATH: NO_BROWSER_PATH, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (output += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (output += d));
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(code, output).toBe(1);
    expect(output).toContain("chromium is not on PATH");
    expect(output).not.toMatch(/\b1 skipped\b/);
  }, 180_000);
});

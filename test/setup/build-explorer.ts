// vitest globalSetup of the "browser" project: builds the explorer into dist/viz once, before any
// browser test file runs, so that each file only serves it. A build per file made the files race
// for dist/viz and put a machine-dependent vite build inside their hooks (one failed on a loaded
// machine's 10 s hook timeout). vitest runs this only when a browser test file is part of the run.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { chromiumPath } from "../viz/chromium.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const EXPLORER_DIR = resolve(ROOT, "dist/viz");

export default async function setup(): Promise<void> {
  // Without a browser the browser tests skip (outside CI) or fail one by one (in CI, where
  // chromiumPath throws as each file loads): no need to build either way.
  let browser: string | null;
  try {
    browser = chromiumPath();
  } catch {
    browser = null;
  }
  if (browser === null) return;
  await build({ configFile: resolve(ROOT, "vite.config.ts"), logLevel: "warn" });
}

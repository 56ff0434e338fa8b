// The explorer under the server's Content-Security-Policy, in Chromium: loading the graph, the ForceAtlas2
// web worker (started from a blob: URL), the PNG export and a SPARQL query all run without a violation.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphToQuads } from "../../src/rdf/graph-to-quads.ts";
import { writeRdf } from "../../src/rdf/write-rdf.ts";
import { startSparqlServer, type RunningServer } from "../../src/server/start-sparql-server.ts";
import { loadSeedGraph } from "../helpers/seed.ts";
import { chromiumPath, launchChromium } from "../viz/chromium.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// Its own output folder: other browser tests build the explorer at the same time.
const OUT = `${ROOT}artifacts/explorer-csp-viz`;

describe.skipIf(chromiumPath() === null)("the explorer under the server's CSP", () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    await build({ configFile: `${ROOT}vite.config.ts`, logLevel: "warn", build: { outDir: OUT, emptyOutDir: true } });
    const graph = await loadSeedGraph();
    writeFileSync(`${OUT}/graph.json`, JSON.stringify(graph.export()));
    server = await startSparqlServer({ nquads: await writeRdf(graphToQuads(graph), "nq"), port: 0, staticDir: OUT, workers: 1 });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("runs with no CSP violation", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => console.error(`Refused to load: CSP ${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(server.url);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
    await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 60_000 });
    await page.click("#btn-layout");
    await page.waitForTimeout(1500);
    await page.click(".download summary");
    const download = page.waitForEvent("download", { timeout: 20_000 });
    await page.click("#dl-png");
    expect((await download).suggestedFilename()).toBe("graph.png");
    await page.click(".sparql summary");
    await page.click("#sparql-run");
    await page.locator(".sparql-table tbody tr").first().waitFor({ timeout: 30_000 });
    expect(violations).toEqual([]);
    await page.close();
  }, 180_000);
});

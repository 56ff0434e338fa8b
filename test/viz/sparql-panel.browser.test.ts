// The explorer's SPARQL panel against a real `kg serve` (explorer + /sparql on one origin), in Chromium:
// results that name entities are buttons that select them in the graph.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphToQuads } from "../../src/rdf/graph-to-quads.ts";
import { writeRdf } from "../../src/rdf/write-rdf.ts";
import { startSparqlServer, type RunningServer } from "../../src/server/start-sparql-server.ts";
import { loadSeedGraph } from "../helpers/seed.ts";
import { chromiumPath, launchChromium } from "./chromium.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// Its own output folder: other browser tests build dist/viz at the same time.
const OUT = `${ROOT}artifacts/sparql-panel-viz`;

describe.skipIf(chromiumPath() === null)("SPARQL panel in Chromium", () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    // A copy of the explorer built once by test/setup/build-explorer.ts: this test replaces its graph.json.
    const { cpSync, rmSync } = await import("node:fs");
    rmSync(OUT, { recursive: true, force: true });
    cpSync(`${ROOT}dist/viz`, OUT, { recursive: true });
    const graph = await loadSeedGraph();
    writeFileSync(`${OUT}/graph.json`, JSON.stringify(graph.export()));
    server = await startSparqlServer({ nquads: await writeRdf(graphToQuads(graph), "nq"), port: 0, staticDir: OUT, workers: 1 });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("runs a query through /sparql and selects a result in the graph", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(server.url.replace(/\/sparql$/, "/"));
    await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 30000 });
    await page.click(".sparql summary");
    await page.click("#sparql-run");
    const ruling = page.locator(".sparql-table button", { hasText: "Supreme Court" });
    await ruling.first().waitFor({ timeout: 20000 });
    expect(await page.locator(".sparql-table tbody tr").count()).toBeGreaterThanOrEqual(2);
    await ruling.first().click();
    const selected = await page.evaluate(
      () => (window as unknown as { explorer: { state: { selection: { type: string; key: string } | null } } }).explorer.state.selection,
    );
    expect(selected).toEqual({ type: "node", key: "supreme-court-ruling-2018" });
    expect(await page.locator("#details").textContent()).toContain("late 2018");
    await page.screenshot({ path: `${ROOT}artifacts/explorer-sparql.png` });

    // A malformed query shows the endpoint's 400, not a crash.
    await page.fill(".sparql-input", "SELECT WHERE {");
    await page.click("#sparql-run");
    await page.waitForFunction(() => document.querySelector(".sparql-output")?.textContent?.includes("400"), undefined, { timeout: 20000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});

// The explorer's SPARQL panel against a real `kg serve` (explorer + /sparql on one origin), in Chromium:
// results that name entities are buttons that select them in the graph.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphToQuads } from "../../src/rdf/graph-to-quads.ts";
import { writeRdf } from "../../src/rdf/write-rdf.ts";
import { startSparqlServer, type RunningServer } from "../../src/server/start-sparql-server.ts";
import { loadSeedGraph } from "../helpers/seed.ts";
import { expectNoAxeViolations } from "./axe.ts";
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
    mkdirSync(`${ROOT}artifacts/screenshots`, { recursive: true });
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

  it("offers data/queries, runs on Ctrl+Enter, names claims by their statement, shows all results in the graph", { timeout: 240_000 }, async () => {
    const { readdirSync } = await import("node:fs");
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(server.url.replace(/\/sparql$/, "/"));
    await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 30000 });
    await page.click(".sparql summary");
    const offered = await page.$$eval("#sparql-queries option", (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toEqual(readdirSync(`${ROOT}data/queries`).filter((f) => f.endsWith(".rq")).map((f) => f.replace(/\.rq$/, "")).sort());
    await page.selectOption("#sparql-queries", "claims-with-evidence");
    expect(await page.inputValue(".sparql-input")).toBe(readFileSync(`${ROOT}data/queries/claims-with-evidence.rq`, "utf8"));
    // Ctrl+Enter in the query runs it (no click).
    await page.focus(".sparql-input");
    await page.keyboard.press("Control+Enter");
    await page.locator("#sparql-show-all").waitFor({ timeout: 30000 });
    const claimButtons = await page.$$eval(".sparql-table tbody tr td:first-child button", (bs) => bs.map((b) => b.textContent ?? ""));
    expect(claimButtons.length).toBeGreaterThan(10);
    for (const text of claimButtons) expect(text).toMatch(/^.+ — .+ → .+$/);
    expect(claimButtons.join("\n")).not.toMatch(/\bc[0-9a-f]{16}\b/);
    const graph = await loadSeedGraph();
    const edge = graph.findEdge((_e, a) => a.relation === "causes") ?? "";
    const [s, t] = graph.extremities(edge);
    expect(claimButtons).toContain(`${graph.getNodeAttribute(s, "label")} — causes → ${graph.getNodeAttribute(t, "label")}`);

    await page.click("#sparql-show-all");
    const shown = await page.evaluate(() => {
      const { explorer } = window as unknown as { explorer: { state: { highlight: { nodes: string[]; edges: string[] } | null }; sigma: { getEdgeState(k: string): Record<string, boolean>; getNodeState(k: string): Record<string, boolean> }; graph: { edges(): string[] } } };
      const all = explorer.graph.edges();
      return { highlight: explorer.state.highlight, emphasized: all.filter((e) => explorer.sigma.getEdgeState(e).emphasized).length, faded: all.filter((e) => explorer.sigma.getEdgeState(e).faded).length };
    });
    // Every claim of the seed has a quote, so every claim is a result and emphasised; nothing is faded.
    expect(shown.highlight?.edges.length).toBe(graph.size);
    expect(shown.emphasized).toBe(graph.size);
    expect(shown.faded).toBe(0);
    expect(new URL(page.url()).searchParams.get("mark")).toContain("e:");
    await expectNoAxeViolations(page, "SPARQL results shown in the graph");
    await page.screenshot({ path: `${ROOT}artifacts/screenshots/sparql-show-all.png` });

    // A query of entities only: the graph shows those, the rest faded.
    await page.selectOption("#sparql-queries", "events-in-2019");
    await page.focus(".sparql-input");
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction(() => document.querySelector("#sparql-show-all")?.textContent?.includes("0 claims"), undefined, { timeout: 30000 });
    await page.click("#sparql-show-all");
    const events = await page.evaluate(() => {
      const { explorer } = window as unknown as { explorer: { state: { highlight: { nodes: string[] } | null }; sigma: { getNodeState(k: string): Record<string, boolean> }; graph: { nodes(): string[] } } };
      return { marked: explorer.state.highlight?.nodes ?? [], faded: explorer.graph.nodes().filter((n) => explorer.sigma.getNodeState(n).faded) };
    });
    expect(events.marked.length).toBeGreaterThan(0);
    expect(events.faded.length).toBe(graph.order - events.marked.length);
    await page.screenshot({ path: `${ROOT}artifacts/screenshots/sparql-events-2019.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});

// The explorer opened on the whole corpus (data/) in Chromium, for the browser tests that ask it what the
// CLI answers: one graph built and laid out as `kg build` does, served beside dist/viz (built once for
// every browser test by test/setup/build-explorer.ts), page errors and console errors collected.
import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { exportGraph } from "../../src/export/export-graph.ts";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { layoutGraph } from "../../src/layout/layout-graph.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { loadSources } from "../../src/sources/load-sources.ts";
import { chromiumPath, launchChromium, openExplorerPage, visit } from "./chromium.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SHOTS = `${ROOT}out/screenshots`;

// In CI a missing browser is a failure, never a skip.
if (chromiumPath() === null && process.env.CI) throw new Error("chromium is not on PATH: CI must install it (apt-get install chromium)");
export const HAS_CHROMIUM = chromiumPath() !== null;

/** The CLI's JSON answer (built from data/, as the explorer's graph here). */
export async function kg(...args: string[]): Promise<unknown> {
  const { stdout } = await promisify(execFile)(process.execPath, [`${ROOT}bin/kg.js`, ...args, "--json", "--sources", `${ROOT}data`], { cwd: ROOT, maxBuffer: 64 << 20 });
  return JSON.parse(stdout);
}

export interface CorpusExplorer {
  /** The graph the page shows (set once beforeAll has run). */
  readonly graph: KnowledgeGraph;
  /** Page errors and console errors of every page opened. */
  readonly problems: string[];
  /** The explorer's address on the corpus, `query` appended (for page.goto on an open page). */
  url(query?: string): string;
  /** A new page on the corpus, ready; `query` is appended to the URL. */
  open(query?: string, viewport?: { width: number; height: number }): Promise<Page>;
  /**
   * The file's page at `viewport` (one per size, opened on first use, closed after the file), put on the
   * view `query` names without a reload (chromium.ts visit): a page load costs seconds of software WebGL.
   * Callers leave it open.
   */
  show(query?: string, viewport?: { width: number; height: number }): Promise<Page>;
}

/** Registers the suite's beforeAll/afterAll; call it inside a describe. */
export function useCorpusExplorer(): CorpusExplorer {
  let browser: Browser;
  let server: StaticServer;
  const url = (query = "") => `${server.url}?graph=corpus.json${query}`;
  const shared = new Map<string, Page>();
  const fixture = { graph: undefined as unknown as KnowledgeGraph, problems: [] as string[], url, open, show };

  beforeAll(async () => {
    fixture.graph = buildGraph(await loadSources([`${ROOT}data`]));
    layoutGraph(fixture.graph);
    server = await serveStatic(`${ROOT}dist/viz`, { "/corpus.json": await exportGraph(fixture.graph, "json") });
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    for (const page of shared.values()) await page.close();
    await browser?.close();
    await server?.close();
  });

  function open(query = "", viewport = { width: 1280, height: 800 }): Promise<Page> {
    return openExplorerPage(browser, url(query), fixture.problems, { viewport, timeout: 120_000 });
  }

  async function show(query = "", viewport = { width: 1280, height: 800 }): Promise<Page> {
    const size = `${viewport.width}x${viewport.height}`;
    let page = shared.get(size);
    if (!page || page.isClosed()) {
      page = await open(query, viewport);
      shared.set(size, page);
    } else {
      await visit(page, url(query), { timeout: 120_000 });
    }
    return page;
  }

  return fixture;
}

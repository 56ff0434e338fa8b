// A drafted article beside a reviewed one, in a real browser: the draft's words are marked apart in
// the text, its claims say "Draft" in the details, the legend explains the mark, and the reviewed
// article's evidence is not marked as a draft.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { draftArticleFolder } from "../../src/cli/draft-folder.ts";
import { exportGraph } from "../../src/export/export-graph.ts";
import { layoutGraph } from "../../src/layout/layout-graph.ts";
import { loadSources } from "../../src/sources/load-sources.ts";
import { SEED_DIR } from "../helpers/seed.ts";
import { chromiumPath, launchChromium, openExplorerPage } from "./chromium.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// In CI a missing browser is a failure, never a skip.
if (chromiumPath() === null && process.env.CI) throw new Error("chromium is not on PATH: CI must install it (apt-get install chromium)");
const HAS_CHROMIUM = chromiumPath() !== null;

describe.skipIf(!HAS_CHROMIUM)("drafted article in the explorer", () => {
  let browser: Browser;
  let server: StaticServer;
  const work = mkdtempSync(join(tmpdir(), "kg-drafted-viz-"));
  const problems: string[] = [];

  beforeAll(async () => {
    // The seed (reviewed) and a new article made of a short wire text, drafted by kg draft.
    mkdirSync(join(work, "seed"), { recursive: true });
    for (const f of ["article.yaml", "article.txt", "annotation.yaml"]) copyFileSync(join(SEED_DIR, f), join(work, "seed", f));
    const fresh = join(work, "fresh");
    mkdirSync(fresh);
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(fresh, "article.txt"), [
      "Japan on Monday tightened controls on exports of three chemicals to South Korea, Tokyo said, in a move seen as retaliation for a court ruling.",
      "South Korean Trade Minister Yoo Myung-hee said Seoul would file a complaint with the World Trade Organization (WTO).",
      "The curbs could hurt Samsung Electronics and SK Hynix, analysts said.",
    ].join("\n") + "\n");
    writeFileSync(join(fresh, "article.yaml"), 'id: fresh-2019-07-01\nheadline: Japan tightens export controls\npublisher: Test Wire\nauthor: [A. Writer]\ndatePublished: "2019-07-02"\nlanguage: en\n');
    await draftArticleFolder(fresh, { corpus: [work] });
    const graph = buildGraph(await loadSources([work]));
    layoutGraph(graph);
    // dist/viz is built once for every browser test, by test/setup/build-explorer.ts.
    server = await serveStatic(`${ROOT}dist/viz`, { "/drafted.json": await exportGraph(graph, "json") });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  function open(viewport = { width: 1280, height: 860 }): Promise<Page> {
    return openExplorerPage(browser, `${server.url}?graph=drafted.json`, problems, { viewport });
  }

  it("marks the draft's words, badges its claims, explains the mark; the reviewed article stays unmarked", async () => {
    const page = await open();
    const fresh = page.locator('article[data-article="fresh-2019-07-01"]');
    const seed = page.locator('article[data-article="joongang-2023-03-24-korea-japan-supply-chain"]');
    expect(await fresh.locator("mark.draft").count()).toBeGreaterThan(3);
    expect(await seed.locator("mark.draft").count()).toBe(0);
    expect(await seed.locator("mark").count()).toBeGreaterThan(20);
    await expect.poll(() => page.locator("#legend").innerText()).toContain("drafted, not reviewed");
    // A drafted claim of the new article (edge owners are "e:<claim>").
    await fresh.locator('mark.draft[data-owners*="e:"]').first().click();
    // Words several items quote open a chooser: pick a claim in it.
    if (await page.locator("#article .chooser").count()) await page.locator('#article .chooser button[data-owner^="e:"]').first().click();
    await page.waitForSelector("#details .draft-badge", { timeout: 10000 });
    expect(await page.locator("#details .draft-badge").innerText()).toMatch(/^Draft: .*confidence \d/);
    await page.screenshot({ path: `${ROOT}artifacts/explorer-drafted.png` });
    expect(problems).toEqual([]);
  });
});

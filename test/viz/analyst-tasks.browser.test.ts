// The nine analyst tasks of issue 10's "Done means", each done as an analyst does it (search, clicks,
// keys through the real UI), at 1280×800 and on a 390×844 phone (panels as tabs), against `kg serve`
// (the explorer and /sparql on one origin) on the whole corpus. Expected answers come from the core
// (src/query), never pinned. axe-core must report nothing in every state visited; a screenshot per task
// and size goes to out/screenshots/analyst/ (gitignored), to be looked at. One browser, one page per size.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { layoutGraph } from "../../src/layout/layout-graph.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { MODALITIES } from "../../src/model/vocabulary.ts";
import { causesOf } from "../../src/query/causes-of.ts";
import { effectsOf } from "../../src/query/effects-of.ts";
import { storyChains } from "../../src/query/story-chains.ts";
import { graphToQuads } from "../../src/rdf/graph-to-quads.ts";
import { writeRdf } from "../../src/rdf/write-rdf.ts";
import { startSparqlServer, type RunningServer } from "../../src/server/start-sparql-server.ts";
import { loadSources } from "../../src/sources/load-sources.ts";
import { relationLabel } from "../../viz/src/palette.ts";
import { expectNoAxeViolations } from "./axe.ts";
import { launchChromium, openExplorerPage } from "./chromium.ts";
import { HAS_CHROMIUM, ROOT, SHOTS } from "./corpus-explorer.ts";

const OUT = `${ROOT}artifacts/analyst-tasks-viz`;
const SHOT_DIR = `${SHOTS}/analyst`;
const SIZES = [{ width: 1280, height: 800 }, { width: 390, height: 844 }] as const;

type Win = { explorer: { state: { selection: { type: string; key: string } | null; story: { chain: number; hop: number } | null } } };

describe.skipIf(!HAS_CHROMIUM)("the nine analyst tasks (whole corpus, kg serve)", () => {
  let graph: KnowledgeGraph;
  let browser: Browser;
  let server: RunningServer;
  const problems: string[] = [];

  beforeAll(async () => {
    graph = buildGraph(await loadSources([`${ROOT}data`]));
    layoutGraph(graph);
    // A copy of the explorer built by the browser project's globalSetup, with the corpus as its graph.json.
    rmSync(OUT, { recursive: true, force: true });
    cpSync(`${ROOT}dist/viz`, OUT, { recursive: true });
    writeFileSync(`${OUT}/graph.json`, JSON.stringify(graph.export()));
    server = await startSparqlServer({ nquads: await writeRdf(graphToQuads(graph), "nq"), port: 0, staticDir: OUT, workers: 1 });
    browser = await launchChromium();
    mkdirSync(SHOT_DIR, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const base = () => server.url;

  for (const size of SIZES) {
    const phone = size.width < 600;
    const tag = `${size.width}x${size.height}`;
    describe(`at ${size.width}×${size.height}`, () => {
      let page: Page;
      beforeAll(async () => {
        page = await openExplorerPage(browser, base(), problems, { viewport: size, timeout: 120_000 });
      }, 180_000);
      afterAll(async () => page?.close());

      const state = (p: Page = page) => p.evaluate(() => (window as unknown as Win).explorer.state);
      /** On the phone the panels are tabs: the analyst opens the one needed. */
      const tab = async (name: "details" | "article" | "filters" | "figures", p: Page = page) => {
        if (phone) await p.click(`#tab-${name}`);
      };
      const check = async (what: string, p: Page = page) => {
        await expectNoAxeViolations(p, `${what} (${tag})`);
      };
      const shot = (name: string, p: Page = page) => p.screenshot({ path: `${SHOT_DIR}/${name}-${tag}.png` });
      /** Back to the start as the analyst gets there: the Reset button. */
      const reset = async () => {
        await page.click("#btn-clear");
        await page.waitForFunction(() => (window as unknown as Win).explorer.state.selection === null && !location.search.includes("story="));
      };
      async function searchAndChoose(text: string, node: string): Promise<void> {
        await page.fill("#search-input", "");
        await page.fill("#search-input", text);
        await page.waitForSelector(`#search-results:not([hidden]) li[data-node="${node}"]`);
        await page.locator(`#search-results li[data-node="${node}"]`).dispatchEvent("mousedown");
        await page.waitForFunction((n) => (window as unknown as Win).explorer.state.selection?.key === n, node);
      }

      it("1. the GSOMIA chain, a quote per hop: its causes with relation, depth, modality and quote; the story steps through it", { timeout: 120_000 }, async () => {
        const node = "gsomia-non-extension-decision";
        const causes = causesOf(graph, node);
        expect(causes.length).toBeGreaterThan(1);
        await searchAndChoose("not to extend GSOMIA", node);
        await tab("details");
        const items = page.locator('#details [data-chain="causes"] li');
        expect(await items.count()).toBe(causes.length);
        for (const [i, link] of causes.entries()) {
          const li = items.nth(i);
          const hop = link.chain[0]!;
          expect(await li.locator("[data-node]").getAttribute("data-node")).toBe(link.node);
          expect(await li.locator(".depth").textContent()).toBe(String(link.depth));
          const meta = await li.locator(".rel").textContent();
          expect(meta).toContain(relationLabel(hop.relation));
          expect(meta).toContain(MODALITIES[hop.modality].label);
          expect(await li.locator(".hop-quote").textContent()).toBe(`“${hop.quotes[0]}”`);
        }
        await check("GSOMIA causes listed");
        await shot("1-gsomia-causes");
        // The same chain told hop by hop: the story view on the chain that ends at the decision.
        const chains = storyChains(graph);
        const index = chains.findIndex((c) => c.hops.some((h) => h.target === node));
        expect(index).toBeGreaterThanOrEqual(0);
        await page.click("#btn-story");
        await tab("details");
        await page.selectOption("#story-chain", String(index));
        for (const [i, hop] of chains[index]!.hops.entries()) {
          await page.waitForFunction((c) => document.querySelector("#story .story-hop")?.getAttribute("data-claim") === c, hop.claim);
          expect(await page.locator("#story .story-pos").textContent()).toBe(`hop ${i + 1} of ${chains[index]!.hops.length}`);
          expect(await page.locator("#story .story-quote").first().textContent()).toBe(`“${hop.quotes[0]}”`);
          expect(await page.locator("#story [data-relation]").getAttribute("data-relation")).toBe(hop.relation);
          if (i < chains[index]!.hops.length - 1) await page.click("#story-next");
        }
        await check("story on the GSOMIA chain's last hop");
        await shot("1-gsomia-story");
        await reset();
      });

      it("2. what the 2023 summit led to: its downstream effects as the core traces them", { timeout: 120_000 }, async () => {
        const node = "korea-japan-summit-2023";
        const effects = effectsOf(graph, node);
        expect(effects.length).toBeGreaterThan(0);
        await searchAndChoose("summit 2023", node);
        await tab("details");
        const shown = await page.locator('#details [data-chain="effects"] li > [data-node]').evaluateAll((bs) => bs.map((b) => b.getAttribute("data-node")));
        expect(shown).toEqual(effects.map((e) => e.node));
        expect(await page.locator('#details [data-chain="effects"] .hop-quote').count()).toBe(effects.filter((e) => e.chain[e.chain.length - 1]?.quotes[0]).length);
        await check("summit effects listed");
        await shot("2-summit-effects");
        await reset();
      });

      it("6b. a link with a story step opens at that hop, and Back undoes a step", { timeout: 120_000 }, async () => {
        const chain = storyChains(graph)[0]!;
        expect(chain.hops.length).toBeGreaterThan(2);
        const linked = await openExplorerPage(browser, `${base()}?story=0,1`, problems, { viewport: size, timeout: 120_000 });
        await tab("details", linked);
        expect(await linked.locator("#story .story-pos").textContent()).toBe(`hop 2 of ${chain.hops.length}`);
        expect(await linked.locator("#story .story-hop").getAttribute("data-claim")).toBe(chain.hops[1]!.claim);
        expect((await state(linked)).selection).toEqual({ type: "edge", key: chain.hops[1]!.claim });
        expect(await linked.locator("#btn-story").getAttribute("aria-pressed")).toBe("true");
        await linked.click("#story-next");
        await linked.waitForFunction(() => new URLSearchParams(location.search).get("story") === "0,2");
        expect(await linked.locator("#story .story-pos").textContent()).toBe(`hop 3 of ${chain.hops.length}`);
        await linked.evaluate(() => history.back());
        await linked.waitForFunction(() => new URLSearchParams(location.search).get("story") === "0,1");
        expect(await linked.locator("#story .story-pos").textContent()).toBe(`hop 2 of ${chain.hops.length}`);
        expect((await state(linked)).selection).toEqual({ type: "edge", key: chain.hops[1]!.claim });
        await check("story link opened at hop 2, after Back", linked);
        await shot("6b-story-link-back", linked);
        await linked.close();
      });
    });
  }

  it("logged no page errors or console errors", () => {
    expect(problems).toEqual([]);
  });
});

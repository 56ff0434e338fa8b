// The nine analyst tasks of issue 10's "Done means", each done as an analyst does it (search, clicks,
// keys through the real UI), at 1280×800 and on a 390×844 phone (panels as tabs), against `kg serve`
// (the explorer and /sparql on one origin) on the whole corpus. Expected answers come from the core
// (src/query), never pinned. axe-core must report nothing in every state visited; a screenshot per task
// and size goes to out/screenshots/analyst/ (gitignored), to be looked at. One browser, one page per size.
// One test file per size (analyst-tasks-desktop / -phone.browser.test.ts), so the two sizes run side by
// side on vitest's two workers instead of one after the other (this file alone took 347–429 s).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { layoutGraph } from "../../src/layout/layout-graph.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { MODALITIES, type Modality } from "../../src/model/vocabulary.ts";
import { passingItems } from "../../src/query/passing-items.ts";
import { causesOf } from "../../src/query/causes-of.ts";
import { effectsOf } from "../../src/query/effects-of.ts";
import { storyChains } from "../../src/query/story-chains.ts";
import { graphToQuads } from "../../src/rdf/graph-to-quads.ts";
import { writeRdf } from "../../src/rdf/write-rdf.ts";
import { startSparqlServer, type RunningServer } from "../../src/server/start-sparql-server.ts";
import { loadSources } from "../../src/sources/load-sources.ts";
import { parseItemKey } from "../../viz/src/explorer-api.ts";
import { relationLabel } from "../../viz/src/palette.ts";
import { initialViewState } from "../../viz/src/view-state.ts";
import { viewFilter } from "../../viz/src/visibility.ts";
import { expectNoAxeViolations } from "./axe.ts";
import { launchChromium, openExplorerPage, settled } from "./chromium.ts";
import { HAS_CHROMIUM, ROOT, SHOTS } from "./corpus-explorer.ts";
import { drawnView, overlappingNames, relationNames } from "./label-boxes.ts";

const SHOT_DIR = `${SHOTS}/analyst`;
export const ANALYST_SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

type Win = { explorer: { state: { selection: { type: string; key: string } | null; story: { chain: number; hop: number } | null } } };

/** The nine tasks at one window size: registers the file's suite. */
export function analystTasks(size: { width: number; height: number }): void {
  // A folder per size: the two files run at the same time.
  const OUT = `${ROOT}artifacts/analyst-tasks-viz-${size.width}x${size.height}`;
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

    {
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
        /** What the page shows: the view state, sigma's camera, the filter boxes unticked. */
        const view = (p: Page = page) => p.evaluate(() => {
          const { explorer } = window as unknown as { explorer: { state: unknown; sigma: { getCamera(): { getState(): { x: number; y: number; ratio: number; angle: number } } } } };
          const checkedOff = [...document.querySelectorAll<HTMLInputElement>("#filters input[type=checkbox]")].filter((b) => !b.checked).map((b) => b.value).sort();
          return { state: explorer.state, camera: explorer.sigma.getCamera().getState(), checkedOff };
        });
        /** Whether `element` is inside the scrolling panel's box (the reader on a phone, else the article). */
        async function inView(element: string): Promise<boolean> {
          const [box, rect] = await Promise.all([page.locator(phone ? "#reader" : "#article").boundingBox(), page.locator(element).first().boundingBox()]);
          return Boolean(rect && box && rect.height > 0 && rect.y >= box.y && rect.y + rect.height <= box.y + box.height);
        }
        async function download(button: string): Promise<Buffer> {
          if (!(await page.locator(".download .menu").isVisible())) await page.click(".download summary");
          const [file] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
          return readFileSync((await file.path()) ?? "");
        }
        const shot = (name: string, p: Page = page) => p.screenshot({ path: `${SHOT_DIR}/${name}-${tag}.png` });
        /** Back to the start as the analyst gets there: the Reset button. */
        const reset = async () => {
          await page.click("#btn-clear");
          await page.waitForFunction(() => (window as unknown as Win).explorer.state.selection === null && !location.search.includes("story="));
          // The words searched for go with the rest of the view.
          expect(await page.inputValue("#search-input")).toBe("");
          expect(await page.locator("#search-results").isHidden()).toBe(true);
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
          // The chain's relation names are drawn, and none over another (at the busy decision node they piled up).
          await settled(page);
          const names = await relationNames(page);
          expect(names.length).toBeGreaterThan(0);
          expect(overlappingNames(names)).toEqual([]);
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

        it("3. what is planned and for when: only the planned claims and things, with their dates, in the list", { timeout: 120_000 }, async () => {
          await tab("filters");
          const boxes = page.locator('#filters fieldset[data-filter="modality"] input[type=checkbox]');
          const others = (await boxes.evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value))).filter((m) => m !== "planned");
          expect(others.length).toBeGreaterThan(1);
          for (const m of others) await page.locator(`#filters fieldset[data-filter="modality"] input[value="${m}"]`).uncheck();
          await page.waitForFunction((n) => (window as unknown as { explorer: { state: { hiddenModalities: string[] } } }).explorer.state.hiddenModalities.length === n, others.length);
          await check("only planned ticked");
          await page.click("#btn-view");
          await page.waitForSelector("#list-view:not([hidden]) table");
          const expected = passingItems(graph, viewFilter(graph, { ...initialViewState(), hiddenModalities: others as Modality[] }));
          const rows = await page.locator('#list-view table[aria-label="Nodes"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
          const labels = (keys: Iterable<string>) => [...keys].map((k) => graph.getNodeAttribute(k, "label")).sort();
          expect(rows.map((r) => r[0]).sort()).toEqual(labels(expected.nodes));
          // For when: each planned thing's date as the article words it.
          const dated = [...expected.nodes].filter((n) => graph.getNodeAttribute(n, "date"));
          expect(dated.length).toBeGreaterThan(0);
          for (const n of dated) expect(rows.find((r) => r[0] === graph.getNodeAttribute(n, "label"))?.[2]).toBe(graph.getNodeAttribute(n, "date")!.text);
          const claimModalities = await page.locator('#list-view table[aria-label="Claims"] tbody tr td:nth-child(4)').allTextContents();
          expect(claimModalities.length).toBe(expected.edges.size);
          expect(new Set(claimModalities)).toEqual(new Set([MODALITIES.planned.label]));
          await check("planned list");
          await shot("3-planned-list");
          await page.click("#btn-view");
          await reset();
        });

        it("4. the figures: every amount, count, rate and target year with its quote; a row opens its words", { timeout: 120_000 }, async () => {
          const figures: Array<{ node: string; id: string; text: string; quote: string }> = [];
          graph.forEachNode((node, a) => (a.figures ?? []).forEach((f) => figures.push({ node, id: f.id, text: f.text, quote: f.evidence[0]?.quote ?? f.text })));
          expect(figures.length).toBeGreaterThan(3);
          await tab("figures");
          const rows = page.locator("#figures li[data-figure]");
          expect(await rows.evaluateAll((trs) => trs.map((t) => t.getAttribute("data-figure")))).toEqual(figures.map((f) => f.id));
          for (const f of figures) expect(await page.locator(`#figures li[data-figure="${f.id}"]`).textContent()).toContain(f.quote);
          await check("figures table");
          // On a wide screen the table is below the filters in the sidebar: brought into view it starts below the
          // sticky legend (it slid under it), and each quote runs the sidebar's width (in a column it wrapped a
          // word a line).
          await page.locator("#figures").evaluate((e) => e.scrollIntoView({ block: "start" }));
          if (!phone) {
            const [heading, legend] = await page.evaluate(() => ["#figures h2", "#legend"].map((s) => document.querySelector(s)!.getBoundingClientRect()));
            expect(heading!.top).toBeGreaterThanOrEqual(legend!.bottom);
          }
          const widths = await page.evaluate(() => ({
            list: document.querySelector("#figures ol")!.getBoundingClientRect().width,
            quotes: [...document.querySelectorAll("#figures li .quote")].map((q) => q.getBoundingClientRect().width),
          }));
          for (const width of widths.quotes) expect(width).toBeGreaterThan(0.9 * widths.list);
          await shot("4-figures");
          const row = figures[Math.floor(figures.length / 2)]!;
          await page.locator(`#figures li[data-figure="${row.id}"] button`).first().click();
          expect((await state()).selection).toEqual({ type: "node", key: row.node });
          await page.waitForSelector("#article mark.current");
          expect(await inView("#article mark.current")).toBe(true);
          await check("figure's quote in the article");
          await reset();
        });

        it("5. phrase ↔ item: a phrase selects its item and stays in view; an item marks its words; overlapping words offer a chooser", { timeout: 120_000 }, async () => {
          await tab("article");
          const single = page.locator("#article mark:not(.overlap)").nth(12);
          const owner = (await single.getAttribute("data-owner")) ?? "";
          await single.scrollIntoViewIfNeeded();
          await single.click();
          expect((await state()).selection).toEqual(parseItemKey(owner));
          await tab("article");
          expect(await inView("#article mark.current")).toBe(true);
          expect(await page.locator("#article mark.current").evaluateAll((ms) => ms.every((m) => (m.getAttribute("data-owners") ?? "").split(" ").length > 0))).toBe(true);
          await check("phrase clicked");
          await shot("5-phrase-selected");
          // The other way: an item chosen in search marks its words, in view.
          await searchAndChoose("not to extend GSOMIA", "gsomia-non-extension-decision");
          await tab("article");
          await page.waitForSelector("#article mark.active");
          expect(await inView("#article mark.active")).toBe(true);
          const quotes = graph.getNodeAttribute("gsomia-non-extension-decision", "evidence").map((e) => e.quote);
          const marked = (await page.locator("#article mark.active").allTextContents()).join("");
          expect(quotes.some((q) => q.includes(marked.trim().slice(0, 12)))).toBe(true);
          // Words quoted by several items: a chooser lists them all; choosing one selects it.
          const overlap = page.locator("#article mark.overlap").first();
          const owners = ((await overlap.getAttribute("data-owners")) ?? "").split(" ");
          expect(owners.length).toBeGreaterThan(1);
          await overlap.scrollIntoViewIfNeeded();
          await overlap.click();
          const chooser = page.locator("#article .chooser");
          await chooser.waitFor();
          expect(await chooser.locator("button[data-owner]").evaluateAll((bs) => bs.map((b) => b.getAttribute("data-owner")))).toEqual(owners);
          await check("chooser open");
          await shot("5-chooser");
          await chooser.locator(`button[data-owner="${owners[1]}"]`).click();
          expect((await state()).selection).toEqual(parseItemKey(owners[1]!));
          await reset();
        });

        it("6. share a view: Copy link, open it in a new page: same selection, filters, camera and story step", { timeout: 120_000 }, async () => {
          await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
          await page.click("#btn-story");
          await tab("details");
          await page.click("#story-next");
          await page.waitForFunction(() => new URLSearchParams(location.search).get("story") === "0,1");
          await tab("filters");
          await page.locator('#filters fieldset[data-filter="kind"] input[value="Person"]').uncheck();
          const box = (await page.locator("#graph").boundingBox())!;
          await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
          for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -200);
          await page.waitForFunction(() => {
            const { explorer } = window as unknown as { explorer: { sigma: { getCamera(): { getState(): { x: number; y: number; ratio: number; angle: number }; isAnimating(): boolean } } } };
            const c = explorer.sigma.getCamera().getState();
            return !explorer.sigma.getCamera().isAnimating() && new URLSearchParams(location.search).get("cam") === [c.x, c.y, c.ratio, c.angle].map((v) => Number(v.toFixed(4))).join(",");
          }, undefined, { timeout: 20_000 });
          const before = await view();
          await page.click("#btn-copy-link");
          await page.waitForFunction(() => document.getElementById("status")?.textContent?.includes("copied"));
          const link = await page.evaluate(() => navigator.clipboard.readText());
          await check("link copied");
          await shot("6-share-before");
          const fresh = await openExplorerPage(browser, link, problems, { viewport: size, timeout: 120_000 });
          const after = await view(fresh);
          expect(after.state).toEqual(before.state);
          expect(after.checkedOff).toEqual(before.checkedOff);
          for (const k of ["x", "y", "ratio", "angle"] as const) expect(Math.abs(after.camera[k] - before.camera[k])).toBeLessThan(2e-4);
          await tab("details", fresh);
          expect(await fresh.locator("#story .story-pos").textContent()).toMatch(/^hop 2 of /);
          await check("link opened", fresh);
          // The hop's ends on the canvas are labelled in the zoomed-in view the link keeps (on a phone their whole
          // labels fitted on no side of the big discs, and neither was drawn; at 1280 the zoom leaves both off it).
          await settled(fresh);
          const hop = storyChains(graph)[0]!.hops[1]!;
          const drawn = await drawnView(fresh);
          const ends = drawn.centres.filter((c) => (c.node === hop.source || c.node === hop.target) && c.x > 0 && c.x < drawn.width && c.y > 0 && c.y < drawn.height);
          if (phone) expect(ends.length).toBe(2);
          expect(drawn.boxes.map((b) => b.node)).toEqual(expect.arrayContaining(ends.map((c) => c.node)));
          await shot("6-share-opened", fresh);
          await fresh.close();
          await reset();
        });

        it("7. SPARQL to graph: a query of data/queries, Ctrl+Enter, every result shown in the graph", { timeout: 120_000 }, async () => {
          await tab("details");
          await page.click(".sparql summary");
          await page.selectOption("#sparql-queries", "gsomia-causal-chain");
          expect(await page.inputValue(".sparql-input")).toBe(readFileSync(`${ROOT}data/queries/gsomia-causal-chain.rq`, "utf8"));
          await page.focus(".sparql-input");
          await page.keyboard.press("Control+Enter");
          await page.locator("#sparql-show-all").waitFor({ timeout: 60_000 });
          expect(await page.locator(".sparql-table tbody tr").count()).toBeGreaterThan(0);
          await check("SPARQL results");
          await page.click("#sparql-show-all");
          const shown = await page.evaluate(() => {
            const { explorer } = window as unknown as { explorer: { state: { highlight: { nodes: string[]; edges: string[] } | null }; sigma: { getNodeState(k: string): Record<string, boolean> } } };
            const h = explorer.state.highlight;
            return { highlight: h, emphasised: (h?.nodes ?? []).filter((n) => !explorer.sigma.getNodeState(n).faded).length };
          });
          expect((shown.highlight?.nodes.length ?? 0) + (shown.highlight?.edges.length ?? 0)).toBeGreaterThan(0);
          expect(shown.emphasised).toBe(shown.highlight?.nodes.length);
          expect(new URL(page.url()).searchParams.get("mark")).toBeTruthy();
          await check("SPARQL results in the graph");
          // The results carry labels (on a phone the faded rest of the graph had left them no room): at least
          // half of those on the canvas, or eight.
          await settled(page);
          const drawn = await drawnView(page);
          const onCanvas = drawn.centres.filter((c) => shown.highlight!.nodes.includes(c.node) && c.x >= 0 && c.x <= drawn.width && c.y >= 0 && c.y <= drawn.height);
          const labelled = drawn.boxes.filter((b) => shown.highlight!.nodes.includes(b.node)).length;
          expect(labelled).toBeGreaterThanOrEqual(Math.min(8, Math.ceil(onCanvas.length / 2)));
          // Shortened labels still tell the results apart (two "1965 Korea–Japan…" were drawn).
          const texts = await page.evaluate((nodes) => {
            const { explorer } = window as unknown as { explorer: { sigma: { getNodeDisplayData(n: string): { label?: string } | undefined } } };
            return nodes.map((n) => explorer.sigma.getNodeDisplayData(n)?.label ?? "");
          }, drawn.boxes.map((b) => b.node));
          expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
          await shot("7-sparql-graph");
          await page.click(".sparql summary");
          await reset();
        });

        it("8. downloads: a PNG at the chosen scale and an SVG with title and legend", { timeout: 120_000 }, async () => {
          await page.click(".download summary");
          await page.selectOption("#dl-scale", "2");
          const png = await download("#dl-png");
          expect(png.subarray(1, 4).toString()).toBe("PNG");
          const stage = (await page.locator("#graph").boundingBox())!;
          expect(png.readUInt32BE(16)).toBe(Math.round(stage.width) * 2);
          const svg = (await download("#dl-svg")).toString("utf8");
          const facts = await page.evaluate((text) => {
            const doc = new DOMParser().parseFromString(text, "image/svg+xml");
            return { error: doc.querySelector("parsererror")?.textContent ?? null, title: doc.querySelector(".picture-title")?.textContent ?? "", legend: [...doc.querySelectorAll(".legend text")].map((t) => t.textContent ?? ""), nodes: doc.querySelectorAll("[data-node]").length };
          }, svg);
          expect(facts.error).toBeNull();
          expect(facts.title).toBe(await page.textContent("#title"));
          expect(facts.legend).toEqual(expect.arrayContaining(["Kinds:", "Relations:", "Modality:"]));
          expect(facts.nodes).toBeGreaterThan(0);
          writeFileSync(`${SHOT_DIR}/8-picture-${tag}.png`, png);
          await check("download menu open");
          await shot("8-downloads");
          if (await page.locator(".download .menu").isVisible()) await page.click(".download summary");
        });

        it("9. the chain by keyboard alone: skip link, Tab to Story, Enter, step the hops, focus kept", { timeout: 120_000 }, async () => {
          // As a keyboard user arrives: the page freshly opened, nothing focused yet.
          await page.goto(base());
          await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 120_000 });
          await page.keyboard.press("Tab");
          expect(await page.evaluate(() => document.activeElement?.getAttribute("data-skip"))).toBe("graph");
          const tabTo = async (id: string) => {
            for (let i = 0; i < 60 && (await page.evaluate(() => document.activeElement?.id)) !== id; i++) await page.keyboard.press("Tab");
            expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
          };
          await tabTo("btn-story");
          await page.keyboard.press("Enter");
          await page.waitForFunction(() => new URLSearchParams(location.search).get("story") === "0,0");
          // The story's controls take the focus (on a phone their tab opens): no walk through the filters.
          expect(await page.evaluate(() => document.activeElement?.id)).toBe("story-next");
          expect(await page.locator("#story-next").isVisible()).toBe(true);
          const chain = storyChains(graph)[0]!;
          for (let i = 1; i < chain.hops.length; i++) {
            await page.keyboard.press("Enter");
            await page.waitForFunction((c) => document.querySelector("#story .story-hop")?.getAttribute("data-claim") === c, chain.hops[i]!.claim);
            // Focus kept where the reader was, although the panel was drawn again.
            if (i < chain.hops.length - 1) expect(await page.evaluate(() => document.activeElement?.id)).toBe("story-next");
          }
          expect(await page.locator("#story .story-quote").first().textContent()).toBe(`“${chain.hops[chain.hops.length - 1]!.quotes[0]}”`);
          await check("story stepped by keyboard");
          await shot("9-keyboard-story");
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
          // The camera fits the hop: both ends on the canvas, both labelled (on a phone a hop spread over
          // half the width left their long labels no room, and none was drawn).
          await settled(linked);
          const drawn = await drawnView(linked);
          const hop = chain.hops[1]!;
          for (const end of [hop.source, hop.target]) {
            const c = drawn.centres.find((p) => p.node === end);
            expect(c && c.x > 0 && c.x < drawn.width && c.y > 0 && c.y < drawn.height, `${end} on the canvas`).toBe(true);
          }
          expect(drawn.boxes.map((b) => b.node)).toEqual(expect.arrayContaining([hop.source, hop.target]));
          await shot("6b-story-link-opened", linked);
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
}

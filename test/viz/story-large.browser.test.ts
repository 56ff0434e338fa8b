// The story view, the labels at rest and the large-graph start, in Chromium: stepping through a causal
// chain moves the camera onto each hop and shows its quote (the chains are the core's storyChains);
// no two drawn labels overlap and none is cut by the canvas edge (boxes from sigma's own label
// geometry, for the labels sigma reports drawn); a 50-article corpus opens on a few nodes, not the
// hairball, and expanding a node adds its neighbours; the article panel shows the articles the
// selection cites. Screenshots in artifacts/screenshots/ (gitignored), to be looked at.
import { mkdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate-corpus.ts";
import { exportGraph } from "../../src/export/export-graph.ts";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { layoutGraph } from "../../src/layout/layout-graph.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { causesOf } from "../../src/query/causes-of.ts";
import { effectsOf } from "../../src/query/effects-of.ts";
import { storyChains } from "../../src/query/story-chains.ts";
import { loadSources } from "../../src/sources/load-sources.ts";
import { DEFAULT_EXPLORER_SETTINGS } from "../../viz/src/settings.ts";
import { landmarks } from "../../viz/src/landmarks.ts";
import { launchChromium, openExplorerPage, settled } from "./chromium.ts";
import { HAS_CHROMIUM, ROOT, useCorpusExplorer } from "./corpus-explorer.ts";
import { drawnView, overlappingNames, relationNames } from "./label-boxes.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

const SHOTS = `${ROOT}artifacts/screenshots`;

interface Box { node: string; minX: number; maxX: number; minY: number; maxY: number }

/** The labels sigma draws now, each with its box in viewport pixels, and the canvas size. */
const drawnLabels = drawnView;

function overlapsOf(boxes: Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY) out.push(`${a.node} × ${b.node}`);
    }
  }
  return out;
}

const clipped = ({ boxes, width, height }: { boxes: Box[]; width: number; height: number }) =>
  boxes.filter((b) => b.minX < 0 || b.minY < 0 || b.maxX > width || b.maxY > height).map((b) => b.node);

/** Waits until the camera has stopped and the labels have been placed for it. */
/** Until the camera rests and the labels are placed for it (chromium.ts). */
const settle = settled;

const drawnNodes = (page: Page) =>
  page.evaluate(() => {
    const { explorer } = window as unknown as { explorer: { graph: { nodes(): string[] }; sigma: { getNodeState(k: string): { isHidden: boolean } } } };
    return explorer.graph.nodes().filter((n) => !explorer.sigma.getNodeState(n).isHidden).sort();
  });

const camera = (page: Page) =>
  page.evaluate(() => (window as unknown as { explorer: { sigma: { getCamera(): { getState(): { x: number; y: number; ratio: number } } } } }).explorer.sigma.getCamera().getState());

/** Viewport positions of nodes (to check they are in view). */
const positions = (page: Page, nodes: string[]) =>
  page.evaluate((keys) => {
    type S = { getNodeDisplayData(n: string): { x: number; y: number } | undefined; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number }; getDimensions(): { width: number; height: number } };
    const sigma = (window as unknown as { explorer: { sigma: S } }).explorer.sigma;
    return { points: keys.map((k) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(k)!)), ...sigma.getDimensions() };
  }, nodes);

describe.skipIf(!HAS_CHROMIUM)("story view and labels (whole corpus)", () => {
  const corpus = useCorpusExplorer();
  let graph: KnowledgeGraph;
  beforeAll(() => {
    graph = corpus.graph;
    mkdirSync(SHOTS, { recursive: true });
  });

  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    it(`labels the root causes at rest without overlapping or clipped labels (${viewport.width}×${viewport.height})`, async () => {
      const page = await corpus.show("", viewport);
      await settle(page);
      const drawn = await drawnLabels(page);
      await page.screenshot({ path: `${SHOTS}/labels-rest-${viewport.width}.png` });
      // On a phone the whole corpus is one dense cluster: labels give way to the nodes they would cover
      // (export-image.browser.test.ts), so only the root causes and a few others are labelled at rest.
      expect(drawn.boxes.length).toBeGreaterThan(viewport.width < 600 ? 1 : 5);
      expect(overlapsOf(drawn.boxes)).toEqual([]);
      expect(clipped(drawn)).toEqual([]);
      const { roots } = landmarks(graph, { roots: 1, subjectsPerArticle: 0 });
      expect(drawn.boxes.map((b) => b.node)).toContain(roots[0]);
      expect(corpus.problems).toEqual([]);
    });
  }

  it("selecting a hub labels a few of its neighbours, not all of them, and none overlap", async () => {
    const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    expect(graph.neighbors(hub).length).toBeGreaterThan(DEFAULT_EXPLORER_SETTINGS.maxLabels);
    const page = await corpus.show(`&node=${encodeURIComponent(hub)}`);
    await settle(page);
    const drawn = await drawnLabels(page);
    expect(drawn.boxes.length).toBeLessThanOrEqual(DEFAULT_EXPLORER_SETTINGS.maxLabels);
    expect(drawn.boxes.map((b) => b.node)).toContain(hub);
    expect(overlapsOf(drawn.boxes)).toEqual([]);
    expect(clipped(drawn)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/labels-hub-1280.png` });

    // The node with the longest causal chain: relation names on a few of its claims, the status line
    // counting the others (they crowded around it, dozens at once).
    const chainOf = (n: string) => new Set([...causesOf(graph, n), ...effectsOf(graph, n)].flatMap((l) => l.chain.map((h) => h.claim)));
    const busiest = graph.nodes().sort((a, b) => chainOf(b).size - chainOf(a).size || (a < b ? -1 : 1))[0]!;
    const claims = chainOf(busiest).size;
    const max = DEFAULT_EXPLORER_SETTINGS.maxRelationLabels;
    expect(claims).toBeGreaterThan(max);
    await corpus.show(`&node=${encodeURIComponent(busiest)}`);
    await settle(page);
    const { followed, named } = await page.evaluate(() => {
      const { explorer } = window as unknown as { explorer: { graph: { edges(): string[] }; sigma: { getEdgeState(k: string): { followed: boolean; crowded: boolean } } } };
      const states = explorer.graph.edges().map((e) => explorer.sigma.getEdgeState(e));
      return { followed: states.filter((s) => s.followed).length, named: states.filter((s) => s.followed && !s.crowded).length };
    });
    expect(followed).toBe(max);
    // Of those, names that would overlap another give way; the status line counts them with the rest.
    expect(named).toBeGreaterThan(0);
    expect(await page.textContent("#status")).toContain(`relation names on ${named} claims, +${claims - named} more`);
    expect(overlappingNames(await relationNames(page))).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/labels-chain-hub-1280.png` });
  });

  it("steps through the core's first chain hop by hop: camera on the hop, its quote shown, only the chains drawn", async () => {
    const chains = storyChains(graph);
    const chain = chains[0]!;
    expect(chain.hops.length).toBeGreaterThan(1);
    const page = await corpus.show();
    await settle(page);
    const before = await camera(page);
    await page.click("#btn-story");
    await settle(page);
    expect(await page.locator("#story").isVisible()).toBe(true);
    expect(await page.locator("#story .story-hop").getAttribute("data-claim")).toBe(chain.hops[0]!.claim);
    expect(await page.locator("#story .story-quote").first().textContent()).toBe(`“${chain.hops[0]!.quotes[0]}”`);
    // Only the chains: every drawn node lies on one.
    const onChains = new Set(chains.flatMap((c) => [c.root, ...c.hops.map((h) => h.target)]));
    const drawn = await drawnNodes(page);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.filter((n) => !onChains.has(n))).toEqual([]);
    const first = await camera(page);
    expect(first).not.toEqual(before);
    await page.screenshot({ path: `${SHOTS}/story-hop1-1280.png` });

    await page.click("#story-next");
    await settle(page);
    const hop = chain.hops[1]!;
    expect(await page.locator("#story .story-hop").getAttribute("data-claim")).toBe(hop.claim);
    expect(await page.locator("#story .story-quote").first().textContent()).toBe(`“${hop.quotes[0]}”`);
    expect(await page.locator("#story [data-relation]").first().getAttribute("data-relation")).toBe(hop.relation);
    const second = await camera(page);
    expect(second).not.toEqual(first);
    const seen = await positions(page, [hop.source, hop.target]);
    for (const p of seen.points) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(seen.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(seen.height);
    }
    // The hop's two ends are labelled and its claim names its relation (the followed state).
    const labels = await drawnLabels(page);
    expect(labels.boxes.map((b) => b.node)).toEqual(expect.arrayContaining([hop.source, hop.target]));
    expect(overlapsOf(labels.boxes)).toEqual([]);
    const followed = await page.evaluate((claim) => (window as unknown as { explorer: { sigma: { getEdgeState(k: string): { followed: boolean } } } }).explorer.sigma.getEdgeState(claim).followed, hop.claim);
    expect(followed).toBe(true);
    // The article shows the hop's quote lit.
    expect(await page.locator(`#article mark.active[data-owners~="e:${hop.claim}"]`).count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/story-hop2-1280.png` });

    await page.click("#story-prev");
    await settle(page);
    expect(await page.locator("#story .story-hop").getAttribute("data-claim")).toBe(chain.hops[0]!.claim);
    await page.click('#story [data-story="leave"]');
    await settle(page);
    expect((await drawnNodes(page)).length).toBe(graph.order);
    expect(corpus.problems).toEqual([]);
  });

  it("the story on a phone: stepping works and the quote is shown", async () => {
    const chain = storyChains(graph)[0]!;
    const page = await corpus.show("", { width: 390, height: 844 });
    await page.click("#btn-story");
    await page.click("#story-next");
    await settle(page);
    expect(await page.locator("#story .story-quote").first().textContent()).toBe(`“${chain.hops[1]!.quotes[0]}”`);
    await page.screenshot({ path: `${SHOTS}/story-hop2-390.png`, fullPage: true });
    expect(corpus.problems).toEqual([]);
  });
});

describe.skipIf(!HAS_CHROMIUM)("a 50-article corpus", () => {
  let browser: Browser;
  let server: StaticServer;
  let graph: KnowledgeGraph;
  let dir: string;
  const problems: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kg-large-"));
    await generateCorpus(dir, 50);
    graph = buildGraph(await loadSources([dir]));
    layoutGraph(graph);
    server = await serveStatic(`${ROOT}dist/viz`, { "/large.json": await exportGraph(graph, "json") });
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  function open(viewport = { width: 1280, height: 800 }): Promise<Page> {
    return openExplorerPage(browser, `${server.url}?graph=large.json`, problems, { viewport, timeout: 60000 });
  }

  it("opens on a few nodes, not the hairball; a double-click and Expand add a node's neighbours", async () => {
    expect(graph.order).toBeGreaterThan(DEFAULT_EXPLORER_SETTINGS.openWholeUpTo);
    const page = await open();
    await settle(page);
    const start = await drawnNodes(page);
    expect(start.length).toBeGreaterThan(0);
    expect(start.length).toBeLessThanOrEqual(DEFAULT_EXPLORER_SETTINGS.startNodes);
    expect(await page.locator("#status").textContent()).toContain(`${start.length} of ${graph.order} nodes`);
    const rest = await drawnLabels(page);
    expect(overlapsOf(rest.boxes)).toEqual([]);
    expect(clipped(rest)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/large-start-1280.png` });

    // A double-click on a drawn node with hidden neighbours shows them.
    const node = start.find((n) => graph.neighbors(n).some((m) => !start.includes(m)))!;
    const at = await positions(page, [node]);
    const box = await page.locator("#graph").boundingBox();
    await page.mouse.dblclick(box!.x + at.points[0]!.x, box!.y + at.points[0]!.y);
    await settle(page);
    const expanded = await drawnNodes(page);
    expect(expanded).toEqual(expect.arrayContaining(graph.neighbors(node)));
    expect(expanded.length).toBeGreaterThan(start.length);

    // Expand in the details of a neighbour with hidden neighbours of its own.
    const next = graph.neighbors(node).find((n) => graph.neighbors(n).some((m) => !expanded.includes(m)))!;
    await page.evaluate((key) => (window as unknown as { explorer: { select(s: object): void } }).explorer.select({ type: "node", key }), next);
    const hidden = graph.neighbors(next).filter((m) => !expanded.includes(m));
    expect(await page.locator("#btn-expand").textContent()).toContain(`${new Set(hidden).size} more`);
    await page.click("#btn-expand");
    await settle(page);
    const again = await drawnNodes(page);
    expect(again).toEqual(expect.arrayContaining(graph.neighbors(next)));
    await page.screenshot({ path: `${SHOTS}/large-expanded-1280.png` });

    // The article panel: only the articles the selection cites, not fifty texts.
    const cited = new Set([...graph.getNodeAttribute(next, "articles"), ...graph.getNodeAttribute(next, "evidence").map((e) => e.article)]);
    const shown = await page.locator("#article article:not([hidden])").evaluateAll((els) => els.map((e) => e.getAttribute("data-article")));
    expect(new Set(shown)).toEqual(cited);
    expect(cited.size).toBeLessThan(Object.keys(graph.getAttribute("articles") ?? {}).length);
    await page.close();
    expect(problems).toEqual([]);
  });

  it("the story on the large corpus shows one root's chains, not all of them", async () => {
    const chains = storyChains(graph);
    const page = await open();
    await page.click("#btn-story");
    await settle(page);
    const drawn = await drawnNodes(page);
    const root = chains[0]!.root;
    const rootChains = new Set(chains.filter((c) => c.root === root).flatMap((c) => [c.root, ...c.hops.map((h) => h.target)]));
    expect(drawn.filter((n) => !rootChains.has(n))).toEqual([]);
    expect(drawn).toContain(root);
    const labels = await drawnLabels(page);
    expect(overlapsOf(labels.boxes)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/large-story-1280.png` });
    await page.close();
    expect(problems).toEqual([]);
  });
});

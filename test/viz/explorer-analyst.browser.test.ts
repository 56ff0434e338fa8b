// Analyst tasks in the explorer on the whole corpus (data/), in Chromium, answered as the CLI answers
// them: the paths between two nodes (kg path --json), the figures table (every figure of the graph,
// each row opening its own quote) at 1280×800 and on a 390×844 phone, search over the article's words,
// figures and dates (kg find --content). Screenshots go to
// out/screenshots/ (gitignored), to be looked at.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { effectsOf } from "../../src/query/effects-of.ts";
import { findNodes } from "../../src/query/find-nodes.ts";
import type { GraphPath } from "../../src/query/graph-path.ts";
import { DEFAULT_EXPLORER_SETTINGS } from "../../viz/src/settings.ts";
import { landmarks } from "../../viz/src/landmarks.ts";
import { HAS_CHROMIUM, kg, SHOTS, useCorpusExplorer } from "./corpus-explorer.ts";


type Win = { explorer: { state: { selection: { type: string; key: string } | null }; sigma: { getNodeState(k: string): Record<string, boolean> } } };

describe.skipIf(!HAS_CHROMIUM)("explorer analyst tasks (whole corpus)", () => {
  const corpus = useCorpusExplorer();
  const { problems, show } = corpus;
  let graph: KnowledgeGraph;
  beforeAll(() => {
    graph = corpus.graph;
  });

  const selection = (page: Page) => page.evaluate(() => (window as unknown as Win).explorer.state.selection);

  async function inView(page: Page, container: string, element: string): Promise<boolean> {
    const [box, rect] = await Promise.all([page.locator(container).boundingBox(), page.locator(element).first().boundingBox()]);
    return Boolean(rect && box && rect.height > 0 && rect.y >= box.y && rect.y + rect.height <= box.y + box.height);
  }

  it("paths between two nodes are those of kg path (--all --max-length, and the shortest)", { timeout: 300_000 }, async () => {
    // Two pairs taken from the corpus by the core, not pinned: the ruling and its farthest effect, and
    // the best matches for "japan" and "korea".
    const ruling = findNodes(graph, "supreme court ruling 2018")[0]?.id ?? "";
    const far = effectsOf(graph, ruling).sort((a, b) => b.depth - a.depth || a.node.localeCompare(b.node))[0]?.node ?? "";
    const pairs: Array<[string, string]> = [[ruling, far], [findNodes(graph, "japan")[0]?.id ?? "", findNodes(graph, "korea")[0]?.id ?? ""]];
    const { pathMaxDepth, pathLimit } = DEFAULT_EXPLORER_SETTINGS;
    // The CLI runs side by side (each builds the corpus), then the page is asked pair by pair.
    const answers = await Promise.all(pairs.map(([from, to]) => Promise.all([kg("path", from, to, "--all", "--max-length", String(pathMaxDepth)), kg("path", from, to)])));
    for (const [i, [from, to]] of pairs.entries()) {
      expect(graph.hasNode(from) && graph.hasNode(to) && from !== to).toBe(true);
      const [all, shortest] = answers[i] as [GraphPath[], GraphPath | null];
      expect(all.length).toBeGreaterThan(0);
      const page = await show(`&from=${from}&to=${to}`);
      const shown = await page.locator("#paths [data-path]").evaluateAll((boxes) =>
        boxes.map((b) => ({ nodes: (b.getAttribute("data-nodes") ?? "").split(" "), claims: [...b.querySelectorAll("[data-claim]")].map((h) => h.getAttribute("data-claim")) })));
      expect(shown).toEqual(all.slice(0, pathLimit).map((p) => ({ nodes: p.nodes, claims: p.hops.map((h) => h.claim) })));
      expect(shown[0]?.claims.length).toBe(shortest?.hops.length);
      // Every hop's quote is on the page.
      expect(await page.textContent("#paths")).toContain(all[0]?.hops[0]?.quotes[0] ?? "∅");
      await page.screenshot({ path: `${SHOTS}/paths-${from}-1280x800.png` });
      }
  });

  it("on a 390×844 phone the paths panel fits the screen's width and scrolls in its own box", async () => {
    const ruling = findNodes(graph, "supreme court ruling 2018")[0]?.id ?? "";
    const far = effectsOf(graph, ruling).sort((a, b) => b.depth - a.depth || a.node.localeCompare(b.node))[0]?.node ?? "";
    const page = await show(`&from=${ruling}&to=${far}`, { width: 390, height: 844 });
    await page.click("#tab-details");
    const paths = page.locator("#paths");
    await paths.scrollIntoViewIfNeeded();
    const box = await paths.evaluate((el) => {
      const r = el.getBoundingClientRect();
      // Anything wider than the panel (a long hop, a quote) would be cut off at its right edge.
      const widest = Math.max(...[...el.querySelectorAll("*")].map((c) => c.getBoundingClientRect().right));
      return { left: r.left, right: r.right, height: r.height, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, widest };
    });
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(390);
    expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
    expect(box.widest).toBeLessThanOrEqual(box.right);
    expect(box.height).toBeLessThanOrEqual(0.4 * 844 + 1);
    // Its last hop is reached by scrolling the box, and its button works there.
    const last = page.locator("#paths .hop button").last();
    await last.scrollIntoViewIfNeeded();
    expect(await last.isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/paths-390x844.png` });
    await last.click();
    expect((await selection(page))?.type).toBe("edge");
  });

  const figureRows = () => {
    const rows: Array<{ node: string; index: number; id: string; quote: string }> = [];
    graph.forEachNode((node, a) => (a.figures ?? []).forEach((f, index) => rows.push({ node, index, id: f.id, quote: f.evidence[0]?.quote ?? f.text })));
    return rows;
  };

  it("the figures table lists every figure; a row selects its node and scrolls to that figure's quote (1280×800)", async () => {
    const rows = figureRows();
    expect(rows.length).toBeGreaterThan(0);
    const page = await show();
    expect(await page.locator("#figures li[data-figure]").evaluateAll((trs) => trs.map((t) => t.getAttribute("data-figure")))).toEqual(rows.map((r) => r.id));
    // A figure whose quote is not its node's first evidence: the row must scroll to the figure's own words.
    const row = rows.find((r) => r.quote !== graph.getNodeAttribute(r.node, "evidence")[0]?.quote) ?? rows[rows.length - 1]!;
    const tr = page.locator(`#figures li[data-figure="${row.id}"]`);
    const value = graph.getNodeAttribute(row.node, "figures")[row.index]!;
    expect(await tr.textContent()).toContain(value.unit);
    expect(await tr.textContent()).toContain(row.quote);
    await tr.locator("button").click();
    expect(await selection(page)).toEqual({ type: "node", key: row.node });
    await expect.poll(() => page.locator("#article mark.current").count()).toBeGreaterThan(0);
    expect(row.quote).toContain((await page.locator("#article mark.current").allTextContents()).join("").trim().slice(0, 20));
    expect(await inView(page, "#article", "#article mark.current")).toBe(true);
    expect(await tr.getAttribute("class")).toContain("selected");
    await page.screenshot({ path: `${SHOTS}/figures-1280x800.png` });
  });

  it("on a 390×844 phone the figures are a tab; a row opens the article at its quote", async () => {
    const rows = figureRows();
    const row = rows[Math.floor(rows.length / 2)]!;
    const page = await show("", { width: 390, height: 844 });
    expect(await page.locator("#figures").isVisible()).toBe(false);
    await page.locator("#tab-figures").click();
    expect(await page.locator("#figures").isVisible()).toBe(true);
    expect(await page.locator("#filters").isVisible()).toBe(false);
    await page.screenshot({ path: `${SHOTS}/figures-tab-390x844.png` });
    await page.locator(`#figures li[data-figure="${row.id}"] button`).click();
    expect(await selection(page)).toEqual({ type: "node", key: row.node });
    expect(await page.locator("#tab-article").getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => page.locator("#article mark.current").count()).toBeGreaterThan(0);
    expect(await inView(page, "#reader", "#article mark.current")).toBe(true);
    await page.screenshot({ path: `${SHOTS}/figures-quote-390x844.png` });
  });

  it("search finds nodes by the article's words, figures and dates, as kg find --content does", { timeout: 300_000 }, async () => {
    // Queries taken from the corpus, not pinned: a figure as written, a date as written, and words a node quotes.
    const figureNode = graph.findNode((_n, a) => (a.figures ?? []).some((f) => f.evidence.length > 0)) ?? "";
    const figure = graph.getNodeAttribute(figureNode, "figures").find((f) => f.evidence.length > 0)!;
    const datedNode = graph.findNode((_n, a) => a.date !== undefined && a.date.text.length > 4) ?? "";
    const quoteNode = graph.findNode((_n, a) => a.evidence.some((e) => e.quote.split(" ").length >= 6 && !a.label.includes(e.quote))) ?? "";
    const quote = graph.getNodeAttribute(quoteNode, "evidence").find((e) => e.quote.split(" ").length >= 6)!;
    const words = quote.quote.split(" ").slice(1, 5).join(" ");
    const queries: Array<[string, string]> = [[figure.text, figureNode], [graph.getNodeAttribute(datedNode, "date")!.text, datedNode], [words, quoteNode]];
    const answers = await Promise.all(queries.map(([query]) => kg("find", query, "-n", String(DEFAULT_EXPLORER_SETTINGS.searchLimit), "--content")));
    const page = await show();
    for (const [i, [query, node]] of queries.entries()) {
      const cli = answers[i] as Array<{ id: string }>;
      await page.fill("#search-input", "");
      await page.fill("#search-input", query);
      await expect.poll(() => page.locator("#search-results li").count()).toBeGreaterThan(0);
      const found = await page.locator("#search-results li").evaluateAll((items) => items.map((li) => li.getAttribute("data-node")));
      expect(found).toEqual(findNodes(graph, query, { limit: DEFAULT_EXPLORER_SETTINGS.searchLimit, content: true }).map((m) => m.id));
      expect(found).toEqual(cli.map((m) => m.id));
      expect(found).toContain(node);
    }
    // Choosing the node found by its words selects it and shows those words in the article.
    await page.locator(`#search-results li[data-node="${quoteNode}"]`).dispatchEvent("mousedown");
    expect(await selection(page)).toEqual({ type: "node", key: quoteNode });
    await expect.poll(() => page.locator("#article mark.current").count()).toBeGreaterThan(0);
    expect(quote.quote).toContain((await page.locator("#article mark.current").allTextContents()).join("").trim().slice(0, 15));
    expect(await inView(page, "#article", "#article mark.current")).toBe(true);
    await page.fill("#search-input", words);
    await page.screenshot({ path: `${SHOTS}/search-quote-1280x800.png` });
  });

  it("root causes and each article's main subjects carry the landmark state (labelled at rest), 1280×800 and 390×844", async () => {
    const { roots, subjects } = landmarks(graph, { roots: DEFAULT_EXPLORER_SETTINGS.landmarkRoots, subjectsPerArticle: DEFAULT_EXPLORER_SETTINGS.landmarkSubjectsPerArticle });
    expect(roots.length).toBeGreaterThan(0);
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const page = await show("", viewport);
      const marked = await page.evaluate((nodes) => nodes.filter((n) => (window as unknown as Win).explorer.sigma.getNodeState(n).landmark), graph.nodes());
      expect(marked.sort()).toEqual([...new Set([...roots, ...subjects])].sort());
      await page.screenshot({ path: `${SHOTS}/landmarks-${viewport.width}x${viewport.height}.png` });
      }
  });

  it("logged no page errors or console errors", () => {
    expect(problems).toEqual([]);
  });
});

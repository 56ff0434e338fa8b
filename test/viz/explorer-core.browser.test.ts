// The explorer on the whole corpus (data/), in Chromium, asked the questions the CLI answers, with the
// answers compared to the core's (src/query): combined filters, search, causes and effects, the time
// window. Also the narrow layout (390×844 and resizing) and the text → graph direction (a chooser
// where spans overlap, the clicked words kept in view, the n-th quote). Screenshots go to
// out/screenshots/ (gitignored), to be looked at.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { causesOf } from "../../src/query/causes-of.ts";
import { effectsOf } from "../../src/query/effects-of.ts";
import { filterGraph } from "../../src/query/filter-graph.ts";
import { findNodes } from "../../src/query/find-nodes.ts";
import { settled, visit } from "./chromium.ts";
import { HAS_CHROMIUM, kg, SHOTS, useCorpusExplorer } from "./corpus-explorer.ts";


type Win = {
  explorer: {
    graph: { nodes(): string[] };
    sigma: {
      getNodeState(k: string): Record<string, boolean>;
      getDimensions(): { width: number; height: number };
    };
  };
};

describe.skipIf(!HAS_CHROMIUM)("explorer and core agree (whole corpus)", () => {
  const corpus = useCorpusExplorer();
  const { problems, open, show } = corpus;
  let graph: KnowledgeGraph;
  beforeAll(() => {
    graph = corpus.graph;
  });

  /** The nodes sigma draws (not hidden by a state). */
  const drawnNodes = (page: Page) =>
    page.evaluate(() => {
      const { explorer } = window as unknown as Win;
      return explorer.graph.nodes().filter((n) => !explorer.sigma.getNodeState(n).isHidden).sort();
    });

  const setWindow = (page: Page, from: number, to: number) =>
    page.evaluate(([a, b]) => {
      for (const [id, v] of [["time-from", a], ["time-to", b]] as const) {
        const input = document.getElementById(id) as HTMLInputElement;
        input.value = String(v);
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }, [from, to]);

  /** Clicks the first phrase quoting `owner` and, when a chooser opens, picks `owner` in it. */
  async function clickPhrase(page: Page, owner: string, scope = "#article"): Promise<void> {
    const mark = page.locator(`${scope} mark[data-owners~="${owner}"]`).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    const chooser = page.locator("#article .chooser");
    if (await chooser.count()) await chooser.locator(`button[data-owner="${owner}"]`).click();
  }

  const articleIds = () => Object.keys(graph.getAttribute("articles") ?? {}).sort();
  const kindsOf = () => [...new Set(graph.mapNodes((_n, a) => a.kind))];

  it("several filter changes add up: graph, status, checkboxes and URL say what filterGraph says", async () => {
    const page = await show();
    const hiddenArticle = articleIds()[0] ?? "";
    await page.locator('fieldset[data-filter="kind"] input[value="Person"]').uncheck();
    await page.locator('fieldset[data-filter="kind"] input[value="Organization"]').uncheck();
    await page.locator('fieldset[data-filter="modality"] input[value="potential"]').uncheck();
    await page.locator('fieldset[data-filter="modality"] input[value="expected"]').uncheck();
    await page.locator(`fieldset[data-filter="article"] input[value="${hiddenArticle}"]`).uncheck();
    await setWindow(page, 2019, 2023);

    const modalities = [...new Set([...graph.mapNodes((_n, a) => a.modality), ...graph.mapEdges((_e, a) => a.modality)].filter((m) => !!m))];
    const core = filterGraph(graph, {
      kinds: kindsOf().filter((k) => k !== "Person" && k !== "Organization"),
      modalities: modalities.filter((m) => m !== "potential" && m !== "expected") as never,
      articles: articleIds().filter((id) => id !== hiddenArticle),
      from: "2019",
      to: "2023",
    });
    expect(core.order).toBeLessThan(graph.order - 20);
    expect(await drawnNodes(page)).toEqual(core.nodes().sort());
    expect(await page.textContent("#status")).toMatch(new RegExp(`^${core.order} of ${graph.order} nodes · ${core.size} of ${graph.size} claims · `));
    const url = new URL(page.url());
    expect(url.searchParams.get("hideKinds")).toBe("Organization,Person");
    expect(url.searchParams.get("hideModalities")).toBe("expected,potential");
    expect(url.searchParams.get("hideArticles")).toBe(hiddenArticle);
    expect(url.searchParams.get("time")).toBe("2019-2023");
    expect(await page.locator('fieldset[data-filter="kind"] input[value="Person"]').isChecked()).toBe(false);
    expect(await page.locator('fieldset[data-filter="kind"] input[value="Event"]').isChecked()).toBe(true);

    // The shared URL reopens the same view: the same nodes, the same boxes unticked.
    const again = await open(url.search.replace("?graph=corpus.json", ""));
    expect(await drawnNodes(again)).toEqual(core.nodes().sort());
    for (const [filter, value, checked] of [["kind", "Person", false], ["kind", "Organization", false], ["modality", "expected", false], ["modality", "happened", true], ["article", hiddenArticle, false]] as const) {
      expect(await again.locator(`fieldset[data-filter="${filter}"] input[value="${value}"]`).isChecked()).toBe(checked);
    }
    expect(await again.inputValue("#time-from")).toBe("2019");
    // Re-ticking one box keeps the others: only Organization comes back among the kinds.
    await again.locator('fieldset[data-filter="kind"] input[value="Organization"]').check();
    expect(new URL(again.url()).searchParams.get("hideKinds")).toBe("Person");
    expect(new URL(again.url()).searchParams.get("hideModalities")).toBe("expected,potential");
    await again.close();
  });

  it("'planned only' shows what filterGraph keeps for modality planned", async () => {
    const page = await show();
    const boxes = page.locator('fieldset[data-filter="modality"] input');
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i);
      if ((await box.getAttribute("value")) !== "planned") await box.uncheck();
    }
    const core = filterGraph(graph, { modalities: ["planned"] });
    expect(await drawnNodes(page)).toEqual(core.nodes().sort());
    expect(await page.textContent("#status")).toMatch(new RegExp(`^${core.order} of ${graph.order} nodes`));
  });

  // Three CLI runs (each builds the corpus) beside the browser: a loaded machine needs more than the default minute.
  it("search, causes, effects and the time window answer as the core (kg find / causes / effects / timeline)", { timeout: 300_000 }, async () => {
    const cli = Promise.all([kg("find", "kyung ho", "-n", "8", "--content"), kg("effects", "supreme-court-ruling-2018"), kg("timeline", "--from", "2018", "--to", "2019")]);
    // A rejection is awaited below; until then it must not count as unhandled.
    cli.catch(() => undefined);
    const page = await show();
    await page.fill("#search-input", "kyung ho");
    await expect.poll(() => page.locator("#search-results li").count()).toBeGreaterThan(0);
    const found = await page.locator("#search-results li").evaluateAll((items) => items.map((li) => li.getAttribute("data-node")));
    expect(found).toEqual(findNodes(graph, "kyung ho", { limit: 8, content: true }).map((m) => m.id));
    expect(found).toContain("choo-kyung-ho");
    // …and as the CLI itself prints it (the box searches content too: kg find --content).
    const [cliFind, cliEffects, cliTimeline] = await cli;
    expect(found).toEqual((cliFind as Array<{ id: string }>).map((m) => m.id));

    // Effects of the 2018 ruling: what kg effects lists, and not the prevented extension of GSOMIA.
    await visit(page, corpus.url("&node=supreme-court-ruling-2018"));
    const effects = await page.locator('#details [data-chain="effects"] button[data-node]').evaluateAll((b) => b.map((x) => x.getAttribute("data-node")));
    expect(effects).toEqual(effectsOf(graph, "supreme-court-ruling-2018").map((l) => l.node));
    expect(effects).toContain("gsomia-non-extension-decision");
    expect(effects).not.toContain("gsomia-extension");
    expect(await page.textContent("#details")).not.toContain("Extension of GSOMIA");
    expect(effects).toEqual((cliEffects as { effects: Array<{ node: string }> }).effects.map((l) => l.node));

    await visit(page, corpus.url("&node=gsomia-non-extension-decision"));
    const causes = await page.locator('#details [data-chain="causes"] button[data-node]').evaluateAll((b) => b.map((x) => x.getAttribute("data-node")));
    expect(causes).toEqual(causesOf(graph, "gsomia-non-extension-decision").map((l) => l.node));
    expect(causes.length).toBeGreaterThan(0);

    // A 2018–2019 window keeps what the core's window keeps, and not "by 2042".
    await setWindow(page, 2018, 2019);
    const core = filterGraph(graph, { from: "2018", to: "2019" });
    expect(await drawnNodes(page)).toEqual(core.nodes().sort());
    // Whichever node the seed dates "by <year after 2019>" (the annotation moves: found, not pinned).
    const byLater = graph.findNode((_n, a) => a.date?.qualifier === "by" && Number(a.date.value?.slice(0, 4)) > 2019) ?? "";
    expect(graph.hasNode(byLater)).toBe(true);
    expect(core.hasNode(byLater)).toBe(false);
    expect(await drawnNodes(page)).not.toContain(byLater);
    // The dated ones among them are what `kg timeline --from 2018 --to 2019` lists (undated nodes stay in the view).
    const timed = (cliTimeline as Array<{ node: string }>).map((e) => e.node).sort();
    const placed = (await drawnNodes(page)).filter((n) => {
      const date = graph.getNodeAttribute(n, "date");
      return !!(date && (date.value ?? date.earliest ?? date.latest));
    });
    expect(placed).toEqual(timed);
  });

  it("text → graph: overlapping phrases offer a chooser, every item with evidence is reachable, the phrase stays in view", async () => {
    const page = await show();
    // Every item with evidence in an article's text has words that offer it.
    const offered = new Set(await page.locator("#article mark").evaluateAll((marks) => marks.flatMap((m) => (m.getAttribute("data-owners") ?? "").split(" "))));
    const missing: string[] = [];
    graph.forEachNode((n, a) => {
      if (a.evidence.length && !offered.has(`n:${n}`)) missing.push(n);
    });
    graph.forEachEdge((e, a) => {
      if (a.evidence.length && !offered.has(`e:${e}`)) missing.push(e);
    });
    expect(missing).toEqual([]);

    // "Korea retaliated": the words several items quote; the chooser offers Korea's retaliation.
    const seed = 'article[data-article="joongang-2023-03-24-korea-japan-supply-chain"]';
    const phrase = page.locator(`${seed} mark[data-owners~="n:korea-retaliation"]`).filter({ hasText: "retaliated" }).first();
    await phrase.scrollIntoViewIfNeeded();
    await phrase.click();
    const chooser = page.locator("#article .chooser");
    expect(await chooser.locator("button").count()).toBeGreaterThan(1);
    await page.screenshot({ path: `${SHOTS}/chooser-1280x800.png` });
    await chooser.locator('button[data-owner="n:korea-retaliation"]').click();
    await expect.poll(() => page.textContent("#details h2")).toBe("Korea's retaliation");
    const inView = async () => {
      const [box, rect] = await Promise.all([page.locator("#article").boundingBox(), phrase.boundingBox()]);
      return !!box && !!rect && rect.y >= box.y && rect.y + rect.height <= box.y + box.height;
    };
    expect(await inView()).toBe(true);

    // Items that are never the first (shortest) owner of any of their words were unreachable before.
    const hidden = await page.locator("#article mark").evaluateAll((marks) => {
      const first = new Set(marks.map((m) => m.getAttribute("data-owner")));
      const all = new Set(marks.flatMap((m) => (m.getAttribute("data-owners") ?? "").split(" ")));
      return [...all].filter((o) => !first.has(o)).sort();
    });
    expect(hidden.length).toBeGreaterThan(0);
    for (const owner of hidden.slice(0, 4)) {
      await clickPhrase(page, owner);
      const key = owner.slice(2);
      await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.toString())).toContain(`${owner.startsWith("n:") ? "node" : "edge"}=${encodeURIComponent(key)}`);
    }
  });

  it("a quote in the details scrolls the article to that very quote", async () => {
    const page = await show("&node=yongin-semiconductor-cluster");
    const quotes = graph.getNodeAttribute("yongin-semiconductor-cluster", "evidence");
    expect(quotes.length).toBeGreaterThan(1);
    for (const index of [1, 0]) {
      await page.locator(`#details blockquote[data-quote="${index}"]`).click();
      const current = page.locator("#article mark.current");
      await expect.poll(() => current.count()).toBeGreaterThan(0);
      const text = (await current.allTextContents()).join("");
      expect(quotes[index]?.quote).toContain(text.trim());
      const [box, rect] = await Promise.all([page.locator("#article").boundingBox(), current.first().boundingBox()]);
      expect(rect && box && rect.y >= box.y && rect.y + rect.height <= box.y + box.height).toBe(true);
    }
    await page.screenshot({ path: `${SHOTS}/second-quote-1280x800.png` });
  });

  it("on a 390×844 phone the graph comes first with space, panels are tabs, and resizing throws nothing", async () => {
    const page = await show("", { width: 390, height: 844 });
    const box = await page.locator("#graph").boundingBox();
    expect(box?.width).toBeGreaterThan(370);
    expect(box?.height).toBeGreaterThan(300);
    const dims = await page.evaluate(() => (window as unknown as Win).explorer.sigma.getDimensions());
    expect(dims.width).toBeGreaterThan(370);
    expect(await page.locator("[role=tab]").first().isVisible()).toBe(true);
    expect(await page.textContent("#status")).toMatch(/^\d+ of \d+ nodes/);
    await page.screenshot({ path: `${SHOTS}/phone-rest-390x844.png` });

    // The article tab; a phrase selects its item, which the details tab then shows.
    await page.click("#tab-article");
    expect(await page.locator("#article").isVisible()).toBe(true);
    expect(await page.locator("#details").isVisible()).toBe(false);
    await clickPhrase(page, "n:korea-retaliation");
    await page.screenshot({ path: `${SHOTS}/phone-article-390x844.png` });
    await page.click("#tab-details");
    expect(await page.textContent("#details h2")).toBe("Korea's retaliation");
    await page.screenshot({ path: `${SHOTS}/phone-details-390x844.png` });
    await page.click("#tab-filters");
    expect(await page.locator('fieldset[data-filter="kind"]').isVisible()).toBe(true);

    for (const [width, height] of [[1280, 800], [700, 800], [390, 844], [320, 560], [1440, 900], [600, 400], [390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      const stage = await page.locator("#graph").boundingBox();
      expect(stage?.width).toBeGreaterThan(100);
      expect(stage?.height).toBeGreaterThan(150);
      const drawn = await page.evaluate(() => (window as unknown as Win).explorer.sigma.getDimensions());
      expect(Math.abs(drawn.width - (stage?.width ?? 0))).toBeLessThanOrEqual(1);
    }
  });

  it("at 1280×800 every panel shows beside the graph", async () => {
    const page = await show("&node=supreme-court-ruling-2018");
    await settled(page);
    expect(await page.locator("[role=tab]").first().isVisible()).toBe(false);
    for (const id of ["#graph", "#details", "#article", "#filters"]) expect(await page.locator(id).isVisible()).toBe(true);
    expect((await page.locator("#graph").boundingBox())?.width).toBeGreaterThan(500);
    // The legend is on screen without scrolling and names the causal relations the corpus uses.
    const legend = await page.locator("#legend .legend-box").boundingBox();
    expect(legend && legend.y >= 0 && legend.y + legend.height <= 800).toBe(true);
    // …and hides no node: it is off the canvas (it covered a third of it).
    const stage = (await page.locator("#graph").boundingBox())!;
    expect(legend!.x + legend!.width).toBeLessThanOrEqual(stage.x);
    for (const relation of ["causes", "enables", "prevents", "intendsToCause"]) {
      expect(await page.locator(`#legend [data-relation="${relation}"]`).count()).toBe(graph.someEdge((_e, a) => a.relation === relation) ? 1 : 0);
    }
    // Modality on the canvas: a planned claim is dashed, a happened one solid; relations differ in head and colour.
    const pick = (test: (a: { modality: string; relation: string }) => boolean) => graph.findEdge((_e, a) => test(a)) ?? "";
    const shown = await page.evaluate((keys) => {
      const { sigma } = (window as unknown as { explorer: { sigma: { getEdgeDisplayData(k: string): Record<string, unknown> } } }).explorer;
      return keys.map((k) => sigma.getEdgeDisplayData(k));
    }, [pick((a) => a.modality === "planned"), pick((a) => a.modality === "happened" && a.relation === "causes"), pick((a) => a.relation === "prevents"), pick((a) => a.relation === "enables"), graph.findEdge((_e, a) => a.confidence <= 0.6 && !a.drafted) ?? ""]);
    expect(shown[0]?.dashSize).toBeGreaterThan(0);
    expect(shown[1]?.dashSize ?? 0).toBe(0);
    expect(new Set(shown.slice(1, 4).map((d) => d.head)).size).toBe(3);
    expect(new Set(shown.slice(1, 4).map((d) => d.color)).size).toBe(3);
    // A hedged claim (confidence ≤ 0.6) is drawn fainter than a plain one.
    expect(shown[4]?.opacity).toBeLessThan(0.5);
    // A planned node is filled pale, a happened one of the same kind in its kind's colour.
    const planned = graph.findNode((_n, a) => a.kind === "Event" && a.modality === "planned");
    const happened = graph.findNode((_n, a) => a.kind === "Event" && a.modality === "happened");
    const colors = await page.evaluate((keys) => {
      const { sigma } = (window as unknown as { explorer: { sigma: { getNodeDisplayData(k: string): { color: string } } } }).explorer;
      return keys.map((k) => sigma.getNodeDisplayData(k).color);
    }, [planned ?? "", happened ?? ""]);
    expect(colors[0]).not.toBe(colors[1]);
    await page.screenshot({ path: `${SHOTS}/ruling-1280x800.png` });
  });

  it("logged no page errors or console errors", () => {
    expect(problems).toEqual([]);
  });
});

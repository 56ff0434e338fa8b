// The picture downloads (viz/src/export-image.ts) and the labels' room, in Chromium on the whole corpus
// (data/): a PNG at the chosen scale and an SVG of the same view, with the title, the legend of what is
// visible and the source line, at 390×844 and 1280×800; the RDF download beside them; no drawn label under
// the legend or over another node's centre. Screenshots (the page, the PNG, the SVG rendered) in
// out/screenshots/, looked at.
import { readFileSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { findNodes } from "../../src/query/find-nodes.ts";
import { landmarks } from "../../viz/src/landmarks.ts";
import { STAGE_BACKGROUND } from "../../viz/src/palette.ts";
import { DEFAULT_EXPLORER_SETTINGS } from "../../viz/src/settings.ts";
import { expectNoAxeViolations } from "./axe.ts";
import { settled } from "./chromium.ts";
import { HAS_CHROMIUM, SHOTS, useCorpusExplorer } from "./corpus-explorer.ts";
import { coveredCentres, drawnView, nodesUnderLegend, underLegend } from "./label-boxes.ts";

type Win = { explorer: { visible(): { nodes: Set<string>; edges: Set<string> }; state: { selection: { key: string } | null } } };

/** Until the camera rests and the labels are placed for it (chromium.ts). */
const settle = settled;

/** The share of the graph stage's pixels that differ from the stage background, as a screenshot shows them. */
async function inkedShare(page: Page): Promise<number> {
  const png = (await page.locator("#graph").screenshot()).toString("base64");
  return page.evaluate(async ({ data, background }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16));
    let inked = 0;
    for (let i = 0; i < pixels.length; i += 4) if (Math.abs(pixels[i]! - r!) + Math.abs(pixels[i + 1]! - g!) + Math.abs(pixels[i + 2]! - b!) > 24) inked++;
    return inked / (pixels.length / 4);
  }, { data: png, background: STAGE_BACKGROUND });
}

async function downloadFrom(page: Page, button: string): Promise<Buffer> {
  if (!(await page.locator(".download .menu").isVisible())) await page.click(".download summary");
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  return readFileSync((await file.path()) ?? "");
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe.skipIf(!HAS_CHROMIUM)("picture downloads and label room (whole corpus)", () => {
  const corpus = useCorpusExplorer();

  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    it(`downloads the view as PNG at the chosen scale, as SVG and as Turtle (${viewport.width}×${viewport.height})`, { timeout: 180_000 }, async () => {
      const graph = corpus.graph;
      const ruling = findNodes(graph, "supreme court ruling 2018")[0]?.id ?? "";
      const page = await corpus.show(`&node=${encodeURIComponent(ruling)}`, viewport);
      await settle(page);
      await page.click(".download summary");
      await page.selectOption("#dl-scale", "4");
      await page.screenshot({ path: `${SHOTS}/downloads-menu-${viewport.width}x${viewport.height}.png` });
      await expectNoAxeViolations(page, `download menu open ${viewport.width}`);

      const svgText = (await downloadFrom(page, "#dl-svg")).toString("utf8");
      const png4 = await downloadFrom(page, "#dl-png");
      await page.click(".download summary");
      await page.selectOption("#dl-scale", "1");
      const png1 = await downloadFrom(page, "#dl-png");
      writeFileSync(`${SHOTS}/picture-${viewport.width}x${viewport.height}.png`, png4);
      writeFileSync(`${SHOTS}/picture-${viewport.width}x${viewport.height}.svg`, svgText);
      expect(png4.subarray(1, 4).toString()).toBe("PNG");

      const facts = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        const svg = doc.documentElement;
        const stage = document.getElementById("graph")!.getBoundingClientRect();
        const explorer = (window as unknown as Win).explorer;
        const visible = explorer.visible();
        return {
          error: doc.querySelector("parsererror")?.textContent ?? null,
          root: svg.localName,
          width: Number(svg.getAttribute("width")),
          height: Number(svg.getAttribute("height")),
          stageWidth: Math.round(stage.width),
          nodes: [...svg.querySelectorAll("[data-node]")].map((e) => e.getAttribute("data-node")).sort(),
          edges: svg.querySelectorAll("[data-edge]").length,
          visibleNodes: [...visible.nodes].sort(),
          visibleEdges: visible.edges.size,
          title: svg.querySelector(".picture-title")?.textContent ?? "",
          legend: [...svg.querySelectorAll(".legend text")].map((t) => t.textContent ?? ""),
          source: svg.querySelector(".picture-source")?.textContent ?? "",
          labels: [...svg.querySelectorAll(".node-label")].map((t) => t.textContent ?? ""),
          page: document.getElementById("title")?.textContent ?? "",
        };
      }, svgText);
      expect(facts.error).toBeNull();
      expect(facts.root).toBe("svg");
      expect(facts.width).toBe(facts.stageWidth);
      expect(facts.nodes).toEqual(facts.visibleNodes);
      expect(facts.nodes.length).toBeGreaterThan(10);
      expect(facts.edges).toBeGreaterThan(0);
      expect(facts.edges).toBeLessThanOrEqual(facts.visibleEdges);
      expect(facts.title).toBe(facts.page);
      // The legend names what is shown: the selected node's kind, a causal relation, a modality.
      expect(facts.legend).toEqual(expect.arrayContaining(["Kinds:", "Relations:", "Modality:", graph.getNodeAttribute(ruling, "kind"), "causes", "happened"]));
      const articles = Object.values(graph.getAttribute("articles"));
      expect(facts.source).toContain("made with news-kg");
      expect(facts.source).toContain(articles[0]!.publisher);
      expect(facts.labels).toContain(graph.getNodeAttribute(ruling, "label"));
      // The PNG is the chosen multiple of the picture's size.
      expect(pngSize(png4)).toEqual({ width: facts.width * 4, height: facts.height * 4 });
      expect(pngSize(png1)).toEqual({ width: facts.width, height: facts.height });

      const ttl = (await downloadFrom(page, "#dl-ttl")).toString("utf8");
      expect(ttl).toContain("@prefix");

      // The SVG as a browser draws it, to be looked at.
      const view = await (page.context().browser()!).newPage({ viewport: { width: facts.width, height: facts.height } });
      await view.setContent(svgText);
      // Each section title ends before its first item, with room between ("Relations:" once ran into it).
      const gaps = await view.evaluate(() => [...document.querySelectorAll<SVGTextElement>(".legend .legend-section")].map((title) => {
        const item = title.nextElementSibling as SVGGElement | null;
        const box = title.getBBox();
        return { title: title.textContent, gap: (item?.getBBox() ? item.getCTM()!.e - (title.getCTM()!.e + box.x + box.width) : -1) };
      }));
      expect(gaps.length).toBeGreaterThan(1);
      for (const { title, gap } of gaps) expect(gap, `${title} to its first item`).toBeGreaterThanOrEqual(4);
      await view.screenshot({ path: `${SHOTS}/picture-svg-${viewport.width}x${viewport.height}.png` });
      await view.close();
      expect(corpus.problems).toEqual([]);
    });

    it(`no drawn label lies under the legend or over another node's centre, at rest (${viewport.width}×${viewport.height})`, async () => {
      const page = await corpus.show("", viewport);
      await settle(page);
      const drawn = await drawnView(page);
      await page.screenshot({ path: `${SHOTS}/label-room-rest-${viewport.width}x${viewport.height}.png` });
      expect(drawn.boxes.length).toBeGreaterThan(1);
      expect(drawn.legend).not.toBeNull();
      expect(underLegend(drawn)).toEqual([]);
      // The root causes keep their label wherever they are (the story starts there); no other label covers a node.
      const { roots } = landmarks(corpus.graph, { roots: DEFAULT_EXPLORER_SETTINGS.landmarkRoots, subjectsPerArticle: 0 });
      expect(coveredCentres(drawn, new Set(roots))).toEqual([]);
      // Unfolding the legend on a phone takes room above the canvas: it covers no node and no label, and the
      // canvas keeps its size (the view stays as it was).
      if (viewport.width < 600) {
        const before = await page.locator("#graph").boundingBox();
        await page.click("#legend summary");
        await settle(page);
        const open = await drawnView(page);
        expect(open.legend).not.toBeNull();
        expect(open.centres.length).toBeGreaterThan(1);
        expect(nodesUnderLegend(open)).toEqual([]);
        // and the moved canvas is drawn, not left blank (sigma's resize clears it)
        expect(await inkedShare(page)).toBeGreaterThan(0.05);
        expect(underLegend(open)).toEqual([]);
        // (within the stage's 1 px border, which the folded canvas sits inside)
        expect(Math.abs(((await page.locator("#graph").boundingBox())?.height ?? 0) - (before?.height ?? NaN))).toBeLessThanOrEqual(1);
        await page.screenshot({ path: `${SHOTS}/label-room-legend-open-${viewport.width}x${viewport.height}.png` });
        // Folded again for the tests after this one on the same page.
        await page.click("#legend summary");
        await settle(page);
      }
      expect(corpus.problems).toEqual([]);
    });
  }

  it("stepping the story keeps labels out of the legend, and only the selection may cover a node (1280×800)", async () => {
    const page = await corpus.show();
    await page.click("#btn-story");
    await page.click("#story-next");
    await settle(page);
    const drawn = await drawnView(page);
    await page.screenshot({ path: `${SHOTS}/label-room-story-1280x800.png` });
    expect(underLegend(drawn)).toEqual([]);
    const selected = await page.evaluate(() => (window as unknown as Win).explorer.state.selection?.key ?? "");
    const { roots } = landmarks(corpus.graph, { roots: DEFAULT_EXPLORER_SETTINGS.landmarkRoots, subjectsPerArticle: 0 });
    const ends = new Set([...roots, ...(corpus.graph.hasEdge(selected) ? corpus.graph.extremities(selected) : [])]);
    expect(coveredCentres(drawn, ends)).toEqual([]);
    expect(corpus.problems).toEqual([]);
  });
});

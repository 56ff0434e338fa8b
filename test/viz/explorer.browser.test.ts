// The explorer in a real browser: Debian's Chromium via playwright-core, against the built app
// served on 127.0.0.1. Skips (with a message) only when chromium is not installed.
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchChromium, settled, visit } from "./chromium.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HAS_CHROMIUM = chromiumPath() !== null;
// In CI a missing browser is a failure, never a skip; on a developer's machine it is a warning.
if (!HAS_CHROMIUM && process.env.CI) throw new Error("chromium is not on PATH: CI must install it (apt-get install chromium)");
if (!HAS_CHROMIUM) console.warn("explorer browser test skipped: `chromium` is not on PATH (apt-get install chromium)");

const XSS = "<img src=x onerror=alert(1)>";

function fixtureJson(): string {
  return readFileSync(`${ROOT}test/fixtures/graph.json`, "utf8");
}

function xssJson(): string {
  const graph = JSON.parse(fixtureJson());
  const korea = graph.nodes.find((n: { key: string }) => n.key === "korea");
  korea.attributes.label = XSS;
  korea.attributes.aliases = [XSS];
  korea.attributes.evidence[0].quote = XSS;
  return JSON.stringify(graph);
}

describe.skipIf(!HAS_CHROMIUM)("explorer in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  const problems: string[] = [];

  /** A new page (another window size, or a real reload of a shared link). */
  async function fresh(query = "", viewport = { width: 1440, height: 900 }): Promise<Page> {
    const page = await browser.newPage({ viewport, acceptDownloads: true });
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("dialog", (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(server.url + query);
    await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 30000 });
    return page;
  }

  // One page for the tests that follow each other: each puts it on its view through the URL
  // (chromium.ts visit), since a page load costs seconds of software WebGL.
  let shared: Page | null = null;
  async function open(query = ""): Promise<Page> {
    if (!shared) shared = await fresh(query);
    else await visit(shared, server.url + query);
    return shared;
  }

  /** Clicks a node where sigma draws it. */
  async function clickNode(page: Page, node: string): Promise<void> {
    const point = await page.evaluate((key) => {
      const { sigma } = (window as unknown as { explorer: { sigma: { getNodeDisplayData(k: string): { x: number; y: number }; framedGraphToViewport(c: { x: number; y: number }): { x: number; y: number } } } }).explorer;
      const d = sigma.getNodeDisplayData(key);
      return sigma.framedGraphToViewport({ x: d.x, y: d.y });
    }, node);
    const box = await page.locator("#graph").boundingBox();
    if (!box) throw new Error("no graph box");
    await page.mouse.click(box.x + point.x, box.y + point.y);
  }

  const nodeState = (page: Page, node: string) =>
    page.evaluate((key) => (window as unknown as { explorer: { sigma: { getNodeState(k: string): Record<string, boolean> } } }).explorer.sigma.getNodeState(key), node);

  beforeAll(async () => {
    // dist/viz is built once for every browser test, by test/setup/build-explorer.ts.
    server = await serveStatic(`${ROOT}dist/viz`, { "/fixture.json": fixtureJson(), "/xss.json": xssJson() });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await shared?.close();
    await browser?.close();
    await server?.close();
  });

  it("renders the default graph (non-empty canvas) and saves a screenshot", async () => {
    const page = await open();
    await settled(page);
    // Before the download, which reports itself in the status line.
    expect(await page.textContent("#status")).toMatch(/^(\d+) of \1 nodes/);
    // Count the non-background pixels of the PNG export (the same path as "Download PNG").
    await page.click("summary");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#dl-png")]);
    const png = readFileSync((await download.path()) ?? "");
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const inked = await page.evaluate(async (b64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs((data[i] ?? 0) - 0xfb) + Math.abs((data[i + 1] ?? 0) - 0xfa) + Math.abs((data[i + 2] ?? 0) - 0xf7) > 60) count++;
      return count / (bitmap.width * bitmap.height);
    }, png.toString("base64"));
    expect(inked).toBeGreaterThan(0.005);
    mkdirSync(`${ROOT}artifacts`, { recursive: true });
    await page.screenshot({ path: `${ROOT}artifacts/explorer-default.png` });
    expect(await page.textContent("#status")).toMatch(/^Downloaded graph\.png \(\d+×\d+ px\)/);
  });

  it("search finds GSOMIA by label or alias and selects it", async () => {
    const page = await open("?graph=fixture.json");
    await page.fill("#search-input", "gsomia");
    const options = page.locator("#search-results li");
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    expect(await options.first().textContent()).toContain("GSOMIA");
    await page.keyboard.press("Enter");
    expect(await page.textContent("#details h2")).toBe("GSOMIA");
    expect(page.url()).toContain("node=gsomia");
  });

  it("clicking the 2018 ruling shows its evidence and highlights the chain to the GSOMIA decision", async () => {
    const page = await open("?graph=fixture.json");
    await clickNode(page, "ruling-2018");
    await expect.poll(() => page.textContent("#details h2")).toBe("Supreme Court forced-labour ruling");
    expect(await page.textContent("#details")).toContain("a Korean supreme court decision in late 2018");
    expect(await page.textContent("#details")).toContain("late 2018");
    expect((await nodeState(page, "gsomia-decision")).emphasized).toBe(true);
    expect((await nodeState(page, "export-curbs")).emphasized).toBe(true);
    expect((await nodeState(page, "cluster")).faded).toBe(true);
    expect(await page.locator("#article mark.active").count()).toBeGreaterThan(0);
    // The details panel lists the GSOMIA decision among the downstream effects.
    expect(await page.locator("#details ul.linklist").first().textContent()).toBeTruthy();
    expect(await page.textContent("#details")).toContain("Korea declines to extend GSOMIA");
    await settled(page);
    await page.screenshot({ path: `${ROOT}artifacts/explorer-ruling.png` });
  });

  it("clicking a text span selects its node", async () => {
    const page = await open("?graph=fixture.json");
    await page.locator('#article mark[data-owners~="n:yongin"]').first().click();
    // Words several items quote open a chooser; picking Yongin selects it.
    if (await page.locator("#article .chooser").count()) await page.click('#article .chooser button[data-owner="n:yongin"]');
    await expect.poll(() => page.textContent("#details h2")).toBe("Yongin, Gyeonggi");
    expect((await nodeState(page, "yongin")).selected).toBe(true);
  });

  it("filters and the time slider change what is visible; the URL reopens the view", async () => {
    const page = await open("?graph=fixture.json");
    expect((await nodeState(page, "choo")).isHidden).toBe(false);
    await page.locator('fieldset[data-filter="kind"] input[value="Person"]').uncheck();
    expect((await nodeState(page, "choo")).isHidden).toBe(true);
    expect(await page.textContent("#status")).toMatch(/^29 of 30 nodes/);

    expect((await nodeState(page, "ruling-2018")).isHidden).toBe(false);
    await page.locator("#time-from").evaluate((input: HTMLInputElement) => {
      input.value = "2023";
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    expect((await nodeState(page, "ruling-2018")).isHidden).toBe(true);
    expect((await nodeState(page, "summit")).isHidden).toBe(false);

    await page.fill("#search-input", "summit");
    await page.keyboard.press("Enter");
    const url = page.url();
    expect(url).toContain("hideKinds=Person");
    expect(url).toContain("time=2023-2042");

    const again = await fresh(url.slice(server.url.length));
    expect(await again.textContent("#details h2")).toBe("Korea-Japan summit");
    expect((await nodeState(again, "choo")).isHidden).toBe(true);
    expect((await nodeState(again, "ruling-2018")).isHidden).toBe(true);
    expect(await again.locator('fieldset[data-filter="kind"] input[value="Person"]').isChecked()).toBe(false);
    await again.close();
  });

  it("downloads the view as Turtle with the CLI's RDF writer", async () => {
    const page = await open("?graph=fixture.json");
    await page.click("summary");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#dl-ttl")]);
    const text = readFileSync((await download.path()) ?? "", "utf8");
    expect(download.suggestedFilename()).toBe("graph.ttl");
    expect(text).toContain("@prefix");
    expect(text).toContain("GSOMIA");
  });

  it("shows the paths between two nodes with evidence on each hop (from the URL)", async () => {
    const page = await open("?graph=fixture.json&from=ruling-2018&to=gsomia-decision");
    const paths = await page.textContent("#paths");
    expect(paths).toContain("Path 1: 2 hops");
    expect(paths).toContain("The move arose from a Korean supreme court decision in late 2018");
    expect((await nodeState(page, "export-curbs")).emphasized).toBe(true);
    expect((await nodeState(page, "choo")).faded).toBe(true);
  });

  it("walks neighbours with the keyboard and toggles the list view", async () => {
    const page = await open("?graph=fixture.json&node=gsomia");
    await page.focus("#graph");
    await page.keyboard.press("ArrowRight");
    expect(page.url()).toContain("node=gsomia-decision");
    await page.keyboard.press("l");
    expect(await page.locator("#list-view").isVisible()).toBe(true);
    expect(await page.locator('#list-view table[aria-label="Claims"] tbody tr').count()).toBe(38);
  });

  it("re-runs ForceAtlas2 in a worker without touching the model's x/y", async () => {
    const page = await open("?graph=fixture.json");
    type W = { explorer: { graph: { getNodeAttribute(n: string, k: string): number }; sigma: { getNodeDisplayData(n: string): { x: number; y: number } } } };
    const before = await page.evaluate(() => {
      const { explorer } = window as unknown as W;
      return { model: explorer.graph.getNodeAttribute("korea", "x"), shown: explorer.sigma.getNodeDisplayData("japan") };
    });
    await page.click("#btn-layout");
    await expect.poll(() => page.textContent("#btn-layout")).toBe("Stop layout");
    await expect.poll(() => page.textContent("#btn-layout"), { timeout: 15000 }).toBe("Re-layout");
    const after = await page.evaluate(() => {
      const { explorer } = window as unknown as W;
      return { model: explorer.graph.getNodeAttribute("korea", "x"), shown: explorer.sigma.getNodeDisplayData("japan") };
    });
    expect(after.model).toBe(before.model);
    expect(after.shown).not.toEqual(before.shown);
  });

  it("downloads N-Triples and JSON-LD too", async () => {
    const page = await open("?graph=fixture.json");
    for (const [id, name, needle] of [["#dl-nt", "graph.nt", "<http"], ["#dl-jsonld", "graph.jsonld", "@"]] as const) {
      await page.click("summary");
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(id)]);
      expect(download.suggestedFilename()).toBe(name);
      const text = readFileSync((await download.path()) ?? "", "utf8");
      expect(text).toContain(needle);
      expect(text).toContain("GSOMIA");
    }
  });

  it("renders a hostile label as text and runs nothing", async () => {
    const page = await open("?graph=xss.json");
    await page.fill("#search-input", "<img");
    await expect.poll(() => page.locator("#search-results li").count()).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    expect(await page.textContent("#details h2")).toBe(XSS);
    await page.click("#btn-view");
    expect(await page.textContent("#list-view")).toContain(XSS);
    expect(await page.locator("img").count()).toBe(0);
  });

  it("logged no console errors, page errors or dialogs", () => {
    expect(problems).toEqual([]);
  });
});

// Sharing a view (issue 10 §3), in Chromium on the whole corpus: the camera is in the URL; Copy link
// copies the view's address (or shows it in a field when the clipboard is refused); Back undoes one
// user action at a time and no camera frame; a copied link opened in a fresh page restores the same
// selection, filters and camera. Screenshots in out/screenshots/ (gitignored), looked at by hand.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./axe.ts";
import { HAS_CHROMIUM, SHOTS, useCorpusExplorer } from "./corpus-explorer.ts";

interface Camera { x: number; y: number; ratio: number; angle: number }
interface View {
  state: { selection: { type: string; key: string } | null; hiddenKinds: string[]; hiddenModalities: string[]; timeWindow: [number, number] | null };
  camera: Camera;
  checkedOff: string[];
}

/** What the page shows: the explorer's state, sigma's camera, and the filter boxes unticked. */
const view = (page: Page): Promise<View> =>
  page.evaluate(() => {
    const { explorer } = window as unknown as { explorer: { state: View["state"]; sigma: { getCamera(): { getState(): Camera } } } };
    const checkedOff = [...document.querySelectorAll<HTMLInputElement>("#filters input[type=checkbox]")].filter((b) => !b.checked).map((b) => b.value).sort();
    return { state: explorer.state, camera: explorer.sigma.getCamera().getState(), checkedOff };
  });

const close = (a: Camera, b: Camera) => {
  for (const k of ["x", "y", "ratio", "angle"] as const) expect(Math.abs(a[k] - b[k]), `camera ${k}: ${a[k]} vs ${b[k]}`).toBeLessThan(2e-4);
};

/** Selects a node through the search box, as a reader does. */
async function searchAndChoose(page: Page, text: string): Promise<void> {
  await page.click("#search-input");
  await page.fill("#search-input", text);
  await page.waitForSelector("#search-results:not([hidden]) li");
  await page.keyboard.press("Enter");
}

/** Zooms with the wheel over the graph and waits until the camera is written into the URL. */
async function wheelAndSettle(page: Page, dy: number): Promise<void> {
  const box = await page.locator("#graph").boundingBox();
  if (!box) throw new Error("no graph box");
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, dy);
  await page.waitForFunction(() => {
    const { explorer } = window as unknown as { explorer: { sigma: { getCamera(): { getState(): Camera; isAnimating(): boolean } } } };
    const cam = new URLSearchParams(location.search).get("cam");
    const c = explorer.sigma.getCamera().getState();
    return !explorer.sigma.getCamera().isAnimating() && cam === [c.x, c.y, c.ratio, c.angle].map((v) => Number(v.toFixed(4))).join(",");
  }, undefined, { timeout: 20000 });
}

describe.skipIf(!HAS_CHROMIUM)("sharing a view", () => {
  const corpus = useCorpusExplorer();

  it("Copy link copies the view; the link opened in a fresh page shows the same selection, filters and camera", { timeout: 240_000 }, async () => {
    const page = await corpus.show();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const startLength = await page.evaluate(() => history.length);
    await searchAndChoose(page, "not to extend GSOMIA");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("node") === "gsomia-non-extension-decision");
    await page.locator('#filters fieldset[data-filter="kind"] input[value="Person"]').uncheck();
    await wheelAndSettle(page, -240);
    const before = await view(page);
    expect(before.state.selection).toEqual({ type: "node", key: "gsomia-non-extension-decision" });
    expect(before.state.hiddenKinds).toEqual(["Person"]);
    expect(before.camera.ratio).toBeLessThan(1);
    // Two actions, two entries: the wheel's dozens of camera frames added none.
    expect(await page.evaluate(() => history.length)).toBe(startLength + 2);

    await page.click("#btn-copy-link");
    await page.waitForFunction(() => document.getElementById("status")?.textContent?.includes("copied"));
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    expect(new URL(link).searchParams.get("cam")).toMatch(/^[\d.-]+,[\d.-]+,[\d.]+,[\d.-]+$/);
    await expectNoAxeViolations(page, "after Copy link (1280×800)");
    await page.screenshot({ path: `${SHOTS}/share-before-copy.png` });

    const fresh = await corpus.open(link.slice(link.indexOf("?graph=corpus.json") + "?graph=corpus.json".length));
    expect(fresh.url()).toBe(link);
    const after = await view(fresh);
    expect(after.state).toEqual(before.state);
    expect(after.checkedOff).toEqual(before.checkedOff);
    close(after.camera, before.camera);
    await fresh.screenshot({ path: `${SHOTS}/share-link-opened.png` });
    await fresh.close();
  });

  it("Back undoes one action at a time (filter, then selection), restoring each step's camera", { timeout: 240_000 }, async () => {
    const page = await corpus.show();
    await searchAndChoose(page, "2018 Supreme Court");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("node") === "supreme-court-ruling-2018");
    await wheelAndSettle(page, -200);
    const selected = await view(page);
    await page.locator('#filters fieldset[data-filter="modality"] input[value="planned"]').uncheck();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("hideModalities") === "planned");
    await wheelAndSettle(page, 300);
    const filtered = await view(page);
    expect(filtered.state.hiddenModalities).toEqual(["planned"]);

    await page.goBack();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has("hideModalities"));
    const back1 = await view(page);
    expect(back1.state).toEqual(selected.state);
    expect(back1.checkedOff).toEqual([]);
    close(back1.camera, selected.camera);

    await page.goBack();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has("node"));
    const back2 = await view(page);
    expect(back2.state.selection).toBeNull();
    expect(await page.textContent("#details")).toContain("Click a node");

    await page.goForward();
    await page.goForward();
    await page.waitForFunction(() => new URLSearchParams(location.search).get("hideModalities") === "planned");
    const forward = await view(page);
    expect(forward.state).toEqual(filtered.state);
    expect(forward.checkedOff).toEqual(["planned"]);
    close(forward.camera, filtered.camera);
  });

  it("shows the link in a selected field when the clipboard is refused (1280×800 and 390×844)", { timeout: 240_000 }, async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const page = await corpus.show("&node=japan-export-curbs-2019", viewport);
      await page.evaluate(() => {
        Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) } });
      });
      await page.click("#btn-copy-link");
      const field = page.locator("#copy-link-field");
      await field.waitFor({ state: "visible" });
      expect(await field.inputValue()).toBe(page.url());
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("copy-link-field");
      const selected = await page.evaluate(() => {
        const f = document.getElementById("copy-link-field") as HTMLInputElement;
        return f.value.slice(f.selectionStart ?? 0, f.selectionEnd ?? 0);
      });
      expect(selected).toBe(page.url());
      await expectNoAxeViolations(page, `clipboard refused, link field shown (${viewport.width}×${viewport.height})`);
      await page.screenshot({ path: `${SHOTS}/share-clipboard-refused-${viewport.width}.png` });
      await page.keyboard.press("Escape");
      expect(await field.count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("btn-copy-link");
    }
    expect(corpus.problems).toEqual([]);
  });
});

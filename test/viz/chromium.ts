// Debian's Chromium driven by playwright-core: never a downloaded browser. Returns null when
// chromium is not installed, so callers can skip with a clear message — except in CI (CI set, as
// every CI service sets it), where a missing browser must fail the run instead of skipping its tests:
// every browser test file calls chromiumPath() when it is loaded, so there the file fails.
import { execFileSync } from "node:child_process";
import { chromium, type Browser, type Page } from "playwright-core";

export class ChromiumMissingError extends Error {
  constructor() {
    super("chromium is not on PATH: in CI the browser tests must run, not skip (apt-get install chromium)");
    this.name = "ChromiumMissingError";
  }
}

/** True when the CI variable says so ("false" and "0" say no). */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && value !== "" && value !== "false" && value !== "0";
}

export function chromiumPath(): string | null {
  let found: string | null;
  try {
    found = execFileSync("which", ["chromium"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || null;
  } catch {
    found = null;
  }
  if (found === null && inCi()) throw new ChromiumMissingError();
  return found;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("chromium not found on PATH (apt-get install chromium)");
  return chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

/**
 * A new page at `url`, once the explorer says it is ready; every page error and console error goes into
 * `problems` (the tests end by expecting it empty).
 */
export async function openExplorerPage(
  browser: Browser,
  url: string,
  problems: string[],
  options: { viewport?: { width: number; height: number }; timeout?: number } = {},
): Promise<Page> {
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: options.timeout ?? 30000 });
  return page;
}

/**
 * Puts a page that already shows the explorer on the view `url` names, without reloading it (a reload
 * costs seconds of software WebGL per page): history.pushState and a popstate, which the explorer's
 * history decodes as a link it did not make (viz/src/history.ts), so selection, filters, paths, story
 * and list view all come from the URL. The camera is the URL's, else the whole graph (as a fresh page
 * opens without a selection). Another graph than the page's is a real navigation.
 */
export async function visit(page: Page, url: string, options: { timeout?: number } = {}): Promise<void> {
  const target = new URL(url, page.url());
  if (target.searchParams.get("graph") !== new URL(page.url()).searchParams.get("graph")) {
    await page.goto(target.toString());
    await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: options.timeout ?? 30000 });
    return;
  }
  if (!target.searchParams.has("cam")) target.searchParams.set("cam", "0.5,0.5,1,0");
  await page.evaluate((href) => {
    window.history.pushState(null, "", href);
    window.dispatchEvent(new PopStateEvent("popstate", { state: null }));
  }, target.toString());
  await settled(page);
}

/**
 * Waits until the camera rests, the labels are placed for it and sigma has drawn a frame since: what a
 * fixed sleep after a camera move used to wait for, without guessing how long a loaded machine takes.
 */
export async function settled(page: Page): Promise<void> {
  const quiet = () => {
    type W = { explorer?: { sigma: { getCamera(): { isAnimating(): boolean } }; focus: { labels: { pending: boolean } } } };
    const { explorer } = window as unknown as W;
    return !!explorer && !explorer.sigma.getCamera().isAnimating() && !explorer.focus.labels.pending;
  };
  const frames = () => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  // A view just put on (a URL, a click) may start its camera move or label pass a frame later: quiet
  // counts only when it still holds two frames after it was first seen (a loaded machine showed the gap).
  await frames();
  for (let k = 0; k < 50; k++) {
    await page.waitForFunction(quiet, undefined, { timeout: 30000, polling: 50 });
    await frames();
    if (await page.evaluate(quiet)) return;
  }
  throw new Error("the explorer did not come to rest (camera moving or labels pending) after 50 tries");
}

// Keyboard alone (page.keyboard only, no mouse, no page script driving the explorer): the GSOMIA causal
// chain followed from the decision back to the 2018 ruling through the details' cause lists, focus never
// falling to <body>; a phrase of the article reached by Tab and activated by Enter; axe-core reports no
// violation in any state visited, at 1280×800 and 390×844. Screenshots in out/screenshots/, looked at.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { causesOf } from "../../src/query/causes-of.ts";
import { expectNoAxeViolations } from "./axe.ts";
import { HAS_CHROMIUM, SHOTS, useCorpusExplorer } from "./corpus-explorer.ts";

const selection = (page: Page) =>
  page.evaluate(() => (window as unknown as { explorer: { state: { selection: { type: string; key: string } | null } } }).explorer.state.selection);

/** What has the focus, as a short description (never empty: <body> is "BODY"). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return { tag: a?.tagName ?? "BODY", id: a?.id ?? "", node: a?.dataset.node ?? "", text: (a?.textContent ?? "").trim().slice(0, 80), inCauses: !!a?.closest("#details [data-chain=causes]") };
  });

/** Presses Tab until `ok` holds for the focused element (at most `max` times). */
async function tabUntil(page: Page, ok: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    expect(f.tag, "focus fell to <body> while tabbing").not.toBe("BODY");
    if (ok(f)) return;
  }
  throw new Error("Tab never reached the wanted element");
}

describe.skipIf(!HAS_CHROMIUM)("keyboard and accessibility", () => {
  const corpus = useCorpusExplorer();

  it("follows the GSOMIA chain back to the 2018 ruling by keyboard alone (1280×800)", { timeout: 300_000 }, async () => {
    const page = await corpus.open();
    await expectNoAxeViolations(page, "initial view 1280×800");
    // The first Tab reaches the skip links; the second skips to the search.
    await page.keyboard.press("Tab");
    expect((await focused(page)).text).toBe("Skip to graph");
    await page.screenshot({ path: `${SHOTS}/keyboard-skip-link.png` });
    await page.keyboard.press("Tab");
    expect((await focused(page)).text).toBe("Skip to search");
    await page.keyboard.press("Enter");
    expect((await focused(page)).id).toBe("search-input");
    await page.keyboard.type("not to extend GSOMIA");
    await page.waitForSelector("#search-results:not([hidden]) li");
    await page.keyboard.press("Enter");
    expect(await selection(page)).toEqual({ type: "node", key: "gsomia-non-extension-decision" });
    await expectNoAxeViolations(page, "GSOMIA decision selected");

    // Walk the causes: from each node to its direct cause on the chain to the ruling, as kg causes traces it.
    const chain = ["gsomia-non-extension-decision", "japan-export-curbs-2019", "supreme-court-ruling-2018"];
    for (let i = 1; i < chain.length; i++) {
      const next = chain[i] ?? "";
      expect(causesOf(corpus.graph, chain[i - 1] ?? "").map((l) => l.node)).toContain(next);
      await tabUntil(page, (f) => f.inCauses && f.node === next);
      await page.keyboard.press("Enter");
      expect(await selection(page)).toEqual({ type: "node", key: next });
      // The details were redrawn under the focus: it is kept in the panel, not dropped to <body>.
      const after = await focused(page);
      expect(after.tag).not.toBe("BODY");
      expect(await page.evaluate(() => !!document.activeElement?.closest("#details"))).toBe(true);
      await expectNoAxeViolations(page, `chain step ${i}: ${next}`);
    }
    await page.screenshot({ path: `${SHOTS}/keyboard-chain-ruling.png` });
    // The ruling is a root: no causes list left.
    expect(await page.locator("#details [data-chain=causes]").count()).toBe(0);

    // A quote in the details, then a phrase of the article, activated by Enter.
    await tabUntil(page, (f) => f.tag === "BLOCKQUOTE");
    await page.keyboard.press("Enter");
    expect(await page.locator("#article mark.current").count()).toBeGreaterThan(0);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Escape");
    expect(await selection(page)).toBeNull();
    expect((await focused(page)).tag).not.toBe("BODY");
    await tabUntil(page, (f) => f.tag === "MARK" && f.text.length > 3, 400);
    const phrase = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.owners ?? "");
    await page.keyboard.press("Enter");
    const chooser = await page.locator("#article .chooser").count();
    if (chooser) {
      expect((await focused(page)).tag).toBe("BUTTON");
      await page.keyboard.press("Enter");
    }
    const picked = await selection(page);
    expect(picked).not.toBeNull();
    expect(phrase.split(" ")).toContain(`${picked?.type === "node" ? "n" : "e"}:${picked?.key}`);
    await expectNoAxeViolations(page, "phrase activated by Enter");
    await page.screenshot({ path: `${SHOTS}/keyboard-phrase.png` });
    expect(corpus.problems).toEqual([]);
    await page.close();
  });

  it("has no axe violation on a phone (390×844): initial view, article tab by skip link, a selection", { timeout: 300_000 }, async () => {
    const page = await corpus.open("", { width: 390, height: 844 });
    await expectNoAxeViolations(page, "initial view 390×844");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect((await focused(page)).text).toBe("Skip to article text");
    await page.keyboard.press("Enter");
    const f = await focused(page);
    expect(f.tag).toBe("MARK");
    await expectNoAxeViolations(page, "article tab 390×844");
    await page.keyboard.press("Enter");
    if (await page.locator("#article .chooser").count()) await page.keyboard.press("Enter");
    expect(await selection(page)).not.toBeNull();
    await expectNoAxeViolations(page, "phrase selected 390×844");
    await page.screenshot({ path: `${SHOTS}/keyboard-phone-article.png` });
    expect(corpus.problems).toEqual([]);
    await page.close();
  });
});

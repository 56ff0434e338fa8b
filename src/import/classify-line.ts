// What one line (or HTML block) of a page is: story, photo caption, or a kind of page chrome, some of
// which carries metadata (a byline, a dateline, a breadcrumb, a copyright notice). The knowledge is in
// data/lexicons/page-chrome.json; this file only applies it, in a fixed order.
import { CHROME_RULES, wordCount, type ChromeRules } from "./chrome-rules.ts";
import { parseByline } from "./parse-byline.ts";
import { parseDateline, type DateRank } from "./parse-page-date.ts";

export type LineClass =
  | { kind: "blank" }
  | { kind: "chrome"; rule: string; publisher?: string }
  | { kind: "url"; url: string }
  | { kind: "breadcrumb"; section?: string }
  | { kind: "dateline"; date: string; rank: DateRank }
  | { kind: "byline"; names: string[] }
  | { kind: "caption" }
  | { kind: "prose" }
  | { kind: "short" };

/** Where a block came from in an HTML page; text files have only "p". */
export type BlockRole = "p" | "heading" | "item" | "caption" | "byline";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "Home > Business > Economy" → section "Business > Economy"; undefined when not a breadcrumb. */
export function parseBreadcrumb(line: string, rules: ChromeRules = CHROME_RULES): { section?: string } | undefined {
  const crumbs = rules.breadcrumb;
  const split = (separators: string[]) => line.split(new RegExp(`\\s+(?:${separators.map(escape).join("|")})\\s+`, "u")).map((s) => s.trim());
  let segments = split(crumbs.separators);
  if (segments.length < 2) {
    segments = split(crumbs.weakSeparators);
    if (segments.length < 2 || !crumbs.rootWords.has(segments[0]!.toLowerCase())) return undefined;
  }
  if (segments.length > crumbs.maxSegments) return undefined;
  if (segments.some((s) => s === "" || wordCount(s) > crumbs.maxSegmentWords || rules.prose.end.test(s))) return undefined;
  const kept = crumbs.rootWords.has(segments[0]!.toLowerCase()) ? segments.slice(1) : segments;
  return kept.length > 0 ? { section: kept.join(" > ") } : {};
}

/** The publisher a copyright line names: "© 2023 The Korea Herald. All rights reserved." → "The Korea Herald". */
export function publisherFromCopyright(line: string, rules: ChromeRules = CHROME_RULES): string | undefined {
  const m = rules.copyright.pattern.exec(line.trim());
  const name = m?.[1]?.trim().replace(/[.,;:]+$/u, "").trim();
  if (!name || rules.copyright.drop.test(name) || wordCount(name) > 8 || !/\p{Lu}/u.test(name)) return undefined;
  return name;
}

function isToolRow(line: string, rules: ChromeRules): boolean {
  const words = line
    .toLowerCase()
    .split(/[\s|·•/]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}+-]+|[^\p{L}\p{N}+-]+$/gu, ""))
    .filter((w) => w !== "");
  return words.length > 0 && words.every((w) => rules.toolWords.has(w));
}

export function classifyLine(line: string, role: BlockRole = "p", rules: ChromeRules = CHROME_RULES): LineClass {
  const text = line.trim();
  if (text === "") return { kind: "blank" };
  const words = wordCount(text);
  if (/^https?:\/\/\S+$/u.test(text)) return { kind: "url", url: text };
  for (const rule of rules.lineRules) {
    if (words > rule.maxWords) continue;
    if (rule.pattern.test(text)) {
      const publisher = rule.name === "copyright" ? publisherFromCopyright(text, rules) : undefined;
      return publisher ? { kind: "chrome", rule: rule.name, publisher } : { kind: "chrome", rule: rule.name };
    }
  }
  if (words <= rules.maxChromeWords && isToolRow(text, rules)) return { kind: "chrome", rule: "tools" };
  const crumb = words <= rules.maxChromeWords ? parseBreadcrumb(text, rules) : undefined;
  if (crumb) return { kind: "breadcrumb", ...crumb };
  const dateline = parseDateline(text, rules);
  if (dateline) return { kind: "dateline", ...dateline };
  const names = parseByline(text, { requirePrefix: role !== "byline" }, rules);
  if (names) return { kind: "byline", names };
  if (role === "byline") return { kind: "chrome", rule: "byline" };
  if (role === "caption" || rules.captionCredit.test(text)) return { kind: "caption" };
  const ended = rules.prose.end.test(text);
  if ((ended && words >= rules.prose.minWords) || words >= rules.prose.minWordsUnended) return { kind: "prose" };
  return { kind: "short" };
}

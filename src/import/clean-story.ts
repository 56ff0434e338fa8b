// From a page's lines (or HTML blocks) to the story's paragraphs, plus the metadata the chrome carried.
// Shared by text and HTML input, so a page saved as text and the same page as HTML clean up alike.
// Kept text is verbatim: only the ASCII white space at a paragraph's two ends is trimmed (a no-break
// space inside a paragraph stays, as the validator's code-point offsets expect).
import { CHROME_RULES, wordCount, type ChromeRules } from "./chrome-rules.ts";
import { classifyLine, type BlockRole, type LineClass } from "./classify-line.ts";
import type { DateRank } from "./parse-page-date.ts";

export interface Block {
  text: string;
  role: BlockRole;
}

export interface DroppedLine {
  text: string;
  /** A rule name from the lexicon ("share", "comments", …) or "breadcrumb", "byline", "dateline",
   * "headline", "duplicate", "outside-story", "url". */
  reason: string;
}

export interface FoundMeta {
  headline?: string;
  section?: string;
  authors?: string[];
  date?: { value: string; rank: DateRank };
  publisher?: string;
  url?: string;
}

export interface CleanStory {
  paragraphs: string[];
  found: FoundMeta;
  dropped: DroppedLine[];
}

const trimAscii = (text: string) => text.replace(/^[ \t\r\n\f\v]+|[ \t\r\n\f\v]+$/gu, "");

/** For comparing a line with a headline: case and white space do not matter. */
export function sameText(text: string): string {
  return text.replace(/\s+/gu, " ").trim().toLowerCase();
}

interface Item {
  text: string;
  role: BlockRole;
  cls: LineClass;
  dropped?: string;
}

export interface CleanOptions {
  /** Headlines already known (from metadata or a flag): lines equal to one are dropped. */
  knownHeadlines?: string[];
  /** Text files: the first line, when it looks like a headline, is the headline. */
  headlineFromFirstLine?: boolean;
}

export function cleanStory(blocks: Block[], options: CleanOptions = {}, rules: ChromeRules = CHROME_RULES): CleanStory {
  const items: Item[] = [];
  for (const block of blocks) {
    const text = trimAscii(block.text);
    const cls = classifyLine(text, block.role, rules);
    if (cls.kind !== "blank") items.push({ text, role: block.role, cls });
  }
  const found: FoundMeta = {};
  for (const item of items) {
    const { cls } = item;
    if (cls.kind === "chrome") {
      item.dropped = cls.rule;
      if (cls.publisher && !found.publisher) found.publisher = cls.publisher;
    } else if (cls.kind === "url") {
      item.dropped = "url";
      found.url ??= cls.url;
    } else if (cls.kind === "breadcrumb") {
      item.dropped = "breadcrumb";
      if (cls.section && !found.section) found.section = cls.section;
    } else if (cls.kind === "dateline") {
      item.dropped = "dateline";
      if (!found.date || cls.rank < found.date.rank) found.date = { value: cls.date, rank: cls.rank };
    } else if (cls.kind === "byline") {
      item.dropped = "byline";
      found.authors ??= cls.names;
    }
  }
  // A "Related articles" heading takes its list of links with it.
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.dropped !== "related") continue;
    for (let j = i + 1; j < items.length && items[j]!.role === "item"; j++) items[j]!.dropped ??= "related";
  }
  const story = () => items.filter((i) => !i.dropped);
  const isStory = (i: Item) => i.cls.kind === "prose" || i.cls.kind === "caption";

  if (options.headlineFromFirstLine) {
    // Candidates: short lines before the story that do not end with a full stop. The page's name and
    // section labels come first on many saved pages, so the headline is the candidate the page repeats,
    // else the first of at least four words (site names and labels are shorter), else the first.
    const remaining = story();
    const firstProse = remaining.findIndex((i) => i.cls.kind === "prose");
    const candidates = remaining
      .slice(0, firstProse < 0 ? 0 : firstProse)
      .filter((i) => i.cls.kind !== "caption" && wordCount(i.text) <= rules.maxChromeWords && !/[.。]$/u.test(i.text));
    const count = (item: Item) => remaining.filter((i) => sameText(i.text) === sameText(item.text)).length;
    const chosen = candidates.find((i) => count(i) > 1) ?? candidates.find((i) => wordCount(i.text) >= 4) ?? candidates[0];
    if (chosen) {
      chosen.dropped = "headline";
      found.headline = chosen.text;
    }
  }
  const headlines = new Set([...(options.knownHeadlines ?? []), ...(found.headline ? [found.headline] : [])].map(sameText));
  for (const item of story()) if (item.cls.kind !== "caption" && headlines.has(sameText(item.text))) item.dropped = "headline";

  const kept = story();
  const firstStory = kept.findIndex(isStory);
  if (firstStory >= 0) {
    const lastStory = kept.length - 1 - [...kept].reverse().findIndex(isStory);
    kept.forEach((item, i) => {
      if ((i < firstStory || i > lastStory) && !isStory(item)) item.dropped = "outside-story";
    });
  }
  let previous: string | undefined;
  for (const item of story()) {
    // Pages repeat a caption (image alt text, then the caption) or a paragraph (print and screen copies).
    if (previous !== undefined && sameText(item.text) === previous) item.dropped = "duplicate";
    else previous = sameText(item.text);
  }
  return {
    paragraphs: story().map((i) => i.text),
    found,
    dropped: items.filter((i) => i.dropped).map((i) => ({ text: i.text, reason: i.dropped! })),
  };
}

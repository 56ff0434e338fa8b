// A plain-text article, or a web page saved as text (breadcrumbs, share buttons, a byline and a
// comment box around the story): its story paragraphs and the metadata its chrome carried.
import { CHROME_RULES, type ChromeRules } from "./chrome-rules.ts";
import { cleanStory, type Block } from "./clean-story.ts";
import { detectLanguage } from "./detect-language.ts";
import { joinParagraphs, type ExtractedArticle, type MetaField, type PageMeta } from "./extracted-article.ts";
import { nameCase } from "./parse-byline.ts";

const BLANK = /^\s*$/u;

/**
 * True when the text is wrapped at a fixed width (e-mail, Usenet, `fold`): then a paragraph is a run of
 * lines between blank lines. Otherwise every line is a paragraph, as in a page saved from a browser.
 */
function isHardWrapped(lines: string[]): boolean {
  const full = lines.filter((l) => !BLANK.test(l));
  if (full.length < 6) return false;
  const width = Math.max(...full.map((l) => [...l].length));
  if (width > 100) return false;
  // Most lines of wrapped text fill the width; a list of short lines (a poem, chrome) does not.
  const filled = full.filter((l) => [...l].length >= width * 0.7).length;
  let runs = 0;
  for (let i = 1; i < lines.length; i++) if (!BLANK.test(lines[i]!) && !BLANK.test(lines[i - 1]!)) runs++;
  return filled >= full.length * 0.5 && runs >= full.length * 0.3;
}

export function textToBlocks(text: string): Block[] {
  const lines = text.split(/\r?\n|\r/u);
  if (!isHardWrapped(lines)) return lines.map((line) => ({ text: line, role: "p" }));
  // The one place the text is not kept byte for byte: a wrap is a line break the writer did not mean.
  const blocks: Block[] = [];
  let current: string[] = [];
  for (const line of [...lines, ""]) {
    if (BLANK.test(line)) {
      if (current.length > 0) blocks.push({ text: current.join(" "), role: "p" });
      current = [];
    } else current.push(line.trim());
  }
  return blocks;
}

export function textToArticle(input: string, options: { headline?: string } = {}, rules: ChromeRules = CHROME_RULES): ExtractedArticle {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const story = cleanStory(textToBlocks(text), { headlineFromFirstLine: true, knownHeadlines: options.headline ? [options.headline] : [] }, rules);
  const body = joinParagraphs(story.paragraphs);
  const meta: PageMeta = {};
  const metaSources: Partial<Record<MetaField, string>> = {};
  const set = <K extends MetaField>(field: K, value: PageMeta[K] | undefined, source: string) => {
    if (value === undefined) return;
    meta[field] = value;
    metaSources[field] = source;
  };
  set("headline", story.found.headline, "first line");
  set("authors", story.found.authors?.map((n) => nameCase(n, text, rules)), "byline");
  set("datePublished", story.found.date?.value, "dateline");
  set("publisher", story.found.publisher, "copyright line");
  set("section", story.found.section, "breadcrumb");
  set("url", story.found.url, "address line");
  set("language", detectLanguage(body, rules), "detected from the text");
  return { format: "text", text: body, meta, metaSources, dropped: story.dropped };
}

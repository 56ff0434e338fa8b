// An HTML news page → the story's paragraphs and the page's metadata. Mozilla's Readability (the
// Firefox reader view) finds the story; linkedom gives it a DOM without a browser. Before Readability
// runs, elements whose tag, role or class name chrome (share bars, related links, comment boxes)
// are removed, because Readability keeps some of them when they sit inside the <article>; after it,
// the same line rules as for text files drop what is left (a "Share this" paragraph, a byline line).
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { CHROME_RULES, type ChromeRules } from "./chrome-rules.ts";
import { publisherFromCopyright } from "./classify-line.ts";
import { cleanStory, type Block } from "./clean-story.ts";
import type { BlockRole } from "./classify-line.ts";
import { detectLanguage } from "./detect-language.ts";
import { joinParagraphs, type ExtractedArticle, type MetaField, type PageMeta } from "./extracted-article.ts";
import { nameCase, parseByline } from "./parse-byline.ts";
import { readPageMetadata, stripSiteName, type MetaCandidates } from "./page-metadata.ts";

const ELEMENT = 1;
const TEXT = 3;
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IMG", "PICTURE", "SOURCE", "VIDEO", "AUDIO", "SVG", "CANVAS", "IFRAME", "OBJECT", "EMBED", "BUTTON", "INPUT", "SELECT", "TEXTAREA", "FORM", "HEAD", "TITLE", "META", "LINK"]);
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CAPTION", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6",
  "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL",
]);
// White space as HTML collapses it; U+00A0 is not HTML white space and stays.
const HTML_SPACE = /[ \t\n\r\f]+/gu;

function roleOf(element: Element, inherited: BlockRole, rules: ChromeRules): BlockRole {
  const tag = element.tagName.toUpperCase();
  if (tag === "FIGCAPTION" || tag === "CAPTION" || rules.html.captionClass.test(element.getAttribute("class") ?? "")) return "caption";
  if (/^H[1-6]$/u.test(tag)) return "heading";
  if (tag === "LI") return inherited === "caption" ? inherited : "item";
  return inherited;
}

const ORDER = "data-kg-order";

/** A block with its position in the page (the document order of the element it came from). */
export interface OrderedBlock extends Block {
  order: number;
}

/** The visible text of an element as blocks: one per paragraph-level element, split at <br>. */
export function elementToBlocks(root: Element, rules: ChromeRules = CHROME_RULES): OrderedBlock[] {
  const blocks: OrderedBlock[] = [];
  let buffer = "";
  let bufferRole: BlockRole = "p";
  let bufferOrder = -1;
  const flush = () => {
    const text = buffer.replace(HTML_SPACE, " ");
    if (text.trim() !== "") blocks.push({ text, role: bufferRole, order: bufferOrder });
    buffer = "";
  };
  const walk = (node: Node, role: BlockRole, order: number) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT) {
        if (buffer === "") {
          bufferRole = role;
          bufferOrder = order;
        }
        buffer += child.nodeValue ?? "";
      } else if (child.nodeType === ELEMENT) {
        const element = child as Element;
        const tag = element.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === "BR") {
          flush();
          continue;
        }
        const inner = roleOf(element, role, rules);
        const at = Number(element.getAttribute(ORDER) ?? order);
        if (BLOCKS.has(tag)) {
          flush();
          walk(element, inner, at);
          flush();
        } else walk(element, inner, at);
      }
    }
  };
  walk(root, roleOf(root, "p", rules), Number(root.getAttribute(ORDER) ?? -1));
  flush();
  return blocks;
}

function paragraphChars(element: Element): number {
  let total = 0;
  for (const p of element.querySelectorAll("p")) total += (p.textContent ?? "").length;
  return total;
}

/** Removes chrome elements, unless one holds a third of the page's paragraph text (then it is the story's wrapper). */
function removeChrome(document: Document, rules: ChromeRules): void {
  const body = document.body ?? document.documentElement;
  const limit = paragraphChars(body) / 3;
  const remove = (element: Element) => {
    if (element.parentNode && (limit === 0 || paragraphChars(element) < limit)) element.remove();
  };
  for (const selector of rules.html.removeSelectors) for (const element of [...body.querySelectorAll(selector)]) remove(element);
  for (const element of [...body.querySelectorAll("[class], [id]")]) {
    if (rules.html.removeClassOrId.test(element.getAttribute("class") ?? "") || rules.html.removeClassOrId.test(element.getAttribute("id") ?? "")) remove(element);
  }
}

function first<K extends MetaField>(candidates: MetaCandidates, field: K): { value: NonNullable<PageMeta[K]>; source: string } | undefined {
  return (candidates[field] as Array<{ value: NonNullable<PageMeta[K]>; source: string }>)[0];
}

export function htmlToArticle(html: string, rules: ChromeRules = CHROME_RULES): ExtractedArticle {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const candidates = readPageMetadata(document, rules);
  const pageTitle = document.querySelector("title")?.textContent?.replace(/\s+/gu, " ").trim();
  const root = document.body ?? document.documentElement;
  const pageText = root?.textContent ?? "";
  // The copyright notice sits in the footer, which is removed before Readability runs.
  const wholePage = root ? elementToBlocks(root, rules) : [];
  const copyright = wholePage.map((b) => publisherFromCopyright(b.text.trim(), rules)).find((p) => p !== undefined);

  removeChrome(document, rules);
  // Number the elements before Readability moves them, to put back the photo captions it leaves out
  // (a lead image usually sits outside the story's text block, so Readability drops its caption).
  const all = root ? [...root.querySelectorAll("*")] : [];
  all.forEach((element, i) => element.setAttribute(ORDER, String(i)));
  const articleOf = all.map((element) => Number(element.closest("article")?.getAttribute(ORDER) ?? -1));
  const captions = all.filter((e) => roleOf(e, "p", rules) === "caption" && !e.parentElement?.closest("figcaption, caption"));
  const headlineAt = Number(all.find((e) => e.tagName.toUpperCase() === "H1")?.getAttribute(ORDER) ?? -1);

  const reader = new Readability(document, { keepClasses: true, serializer: (element: Node) => element }).parse() as { content?: unknown; title?: string | null; byline?: string | null } | null;
  const content = (reader?.content as Element | undefined) ?? document.body ?? document.documentElement;
  const blocks = content ? elementToBlocks(content, rules) : [];
  const inContent = new Set(content ? [...content.querySelectorAll(`[${ORDER}]`)].map((e) => Number(e.getAttribute(ORDER))) : []);
  if (reader && inContent.size > 0) {
    const min = Math.min(...inContent);
    const start = articleOf[min]! >= 0 ? articleOf[min]! : headlineAt >= 0 && headlineAt < min ? headlineAt : min;
    const end = Math.max(...inContent);
    for (const caption of captions) {
      const at = Number(caption.getAttribute(ORDER));
      if (at < start || at > end || inContent.has(at)) continue;
      // Before the first block that comes after it in the page; blocks Readability made up (order -1) stay put.
      const before = blocks.findIndex((b) => b.order > at);
      blocks.splice(before < 0 ? blocks.length : before, 0, ...elementToBlocks(caption, rules));
    }
  }
  const known = [...candidates.headline.map((h) => h.value), ...(reader?.title ? [reader.title] : []), ...(pageTitle ? [pageTitle] : [])];
  const story = cleanStory(blocks, { knownHeadlines: known }, rules);
  const text = joinParagraphs(story.paragraphs);

  const meta: PageMeta = {};
  const metaSources: Partial<Record<MetaField, string>> = {};
  const set = <K extends MetaField>(field: K, found: { value: NonNullable<PageMeta[K]>; source: string } | undefined) => {
    if (!found || meta[field] !== undefined) return;
    meta[field] = found.value;
    metaSources[field] = found.source;
  };
  for (const field of ["headline", "authors", "datePublished", "publisher", "section", "language", "url"] as const) set(field, first(candidates, field));
  set("headline", reader?.title ? { value: reader.title, source: "readability title" } : undefined);
  set("headline", pageTitle ? { value: pageTitle, source: "<title>" } : undefined);
  const readerByline = reader?.byline ? parseByline(reader.byline, { requirePrefix: false }, rules) : undefined;
  set("authors", story.found.authors ? { value: story.found.authors, source: "byline line" } : undefined);
  set("authors", readerByline ? { value: readerByline, source: "readability byline" } : undefined);
  set("datePublished", story.found.date ? { value: story.found.date.value, source: "dateline" } : undefined);
  set("publisher", copyright ? { value: copyright, source: "copyright line" } : undefined);
  set("section", story.found.section ? { value: story.found.section, source: "breadcrumb" } : undefined);
  const detected = detectLanguage(text, rules);
  set("language", detected ? { value: detected, source: "detected from the text" } : undefined);
  // "Headline | Site": the site's name is known only now (it may come from the copyright line).
  const sites = [...candidates.publisher.map((p) => p.value), ...(copyright ? [copyright] : [])];
  if (meta.headline) meta.headline = stripSiteName(meta.headline, sites);
  if (meta.authors) meta.authors = meta.authors.map((name) => nameCase(name, pageText, rules));
  return { format: "html", text, meta, metaSources, dropped: story.dropped };
}

/** HTML or plain text, judged by content: a document that opens with markup, or is mostly made of paragraph tags. */
export function looksLikeHtml(input: string): boolean {
  const head = input.replace(/^\uFEFF/u, "").replace(/^(\s|<!--[\s\S]*?-->)+/u, "");
  if (/^<(!doctype\s+html|html|head|body|meta|title|article|main|div|section|p|h[1-6])[\s>/]/iu.test(head)) return true;
  const tags = input.match(/<\/?(p|div|span|a|br|article|section|h[1-6]|li|ul|figure|figcaption)\b[^>]*>/giu)?.length ?? 0;
  return tags >= 5 && tags * 20 > input.split(/\s+/u).length;
}

// Metadata an HTML page states about its article, read before anything is removed from the page.
// Each field keeps every candidate with its source, in precedence order: JSON-LD (schema.org
// NewsArticle) first, then Open Graph / article: tags, then other <meta> tags, then the page's own
// elements (<h1>, <time>, <html lang>, the canonical link, a byline element). docs/import.md lists it.
import { CHROME_RULES, type ChromeRules } from "./chrome-rules.ts";
import type { MetaField, PageMeta } from "./extracted-article.ts";
import { parseByline } from "./parse-byline.ts";
import { dateFromValue } from "./parse-page-date.ts";

export interface Candidate<T> {
  value: T;
  source: string;
}

export type MetaCandidates = { [K in MetaField]: Array<Candidate<NonNullable<PageMeta[K]>>> };

const ARTICLE_TYPES = ["NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "Report", "Article", "BlogPosting", "LiveBlogPosting"];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);
const asArray = (v: Json | undefined): Json[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

function typesOf(node: JsonObject): string[] {
  return asArray(node["@type"]).filter((t): t is string => typeof t === "string").map((t) => t.replace(/^.*[/#:]/u, ""));
}

/** Every object in the page's JSON-LD blocks (arrays and @graph flattened); unparsable blocks are skipped. */
function jsonLdObjects(document: Document): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: Json) => {
    for (const item of asArray(value)) {
      if (!isObject(item)) continue;
      found.push(item);
      if (item["@graph"] !== undefined) visit(item["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? "") as Json);
    } catch {
      // A broken JSON-LD block is the page's bug; the other metadata still counts.
    }
  }
  return found;
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (isObject(value)) return text(value.name) ?? text(value["@value"]);
  return undefined;
}

function names(value: Json | undefined): string[] {
  return asArray(value)
    .map((v) => text(v))
    .filter((v): v is string => v !== undefined);
}

function metaContent(document: Document, selector: string): string | undefined {
  const value = document.querySelector(selector)?.getAttribute("content")?.trim();
  return value || undefined;
}

/** og:locale writes en_US; a language tag is en-US. */
function languageTag(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const tag = value.trim().replace(/_/gu, "-").split(/[\s,;]/u)[0]!;
  const [primary = "", ...rest] = tag.split("-");
  const normal = [primary.toLowerCase(), ...rest].join("-");
  return /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/u.test(normal) ? normal : undefined;
}

function isUrl(value: string | undefined): value is string {
  return value !== undefined && /^https?:\/\/\S+$/u.test(value);
}

/** A <title> or og:title often ends with the site's name: "Headline | Site", "Headline - Site". */
export function stripSiteName(title: string, siteNames: string[]): string {
  for (const site of siteNames) {
    for (const sep of [" | ", " - ", " – ", " — ", " :: ", " · ", " : "]) {
      if (title.endsWith(`${sep}${site}`) && title.length > sep.length + site.length) return title.slice(0, -(sep.length + site.length)).trim();
      if (title.startsWith(`${site}${sep}`) && title.length > sep.length + site.length) return title.slice(sep.length + site.length).trim();
    }
  }
  return title;
}

function authorsFrom(raw: string[], rules: ChromeRules): string[] {
  const out: string[] = [];
  for (const entry of raw) {
    if (isUrl(entry)) continue; // article:author is often a profile address, not a name
    for (const name of parseByline(entry, { requirePrefix: false }, rules) ?? []) if (!out.includes(name)) out.push(name);
  }
  return out;
}

export function readPageMetadata(document: Document, rules: ChromeRules = CHROME_RULES): MetaCandidates {
  const c: MetaCandidates = { headline: [], authors: [], datePublished: [], publisher: [], section: [], language: [], url: [] };
  const add = <K extends MetaField>(field: K, value: NonNullable<PageMeta[K]> | undefined, source: string) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    (c[field] as Array<Candidate<NonNullable<PageMeta[K]>>>).push({ value, source });
  };

  const objects = jsonLdObjects(document);
  const articles = ARTICLE_TYPES.flatMap((type) => objects.filter((o) => typesOf(o).includes(type)));
  for (const article of articles.slice(0, 1)) {
    add("headline", text(article.headline) ?? text(article.name), "json-ld");
    const date = text(article.datePublished) ?? text(article.dateCreated);
    add("datePublished", date ? dateFromValue(date, rules) : undefined, "json-ld");
    add("authors", authorsFrom(names(article.author), rules), "json-ld");
    add("publisher", text(article.publisher) ?? text(article.sourceOrganization), "json-ld");
    const urls = [text(article.url), isObject(article.mainEntityOfPage) ? text(article.mainEntityOfPage["@id"]) : text(article.mainEntityOfPage)];
    add("url", urls.find(isUrl), "json-ld");
    add("section", names(article.articleSection)[0], "json-ld");
    add("language", languageTag(text(article.inLanguage) ?? (isObject(article.inLanguage) ? text(article.inLanguage.alternateName) : undefined)), "json-ld");
  }
  const crumbs = objects.find((o) => typesOf(o).includes("BreadcrumbList"));
  if (crumbs) {
    const items = asArray(crumbs.itemListElement)
      .filter(isObject)
      .sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
      .map((item) => text(item.name) ?? (isObject(item.item) ? text(item.item.name) : undefined))
      .filter((n): n is string => n !== undefined);
    const kept = items.length > 0 && rules.breadcrumb.rootWords.has(items[0]!.toLowerCase()) ? items.slice(1) : items;
    add("section", kept.length > 0 ? kept.join(" > ") : undefined, "json-ld breadcrumb");
  }

  const siteName = metaContent(document, 'meta[property="og:site_name"]');
  add("headline", metaContent(document, 'meta[property="og:title"]'), "og:title");
  add("headline", metaContent(document, 'meta[name="twitter:title"]'), "twitter:title");
  add("url", ((u) => (isUrl(u) ? u : undefined))(metaContent(document, 'meta[property="og:url"]')), "og:url");
  add("publisher", siteName, "og:site_name");
  for (const [selector, source] of [
    ['meta[property="article:published_time"]', "article:published_time"],
    ['meta[name="article:published_time"]', "article:published_time"],
    ['meta[itemprop="datePublished"]', "meta itemprop=datePublished"],
    ['meta[name="date"]', "meta name=date"],
    ['meta[name="pubdate"]', "meta name=pubdate"],
    ['meta[name="publishdate"]', "meta name=publishdate"],
    ['meta[name="publish-date"]', "meta name=publish-date"],
    ['meta[name="dc.date"]', "meta name=dc.date"],
    ['meta[name="DC.date.issued"]', "meta name=DC.date.issued"],
    ['meta[name="parsely-pub-date"]', "meta name=parsely-pub-date"],
  ] as const) {
    const value = metaContent(document, selector);
    add("datePublished", value ? dateFromValue(value, rules) : undefined, source);
  }
  add("section", metaContent(document, 'meta[property="article:section"]'), "article:section");
  for (const [selector, source] of [
    ['meta[property="article:author"]', "article:author"],
    ['meta[name="author"]', "meta name=author"],
    ['meta[name="byline"]', "meta name=byline"],
    ['meta[name="dc.creator"]', "meta name=dc.creator"],
    ['meta[name="parsely-author"]', "meta name=parsely-author"],
  ] as const) {
    const values = [...document.querySelectorAll(selector)].map((m) => m.getAttribute("content")?.trim() ?? "").filter((v) => v !== "");
    add("authors", authorsFrom(values, rules), source);
  }
  add("publisher", metaContent(document, 'meta[name="application-name"]'), "meta name=application-name");
  add("language", languageTag(document.documentElement?.getAttribute("lang") ?? undefined), "html lang");
  add("language", languageTag(document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content") ?? undefined), "meta content-language");
  add("language", languageTag(metaContent(document, 'meta[property="og:locale"]')), "og:locale");
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim();
  add("url", isUrl(canonical) ? canonical : undefined, "canonical link");

  // The page's own elements: the weakest evidence, because a header or sidebar has them too.
  const scope = document.querySelector("article") ?? document.body ?? document.documentElement;
  const time =
    document.querySelector("time[pubdate][datetime]") ??
    document.querySelector('[itemprop="datePublished"][datetime]') ??
    scope?.querySelector("time[datetime]");
  const datetime = time?.getAttribute("datetime");
  add("datePublished", datetime ? dateFromValue(datetime, rules) : undefined, "<time datetime>");
  const bylineElements = [...document.querySelectorAll('[rel="author"], [itemprop="author"]'), ...[...document.querySelectorAll("[class]")].filter((e) => rules.html.bylineClass.test(e.getAttribute("class") ?? ""))];
  for (const element of bylineElements) {
    const raw = (element.textContent ?? "").replace(/\s+/gu, " ").trim();
    const found = parseByline(raw, { requirePrefix: false }, rules);
    if (found && found.length > 0) {
      add("authors", found, "byline element");
      break;
    }
  }
  const h1 = scope?.querySelector("h1") ?? document.querySelector("h1");
  add("headline", h1?.textContent?.replace(/\s+/gu, " ").trim() || undefined, "<h1>");
  return c;
}

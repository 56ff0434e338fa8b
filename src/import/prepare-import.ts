// The whole import without the file system: page (HTML or text) + flags → article.txt and
// article.yaml as strings, or an error that says what is missing and which flag supplies it.
// The CLI (src/cli/commands/import.ts) reads the input and writes the folder.
import { Ajv } from "ajv";
import { UsageKgError } from "../errors.ts";
import { ID_PATTERN, articleMetaSchema } from "../validate/schemas.ts";
import { defaultArticleId } from "./article-id.ts";
import { articleYaml, type ArticleMetaSpec } from "./article-yaml.ts";
import type { ExtractedArticle, MetaField } from "./extracted-article.ts";
import { htmlToArticle, looksLikeHtml } from "./html-to-article.ts";
import { ImportInputKgError, MissingMetadataKgError } from "./import-errors.ts";
import { calendarDate } from "./parse-page-date.ts";
import { textToArticle } from "./text-to-article.ts";

export interface ImportFlags {
  id?: string;
  url?: string;
  /** YYYY-MM-DD */
  date?: string;
  headline?: string;
  publisher?: string;
  author?: string[];
  section?: string;
  language?: string;
}

export interface PreparedArticle {
  id: string;
  meta: ArticleMetaSpec;
  /** Where each field came from: "flag", "json-ld", "og:title", "byline", … */
  metaSources: Record<string, string>;
  /** article.txt */
  text: string;
  /** article.yaml */
  yaml: string;
  format: "html" | "text";
  dropped: ExtractedArticle["dropped"];
}

const ajv = new Ajv({ allErrors: true, strict: true });
const checkMeta = ajv.compile(articleMetaSchema);
const URL_PATTERN = new RegExp(articleMetaSchema.properties.url.pattern, "u");
const LANGUAGE_PATTERN = new RegExp(articleMetaSchema.properties.language.pattern, "u");

function checkFlags(flags: ImportFlags): void {
  if (flags.date !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(flags.date);
    if (!m || !calendarDate(+m[1]!, +m[2]!, +m[3]!)) throw new UsageKgError(`--date ${JSON.stringify(flags.date)} is not a calendar date (expected YYYY-MM-DD, e.g. 2023-03-24)`);
  }
  if (flags.url !== undefined && !URL_PATTERN.test(flags.url)) throw new UsageKgError(`--url ${JSON.stringify(flags.url)} is not an http(s) address without spaces (expected e.g. https://example.com/news/story)`);
  if (flags.id !== undefined && !new RegExp(ID_PATTERN, "u").test(flags.id)) throw new UsageKgError(`--id ${JSON.stringify(flags.id)} is not an article id (expected lower-case letters, digits and hyphens, starting with a letter or digit)`);
  if (flags.language !== undefined && !LANGUAGE_PATTERN.test(flags.language)) throw new UsageKgError(`--language ${JSON.stringify(flags.language)} is not a language tag (expected e.g. en, en-GB, ko)`);
  for (const [name, value] of [["--headline", flags.headline], ["--publisher", flags.publisher], ["--section", flags.section]] as const) {
    if (value !== undefined && value.trim() === "") throw new UsageKgError(`${name} is empty (expected some text)`);
  }
  if (flags.author?.some((a) => a.trim() === "")) throw new UsageKgError("--author is empty (expected a name)");
}

function missing(field: string, flag: string, example: string, what: string, input: string): MissingMetadataKgError {
  return new MissingMetadataKgError(`${input}: no ${what} found in the page; give it with ${flag} ${example}`, field, flag);
}

/**
 * @param input the page's text (already decoded)
 * @param name how to call the input in messages (its path, or "standard input")
 */
export function prepareImport(input: string, flags: ImportFlags = {}, name = "input", format?: "html" | "text"): PreparedArticle {
  checkFlags(flags);
  if (input.trim() === "") throw new ImportInputKgError(`${name}: is empty (expected an HTML page or the text of an article)`, "empty");
  const kind = format ?? (looksLikeHtml(input) ? "html" : "text");
  const extracted = kind === "html" ? htmlToArticle(input) : textToArticle(input, flags.headline ? { headline: flags.headline } : {});
  if (extracted.text.trim() === "") {
    throw new ImportInputKgError(`${name}: no story text found (every line looked like page chrome, see data/lexicons/page-chrome.json)`, "no-story");
  }
  const sources: Partial<Record<MetaField | "id", string>> = { ...extracted.metaSources };
  const page = extracted.meta;
  const pick = <T>(flag: T | undefined, field: MetaField, value: T | undefined): T | undefined => {
    if (flag !== undefined) {
      sources[field] = "flag";
      return flag;
    }
    return value;
  };
  const headline = pick(flags.headline?.trim(), "headline", page.headline);
  const datePublished = pick(flags.date, "datePublished", page.datePublished);
  const publisher = pick(flags.publisher?.trim(), "publisher", page.publisher);
  let author = pick(flags.author?.map((a) => a.trim()), "authors", page.authors);
  const section = pick(flags.section?.trim(), "section", page.section);
  const language = pick(flags.language, "language", page.language);
  const url = pick(flags.url, "url", page.url);

  if (!datePublished) {
    throw new MissingMetadataKgError(
      `${name}: no publication date found in the page, and it anchors every relative date of the article ("Friday", "last month"); give it with --date YYYY-MM-DD`,
      "datePublished",
      "--date",
    );
  }
  if (!headline) throw missing("headline", "--headline", '"…"', "headline", name);
  if (!publisher) throw missing("publisher", "--publisher", '"Name of the outlet"', "publisher (no JSON-LD publisher, og:site_name or copyright line)", name);
  if (!language) throw missing("language", "--language", "en", "language (no lang attribute, and the text's words did not tell)", name);
  if (!author || author.length === 0) {
    // No byline: the outlet is the author, as schema.org allows (wire copy, staff reports).
    author = [publisher];
    sources.authors = "publisher (no byline found)";
  }
  const id = flags.id ?? defaultArticleId({ publisher, datePublished, headline });
  sources.id = flags.id ? "flag" : "default";
  const meta: ArticleMetaSpec = { id, headline, publisher, author, datePublished, ...(section ? { section } : {}), language, ...(url ? { url } : {}) };
  if (!checkMeta(meta)) {
    // Every field was checked above; reaching this is a bug in the importer, not in the input.
    throw new Error(`kg import produced invalid article metadata: ${ajv.errorsText(checkMeta.errors)}`);
  }
  const metaSources: Record<string, string> = {};
  for (const key of ["id", "headline", "publisher", "authors", "datePublished", "section", "language", "url"] as const) {
    if (sources[key] && (key === "authors" || key === "id" || meta[key] !== undefined)) metaSources[key === "authors" ? "author" : key] = sources[key]!;
  }
  return { id, meta, metaSources, text: extracted.text, yaml: articleYaml(meta), format: kind, dropped: extracted.dropped };
}

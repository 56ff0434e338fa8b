// What an importer reads out of a page: the story text and whatever metadata the page states,
// each field with where it came from (shown by `kg import --json`, and in docs/import.md's precedence).
import type { DroppedLine } from "./clean-story.ts";

export interface PageMeta {
  headline?: string;
  authors?: string[];
  /** YYYY-MM-DD */
  datePublished?: string;
  publisher?: string;
  section?: string;
  language?: string;
  url?: string;
}

export type MetaField = keyof PageMeta;

export interface ExtractedArticle {
  format: "html" | "text";
  /** article.txt: one paragraph per line, a blank line between paragraphs, a final newline. */
  text: string;
  meta: PageMeta;
  /** Where each field of `meta` came from, e.g. `{ headline: "json-ld", datePublished: "article:published_time" }`. */
  metaSources: Partial<Record<MetaField, string>>;
  /** Lines left out of the text, and why. */
  dropped: DroppedLine[];
}

/** The article.txt layout of the seed: paragraphs separated by one blank line, ending in a newline. */
export function joinParagraphs(paragraphs: string[]): string {
  return paragraphs.length === 0 ? "" : `${paragraphs.join("\n\n")}\n`;
}

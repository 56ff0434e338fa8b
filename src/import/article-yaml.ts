// article.yaml as `kg import` writes it: the seed's field order and comment, the date quoted so
// that no YAML reader takes it for a timestamp.
import { Document, Scalar, type YAMLMap } from "yaml";

export interface ArticleMetaSpec {
  id: string;
  headline: string;
  publisher: string;
  author: string[];
  datePublished: string;
  section?: string;
  language: string;
  url?: string;
}

const HEADER =
  "Metadata of the source article, written by `kg import`. The story text is in article.txt (page\n" +
  "chrome removed, photo captions kept); evidence offsets count code points in it.";

export function articleYaml(meta: ArticleMetaSpec): string {
  const ordered: Record<string, unknown> = {
    id: meta.id,
    headline: meta.headline,
    publisher: meta.publisher,
    author: meta.author,
    datePublished: meta.datePublished,
    ...(meta.section ? { section: meta.section } : {}),
    language: meta.language,
    ...(meta.url ? { url: meta.url } : {}),
  };
  const doc = new Document(ordered);
  const date = doc.get("datePublished", true) as Scalar;
  date.type = Scalar.QUOTE_DOUBLE;
  // On the map rather than the document: yaml puts a blank line after a document comment, the seed has none.
  (doc.contents as YAMLMap).commentBefore = HEADER.split("\n").map((l) => ` ${l}`).join("\n");
  return doc.toString({ lineWidth: 0 });
}

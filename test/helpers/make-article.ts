// Small in-memory articles for tests: text plus entities and relations whose quotes are located
// in the text the same way the validator does.
import type { ArticleModel, NodeAttributes } from "../../src/model/types.ts";
import type { Kind, Relation } from "../../src/model/vocabulary.ts";
import { locateQuote } from "../../src/validate/locate-quote.ts";

export interface TestEntity {
  id: string;
  kind: Kind;
  label: string;
  quote: string;
  aliases?: string[];
  modality?: NodeAttributes["modality"];
}

export interface TestRelation {
  from: string;
  rel: Relation;
  to: string;
  quote: string;
}

export function makeArticle(id: string, text: string, entities: TestEntity[], relations: TestRelation[] = []): ArticleModel {
  const at = (quote: string) => {
    const evidence = locateQuote(id, text, quote);
    if (!evidence) throw new Error(`test article ${id}: "${quote}" is not in its text`);
    return evidence;
  };
  return {
    meta: {
      id,
      headline: `Headline of ${id}`,
      publisher: "Test Daily",
      author: ["A. Writer"],
      datePublished: "2023-03-24",
      section: "Test",
      language: "en",
      text,
      sourceFiles: { meta: `${id}/article.yaml`, text: `${id}/article.txt`, annotation: `${id}/annotation.yaml` },
    },
    nodes: entities.map((e) => ({
      id: e.id,
      attributes: {
        label: e.label,
        kind: e.kind,
        aliases: e.aliases ?? [],
        description: "",
        figures: [],
        evidence: [at(e.quote)],
        articles: [id],
        ...(e.modality ? { modality: e.modality } : {}),
      },
    })),
    edges: relations.map((r) => ({
      source: r.from,
      target: r.to,
      attributes: { relation: r.rel, modality: "happened", confidence: 1, article: id, evidence: [at(r.quote)] },
    })),
  };
}

// What only a set of articles can show: the same article id twice, one entity id with two kinds,
// one Wikidata item for two ids. Fed one article at a time, so the streaming export can use it too.
import type { SourceIssue } from "../errors.ts";
import type { ArticleModel } from "../model/types.ts";
import { KIND_NAMES, type Kind } from "../model/vocabulary.ts";
import type { ArticleValidation } from "./validate-article.ts";

/**
 * A fresh copy of a string. Strings from the YAML parser can be V8 slices of the whole source file, and
 * keeping such a slice keeps the file: storing ids as they come held ~20 KB per article, and memory grew
 * with the corpus. Only what CorpusChecks keeps is copied.
 */
const own = (text: string): string => Buffer.from(text, "utf8").toString("utf8");
const CANONICAL_KINDS = new Map<string, Kind>(KIND_NAMES.map((k) => [k, k]));

/**
 * Cross-article checks (used by validateSources and the streaming export), keeping ids and kinds only: about
 * 100 bytes per distinct entity id, the one thing that still grows with the corpus.
 */
export class CorpusChecks {
  private readonly articleDirs = new Map<string, string>();
  private readonly entityKinds = new Map<string, { kind: Kind; article: string }>();
  private readonly wikidataOwners = new Map<string, { id: string; article: string }>();

  check(dir: string, files: { meta: string; annotation: string }, result: ArticleValidation, model: ArticleModel): SourceIssue[] {
    const issues: SourceIssue[] = [];
    const seenIn = this.articleDirs.get(model.meta.id);
    if (seenIn) {
      issues.push({
        code: "DUPLICATE_ARTICLE",
        file: files.meta,
        line: result.idLine ?? 0,
        field: "id",
        message: `article id "${model.meta.id}" is also used by ${seenIn}`,
        expected: "one folder per article id",
      });
      return issues;
    }
    const article = own(model.meta.id);
    this.articleDirs.set(article, own(dir));
    for (const node of model.nodes) {
      const known = this.entityKinds.get(node.id);
      if (known && known.kind !== node.attributes.kind) {
        issues.push({
          code: "KIND_CONFLICT",
          file: files.annotation,
          line: result.entityLines?.get(node.id) ?? 0,
          field: `entities.${node.id}`,
          message: `"${node.id}" is a ${node.attributes.kind} here but a ${known.kind} in article "${known.article}"`,
          expected: "the same kind for the same id in every article",
        });
      } else if (!known) this.entityKinds.set(own(node.id), { kind: CANONICAL_KINDS.get(node.attributes.kind) ?? node.attributes.kind, article });
      const qid = node.attributes.wikidata;
      const owner = qid ? this.wikidataOwners.get(qid) : undefined;
      if (qid && owner && owner.id !== node.id) {
        issues.push({
          code: "WIKIDATA_CONFLICT",
          file: files.annotation,
          line: result.entityLines?.get(node.id) ?? 0,
          field: `entities.${node.id}.wikidata`,
          message: `${qid} is already the Wikidata item of "${owner.id}" (article "${owner.article}")`,
          expected: `the id "${owner.id}" for this entity, or another Wikidata item`,
        });
      } else if (qid && !owner) this.wikidataOwners.set(own(qid), { id: own(node.id), article });
    }
    return issues;
  }
}

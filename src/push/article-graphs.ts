// The articles to push, one at a time: the streaming export's pipeline (read → validate → build → quads, one
// article folder in memory, cross-article checks keeping only ids and kinds), here as an iterator of named
// graphs instead of a file, from the same parts (validateFolders, CorpusChecks, buildGraph, articleQuads), so
// the per-article graphs, and so the triples, are the same.
//
// A push validates everything before sending anything (pass 1, `validArticles`), so a bad article found late
// never leaves the store half updated; pass 2 (`articleGraphs`) reads each folder again and builds its graph.
import type { Quad } from "@rdfjs/types";
import { ValidationKgError, type SourceIssue } from "../errors.ts";
import { buildGraph } from "../graph/build-graph.ts";
import { articleQuads, type RdfOptions } from "../rdf/graph-to-quads.ts";
import { dataNamespaces, DEFAULT_BASE_IRI } from "../rdf/namespaces.ts";
import { flattenToTriples } from "../rdf/write-rdf.ts";
import { listArticleDirs } from "../sources/read-sources.ts";
import { validateFolders } from "../sources/validate-folders.ts";
import { CorpusChecks } from "../validate/corpus-checks.ts";

/** An article folder that validated, with the IRI of its named graph. */
export interface ArticleEntry {
  dir: string;
  article: string;
  graph: string;
}

export interface ArticleGraph extends ArticleEntry {
  /** The graph's triples, deduplicated (graph name dropped: the Graph Store Protocol names the graph). */
  triples: Quad[];
}

/** The IRI prefix every article graph starts with, for a base IRI. */
export function articleGraphPrefix(baseIri: string = DEFAULT_BASE_IRI): string {
  return dataNamespaces(baseIri).graph;
}

/**
 * Pass 1: every article folder under `paths`, validated one at a time with the cross-article checks.
 * @throws ValidationKgError with every problem found, when there is any.
 */
export async function validArticles(paths: string[], baseIri: string = DEFAULT_BASE_IRI): Promise<ArticleEntry[]> {
  const listed = await listArticleDirs(paths);
  const issues: SourceIssue[] = [...listed.issues];
  const checks = new CorpusChecks();
  const entries: ArticleEntry[] = [];
  const prefix = articleGraphPrefix(baseIri);
  for await (const folder of validateFolders(listed.dirs, checks)) {
    issues.push(...folder.issues);
    if (folder.model) entries.push({ dir: folder.dir, article: folder.model.meta.id, graph: `${prefix}${folder.model.meta.id}` });
  }
  if (issues.length > 0) throw new ValidationKgError(issues);
  return entries;
}

/**
 * Pass 2: each entry's named graph, built from that article alone (as `kg export --stream` does), in order.
 * @throws ValidationKgError when a folder changed since pass 1 and no longer validates.
 */
export async function* articleGraphs(entries: readonly ArticleEntry[], options: Pick<RdfOptions, "baseIri" | "profile"> = {}): AsyncGenerator<ArticleGraph> {
  let i = 0;
  for await (const folder of validateFolders(entries.map((e) => e.dir))) {
    const entry = entries[i++] as ArticleEntry;
    if (!folder.model || folder.issues.length > 0) throw new ValidationKgError(folder.issues);
    if (folder.model.meta.id !== entry.article) {
      throw new ValidationKgError([
        { code: "CHANGED_DURING_PUSH", file: folder.source.files.meta.path, line: 0, field: "id", message: `the article id changed during the push (was "${entry.article}")` },
      ]);
    }
    const graph = buildGraph([folder.model]);
    yield { ...entry, triples: flattenToTriples(articleQuads(graph, entry.article, options)) };
  }
}

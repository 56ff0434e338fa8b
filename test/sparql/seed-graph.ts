// The real seed graph, built through the lead's pipeline (sources → graph → N-Quads), shared by the
// SPARQL, server and example-query tests so their answers are pinned against the actual annotation.
import { readFileSync } from "node:fs";
import { buildGraph } from "../../src/graph/build-graph.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { graphToNQuads } from "../../src/sparql/graph-to-nquads.ts";
import { loadSources } from "../../src/sources/load-sources.ts";

export const DATA_DIR = new URL("../../data", import.meta.url).pathname;
export const QUERIES_DIR = new URL("../../data/queries/", import.meta.url);
// The seed folder alone: data/ also holds the development set, whose articles would change the pinned answers.
const SEED_ARTICLE_DIR = new URL("../../data/articles/joongang-2023-03-24-korea-japan-supply-chain", import.meta.url).pathname;

export async function seedGraph(): Promise<KnowledgeGraph> {
  return buildGraph(await loadSources([SEED_ARTICLE_DIR]));
}

export async function seedNQuads(): Promise<string> {
  return graphToNQuads(await seedGraph());
}

export function exampleQuery(name: string): string {
  return readFileSync(new URL(name, QUERIES_DIR), "utf8");
}

// The seed article, loaded once per test file.
import { buildGraph } from "../../src/graph/build-graph.ts";
import type { ArticleModel, KnowledgeGraph } from "../../src/model/types.ts";
import { loadSources } from "../../src/sources/load-sources.ts";

export const SEED_DIR = "data/articles/joongang-2023-03-24-korea-japan-supply-chain";

export async function loadSeedModels(): Promise<ArticleModel[]> {
  return loadSources([SEED_DIR]);
}

export async function loadSeedGraph(): Promise<KnowledgeGraph> {
  return buildGraph(await loadSeedModels());
}

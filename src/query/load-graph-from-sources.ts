import { buildGraph } from "../graph/build-graph.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import { loadSources } from "../sources/load-sources.ts";

/**
 * Read, validate and build the article folders under `paths` (default `data`).
 *
 * @example
 * ```ts
 * const graph = await loadGraphFromSources(["data"]);
 * ```
 * @throws ValidationKgError listing every problem in the sources.
 */
export async function loadGraphFromSources(paths: string[] = ["data"]): Promise<KnowledgeGraph> {
  return buildGraph(await loadSources(paths));
}

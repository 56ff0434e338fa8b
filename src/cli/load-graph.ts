// Where the CLI gets its graph: article folders (with progress on a terminal) or a previous export,
// through the public API's loaders.
import { buildGraph } from "../build/build-graph.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import { loadGraph } from "../query/load-graph.ts";
import { loadSources } from "../sources/load-sources.ts";
import { progress, type Io } from "./output.ts";

export const DEFAULT_SOURCES = ["data"];

/** Builds from article folders. */
export async function graphFromSources(paths: string[], io: Io): Promise<KnowledgeGraph> {
  progress(io, `reading and validating ${paths.join(", ")}`);
  const models = await loadSources(paths.length > 0 ? paths : DEFAULT_SOURCES);
  progress(io, `building the graph of ${models.length} article(s)`);
  return buildGraph(models);
}

/** Reads a graph export: graphology JSON (`.json`) or any RDF format this tool writes. */
export function graphFromFile(path: string, baseIri?: string): Promise<KnowledgeGraph> {
  return loadGraph({ input: path, ...(baseIri ? { baseIri } : {}) });
}

// Where the CLI gets its graph: article folders (validated and built) or a previous export.
import { readFile } from "node:fs/promises";
import graphology from "graphology";
import { buildGraph } from "../build/build-graph.ts";
import { NotFoundKgError, ParseKgError, UsageKgError } from "../errors.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import { parseRdf, formatFromPath } from "../rdf/parse-rdf.ts";
import { quadsToGraph } from "../rdf/quads-to-graph.ts";
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
export async function graphFromFile(path: string, baseIri?: string): Promise<KnowledgeGraph> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new NotFoundKgError(`cannot read the graph file ${path}`);
  }
  if (path.endsWith(".json")) {
    try {
      const graph: KnowledgeGraph = new graphology.MultiDirectedGraph();
      graph.import(JSON.parse(text));
      return graph;
    } catch (error) {
      throw new ParseKgError(`${path}: not a graphology JSON export: ${(error as Error).message}`);
    }
  }
  const format = formatFromPath(path);
  if (!format) throw new UsageKgError(`${path}: unknown graph file type; expected .json, .nt, .nq, .ttl, .trig or .jsonld`);
  return quadsToGraph(await parseRdf(text, format, path), baseIri ? { baseIri } : {});
}

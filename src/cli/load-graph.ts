// Where the CLI gets its graph: article folders (with progress on a terminal), a previous export,
// or standard input (`-i -`), through the public API's loaders.
import { buildGraph } from "../graph/build-graph.ts";
import { ParseKgError, UsageKgError } from "../errors.ts";
import { readStdin, STDIN } from "../io/read-stdin.ts";
import type { KnowledgeGraph } from "../model/types.ts";
import { loadGraph } from "../query/load-graph.ts";
import { loadGraphFromJson } from "../query/load-graph-from-json.ts";
import { loadGraphFromRdf } from "../query/load-graph-from-rdf.ts";
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

/** Reads a graph export: graphology JSON (`.json`), any RDF format this tool writes, or `-` (stdin). */
export async function graphFromFile(path: string, baseIri?: string): Promise<KnowledgeGraph> {
  if (path === STDIN) return graphFromText(await readStdin(), baseIri);
  return loadGraph({ input: path, ...(baseIri ? { baseIri } : {}) });
}

/** `-i FILE` when given, else the article folders. */
export function graphFor(options: { input?: string; sources?: string[]; base?: string }, io: Io): Promise<KnowledgeGraph> {
  return options.input ? graphFromFile(options.input, options.base) : graphFromSources(options.sources ?? [], io);
}

/**
 * A graph export with no file name to tell its format: JSON is graphology's export when it has
 * `nodes`, else JSON-LD; other text is N-Quads (which covers N-Triples) or else TriG (which covers Turtle).
 */
export async function graphFromText(text: string, baseIri?: string): Promise<KnowledgeGraph> {
  const base = baseIri ? { baseIri } : {};
  const start = text.trimStart();
  if (start.startsWith("{") || start.startsWith("[")) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ParseKgError(`standard input: not JSON: ${(error as Error).message}`);
    }
    if (data !== null && typeof data === "object" && Array.isArray((data as { nodes?: unknown }).nodes)) return loadGraphFromJson(data);
    return loadGraphFromRdf({ text, format: "jsonld", ...base });
  }
  if (start.startsWith("<?xml") || start.startsWith("<gexf") || start.startsWith("<graphml")) {
    throw new UsageKgError("standard input holds GEXF or GraphML, which are written for other tools and not read back; pipe graph.json or RDF");
  }
  try {
    return await loadGraphFromRdf({ text, format: "nq", ...base });
  } catch (nquadsError) {
    if (!(nquadsError instanceof ParseKgError)) throw nquadsError;
    try {
      return await loadGraphFromRdf({ text, format: "trig", ...base });
    } catch (trigError) {
      if (!(trigError instanceof ParseKgError)) throw trigError;
      throw new ParseKgError(`standard input is neither graph JSON, JSON-LD, N-Quads/N-Triples nor TriG/Turtle: ${trigError.message}`);
    }
  }
}

import type { KnowledgeGraph } from "../model/types.ts";
import { formatFromPath } from "../rdf/parse-rdf.ts";
import { loadGraphFromJson } from "./load-graph-from-json.ts";
import { loadGraphFromRdf } from "./load-graph-from-rdf.ts";
import { loadGraphFromSources } from "./load-graph-from-sources.ts";

export interface GraphSource {
  /** A graph export: `.json` (graphology) or RDF (`.nt`, `.ttl`, `.nq`, `.trig`, `.jsonld`). Wins over `sources`. */
  input?: string;
  /** Article folders to build from (default `data`). */
  sources?: string[];
  /** Base IRI the RDF input was written with. */
  baseIri?: string;
}

/**
 * A graph from wherever it lives: an export file if `input` is given, else the article sources.
 *
 * @example
 * ```ts
 * const graph = await loadGraph({ input: "out/graph.json" });
 * const fresh = await loadGraph(); // builds from data/
 * ```
 */
export async function loadGraph(source: GraphSource = {}): Promise<KnowledgeGraph> {
  if (source.input) {
    if (source.input.endsWith(".json") && !formatFromPath(source.input)) return loadGraphFromJson(source.input);
    return loadGraphFromRdf({ path: source.input, ...(source.baseIri ? { baseIri: source.baseIri } : {}) });
  }
  return loadGraphFromSources(source.sources && source.sources.length > 0 ? source.sources : ["data"]);
}

// The N-Quads `kg query` and `kg serve` load: an N-Quads export as is, anything else through a graph.
import { readFile } from "node:fs/promises";
import { NotFoundKgError } from "../../errors.ts";
import { loadGraph } from "../../query/load-graph.ts";
import { graphToNQuads } from "../../sparql/graph-to-nquads.ts";

export async function nquadsFor(options: { input?: string; sources: string[] }): Promise<string> {
  if (options.input?.endsWith(".nq")) {
    const path = options.input;
    return readFile(path, "utf8").catch(() => {
      throw new NotFoundKgError(`cannot read ${path}`);
    });
  }
  return graphToNQuads(await loadGraph({ sources: options.sources, ...(options.input ? { input: options.input } : {}) }));
}

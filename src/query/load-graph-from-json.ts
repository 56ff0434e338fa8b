import { readFile } from "node:fs/promises";
import { MultiDirectedGraph } from "graphology";
import { NotFoundKgError, ParseKgError } from "../errors.ts";
import type { KnowledgeGraph, NodeAttributes } from "../model/types.ts";

/**
 * A graph from a graphology JSON export (`kg build` writes `out/graph.json`): a file path, or the parsed object.
 *
 * @example
 * ```ts
 * const graph = await loadGraphFromJson("out/graph.json");
 * ```
 * @throws NotFoundKgError when the file cannot be read; ParseKgError when it is not such an export.
 */
export async function loadGraphFromJson(source: string | object): Promise<KnowledgeGraph> {
  let data: unknown = source;
  if (typeof source === "string") {
    const text = await readFile(source, "utf8").catch(() => {
      throw new NotFoundKgError(`cannot read the graph export ${source}`);
    });
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ParseKgError(`${source}: not JSON: ${(error as Error).message}`);
    }
  }
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  try {
    graph.import(data as Parameters<KnowledgeGraph["import"]>[0]);
  } catch (error) {
    throw new ParseKgError(`not a graphology JSON export: ${(error as Error).message}`);
  }
  // graphology accepts any attributes; a node without label or kind is not our contract.
  graph.forEachNode((node, a: Partial<NodeAttributes>) => {
    if (typeof a.label !== "string" || typeof a.kind !== "string") throw new ParseKgError(`node "${node}" has no label or kind: not a knowledge-graph export`);
  });
  return graph;
}

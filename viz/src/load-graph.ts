// Reads a builder graph (graphology `export()` JSON) into a MultiDirectedGraph. Any builder
// graph works: nodes without precomputed x/y get a layout here, missing arrays default to empty.
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";
import { layoutGraph } from "../../src/layout/layout-graph.ts";

export function graphFromJson(json: unknown): KnowledgeGraph {
  if (!json || typeof json !== "object" || !Array.isArray((json as { nodes?: unknown }).nodes)) {
    throw new Error("not a graphology export: expected an object with a `nodes` array");
  }
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.import(json as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  let missing = false;
  graph.forEachNode((node, attrs) => {
    // Defensive defaults so a partial graph still renders; the model itself is not otherwise changed.
    if (typeof attrs.label !== "string") graph.setNodeAttribute(node, "label", node);
    for (const key of ["aliases", "evidence", "figures", "articles"] as const) {
      if (!Array.isArray(attrs[key])) graph.setNodeAttribute(node, key, []);
    }
    if (typeof attrs.x !== "number" || typeof attrs.y !== "number") missing = true;
  });
  graph.forEachEdge((edge, attrs) => {
    if (!Array.isArray(attrs.evidence)) graph.setEdgeAttribute(edge, "evidence", []);
  });
  if (!graph.getAttribute("articles")) graph.setAttribute("articles", {});
  if (missing) layoutGraph(graph);
  return graph;
}

export async function fetchGraph(url: string): Promise<KnowledgeGraph> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url}: HTTP ${response.status}`);
  return graphFromJson(await response.json());
}

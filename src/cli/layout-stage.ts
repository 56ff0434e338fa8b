// The build's layout stage. The layout module belongs to the explorer's side of the project and may
// be absent in a trimmed install; the build then writes a graph without positions.
import type { KnowledgeGraph } from "../model/types.ts";

export async function layoutStage(graph: KnowledgeGraph): Promise<void> {
  const module = (await import("../layout/layout-graph.ts").catch(() => undefined)) as
    | { layoutGraph?: (graph: KnowledgeGraph) => void }
    | undefined;
  module?.layoutGraph?.(graph);
}

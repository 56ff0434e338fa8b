// graphology's traversal and path algorithms walk every neighbour; they cannot skip edges by
// attribute. So a query over some relations runs on a view: a simple graph holding only the
// matching claims. Views are cached per graph and filter, and dropped when the graph changes.
import { DirectedGraph, UndirectedGraph } from "graphology";
import type { KnowledgeGraph } from "../model/types.ts";
import { edgeFilterKey, edgePredicate, type EdgeFilter } from "./edge-filter.ts";

/** A simple graph over the claims that pass a filter; an edge stands for one or more claims. */
export type RelationView = DirectedGraph | UndirectedGraph;

const cache = new WeakMap<KnowledgeGraph, Map<string, RelationView>>();

const MUTATIONS = [
  "nodeAdded",
  "edgeAdded",
  "nodeDropped",
  "edgeDropped",
  "cleared",
  "edgesCleared",
  "edgeAttributesUpdated",
] as const;

function viewsOf(graph: KnowledgeGraph): Map<string, RelationView> {
  let views = cache.get(graph);
  if (!views) {
    const fresh = new Map<string, RelationView>();
    views = fresh;
    cache.set(graph, fresh);
    // Any mutation may change which claims pass; rebuilding on the next query is cheap next to a stale answer.
    for (const event of MUTATIONS) graph.on(event, () => fresh.clear());
  }
  return views;
}

/**
 * The view of `graph` over the claims passing `filter`, directed or not. Every node of the graph is in
 * the view, so any node can start a traversal.
 */
export function relationView(graph: KnowledgeGraph, filter: EdgeFilter, undirected = false): RelationView {
  const views = viewsOf(graph);
  const key = `${undirected ? "u" : "d"}|${edgeFilterKey(filter)}`;
  const cached = views.get(key);
  if (cached) return cached;
  const view: RelationView = undirected ? new UndirectedGraph() : new DirectedGraph();
  const accept = edgePredicate(filter);
  graph.forEachNode((node) => view.addNode(node));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source !== target && accept(attributes)) view.mergeEdge(source, target);
  });
  views.set(key, view);
  return view;
}

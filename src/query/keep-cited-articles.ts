// A filtered graph must export like a whole one, so its article table lists exactly the articles its
// nodes and claims still cite (the RDF writer emits one named graph per listed article).
import type { KnowledgeGraph } from "../model/types.ts";

export function keepCitedArticles(graph: KnowledgeGraph): KnowledgeGraph {
  const cited = new Set<string>();
  graph.forEachNode((_node, a) => a.articles.forEach((article) => cited.add(article)));
  graph.forEachEdge((_edge, a) => cited.add(a.article));
  const all = graph.getAttribute("articles") ?? {};
  graph.setAttribute("articles", Object.fromEntries(Object.entries(all).filter(([id]) => cited.has(id))));
  return graph;
}

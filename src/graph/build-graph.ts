// Validated article models → one graphology MultiDirectedGraph. Pure and deterministic: the same
// models in the same order give the same graph, node for node and key for key.
import graphology from "graphology";
import type { ArticleModel, KnowledgeGraph, NodeAttributes } from "../model/types.ts";
import { claimKey } from "./claim-key.ts";
import { normalizeName } from "./normalize-name.ts";

const { MultiDirectedGraph } = graphology;

export interface BuildOptions {
  /** Merge entities of different ids whose label or an alias match (same kind). Default true. */
  mergeByAlias?: boolean;
}

const sortedUnion = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])].sort();

/** Folds a later article's view of an entity into the node already in the graph. */
function mergeNode(into: NodeAttributes, from: NodeAttributes, alias: string | undefined): void {
  into.aliases = [...new Set([...into.aliases, ...(alias ? [from.label] : []), ...from.aliases])].filter((a) => a !== into.label);
  if (!into.description && from.description) into.description = from.description;
  for (const key of ["wikidata", "jobTitle", "modality", "date"] as const) {
    if (into[key] === undefined && from[key] !== undefined) (into as unknown as Record<string, unknown>)[key] = from[key];
  }
  into.figures = [...into.figures, ...from.figures];
  into.evidence = [...into.evidence, ...from.evidence];
  into.articles = sortedUnion(into.articles, from.articles);
  // A node stays a draft only in the articles that draft it; a reviewed article does not inherit it.
  if (from.draftedIn) into.draftedIn = sortedUnion(into.draftedIn ?? [], from.draftedIn);
  if (from.confidence !== undefined) into.confidence = Math.min(into.confidence ?? 1, from.confidence);
}

/**
 * Builds the knowledge graph. Entities with the same id are one node; with `mergeByAlias`, an
 * entity of a later article whose label or alias names an existing node of the same kind joins it.
 * Every relation becomes its own edge (a claim), keyed by a hash of what it states and where.
 */
export function buildGraph(models: ArticleModel[], options: BuildOptions = {}): KnowledgeGraph {
  const mergeByAlias = options.mergeByAlias ?? true;
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ articles: {} });
  const byName = new Map<string, string>();

  for (const model of models) {
    const { sourceFiles: _files, ...meta } = model.meta;
    graph.getAttribute("articles")[meta.id] = meta;
    const idMap = new Map<string, string>();
    for (const { id, attributes } of model.nodes) {
      const attrs: NodeAttributes = structuredClone(attributes);
      let target = graph.hasNode(id) ? id : undefined;
      let viaAlias: string | undefined;
      if (!target && mergeByAlias) {
        for (const name of [attrs.label, ...attrs.aliases]) {
          const match = byName.get(`${attrs.kind}\u0000${normalizeName(name)}`);
          if (match) {
            target = match;
            viaAlias = name;
            break;
          }
        }
      }
      if (target) {
        graph.updateNodeAttributes(target, (current) => {
          mergeNode(current, attrs, viaAlias);
          return current;
        });
      } else {
        graph.addNode(id, attrs);
        target = id;
      }
      idMap.set(id, target);
      for (const name of [attrs.label, ...attrs.aliases]) {
        const key = `${attrs.kind}\u0000${normalizeName(name)}`;
        if (!byName.has(key)) byName.set(key, target);
      }
    }
    for (const { source, target, attributes } of model.edges) {
      const s = idMap.get(source) ?? source;
      const t = idMap.get(target) ?? target;
      const key = claimKey(s, attributes.relation, t, attributes.article, attributes.evidence);
      // The same words stating the same link twice in one article are one claim.
      if (graph.hasEdge(key)) continue;
      graph.addDirectedEdgeWithKey(key, s, t, structuredClone(attributes));
    }
  }
  return graph;
}

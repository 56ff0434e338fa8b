// Validated article models → one graphology MultiDirectedGraph. Pure and deterministic: the same
// models in the same order give the same graph, node for node and key for key.
import graphology from "graphology";
import type { ArticleModel, KnowledgeGraph, NodeAttributes } from "../model/types.ts";
import { claimKey } from "./claim-key.ts";
import { MergeIndex } from "./merge-index.ts";

const { MultiDirectedGraph } = graphology;

export interface BuildOptions {
  /** Merge entities of different ids (same kind, different articles) that have the same Wikidata item. Default true. */
  mergeByWikidata?: boolean;
  /**
   * Merge entities of different ids (same kind, different articles) that share a merge key: a label of a kind
   * whose labels are proper names, or an alias listed under `mergeAliases`. Other aliases never merge. Default true.
   */
  mergeByName?: boolean;
}

const sortedUnion = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])].sort();

/** Folds a later article's view of an entity into the node already in the graph. */
function mergeNode(into: NodeAttributes, from: NodeAttributes, byId: boolean): void {
  // Joined by Wikidata item or name, the entity's own label becomes one more name of the node.
  into.aliases = [...new Set([...into.aliases, ...(byId ? [] : [from.label]), ...from.aliases])].filter((a) => a !== into.label);
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
 * Builds the knowledge graph. Entities with the same id are one node; an entity of a later article
 * joins an existing node of the same kind with its Wikidata item or a shared merge key (see BuildOptions
 * and merge-index.ts). Every relation becomes its own edge (a claim), keyed by a hash of what it states and where.
 */
export function buildGraph(models: ArticleModel[], options: BuildOptions = {}): KnowledgeGraph {
  const mergeOptions = { byWikidata: options.mergeByWikidata ?? true, byName: options.mergeByName ?? true };
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ articles: {} });
  const index = new MergeIndex();

  for (const model of models) {
    const { sourceFiles: _files, ...meta } = model.meta;
    graph.getAttribute("articles")[meta.id] = meta;
    const idMap = new Map<string, string>();
    for (const entity of model.nodes) {
      const { id } = entity;
      const attrs: NodeAttributes = structuredClone(entity.attributes);
      const resolution = index.resolve(entity, meta.id, mergeOptions);
      let target = resolution.target;
      const via = resolution.via;
      if (target && graph.hasNode(target)) {
        graph.updateNodeAttributes(target, (current) => {
          mergeNode(current, attrs, via === "id");
          return current;
        });
      } else {
        graph.addNode(id, attrs);
        target = id;
      }
      index.add(entity, target, meta.id);
      idMap.set(id, target);
    }
    for (const { source, target, attributes } of model.edges) {
      const s = idMap.get(source) ?? source;
      const t = idMap.get(target) ?? target;
      const key = claimKey(s, attributes.relation, t, attributes.article, attributes.evidence);
      // The same words stating the same link twice in one article are one claim.
      if (graph.hasEdge(key)) continue;
      graph.addDirectedEdgeWithKey(key, s, t, structuredClone(attributes));
    }
    // A picture hangs on its article (the article's node in the exports); its credit points at the node the
    // credited entity became, which a merge may have renamed.
    if (meta.images) {
      meta.images = meta.images.map((image) => (image.credit ? { ...image, credit: { ...image.credit, entity: idMap.get(image.credit.entity) ?? image.credit.entity } } : image));
    }
  }
  return graph;
}

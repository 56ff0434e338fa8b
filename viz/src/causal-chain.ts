// Upstream causes and downstream effects of a node: the core's causesOf / effectsOf (what `kg causes`
// and `kg effects` print), never a walk of the view's own. The relations followed are the core's
// default (causes, enables, intends to cause: `prevents` is no reason something happened) minus
// those the filters hide; hidden modalities and articles are not followed either.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { RELATIONS } from "../../src/model/vocabulary.ts";
import { DEFAULT_CAUSAL_RELATIONS } from "../../src/query/causal-relations.ts";
import { causesOf } from "../../src/query/causes-of.ts";
import type { EdgeFilter } from "../../src/query/edge-filter.ts";
import { effectsOf } from "../../src/query/effects-of.ts";
import type { CausalLink } from "../../src/query/trace-causal.ts";
import type { GraphFilter } from "../../src/query/filter-graph.ts";

export function isCausal(relation: string): boolean {
  return Object.hasOwn(RELATIONS, relation) && RELATIONS[relation as keyof typeof RELATIONS].category === "causal";
}

export interface CausalChain {
  causes: CausalLink[];
  effects: CausalLink[];
}

/** The part of a view's filter that applies to claims: relations, modalities, articles. */
export function claimFilter(filter: GraphFilter): EdgeFilter {
  const out: EdgeFilter = {};
  if (filter.relations) out.relations = filter.relations;
  if (filter.modalities) out.modalities = filter.modalities;
  if (filter.articles) out.articles = filter.articles;
  return out;
}

/** The claims a chain may follow under the view's filters (as `kg causes -r …` would be asked). */
export function chainFilter(filter: GraphFilter): EdgeFilter {
  const relations = filter.relations ? DEFAULT_CAUSAL_RELATIONS.filter((r) => filter.relations?.includes(r)) : DEFAULT_CAUSAL_RELATIONS;
  return { ...claimFilter(filter), relations };
}

export function causalChain(graph: KnowledgeGraph, node: string, filter: EdgeFilter = {}): CausalChain {
  if (!graph.hasNode(node)) return { causes: [], effects: [] };
  return { causes: causesOf(graph, node, filter), effects: effectsOf(graph, node, filter) };
}

/** The claims the chain's evidence runs through (each link's hops). */
export function chainClaims(chain: CausalChain): Set<string> {
  const claims = new Set<string>();
  for (const link of [...chain.causes, ...chain.effects]) for (const hop of link.chain) claims.add(hop.claim);
  return claims;
}

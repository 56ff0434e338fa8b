// The causal story as chains a reader can step through: from each root cause (a node some causal claim
// leaves and no cause reaches, i.e. where `kg causes` finds nothing) along its effects to each end of the
// line. The walk is effectsOf's (what `kg effects <root>` prints, default relations causes / enables /
// intendsToCause), so every chain is the evidence chain kg effects gives for its last node. A `prevents`
// claim ends a chain: what a node prevented is part of its story, but nothing follows from what did not
// happen (the same reason kg effects does not walk it).
import type { KnowledgeGraph } from "../model/types.ts";
import { DEFAULT_CAUSAL_RELATIONS } from "./causal-relations.ts";
import { edgePredicate, type EdgeFilter } from "./edge-filter.ts";
import { effectsOf } from "./effects-of.ts";
import { hopOf, type Hop } from "./hop.ts";

export interface StoryChain {
  /** The root cause the chain starts from. */
  root: string;
  /** The hops in causal order, from the root to the chain's last node. */
  hops: Hop[];
}

/** The relations a story walks (of `filter.relations` when given) and whether it ends chains on `prevents`. */
function storyRelations(filter: EdgeFilter): { walk: EdgeFilter["relations"]; prevents: boolean } {
  const allowed = filter.relations ? new Set<string>(filter.relations) : null;
  return {
    walk: DEFAULT_CAUSAL_RELATIONS.filter((r) => !allowed || allowed.has(r)),
    prevents: !allowed || allowed.has("prevents"),
  };
}

/** Root causes under `filter`: a walked or `prevents` claim leaves them, no walked claim reaches them. */
export function storyRoots(graph: KnowledgeGraph, filter: EdgeFilter = {}): string[] {
  const { walk, prevents } = storyRelations(filter);
  const accepts = edgePredicate(filter);
  const walked = new Set<string>(walk);
  return graph.filterNodes((node) =>
    graph.someOutEdge(node, (_e, a) => accepts(a) && (walked.has(a.relation) || (prevents && a.relation === "prevents"))) &&
    !graph.someInEdge(node, (_e, a) => accepts(a) && walked.has(a.relation)));
}

const sameStart = (long: Hop[], short: Hop[]) => short.length < long.length && short.every((hop, i) => long[i]?.claim === hop.claim);

/**
 * Every chain from every root cause to the end of its line, longest first (then by root and last node label).
 * A chain that is the start of a longer one is left out: stepping through the longer one tells it.
 */
export function storyChains(graph: KnowledgeGraph, filter: EdgeFilter = {}): StoryChain[] {
  const { walk, prevents } = storyRelations(filter);
  const accepts = edgePredicate(filter);
  const chains: StoryChain[] = [];
  for (const root of storyRoots(graph, filter)) {
    const links = walk?.length ? effectsOf(graph, root, { ...filter, relations: walk }) : [];
    const through = new Map<string, Hop[]>([[root, []]]);
    for (const link of links) through.set(link.node, link.chain);
    const found: Hop[][] = links.map((link) => link.chain);
    if (prevents) {
      for (const [node, chain] of through) {
        graph.forEachOutEdge(node, (edge, a) => {
          if (a.relation === "prevents" && accepts(a)) found.push([...chain, hopOf(graph, edge)]);
        });
      }
    }
    const kept = found.filter((hops) => hops.length && !found.some((other) => sameStart(other, hops)));
    for (const hops of kept) chains.push({ root, hops });
  }
  const label = (node: string) => graph.getNodeAttribute(node, "label");
  const last = (c: StoryChain) => c.hops[c.hops.length - 1]!.target;
  return chains.sort((a, b) =>
    b.hops.length - a.hops.length || label(a.root).localeCompare(label(b.root)) || a.root.localeCompare(b.root) ||
    label(last(a)).localeCompare(label(last(b))) || last(a).localeCompare(last(b)));
}

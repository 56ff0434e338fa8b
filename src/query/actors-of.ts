import type { KnowledgeGraph } from "../model/types.ts";
import { RELATIONS, RELATION_NAMES, type Kind, type Relation } from "../model/vocabulary.ts";
import type { Hop } from "./hop.ts";
import { neighbours } from "./neighbours.ts";

/** Relations that name who does, issues or announces something (`hasActor`, `issuedBy`, `announcedBy`). */
export const ACTOR_RELATIONS: readonly Relation[] = RELATION_NAMES.filter((r) => RELATIONS[r].category === "actor");

export interface ActorRole {
  actor: string;
  label: string;
  kind: Kind;
  relation: Relation;
  /** The stated role (e.g. "speaker", "party"), else the relation's label ("issued by"). */
  role: string;
  hop: Hop;
}

/**
 * The actors of an event, policy or plan and their roles, one entry per claim.
 *
 * @example
 * ```ts
 * actorsOf(graph, "export-curbs-2019").map((a) => `${a.label} (${a.role})`); // ["Japan (party)"]
 * ```
 */
export function actorsOf(graph: KnowledgeGraph, node: string): ActorRole[] {
  return neighbours(graph, node, { relations: ACTOR_RELATIONS, direction: "out" }).map((n) => ({
    actor: n.node,
    label: n.label,
    kind: n.kind,
    relation: n.hop.relation,
    role: n.hop.role ?? RELATIONS[n.hop.relation].label,
    hop: n.hop,
  }));
}

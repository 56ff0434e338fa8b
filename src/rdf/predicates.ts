// The RDF predicate of a claim, chosen so each standard term is used within its owners' domain and range
// (docs/rdf-model.md §3). RELATIONS (src/model/vocabulary.ts) gives one predicate per relation, kgv:partOf
// for `partOf`, which has two more: schema:isPartOf is for creative works, so a part-of between events is
// SEM's sem:subEventOf and between organisations schema:parentOrganization. Browser-safe.
import { EVENT_LIKE_KINDS, RELATIONS, RELATION_NAMES, type Kind, type Relation } from "../model/vocabulary.ts";
import { expand } from "./namespaces.ts";

const ORGANISATION_KINDS: ReadonlySet<Kind> = new Set<Kind>(["GovernmentOrganization", "Court", "Organization", "Bloc"]);

/** Prefixed predicate for a claim of `relation` from a node of `source` kind to one of `target` kind. */
export function relationPredicate(relation: Relation, source: Kind, target: Kind): string {
  if (relation === "partOf") {
    if (EVENT_LIKE_KINDS.has(source) && EVENT_LIKE_KINDS.has(target)) return "sem:subEventOf";
    if (ORGANISATION_KINDS.has(source) && ORGANISATION_KINDS.has(target)) return "schema:parentOrganization";
  }
  return RELATIONS[relation].rdf;
}

/** Every predicate a claim can have, prefixed, with its relation (sorted by relation table order). */
export const CLAIM_PREDICATES: ReadonlyArray<readonly [string, Relation]> = RELATION_NAMES.flatMap((r): Array<[string, Relation]> =>
  r === "partOf" ? [["sem:subEventOf", r], ["schema:parentOrganization", r], [RELATIONS[r].rdf, r]] : [[RELATIONS[r].rdf, r]],
);

/** Relation of a claim predicate (full IRI), for reading RDF back. */
export const RELATION_BY_PREDICATE: ReadonlyMap<string, Relation> = new Map(CLAIM_PREDICATES.map(([p, r]) => [expand(p), r]));

/** Whether a node of this kind is typed faro:Event when it takes part in a FARO relation: only what happens. */
export function isFaroEvent(kind: Kind): boolean {
  return EVENT_LIKE_KINDS.has(kind);
}

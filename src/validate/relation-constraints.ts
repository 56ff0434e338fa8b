// Which kinds may stand at each end of a relation. Kept apart from the vocabulary table because
// it is a validation policy, not part of the RDF mapping.
import { KINDS, type Kind, type KindGroup, type Relation } from "../model/vocabulary.ts";

const ACTORS: KindGroup[] = ["actor"];
const PLACE_KINDS: Kind[] = ["Country", "Bloc", "Region", "Place", "Facility"];

/** Allowed target kinds per relation (source kinds are unconstrained unless listed). */
const TARGETS: Partial<Record<Relation, (kind: Kind) => boolean>> = {
  hasActor: (k) => ACTORS.includes(KINDS[k].group),
  issuedBy: (k) => ACTORS.includes(KINDS[k].group),
  announcedBy: (k) => ACTORS.includes(KINDS[k].group),
  memberOf: (k) => ACTORS.includes(KINDS[k].group),
  hasPlace: (k) => PLACE_KINDS.includes(k),
  locatedIn: (k) => PLACE_KINDS.includes(k),
};

const SOURCES: Partial<Record<Relation, (kind: Kind) => boolean>> = {
  locatedIn: (k) => PLACE_KINDS.includes(k) || KINDS[k].group === "actor",
  memberOf: (k) => KINDS[k].group === "actor",
};

const describe = (relation: Relation, end: string): string =>
  ({
    hasActor: "an actor (Country, Person, GovernmentOrganization, Court, Organization, Bloc, Group)",
    issuedBy: "an actor",
    announcedBy: "an actor",
    memberOf: "an actor",
    hasPlace: `a place (${PLACE_KINDS.join(", ")})`,
    locatedIn: end === "source" ? "a place or an actor" : `a place (${PLACE_KINDS.join(", ")})`,
  })[relation as string] ?? "another kind";

/** Returns a message when the kinds do not fit the relation, else undefined. */
export function checkRelationKinds(relation: Relation, source: Kind, target: Kind): string | undefined {
  if (SOURCES[relation] && !SOURCES[relation](source)) {
    return `"${relation}" cannot start at a ${source}; its source must be ${describe(relation, "source")}`;
  }
  if (TARGETS[relation] && !TARGETS[relation](target)) {
    return `"${relation}" cannot point at a ${target}; its target must be ${describe(relation, "target")}`;
  }
  return undefined;
}

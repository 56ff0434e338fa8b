// The closed vocabularies of the annotation format: node kinds, relations and modalities.
// One table per concept so that the validator, the graph builder, the RDF writer and the
// explorer all read the same definitions (N3.js keeps its vocabularies as constants too).

/**
 * Node kinds. `rdf` lists the classes a node of that kind gets in RDF (prefixed names). `labelIsName`: the
 * kind's labels are proper names ("Choo Kyung-ho", "Supreme Court of Korea"), so a label is a key for merging
 * entities of different articles; the other kinds' labels describe ("Korea's retaliation", "Young people"),
 * and two articles' descriptions can name different things (docs/annotation-guide.md, "Merging across articles").
 */
export const KINDS = {
  Country: { group: "actor", labelIsName: true, rdf: ["schema:Country", "sem:Actor", "sem:Place"] },
  Person: { group: "actor", labelIsName: true, rdf: ["schema:Person", "sem:Actor"] },
  GovernmentOrganization: { group: "actor", labelIsName: true, rdf: ["schema:GovernmentOrganization", "sem:Actor"] },
  Court: { group: "actor", labelIsName: true, rdf: ["kgv:Court", "schema:GovernmentOrganization", "sem:Actor"] },
  Organization: { group: "actor", labelIsName: true, rdf: ["schema:Organization", "sem:Actor"] },
  Bloc: { group: "actor", labelIsName: true, rdf: ["kgv:Bloc", "schema:Organization", "sem:Actor"] },
  Group: { group: "actor", labelIsName: false, rdf: ["kgv:Group", "sem:Actor"] },
  Region: { group: "place", labelIsName: true, rdf: ["kgv:Region", "schema:Place", "sem:Place"] },
  Place: { group: "place", labelIsName: true, rdf: ["schema:Place", "sem:Place"] },
  Facility: { group: "place", labelIsName: false, rdf: ["kgv:Facility", "schema:Place", "sem:Place"] },
  Event: { group: "event", labelIsName: false, rdf: ["sem:Event"] },
  Policy: { group: "policy", labelIsName: false, rdf: ["kgv:Policy", "sem:Event"] },
  Plan: { group: "policy", labelIsName: false, rdf: ["kgv:Plan", "sem:Event"] },
  Programme: { group: "policy", labelIsName: false, rdf: ["kgv:Programme", "sem:Event"] },
  Agreement: { group: "policy", labelIsName: true, rdf: ["kgv:Agreement"] },
  Legislation: { group: "policy", labelIsName: true, rdf: ["schema:Legislation"] },
  Product: { group: "topic", labelIsName: false, rdf: ["schema:Product"] },
  Sector: { group: "topic", labelIsName: false, rdf: ["kgv:Sector"] },
  Economy: { group: "topic", labelIsName: false, rdf: ["kgv:Economy"] },
  Issue: { group: "topic", labelIsName: false, rdf: ["kgv:Issue"] },
} as const;

export type Kind = keyof typeof KINDS;
export type KindGroup = (typeof KINDS)[Kind]["group"];
export const KIND_NAMES = Object.keys(KINDS) as Kind[];

/** Kinds whose nodes describe something that happens, so they must state a modality. */
export const EVENT_LIKE_KINDS: ReadonlySet<Kind> = new Set<Kind>(["Event", "Policy", "Plan", "Programme"]);

/**
 * Relations. `rdf` is the predicate asserted for an edge; `category` drives defaults and the
 * explorer's styling; `faro` marks predicates whose domain and range are `faro:Event`.
 */
export const RELATIONS = {
  causes: { category: "causal", rdf: "faro:causes", faro: true, label: "causes" },
  enables: { category: "causal", rdf: "faro:enables", faro: true, label: "enables" },
  prevents: { category: "causal", rdf: "faro:prevents", faro: true, label: "prevents" },
  intendsToCause: { category: "causal", rdf: "faro:intends_to_cause", faro: true, label: "aims at" },
  before: { category: "temporal", rdf: "faro:before", faro: true, label: "before" },
  during: { category: "temporal", rdf: "kgv:during", faro: false, label: "during" },
  partOf: { category: "structural", rdf: "kgv:partOf", faro: false, label: "part of" },
  hasActor: { category: "actor", rdf: "sem:hasActor", faro: false, label: "actor" },
  issuedBy: { category: "actor", rdf: "kgv:issuedBy", faro: false, label: "issued by" },
  announcedBy: { category: "actor", rdf: "kgv:announcedBy", faro: false, label: "announced by" },
  concerns: { category: "topic", rdf: "kgv:concerns", faro: false, label: "concerns" },
  inputTo: { category: "topic", rdf: "kgv:inputTo", faro: false, label: "input to" },
  hasPlace: { category: "place", rdf: "sem:hasPlace", faro: false, label: "takes place in" },
  locatedIn: { category: "place", rdf: "schema:containedInPlace", faro: false, label: "located in" },
  memberOf: { category: "structural", rdf: "schema:memberOf", faro: false, label: "member of" },
} as const;

export type Relation = keyof typeof RELATIONS;
export type RelationCategory = (typeof RELATIONS)[Relation]["category"];
export const RELATION_NAMES = Object.keys(RELATIONS) as Relation[];

/**
 * Modality: is the thing stated as fact, as a plan or pledge, as an expectation, as something
 * that holds only if a condition is met, as a demand or possibility, or as something that did not happen.
 * `faro` is the FARO status it maps to; FARO has no "expected" or "conditional", both become potential
 * and our own `kgv:modality` keeps the distinction.
 */
export const MODALITIES = {
  happened: { faro: "faro:happened", label: "happened" },
  planned: { faro: "faro:planned", label: "planned or pledged" },
  expected: { faro: "faro:potential", label: "expected" },
  conditional: { faro: "faro:potential", label: "conditional" },
  potential: { faro: "faro:potential", label: "demanded or possible" },
  not_happened: { faro: "faro:not_happened", label: "did not happen" },
} as const;

export type Modality = keyof typeof MODALITIES;
export const MODALITY_NAMES = Object.keys(MODALITIES) as Modality[];

/** Date qualifiers and the part of the stated period they cover (months, inclusive). */
export const DATE_QUALIFIERS = {
  early: { months: [1, 4] },
  mid: { months: [5, 8] },
  late: { months: [9, 12] },
  by: { months: [1, 12] },
  around: { months: [1, 12] },
} as const;

export type DateQualifier = keyof typeof DATE_QUALIFIERS;

/** Units for figures: ISO 4217 currencies, counts of things, and ordinal ranks. */
export const FIGURE_UNITS = [
  "KRW", "USD", "JPY", "EUR", "CNY", "GBP", "CHF", "INR", "AUD", "CAD", "TWD", "HKD", "RUB", "BRL", "SGD",
  "IDR", "MXN", "ZAR", "TRY", "SAR", "AED", "SEK", "NOK", "DKK", "PLN", "THB", "VND", "PHP", "MYR", "NZD", "ILS", "EGP", "NGN", "UAH",
  "count", "rank", "percent",
] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** How a figure's stated value bounds the real one ("more than 300 trillion won" is `moreThan`). */
export const FIGURE_COMPARATORS = ["exactly", "moreThan", "atLeast", "lessThan", "atMost", "about"] as const;
export type FigureComparator = (typeof FIGURE_COMPARATORS)[number];

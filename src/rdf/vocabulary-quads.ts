// The kgv: vocabulary as RDF, generated from src/model/vocabulary.ts so the two cannot drift.
// It declares every kgv: term the exports use and ties it to the standard vocabularies (kgv:issuedBy ⊑
// sem:hasActor, kgv:Claim ⊑ rdf:Statement). Every statement has a kgv: subject: a vocabulary says nothing
// about other vocabularies' terms (docs/rdf-model.md §3), so there is no longer a kgv:eventRelation above
// FARO's predicates.
import { DataFactory } from "n3";
import type { Quad, Quad_Object, NamedNode } from "@rdfjs/types";
import { DATE_QUALIFIERS, FIGURE_COMPARATORS, KINDS, KIND_NAMES, MODALITIES, MODALITY_NAMES, RELATIONS } from "../model/vocabulary.ts";
import { expand, NS } from "./namespaces.ts";
import { CLAIM_PREDICATES } from "./predicates.ts";

const { namedNode, literal, quad } = DataFactory;
const iri = (prefixed: string): NamedNode => namedNode(expand(prefixed));

/** Parent of each kgv: predicate in a standard vocabulary, where one fits. */
const SUPER_PROPERTIES: Record<string, string> = {
  "kgv:issuedBy": "sem:hasActor",
  "kgv:announcedBy": "sem:hasActor",
  "kgv:concerns": "schema:about",
};

const PROPERTIES: Array<[string, string]> = [
  ["kgv:modality", "Modality of an event or claim: happened, planned, expected, conditional, potential or not_happened."],
  ["kgv:confidence", "Annotator's confidence (0–1) that the article states the claim."],
  ["kgv:role", "Role of the actor in a hasActor claim."],
  ["kgv:evidence", "Web Annotation holding a quote that supports the claim."],
  ["kgv:figure", "A number the article states about the resource."],
  ["kgv:statedAs", "The figure as the article words it."],
  ["kgv:statedConversion", "A conversion of the figure that the article itself gives."],
  ["kgv:comparator", "How the stated figure bounds the real value."],
  ["kgv:per", "Period a figure is counted per."],
  ["kgv:dateText", "The date as the article words it."],
  ["kgv:dateQualifier", "early, mid, late, by or around."],
  ["kgv:bylinePosition", "Position of an author in the byline."],
  ["kgv:draftedIn", "An article whose annotation only proposes this entity (kg draft); a person has not reviewed it there."],
  ["kgv:reviewStatus", "kgv:drafted for an entity or claim proposed by the drafter (kg draft) and not yet reviewed by a person; absent once reviewed."],
  ["kgv:reportedSpeech", "For a claim the article reports someone as saying (prov:wasAttributedTo the speaker): kgv:directQuotation when its words are between quotation marks in the article, else kgv:paraphrase."],
];

export function vocabularyQuads(): Quad[] {
  const out: Quad[] = [];
  const add = (s: NamedNode, p: NamedNode, o: Quad_Object) => out.push(quad(s, p, o));
  const a = iri("rdf:type");
  const ontology = namedNode(NS.kgv.replace(/#$/, ""));
  add(ontology, a, iri("owl:Ontology"));
  add(ontology, iri("rdfs:label"), literal("news-kg vocabulary"));
  add(ontology, iri("rdfs:comment"), literal("Terms of the news-kg knowledge-graph builder that standard vocabularies lack."));

  const classes = new Set<string>(["kgv:Claim", ...KIND_NAMES.flatMap((k) => KINDS[k].rdf.filter((c) => c.startsWith("kgv:")))]);
  for (const cls of [...classes].sort()) {
    add(iri(cls), a, iri("rdfs:Class"));
    add(iri(cls), iri("rdfs:label"), literal(cls.slice(4)));
  }
  add(iri("kgv:Court"), iri("rdfs:subClassOf"), iri("schema:GovernmentOrganization"));
  add(iri("kgv:Bloc"), iri("rdfs:subClassOf"), iri("schema:Organization"));
  for (const place of ["kgv:Region", "kgv:Facility"]) add(iri(place), iri("rdfs:subClassOf"), iri("schema:Place"));
  for (const event of ["kgv:Policy", "kgv:Plan", "kgv:Programme"]) add(iri(event), iri("rdfs:subClassOf"), iri("sem:Event"));

  add(iri("kgv:Claim"), iri("rdfs:subClassOf"), iri("rdf:Statement"));
  for (const [predicate, relation] of CLAIM_PREDICATES) {
    if (!predicate.startsWith("kgv:")) continue;
    const p = iri(predicate);
    add(p, a, iri("rdf:Property"));
    add(p, iri("rdfs:label"), literal(RELATIONS[relation].label));
    const parent = SUPER_PROPERTIES[predicate];
    if (parent) add(p, iri("rdfs:subPropertyOf"), iri(parent));
  }
  add(iri("kgv:partOf"), iri("rdfs:comment"), literal("Part of, where neither sem:subEventOf (events) nor schema:parentOrganization (organisations) fits: schema:isPartOf is for creative works."));
  for (const [property, comment] of PROPERTIES) {
    add(iri(property), a, iri("rdf:Property"));
    add(iri(property), iri("rdfs:comment"), literal(comment));
  }
  const concepts: Array<[string, string]> = [
    ...MODALITY_NAMES.map((m): [string, string] => [m, MODALITIES[m].label]),
    ...Object.keys(DATE_QUALIFIERS).map((q): [string, string] => [q, `date qualifier "${q}"`]),
    ...FIGURE_COMPARATORS.map((c): [string, string] => [c, `figure comparator "${c}"`]),
    ["directQuotation", "reported speech: the speaker's words, quoted"],
    ["paraphrase", "reported speech: the speaker's words, paraphrased"],
  ];
  for (const [name, label] of concepts) {
    add(iri(`kgv:${name}`), a, iri("skos:Concept"));
    add(iri(`kgv:${name}`), iri("skos:prefLabel"), literal(label));
  }
  for (const m of MODALITY_NAMES) add(iri(`kgv:${m}`), iri("skos:closeMatch"), iri(MODALITIES[m].faro));
  return out;
}

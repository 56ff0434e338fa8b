// RDF → graph: the inverse of graphToQuads. Reads what this tool writes (any of its formats, either
// profile, with or without named graphs) back into a KnowledgeGraph; anything else is a ParseKgError.
import graphology from "graphology";
import type { Quad, Term } from "@rdfjs/types";
import { ParseKgError } from "../errors.ts";
import type { ArticleImage, ArticleInfo, DateValue, EdgeAttributes, Evidence, Figure, KnowledgeGraph, NodeAttributes, Quantity } from "../model/types.ts";
import {
  FIGURE_COMPARATORS,
  FIGURE_UNITS,
  KINDS,
  KIND_NAMES,
  MODALITY_NAMES,
  type DateQualifier,
  type FigureComparator,
  type FigureUnit,
  type Kind,
  type Modality,
} from "../model/vocabulary.ts";
import { dataNamespaces, DEFAULT_BASE_IRI, expand, NS } from "./namespaces.ts";
import { RELATION_BY_PREDICATE } from "./predicates.ts";

const { MultiDirectedGraph } = graphology;

/** Quads grouped by subject, with helpers to read single and multiple values. */
class Description {
  private readonly bySubject = new Map<string, Quad[]>();
  constructor(quads: Iterable<Quad>) {
    for (const q of quads) {
      if (q.subject.termType !== "NamedNode") continue;
      let list = this.bySubject.get(q.subject.value);
      if (!list) this.bySubject.set(q.subject.value, (list = []));
      list.push(q);
    }
  }
  subjects(): string[] {
    return [...this.bySubject.keys()];
  }
  all(subject: string, predicate: string): Term[] {
    const p = expand(predicate);
    const seen = new Set<string>();
    const out: Term[] = [];
    for (const q of this.bySubject.get(subject) ?? []) {
      if (q.predicate.value !== p) continue;
      const key = `${q.object.termType}|${q.object.value}`;
      if (q.object.termType !== "Quad" && seen.has(key)) continue;
      seen.add(key);
      out.push(q.object);
    }
    return out;
  }
  one(subject: string, predicate: string): Term | undefined {
    return this.all(subject, predicate)[0];
  }
  text(subject: string, predicate: string): string | undefined {
    return this.one(subject, predicate)?.value;
  }
  required(subject: string, predicate: string): string {
    const value = this.text(subject, predicate);
    if (value === undefined) throw new ParseKgError(`quadsToGraph: <${subject}> has no ${predicate}`);
    return value;
  }
  types(subject: string): Set<string> {
    return new Set(this.all(subject, "rdf:type").map((t) => t.value));
  }
}

const local = (value: string, prefix: string): string | undefined => (value.startsWith(prefix) ? value.slice(prefix.length) : undefined);

/** The kind whose primary class is present, preferring the most specific (longest class list). */
function kindOf(types: Set<string>): Kind | undefined {
  let best: Kind | undefined;
  for (const kind of KIND_NAMES) {
    const classes = KINDS[kind].rdf.map(expand);
    if (!classes.every((c) => types.has(c))) continue;
    if (!best || classes.length > KINDS[best].rdf.length) best = kind;
  }
  return best;
}

const vocabTerm = <T extends string>(value: string | undefined, allowed: readonly T[], what: string): T | undefined => {
  if (value === undefined) return undefined;
  const name = local(value, NS.kgv) ?? value;
  if (!(allowed as readonly string[]).includes(name)) throw new ParseKgError(`quadsToGraph: unknown ${what} <${value}>`);
  return name as T;
};


/**
 * An article's pictures (schema:image), in the order of their IRIs' `.image-N`: the caption and credit spans
 * are the image's annotations, told apart by motivation (graphToQuads' emitImages).
 */
function readImages(d: Description, article: string, entityNs: string, span: (image: string, motivation: string) => Evidence | undefined): ArticleImage[] {
  const n = (iri: string) => Number(/\.image-(\d+)$/.exec(iri)?.[1] ?? 0);
  return d
    .all(article, "schema:image")
    .map((t) => t.value)
    .sort((a, b) => n(a) - n(b))
    .map((s) => {
      const caption = span(s, "oa:describing");
      if (!caption) throw new ParseKgError(`quadsToGraph: image <${s}> has no caption annotation`);
      const image: ArticleImage = { caption };
      const creator = d.text(s, "schema:creator");
      if (creator !== undefined) {
        const entity = local(creator, entityNs);
        const text = span(s, "oa:identifying");
        if (entity === undefined || !text) throw new ParseKgError(`quadsToGraph: image <${s}> has a creator outside ${entityNs} or no credit annotation`);
        image.credit = { entity, text };
      }
      if (d.text(s, "kgv:reviewStatus") === expand("kgv:drafted")) image.drafted = true;
      return image;
    });
}

export interface ReadGraphOptions {
  /** The base IRI the data was written with. */
  baseIri?: string;
}

/** Rebuilds a KnowledgeGraph from quads written by graphToQuads. */
export function quadsToGraph(quads: Iterable<Quad>, options: ReadGraphOptions = {}): KnowledgeGraph {
  const ns = dataNamespaces(options.baseIri ?? DEFAULT_BASE_IRI);
  const d = new Description(quads);
  const subjects = d.subjects().sort();

  // Evidence annotations by what they annotate, ordered by their local name's `.eN`.
  const evidenceOf = new Map<string, Array<{ order: string; evidence: Evidence; motivation: string }>>();
  for (const s of subjects) {
    if (!d.types(s).has(expand("oa:Annotation"))) continue;
    const body = d.required(s, "oa:hasBody");
    const target = d.required(s, "oa:hasTarget");
    const article = local(d.required(target, "oa:hasSource"), ns.article);
    if (article === undefined) throw new ParseKgError(`quadsToGraph: annotation <${s}> points outside ${ns.article}`);
    let quote: Partial<Evidence> = {};
    let position: Partial<Evidence> = {};
    for (const selector of d.all(target, "oa:hasSelector")) {
      const types = d.types(selector.value);
      if (types.has(expand("oa:TextQuoteSelector"))) {
        quote = { quote: d.required(selector.value, "oa:exact"), prefix: d.text(selector.value, "oa:prefix") ?? "", suffix: d.text(selector.value, "oa:suffix") ?? "" };
      } else if (types.has(expand("oa:TextPositionSelector"))) {
        position = { start: Number(d.required(selector.value, "oa:start")), end: Number(d.required(selector.value, "oa:end")) };
      }
    }
    if (quote.quote === undefined || position.start === undefined) throw new ParseKgError(`quadsToGraph: annotation <${s}> lacks a quote or position selector`);
    const evidence: Evidence = { article, quote: quote.quote, start: position.start, end: position.end as number, prefix: quote.prefix ?? "", suffix: quote.suffix ?? "" };
    let list = evidenceOf.get(body);
    if (!list) evidenceOf.set(body, (list = []));
    list.push({ order: s, evidence, motivation: d.text(s, "oa:motivatedBy") ?? "" });
  }
  const evidence = (subject: string): Evidence[] => {
    const list = evidenceOf.get(subject) ?? [];
    const n = (name: string) => Number(/\.e(\d+)$/.exec(name)?.[1] ?? 0);
    return list
      .sort((a, b) => (a.evidence.article < b.evidence.article ? -1 : a.evidence.article > b.evidence.article ? 1 : n(a.order) - n(b.order)))
      .map((e) => e.evidence);
  };

  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  const articles: Record<string, ArticleInfo> = {};
  for (const s of subjects) {
    if (!d.types(s).has(expand("schema:NewsArticle"))) continue;
    const id = local(s, ns.article);
    if (id === undefined) continue;
    const authors = d
      .all(s, "schema:author")
      .map((a) => ({ name: d.required(a.value, "schema:name"), position: Number(d.text(a.value, "kgv:bylinePosition") ?? 0) }))
      .sort((a, b) => a.position - b.position);
    const publisher = d.text(s, "schema:publisher");
    const info: ArticleInfo = {
      id,
      headline: d.required(s, "schema:headline"),
      publisher: publisher ? d.required(publisher, "schema:name") : "",
      author: authors.map((a) => a.name),
      datePublished: d.required(s, "schema:datePublished"),
      section: d.text(s, "schema:articleSection") ?? "",
      language: d.required(s, "schema:inLanguage"),
      text: d.required(s, "schema:articleBody"),
    };
    const url = d.text(s, "schema:url");
    if (url) info.url = url;
    const images = readImages(d, s, ns.entity, (image, motivation) => evidenceOf.get(image)?.find((e) => e.motivation === expand(motivation))?.evidence);
    if (images.length > 0) info.images = images;
    articles[id] = info;
  }
  graph.replaceAttributes({ articles });
  // Which articles mention each entity (schema:mentions, article → entity).
  const mentionedIn = new Map<string, string[]>();
  for (const id of Object.keys(articles)) {
    for (const entity of d.all(`${ns.article}${id}`, "schema:mentions")) {
      let list = mentionedIn.get(entity.value);
      if (!list) mentionedIn.set(entity.value, (list = []));
      list.push(id);
    }
  }

  const quantity = (s: string): Quantity => {
    const unit = vocabTerm<FigureUnit>(d.text(s, "schema:currency") ?? d.text(s, "schema:unitText"), FIGURE_UNITS, "unit");
    if (!unit) throw new ParseKgError(`quadsToGraph: figure <${s}> has no unit`);
    return { value: Number(d.required(s, "schema:value")), unit, text: d.required(s, "kgv:statedAs") };
  };

  for (const s of subjects) {
    const id = local(s, ns.entity);
    if (id === undefined) continue;
    const kind = kindOf(d.types(s));
    if (!kind) continue;
    const figures: Figure[] = d
      .all(s, "kgv:figure")
      .map((f) => f.value)
      .sort()
      .map((f) => {
        const comparator = vocabTerm<FigureComparator>(d.text(f, "kgv:comparator"), FIGURE_COMPARATORS, "comparator") ?? "exactly";
        const figure: Figure = { id: local(f, ns.figure) ?? f, measure: d.text(f, "schema:description") ?? "", ...quantity(f), comparator, evidence: evidence(f) };
        const per = d.text(f, "kgv:per");
        if (per) figure.per = per;
        const converted = d.text(f, "kgv:statedConversion");
        if (converted) figure.converted = quantity(converted);
        return figure;
      });
    const attributes: NodeAttributes = {
      label: d.required(s, "rdfs:label"),
      kind,
      aliases: d.all(s, "skos:altLabel").map((t) => t.value).sort(),
      description: d.text(s, "schema:description") ?? "",
      figures,
      evidence: evidence(s),
      articles: [...new Set(mentionedIn.get(s) ?? [])].sort(),
    };
    const draftedIn = d
      .all(s, "kgv:draftedIn")
      .map((t) => local(t.value, ns.article))
      .filter((a): a is string => a !== undefined)
      .sort();
    if (draftedIn.length > 0) attributes.draftedIn = draftedIn;
    const wikidata = local(d.text(s, "schema:sameAs") ?? "", NS.wd);
    if (wikidata) attributes.wikidata = wikidata;
    const jobTitle = d.text(s, "schema:jobTitle");
    if (jobTitle) attributes.jobTitle = jobTitle;
    const modality = vocabTerm<Modality>(d.text(s, "kgv:modality"), MODALITY_NAMES, "modality");
    if (modality) attributes.modality = modality;
    const dateText = d.text(s, "kgv:dateText");
    if (dateText !== undefined) {
      const date: DateValue = { text: dateText };
      // The precision layer: time:hasTime → an interval described to a unit, or an interval whose end is.
      const when = d.text(s, "time:hasTime");
      const description = when && (d.text(when, "time:hasDateTimeDescription") ?? d.text(d.text(when, "time:hasEnd") ?? "", "time:inDateTime"));
      if (description) {
        const unit = local(d.required(description, "time:unitType"), NS.time);
        const precision = ({ unitYear: "year", unitMonth: "month", unitDay: "day" } as const)[unit as "unitYear"];
        if (!precision) throw new ParseKgError(`quadsToGraph: <${description}> has an unknown time:unitType`);
        const year = d.required(description, "time:year");
        const month = d.text(description, "time:month")?.replace(/^--/, "");
        const day = d.text(description, "time:day")?.replace(/^---/, "");
        date.value = [year, ...(month ? [month] : []), ...(day ? [day] : [])].join("-");
        date.precision = precision;
      }
      const qualifier = d.text(s, "kgv:dateQualifier");
      if (qualifier) date.qualifier = local(qualifier, NS.kgv) as DateQualifier;
      const earliest = d.text(s, "sem:hasEarliestBeginTimeStamp");
      if (earliest) date.earliest = earliest;
      const latest = d.text(s, "sem:hasLatestEndTimeStamp");
      if (latest) date.latest = latest;
      attributes.date = date;
    }
    graph.addNode(id, attributes);
  }

  for (const s of subjects) {
    if (!d.types(s).has(expand("kgv:Claim"))) continue;
    const key = local(s, ns.claim) ?? s;
    let subject = d.text(s, "rdf:subject");
    let predicate = d.text(s, "rdf:predicate");
    let object = d.text(s, "rdf:object");
    const reified = d.one(s, "rdf:reifies");
    if (reified?.termType === "Quad") {
      subject = reified.subject.value;
      predicate = reified.predicate.value;
      object = reified.object.value;
    }
    const relation = predicate === undefined ? undefined : RELATION_BY_PREDICATE.get(predicate);
    const source = subject === undefined ? undefined : local(subject, ns.entity);
    const target = object === undefined ? undefined : local(object, ns.entity);
    if (!relation || source === undefined || target === undefined) throw new ParseKgError(`quadsToGraph: claim <${s}> does not state an entity–relation–entity triple`);
    for (const end of [source, target]) {
      if (!graph.hasNode(end)) throw new ParseKgError(`quadsToGraph: claim <${s}> refers to the undescribed entity "${end}"`);
    }
    const article = local(d.required(s, "prov:wasDerivedFrom"), ns.article);
    if (article === undefined) throw new ParseKgError(`quadsToGraph: claim <${s}> is not derived from an article under ${ns.article}`);
    const attributes: EdgeAttributes = {
      relation,
      modality: vocabTerm<Modality>(d.required(s, "kgv:modality"), MODALITY_NAMES, "modality") as Modality,
      confidence: Number(d.text(s, "kgv:confidence") ?? 1),
      article,
      evidence: evidence(s),
    };
    const role = d.text(s, "kgv:role");
    if (role) attributes.role = role;
    const note = d.text(s, "rdfs:comment");
    if (note) attributes.note = note;
    if (d.text(s, "kgv:reviewStatus") === expand("kgv:drafted")) attributes.drafted = true;
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  return graph;
}

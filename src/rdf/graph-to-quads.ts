// Graph → RDF quads, one named graph per article. Everything the graph holds is written, so
// quadsToGraph can read it back (round trip); the order follows the graph's, so output is deterministic.
// Browser-safe: no node: imports (the explorer downloads RDF with this same code).
import { DataFactory } from "n3";
import type { Quad, Quad_Object, Quad_Subject, NamedNode } from "@rdfjs/types";
import type { ArticleInfo, EdgeAttributes, Evidence, Figure, KnowledgeGraph, NodeAttributes, Quantity } from "../model/types.ts";
import { KINDS, MODALITIES, RELATIONS, type Kind } from "../model/vocabulary.ts";
import { dataNamespaces, DEFAULT_BASE_IRI, expand, NS, type DataNamespaces } from "./namespaces.ts";
import { canonicalDecimal } from "./canonical-decimal.ts";
import { attributeClaims, type Attribution } from "./attribution.ts";
import { isFaroEvent, relationPredicate } from "./predicates.ts";

const { namedNode, quad } = DataFactory;

// RDF literals are Unicode strings and every serialisation is UTF-8, which cannot encode a lone UTF-16
// surrogate (a JS string can hold one, e.g. from a YAML "\uD800" escape or an API caller). Written as is,
// n3 emits it raw and the file gets U+FFFD from Node's encoder, so the file and the in-memory output
// disagree. The noncharacters U+FFFE and U+FFFF are legal RDF but n3 writes them as \uFFFE escapes, which
// raptor (rapper) rejects, and XML cannot hold them either. All of these become U+FFFD, as in the GEXF
// and GraphML writers (xmlSafe); code point offsets are unchanged (one code point either way).
// Validation rejects sources holding lone surrogates (LONE_SURROGATE).
const NOT_PORTABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;

/** The string with lone surrogates, U+FFFE and U+FFFF replaced by U+FFFD: text every RDF parser reads. */
export function portableText(text: string): string {
  return text.replace(NOT_PORTABLE, "\uFFFD");
}

const literal = (value: string, datatype?: NamedNode | string) => DataFactory.literal(portableText(value), datatype);

export type RdfProfile = "rdf11" | "rdf12";

export interface RdfOptions {
  /** Base of every minted IRI; must end with `/` or `#`. */
  baseIri?: string;
  /** How a claim points at its triple: standard reification (rdf11) or an RDF 1.2 triple term. */
  profile?: RdfProfile;
  /** Only these articles' named graphs (default: all). */
  articles?: string[];
  /**
   * Which claims also stand as a plain triple. `facts` (default): only what the article states as having
   * happened, with confidence 1, reviewed (not drafted); every other claim lives only in its description
   * (an unasserted rdf:Statement, or a reifier of an unasserted triple term). `all`: every claim's triple.
   */
  assert?: AssertMode;
}

export type AssertMode = "facts" | "all";
export const ASSERT_MODES: readonly AssertMode[] = ["facts", "all"];

/** True when the claim is one of the article's stated facts: happened, confidence 1, not drafted. */
export function isStatedFact(a: Pick<EdgeAttributes, "modality" | "confidence" | "drafted">): boolean {
  return a.modality === "happened" && a.confidence === 1 && a.drafted !== true;
}

const iri = (prefixed: string): NamedNode => namedNode(expand(prefixed));
const RDF_TYPE = iri("rdf:type");
const xsd = (name: string) => namedNode(`${NS.xsd}${name}`);
const UNIT = { year: "time:unitYear", month: "time:unitMonth", day: "time:unitDay" } as const;

/**
 * The precision layer of a date, on a time entity of its own (OWL-Time puts time:inXSDgYear on instants;
 * on an event it would make the event an instant). The event `time:hasTime` a `time:DateTimeInterval`
 * described to the stated precision ("in 2019": the year 2019). "by 2042" is no interval of 2042: the time
 * entity is a `time:ProperInterval` whose end lies in 2042 (`time:hasEnd` an instant `time:inDateTime` 2042).
 */
function emitTime(out: GraphEmitter, ns: DataNamespaces, s: NamedNode, id: string, value: string, precision: "year" | "month" | "day", endOnly: boolean): void {
  const when = namedNode(`${ns.time}${id}`);
  const description = namedNode(`${ns.time}${id}-${precision}`);
  out.add(s, iri("time:hasTime"), when);
  if (endOnly) {
    const end = namedNode(`${ns.time}${id}-end`);
    out.add(when, RDF_TYPE, iri("time:ProperInterval"));
    out.add(when, iri("time:hasEnd"), end);
    out.add(end, RDF_TYPE, iri("time:Instant"));
    out.add(end, iri("time:inDateTime"), description);
  } else {
    out.add(when, RDF_TYPE, iri("time:DateTimeInterval"));
    out.add(when, iri("time:hasDateTimeDescription"), description);
  }
  const [year, month, day] = value.split("-");
  out.add(description, RDF_TYPE, iri("time:DateTimeDescription"));
  out.add(description, iri("time:unitType"), iri(UNIT[precision]));
  out.add(description, iri("time:year"), literal(year ?? value, xsd("gYear")));
  if (month) out.add(description, iri("time:month"), literal(`--${month}`, xsd("gMonth")));
  if (day) out.add(description, iri("time:day"), literal(`---${day}`, xsd("gDay")));
}

/** Collects quads for one named graph. */
class GraphEmitter {
  readonly quads: Quad[] = [];
  /** `language`: the article's language tag, for text in the article's language (labels, headline, body). */
  constructor(
    readonly graph: NamedNode,
    readonly language: string,
  ) {}
  add(s: Quad_Subject, p: NamedNode, o: Quad_Object): void {
    this.quads.push(quad(s, p, o, this.graph));
  }
  text(s: Quad_Subject, p: string, value: string | undefined): void {
    if (value !== undefined && value !== "") this.add(s, iri(p), literal(value));
  }
  /** Text in the article's language: a language-tagged literal (rdf:langString). */
  words(s: Quad_Subject, p: string, value: string | undefined): void {
    if (value !== undefined && value !== "") this.add(s, iri(p), literal(value, this.language));
  }
  decimal(s: Quad_Subject, p: string, value: number): void {
    this.add(s, iri(p), literal(canonicalDecimal(value), xsd("decimal")));
  }
}

function checkBase(base: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\S*[/#]$/i.test(base)) {
    throw new TypeError(`graphToQuads: the base IRI "${base}" must be an absolute IRI ending in "/" or "#"`);
  }
  return base;
}

/** Writes the evidence annotation (W3C Web Annotation) linking `body` to a span of its article. */
function emitEvidence(out: GraphEmitter, ns: DataNamespaces, localName: string, body: Quad_Subject, evidence: Evidence, motivation: string): NamedNode {
  const annotation = namedNode(`${ns.annotation}${localName}`);
  const target = namedNode(`${ns.annotation}${localName}.target`);
  const quoteSelector = namedNode(`${ns.annotation}${localName}.quote`);
  const positionSelector = namedNode(`${ns.annotation}${localName}.position`);
  const article = namedNode(`${ns.article}${evidence.article}`);
  out.add(annotation, RDF_TYPE, iri("oa:Annotation"));
  out.add(annotation, iri("oa:motivatedBy"), iri(motivation));
  out.add(annotation, iri("oa:hasBody"), body);
  out.add(annotation, iri("oa:hasTarget"), target);
  out.add(annotation, iri("prov:wasDerivedFrom"), article);
  out.add(target, RDF_TYPE, iri("oa:SpecificResource"));
  out.add(target, iri("oa:hasSource"), article);
  out.add(target, iri("oa:hasSelector"), quoteSelector);
  out.add(target, iri("oa:hasSelector"), positionSelector);
  out.add(quoteSelector, RDF_TYPE, iri("oa:TextQuoteSelector"));
  out.add(quoteSelector, iri("oa:exact"), literal(evidence.quote));
  out.add(quoteSelector, iri("oa:prefix"), literal(evidence.prefix));
  out.add(quoteSelector, iri("oa:suffix"), literal(evidence.suffix));
  out.add(positionSelector, RDF_TYPE, iri("oa:TextPositionSelector"));
  out.add(positionSelector, iri("oa:start"), literal(String(evidence.start), xsd("nonNegativeInteger")));
  out.add(positionSelector, iri("oa:end"), literal(String(evidence.end), xsd("nonNegativeInteger")));
  return annotation;
}

function emitQuantity(out: GraphEmitter, subject: NamedNode, q: Quantity): void {
  const currency = q.unit !== "count" && q.unit !== "rank" && q.unit !== "percent";
  out.add(subject, RDF_TYPE, iri(currency ? "schema:MonetaryAmount" : "schema:QuantitativeValue"));
  out.decimal(subject, "schema:value", q.value);
  out.text(subject, currency ? "schema:currency" : "schema:unitText", q.unit);
  out.text(subject, "kgv:statedAs", q.text);
}

function emitFigure(out: GraphEmitter, ns: DataNamespaces, owner: NamedNode, figure: Figure, article: string): void {
  const subject = namedNode(`${ns.figure}${figure.id}`);
  out.add(owner, iri("kgv:figure"), subject);
  emitQuantity(out, subject, figure);
  out.text(subject, "schema:description", figure.measure);
  out.add(subject, iri("kgv:comparator"), iri(`kgv:${figure.comparator}`));
  out.text(subject, "kgv:per", figure.per);
  if (figure.converted) {
    const converted = namedNode(`${ns.figure}${figure.id}.converted`);
    out.add(subject, iri("kgv:statedConversion"), converted);
    emitQuantity(out, converted, figure.converted);
  }
  figure.evidence
    .filter((e) => e.article === article)
    .forEach((e, i) => emitEvidence(out, ns, `${figure.id}.e${i + 1}`, subject, e, "oa:identifying"));
}

function emitNode(out: GraphEmitter, ns: DataNamespaces, id: string, a: NodeAttributes, article: string, inCausalChain: boolean): void {
  const s = namedNode(`${ns.entity}${id}`);
  for (const cls of KINDS[a.kind as Kind].rdf) out.add(s, RDF_TYPE, iri(cls));
  // An event in a FARO relation is a faro:Event (FARO's domain and range); an economy or a sector that an
  // event affects is not made one.
  if (inCausalChain && isFaroEvent(a.kind)) out.add(s, RDF_TYPE, iri("faro:Event"));
  out.words(s, "rdfs:label", a.label);
  for (const alias of [...a.aliases].sort()) out.words(s, "skos:altLabel", alias);
  out.words(s, "schema:description", a.description);
  // schema:sameAs keeps a country a country (skos:exactMatch would make it a skos:Concept).
  if (a.wikidata) out.add(s, iri("schema:sameAs"), namedNode(`${NS.wd}${a.wikidata}`));
  out.words(s, "schema:jobTitle", a.jobTitle);
  if (a.modality) {
    out.add(s, iri("kgv:modality"), iri(`kgv:${a.modality}`));
    out.add(s, iri("faro:status"), iri(MODALITIES[a.modality].faro));
  }
  if (a.date) {
    out.words(s, "kgv:dateText", a.date.text);
    if (a.date.qualifier) out.add(s, iri("kgv:dateQualifier"), iri(`kgv:${a.date.qualifier}`));
    if (a.date.earliest) out.add(s, iri("sem:hasEarliestBeginTimeStamp"), literal(a.date.earliest, xsd("date")));
    if (a.date.latest) out.add(s, iri("sem:hasLatestEndTimeStamp"), literal(a.date.latest, xsd("date")));
    if (a.date.value && a.date.precision) emitTime(out, ns, s, id, a.date.value, a.date.precision, a.date.qualifier === "by");
  }
  // Names the article (not only the graph) so that triple formats, which merge the graphs, keep it.
  if (a.draftedIn?.includes(article)) out.add(s, iri("kgv:draftedIn"), namedNode(`${ns.article}${article}`));
  for (const figure of a.figures) {
    if (figure.evidence.some((e) => e.article === article)) emitFigure(out, ns, s, figure, article);
  }
  // Each quote is a mention of the entity (GAF: the instance is denotedBy its mentions); the mention is the
  // annotation's target, the selected stretch of the article. The article says which entities it mentions
  // (schema:mentions): an entity is not "derived from" the article that names it.
  a.evidence
    .filter((e) => e.article === article)
    .forEach((e, i) => {
      const annotation = emitEvidence(out, ns, `${article}.${id}.e${i + 1}`, s, e, "oa:identifying");
      out.add(s, iri("gaf:denotedBy"), namedNode(`${annotation.value}.target`));
    });
}

function emitClaim(out: GraphEmitter, ns: DataNamespaces, key: string, ends: readonly [string, Kind, string, Kind], a: EdgeAttributes, profile: RdfProfile, assert: AssertMode, who: Attribution, byline: NamedNode[]): void {
  const [source, sourceKind, target, targetKind] = ends;
  const s = namedNode(`${ns.entity}${source}`);
  const p = iri(relationPredicate(a.relation, sourceKind, targetKind));
  const o = namedNode(`${ns.entity}${target}`);
  const claim = namedNode(`${ns.claim}${key}`);
  const article = namedNode(`${ns.article}${a.article}`);
  // A plan, an expectation, a hedged or drafted reading is not a fact: `?s faro:causes ?o` must not return it.
  if (assert === "all" || isStatedFact(a)) out.add(s, p, o);
  out.add(claim, RDF_TYPE, iri("kgv:Claim"));
  if (profile === "rdf11") {
    out.add(claim, RDF_TYPE, iri("rdf:Statement"));
    out.add(claim, iri("rdf:subject"), s);
    out.add(claim, iri("rdf:predicate"), p);
    out.add(claim, iri("rdf:object"), o);
  } else {
    out.add(claim, iri("rdf:reifies"), quad(s, p, o) as unknown as Quad_Object);
  }
  out.add(claim, iri("kgv:modality"), iri(`kgv:${a.modality}`));
  out.decimal(claim, "kgv:confidence", a.confidence);
  out.text(claim, "kgv:role", a.role);
  out.text(claim, "rdfs:comment", a.note);
  // A drafted claim says so in RDF too: a consumer can keep to what a person has checked.
  if (a.drafted) out.add(claim, iri("kgv:reviewStatus"), iri("kgv:drafted"));
  out.add(claim, iri("prov:wasDerivedFrom"), article);
  // Who states it: the speaker the article reports, quoted or paraphrased; otherwise the article's byline.
  if (who.speakers.length > 0) {
    for (const speaker of who.speakers) out.add(claim, iri("prov:wasAttributedTo"), namedNode(`${ns.entity}${speaker}`));
    out.add(claim, iri("kgv:reportedSpeech"), iri(who.direct ? "kgv:directQuotation" : "kgv:paraphrase"));
  } else {
    for (const author of byline) out.add(claim, iri("prov:wasAttributedTo"), author);
  }
  out.add(claim, iri("prov:wasGeneratedBy"), namedNode(`${ns.activity}annotation.${a.article}`));
  // Links first, annotations after, so Turtle keeps the claim's description in one block.
  a.evidence.forEach((_e, i) => out.add(claim, iri("kgv:evidence"), namedNode(`${ns.annotation}${key}.e${i + 1}`)));
  a.evidence.forEach((e, i) => emitEvidence(out, ns, `${key}.e${i + 1}`, claim, e, "oa:describing"));
}

/** The IRI of an article's `n`-th picture (1-based). An article id has no `.`, so it names no other article. */
export const imageIri = (ns: DataNamespaces, article: string, n: number): NamedNode => namedNode(`${ns.article}${article}.image-${n}`);

/**
 * The article's pictures: schema:image to a schema:ImageObject with its caption (in the article's language)
 * and, when the caption credits someone, schema:creditText (the credit's words) and schema:creator (the
 * credited entity: schema.org's creator is "the creator/author of this CreativeWork", the image's byline; a
 * credit line does not say who holds the copyright, so no schema:copyrightHolder; docs/rdf-model.md). Each
 * span is a Web Annotation whose body is the image: the caption describes it (oa:describing), the credit's
 * words identify who made it (oa:identifying).
 */
function emitImages(out: GraphEmitter, ns: DataNamespaces, graph: KnowledgeGraph, meta: ArticleInfo): void {
  const article = namedNode(`${ns.article}${meta.id}`);
  (meta.images ?? []).forEach((image, i) => {
    const s = imageIri(ns, meta.id, i + 1);
    out.add(article, iri("schema:image"), s);
    out.add(s, RDF_TYPE, iri("schema:ImageObject"));
    out.words(s, "schema:caption", image.caption.quote);
    const credit = image.credit && graph.hasNode(image.credit.entity) ? image.credit : undefined;
    if (credit) {
      out.text(s, "schema:creditText", credit.text.quote);
      out.add(s, iri("schema:creator"), namedNode(`${ns.entity}${credit.entity}`));
    }
    if (image.drafted) out.add(s, iri("kgv:reviewStatus"), iri("kgv:drafted"));
    emitEvidence(out, ns, `${meta.id}.image-${i + 1}.caption`, s, image.caption, "oa:describing");
    if (credit) emitEvidence(out, ns, `${meta.id}.image-${i + 1}.credit`, s, credit.text, "oa:identifying");
  });
}

/** Who signs the article: its authors, or its publisher when it has no byline. */
function bylineOf(ns: DataNamespaces, meta: ArticleInfo): NamedNode[] {
  const names = meta.author.length > 0 ? meta.author : [meta.publisher];
  return names.map((name) => namedNode(`${ns.agent}${slug(name)}`));
}

function emitArticle(out: GraphEmitter, ns: DataNamespaces, meta: ArticleInfo, mentions: readonly string[]): void {
  const s = namedNode(`${ns.article}${meta.id}`);
  const publisher = namedNode(`${ns.agent}${slug(meta.publisher)}`);
  out.add(s, RDF_TYPE, iri("schema:NewsArticle"));
  out.words(s, "schema:headline", meta.headline);
  out.add(s, iri("schema:datePublished"), literal(meta.datePublished, xsd("date")));
  out.text(s, "schema:articleSection", meta.section);
  out.text(s, "schema:inLanguage", meta.language);
  if (meta.url) out.add(s, iri("schema:url"), namedNode(meta.url));
  out.words(s, "schema:articleBody", meta.text);
  out.add(s, iri("schema:publisher"), publisher);
  out.add(publisher, RDF_TYPE, iri("schema:Organization"));
  out.text(publisher, "schema:name", meta.publisher);
  meta.author.forEach((name, i) => {
    const author = namedNode(`${ns.agent}${slug(name)}`);
    out.add(s, iri("schema:author"), author);
    out.add(author, RDF_TYPE, iri("schema:Person"));
    out.text(author, "schema:name", name);
    // Author order matters for a byline; RDF sets lose it, so it is kept explicitly.
    out.add(author, iri("kgv:bylinePosition"), literal(String(i + 1), xsd("integer")));
  });
  for (const id of mentions) out.add(s, iri("schema:mentions"), namedNode(`${ns.entity}${id}`));
  const activity = namedNode(`${ns.activity}annotation.${meta.id}`);
  const tool = namedNode(`${ns.agent}news-kg`);
  out.add(activity, RDF_TYPE, iri("prov:Activity"));
  out.text(activity, "rdfs:label", `Annotation of "${meta.headline}"`);
  out.add(activity, iri("prov:used"), s);
  out.add(activity, iri("prov:wasAssociatedWith"), tool);
  out.add(tool, RDF_TYPE, iri("prov:SoftwareAgent"));
  out.text(tool, "rdfs:label", "news-kg");
}

/** FNV-1a, 32 bits, over UTF-16 code units, as 8 hex digits (browser-safe, no node:crypto). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * Lower-case ASCII slug for agent IRIs ("Chun In-sung" → "chun-in-sung"). A name with no ASCII letter or
 * digit ("천인성", "中央日報") gets `n-` and a hash of the name, so two such names are two agents, not one.
 */
export function slug(name: string): string {
  const s = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // Hash what is written (portableText), so reading the RDF back mints the same IRI.
  return s || `n-${fnv1a(portableText(name))}`;
}

/** What each article's named graph holds, found in one pass over the graph. */
interface ArticleIndex {
  nodes: string[];
  edges: string[];
  /** Nodes at either end of a FARO relation stated by the article. */
  causal: Set<string>;
}

function indexArticles(graph: KnowledgeGraph): Map<string, ArticleIndex> {
  const index = new Map<string, ArticleIndex>();
  const entry = (article: string): ArticleIndex => {
    let e = index.get(article);
    if (!e) index.set(article, (e = { nodes: [], edges: [], causal: new Set() }));
    return e;
  };
  graph.forEachNode((id, a) => a.articles.forEach((article) => entry(article).nodes.push(id)));
  graph.forEachEdge((key, a, source, target) => {
    const e = entry(a.article);
    e.edges.push(key);
    if (RELATIONS[a.relation].faro) e.causal.add(source).add(target);
  });
  return index;
}

function emitArticleGraph(graph: KnowledgeGraph, article: string, index: ArticleIndex | undefined, options: RdfOptions): Quad[] {
  const base = checkBase(options.baseIri ?? DEFAULT_BASE_IRI);
  const ns = dataNamespaces(base);
  const profile = options.profile ?? "rdf11";
  const assert = options.assert ?? "facts";
  if (!ASSERT_MODES.includes(assert)) throw new TypeError(`graphToQuads: assert must be one of ${ASSERT_MODES.join(", ")}, not "${String(assert)}"`);
  const meta = graph.getAttribute("articles")[article];
  if (!meta) throw new RangeError(`graphToQuads: the "${article}" article is not in the graph`);
  const out = new GraphEmitter(namedNode(`${ns.graph}${article}`), meta.language);
  emitArticle(out, ns, meta, index?.nodes ?? []);
  emitImages(out, ns, graph, meta);
  for (const id of index?.nodes ?? []) emitNode(out, ns, id, graph.getNodeAttributes(id), article, index?.causal.has(id) ?? false);
  const edges = index?.edges ?? [];
  const attribution = attributeClaims(graph, meta, edges);
  const byline = bylineOf(ns, meta);
  for (const key of edges) {
    const ends = [graph.source(key), graph.getNodeAttribute(graph.source(key), "kind"), graph.target(key), graph.getNodeAttribute(graph.target(key), "kind")] as const;
    emitClaim(out, ns, key, ends, graph.getEdgeAttributes(key), profile, assert, attribution.get(key) ?? { speakers: [] }, byline);
  }
  return out.quads;
}

/** Quads of one article's named graph. */
export function articleQuads(graph: KnowledgeGraph, article: string, options: RdfOptions = {}): Quad[] {
  return emitArticleGraph(graph, article, indexArticles(graph).get(article), options);
}

/** All quads of the graph: one named graph per article, articles in sorted order. */
export function graphToQuads(graph: KnowledgeGraph, options: RdfOptions = {}): Quad[] {
  return [...articleGraphs(graph, options)].flatMap((g) => g.quads);
}

/** graphToQuads one article's named graph at a time (the streaming build holds one article's quads, not all). */
export function* articleGraphs(graph: KnowledgeGraph, options: RdfOptions = {}): Generator<{ article: string; quads: Quad[] }> {
  const index = indexArticles(graph);
  const articles = options.articles ?? Object.keys(graph.getAttribute("articles")).sort();
  for (const article of articles) yield { article, quads: emitArticleGraph(graph, article, index.get(article), options) };
}

// The last stage of the drafter: the stages' proposals (spans of the article) become an annotation —
// ids that never clash with the corpus, verbatim quotes with the occurrence that finds their place,
// figures given to what they measure, relations the validator would refuse left out, and the
// `drafted` mark with a confidence on every item.
import type { AnnotationSpec, EntitySpec, EvidenceSpec, FigureSpec, RelationSpec } from "../model/annotation-spec.ts";
import { EVENT_LIKE_KINDS, type Kind } from "../model/vocabulary.ts";
import { checkRelationKinds } from "../validate/relation-constraints.ts";
import type { CorpusEntity, DraftContext, EntityCandidate, EventCandidate, FigureMention, RelationCandidate, Sentence, Span } from "./types.ts";

/** Confidences are written with two decimals: enough for a reviewer, and stable across platforms. */
const round = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

/** The quote for a span, with the occurrence the validator needs to find that very place again. */
export function evidenceFor(text: string, span: Span): EvidenceSpec {
  const quote = text.slice(span.start, span.end);
  let occurrence = 1;
  for (let at = text.indexOf(quote); at !== -1 && at < span.start; at = text.indexOf(quote, at + 1)) occurrence++;
  return occurrence === 1 ? quote : { quote, occurrence };
}

/** Evidence spans trimmed of white space and stray punctuation at their ends, deduplicated, in text order. */
function cleanSpans(text: string, spans: Span[]): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    let { start, end } = span;
    start = Math.max(0, start);
    end = Math.min(text.length, end);
    while (start < end && /[\s,;:]/.test(text[start] ?? "")) start++;
    while (end > start && /[\s,;:]/.test(text[end - 1] ?? "")) end--;
    if (end <= start) continue;
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start, end });
  }
  return out;
}

function sentenceOf(sentences: Sentence[], at: number): Sentence | undefined {
  return sentences.find((s) => s.start <= at && at < s.end);
}

/** Distance between two spans (0 when they overlap). */
const gap = (a: Span, b: Span): number => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);

interface Owner {
  id: string;
  spans: Span[];
  figures: FigureMention[];
}

/**
 * A figure belongs to what it measures. Events claim their own figures; the rest go to the nearest
 * entity or event mentioned in the same sentence, before the figure when there is a tie (news puts
 * the owner first: "Japan, the third-largest economy"; "the cluster … with 300 trillion won").
 */
function attachFigures(ctx: DraftContext, owners: Owner[], figures: FigureMention[]): void {
  const claimed = new Set<FigureMention>(owners.flatMap((o) => o.figures));
  for (const figure of figures) {
    if (claimed.has(figure)) continue;
    const sentence = sentenceOf(ctx.sentences, figure.start);
    if (!sentence) continue;
    let best: { owner: Owner; distance: number; after: boolean } | undefined;
    for (const owner of owners) {
      for (const span of owner.spans) {
        if (span.start < sentence.start || span.end > sentence.end) continue;
        // A mention inside the figure's own words ("15 industrial complexes") is what it counts.
        const distance = gap(span, figure);
        const after = span.start >= figure.end;
        if (!best || distance < best.distance || (distance === best.distance && best.after && !after)) {
          best = { owner, distance, after };
        }
      }
    }
    if (best) best.owner.figures.push(figure);
  }
}

function figureSpec(text: string, figure: FigureMention): FigureSpec {
  const spec: FigureSpec = {
    measure: figure.measure,
    text: figure.text,
    value: figure.value,
    unit: figure.unit,
    evidence: [evidenceFor(text, figure.evidence)],
  };
  if (figure.comparator && figure.comparator !== "exactly") spec.comparator = figure.comparator;
  if (figure.per) spec.per = figure.per;
  if (figure.converted) spec.converted = { text: figure.converted.text, value: figure.converted.value, unit: figure.converted.unit };
  return spec;
}

/** Ids are unique in an article and never take a corpus id that names something of another kind. */
class IdAllocator {
  private readonly used = new Set<string>();
  constructor(private readonly corpus: Map<string, Kind>) {}
  take(wanted: string, kind: Kind, linked: boolean): string {
    const base = wanted.replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "entity";
    const clash = (id: string) => this.used.has(id) || (!linked && this.corpus.has(id) && this.corpus.get(id) !== kind);
    let id = base;
    for (let n = 2; clash(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** Builds the annotation from the stages' proposals. Pure: same context and proposals, same output. */
export function assembleAnnotation(
  ctx: DraftContext,
  entities: EntityCandidate[],
  events: EventCandidate[],
  figures: FigureMention[],
  relations: RelationCandidate[],
): AnnotationSpec {
  const { text } = ctx;
  const corpusKinds = new Map(ctx.corpus.map((e) => [e.id, e.kind] as const));
  const corpusByWikidata = new Map(ctx.corpus.filter((e) => e.wikidata).map((e) => [e.wikidata as string, e] as const));
  const ids = new IdAllocator(corpusKinds);
  const idOf = new Map<string, string>();
  const kindOf = new Map<string, Kind>();

  const owners: Owner[] = [];
  const entityOwners = new Map<EntityCandidate | EventCandidate, Owner>();
  for (const item of [...entities, ...events]) {
    const owner: Owner = { id: item.id, spans: item.mentions, figures: "figures" in item ? [...item.figures] : [] };
    owners.push(owner);
    entityOwners.set(item, owner);
  }
  attachFigures(ctx, owners, figures);

  const specs: EntitySpec[] = [];
  const emit = (item: EntityCandidate | EventCandidate, extra: Partial<EntitySpec>): void => {
    const mentions = cleanSpans(text, item.mentions);
    if (mentions.length === 0) return;
    // The corpus's id for the same Wikidata item: one id per item across the corpus.
    const wikidata = "wikidata" in item ? item.wikidata : undefined;
    const known: CorpusEntity | undefined = wikidata ? corpusByWikidata.get(wikidata) : undefined;
    const linked = Boolean(known && known.kind === item.kind) || Boolean("linked" in item && item.linked && corpusKinds.get(item.id) === item.kind);
    const id = ids.take(known && known.kind === item.kind ? known.id : item.id, item.kind, linked);
    if (idOf.has(item.id)) return;
    idOf.set(item.id, id);
    kindOf.set(id, item.kind);
    const owner = entityOwners.get(item);
    const aliases = [...new Set(item.aliases.filter((a) => a && a !== item.label))];
    const spec: EntitySpec = {
      id,
      kind: item.kind,
      label: item.label,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...extra,
      drafted: true,
      confidence: round(item.confidence),
      evidence: mentions.map((m) => evidenceFor(text, m)),
    };
    if (owner && owner.figures.length > 0) {
      spec.figures = [...owner.figures].sort((a, b) => a.start - b.start).map((f) => figureSpec(text, f));
    }
    specs.push(spec);
  };

  for (const entity of entities) {
    const extra: Partial<EntitySpec> = {};
    if (entity.description) extra.description = entity.description;
    if (entity.wikidata && !specs.some((s) => s.wikidata === entity.wikidata)) extra.wikidata = entity.wikidata;
    if (entity.jobTitle && entity.kind === "Person") extra.jobTitle = entity.jobTitle;
    if (entity.modality && EVENT_LIKE_KINDS.has(entity.kind)) extra.modality = entity.modality;
    emit(entity, extra);
  }
  for (const event of events) {
    const extra: Partial<EntitySpec> = { modality: event.modality };
    if (event.note) extra.description = event.note;
    if (event.date) {
      extra.date = { text: event.date.text };
      if (event.date.value) extra.date.value = event.date.value;
      if (event.date.qualifier && event.date.value) extra.date.qualifier = event.date.qualifier;
    }
    emit(event, extra);
  }
  for (const spec of specs) {
    if (EVENT_LIKE_KINDS.has(spec.kind) && !spec.modality) spec.modality = "happened";
  }

  const relationSpecs: RelationSpec[] = [];
  const seen = new Set<string>();
  for (const relation of relations) {
    const from = idOf.get(relation.from);
    const to = idOf.get(relation.to);
    if (!from || !to || from === to) continue;
    if (checkRelationKinds(relation.rel, kindOf.get(from) as Kind, kindOf.get(to) as Kind)) continue;
    const evidence = cleanSpans(text, relation.evidence);
    if (evidence.length === 0) continue;
    const key = `${from}|${relation.rel}|${to}|${evidence.map((e) => `${e.start}-${e.end}`).join(",")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const spec: RelationSpec = {
      from,
      rel: relation.rel,
      to,
      modality: relation.modality,
      confidence: round(relation.confidence),
      drafted: true,
      evidence: evidence.map((e) => evidenceFor(text, e)),
    };
    if (relation.role) spec.role = relation.role;
    if (relation.note) spec.note = relation.note;
    relationSpecs.push(spec);
  }
  return { entities: specs, relations: relationSpecs };
}


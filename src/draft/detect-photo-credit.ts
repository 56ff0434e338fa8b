// Photo captions with a trailing agency credit ("… on Friday. [YONHAP]", "(Reuters)", "Photo: AFP",
// "/ AP Photo", "© EPA") become the annotation's images: the caption, and the credit pointing at the agency
// (the drafted entity that already names it, else the gazetteer's agency, else a new Organization). The
// credit forms are data (data/lexicons/photo-credits.json), not code. Runs on the assembled annotation, so
// every id it points at is one the draft holds.
import lexicon from "../../data/lexicons/photo-credits.json" with { type: "json" };
import type { AnnotationSpec, EntitySpec, EvidenceSpec, ImageSpec } from "../model/annotation-spec.ts";
import { KINDS } from "../model/vocabulary.ts";
import { evidenceFor } from "./assemble-annotation.ts";
import { cleanLabel, nameKey, slugify } from "./entity-labels.ts";
import { gazetteerIndex, type GazetteerEntry } from "./gazetteer-index.ts";
import type { CorpusEntity, Span } from "./types.ts";

/** A caption line and its credit, as UTF-16 spans of the article text. */
export interface PhotoCredit {
  caption: Span;
  /** The credit's words (schema:creditText): "YONHAP", "AP Photo". */
  credit: Span;
  /** The name of who is credited: "YONHAP", "AP". */
  agency: Span;
  /** The lexicon pattern that matched. */
  pattern: string;
}

const PATTERNS = lexicon.patterns.map((p) => ({ name: p.name, re: new RegExp(p.pattern, "du") }));

const words = (text: string): number => (text.match(/\p{L}[\p{L}'’-]*/gu) ?? []).length;

/** Every line of the text that ends with a credit the lexicon knows and has a caption before it. */
export function detectPhotoCredits(text: string): PhotoCredit[] {
  const out: PhotoCredit[] = [];
  const lines = /[^\n]+/g;
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    const base = line.index;
    for (const { name, re } of PATTERNS) {
      const match = re.exec(line[0]);
      const credit = match?.indices?.groups?.credit;
      const agency = match?.indices?.groups?.agency;
      if (!match || !credit || !agency) continue;
      const before = line[0].slice(0, match.index);
      const start = before.length - before.trimStart().length;
      const end = before.trimEnd().length;
      if (end <= start || words(before) < lexicon.minCaptionWords) continue;
      out.push({
        caption: { start: base + start, end: base + end },
        credit: { start: base + credit[0], end: base + credit[1] },
        agency: { start: base + agency[0], end: base + agency[1] },
        pattern: name,
      });
      break;
    }
  }
  return out;
}

const isActor = (entity: EntitySpec): boolean => KINDS[entity.kind].group === "actor";
const quoteOf = (e: EvidenceSpec): string => (typeof e === "string" ? e : e.quote);

/** The gazetteer's agency with this name (label or alias, case folded: credits are printed in capitals). */
function gazetteerAgency(name: string): GazetteerEntry | undefined {
  const key = nameKey(name);
  for (const entry of gazetteerIndex().entries.values()) {
    if (entry.source !== "agency") continue;
    if ([entry.label, ...entry.aliases].some((n) => nameKey(n) === key)) return entry;
  }
  return undefined;
}

/**
 * The annotation with an image for every captioned credit of the text, each credited to an actor entity
 * of the draft; an agency the draft does not name yet is added as a drafted Organization.
 */
export function attachPhotoCredits(text: string, spec: AnnotationSpec, corpus: readonly CorpusEntity[]): AnnotationSpec {
  const found = detectPhotoCredits(text);
  if (found.length === 0) return spec;
  const entities = [...spec.entities];
  const corpusKinds = new Map(corpus.map((e) => [e.id, e.kind] as const));
  const images: ImageSpec[] = [...(spec.images ?? [])];
  for (const photo of found) {
    const written = text.slice(photo.agency.start, photo.agency.end);
    const key = nameKey(written);
    let entity = entities.find((e) => isActor(e) && ([e.label, ...(e.aliases ?? []), ...(e.mergeAliases ?? [])].some((n) => nameKey(n) === key) || e.evidence.some((q) => nameKey(quoteOf(q)) === key)));
    if (!entity) {
      const known = gazetteerAgency(written);
      const label = known?.label ?? cleanLabel(written);
      // An id the draft does not use and the corpus does not give to something of another kind.
      const stem = known?.id ?? (slugify(label) || "agency");
      let id = stem;
      for (let n = 2; entities.some((e) => e.id === id) || (corpusKinds.has(id) && corpusKinds.get(id) !== "Organization"); n++) id = `${stem}-${n}`;
      entity = {
        id,
        kind: "Organization",
        label,
        ...(written !== label ? { aliases: [written] } : {}),
        ...(known?.wikidata ? { wikidata: known.wikidata } : {}),
        description: "Credited with a photo the article prints.",
        drafted: true,
        confidence: known ? 0.9 : 0.6,
        evidence: [evidenceFor(text, photo.agency)],
      };
      entities.push(entity);
    }
    images.push({
      caption: evidenceFor(text, photo.caption),
      credit: { entity: entity.id, text: evidenceFor(text, photo.credit) },
      drafted: true,
    });
  }
  return { ...spec, entities, images };
}

// Validation of one article folder: YAML syntax, schema, then what a schema cannot check
// (references, verbatim quotes, dates, kinds at both ends of a relation). Every problem is
// collected with file, line and field; nothing is thrown.
import { Ajv, type ErrorObject } from "ajv";
import type { SourceIssue } from "../errors.ts";
import type { ArticleImage, ArticleMeta, ArticleModel, DateValue, EdgeAttributes, Evidence, Figure, NodeAttributes } from "../model/types.ts";
import { EVENT_LIKE_KINDS, KINDS, type Kind, type Modality } from "../model/vocabulary.ts";
import type { RawArticleSource } from "../sources/read-sources.ts";
import type { AnnotationSpec, EvidenceSpec } from "../model/annotation-spec.ts";
import { countOccurrences, locateQuote } from "./locate-quote.ts";
import { parseDate } from "./parse-date.ts";
import { fieldPath, parseYaml, type ParsedYaml } from "./parse-yaml.ts";
import { annotationSchema, articleMetaSchema } from "./schemas.ts";
import { checkRelationKinds } from "./relation-constraints.ts";

const ajv = new Ajv({ allErrors: true, strict: true });
const checkMeta = ajv.compile(articleMetaSchema);
const checkAnnotation = ajv.compile(annotationSchema);

type MetaSpec = Omit<ArticleMeta, "text" | "sourceFiles" | "section"> & { section?: string };

/** Turns ajv errors into issues at the line of the offending node. */
function schemaIssues(errors: ErrorObject[] | null | undefined, parsed: ParsedYaml): SourceIssue[] {
  const issues: SourceIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors ?? []) {
    // oneOf reports every failed branch; the branch errors already say what is wrong.
    if (error.keyword === "oneOf") continue;
    const path: Array<string | number> = error.instancePath
      .split("/")
      .slice(1)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, "/").replace(/~0/g, "~")));
    let message = error.message ?? "is invalid";
    let expected: string | undefined;
    if (error.keyword === "additionalProperties") {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      path.push(extra);
      message = `unknown field "${extra}"`;
      expected = "one of the documented fields (see README: data format)";
    } else if (error.keyword === "required") {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      path.push(missing);
      message = `missing required field "${missing}"`;
      expected = `a "${missing}" field (see docs/annotation-guide.md)`;
    } else if (error.keyword === "enum") {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      message = "is not in the vocabulary";
      expected = `one of ${allowed.map(String).join(", ")}`;
    } else if (error.keyword === "type" && error.instancePath.includes("/evidence/")) {
      message = "must be a quote string or {quote, occurrence}";
    }
    const field = fieldPath(path);
    const key = `${field}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pos = parsed.lineOf(path);
    issues.push({ code: "SCHEMA", file: parsed.file, line: pos.line, column: pos.column, field, message, ...(expected ? { expected } : {}) });
  }
  return issues;
}

/** When a quote differs from the text only in white space (a no-break space, say), say where. */
function whitespaceHint(text: string, quote: string): string {
  const pattern = quote
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  const match = pattern ? new RegExp(pattern, "u").exec(text) : null;
  if (!match) return "";
  const odd = [...match[0]].filter((c) => /\s/.test(c) && c !== " ").map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`);
  return `; it differs from the text only in white space${odd.length ? ` (the text has ${[...new Set(odd)].join(", ")}; write it as \\u escapes in a double-quoted YAML string)` : ""}`;
}

export interface ArticleValidation {
  model?: ArticleModel;
  issues: SourceIssue[];
  /** Line of each entity's `id` in annotation.yaml, for issues found across articles. */
  entityLines?: Map<string, number>;
  /**
   * Where an entity's label (name `""`) or one of its aliases is, for warnings found across articles; looked up
   * only when a warning needs it, so valid input pays nothing for positions it never shows.
   */
  nameLine?: (entityId: string, name: string) => { line: number; field: string } | undefined;
  /** Line of the article's `id` in article.yaml, for issues found across articles. */
  idLine?: number;
}

export function validateArticle(source: RawArticleSource): ArticleValidation {
  const issues: SourceIssue[] = [];
  const { meta: metaFile, text: textFile, annotation: annotationFile } = source.files;

  const metaYaml = metaFile.text === undefined ? undefined : parseYaml(metaFile.text, metaFile.path);
  const annYaml = annotationFile.text === undefined ? undefined : parseYaml(annotationFile.text, annotationFile.path);
  if (metaYaml) issues.push(...metaYaml.issues);
  if (annYaml) issues.push(...annYaml.issues);

  const text = textFile.text;
  if (text !== undefined && text.trim() === "") {
    issues.push({ code: "EMPTY_FILE", file: textFile.path, line: 0, field: "", message: "article text is empty", expected: "the story's text" });
  }

  let meta: MetaSpec | undefined;
  if (metaYaml?.parsed) {
    if (checkMeta(metaYaml.parsed.value)) meta = metaYaml.parsed.value as MetaSpec;
    else issues.push(...schemaIssues(checkMeta.errors, metaYaml.parsed));
  }
  let annotation: AnnotationSpec | undefined;
  const ann = annYaml?.parsed;
  if (ann) {
    if (checkAnnotation(ann.value)) annotation = ann.value as AnnotationSpec;
    else issues.push(...schemaIssues(checkAnnotation.errors, ann));
  }
  if (!meta || !annotation || !ann || text === undefined || text.trim() === "") return { issues };

  const articleId = meta.id;
  const at = (path: Array<string | number>, code: string, message: string, expected?: string): void => {
    const pos = ann.lineOf(path);
    issues.push({ code, file: ann.file, line: pos.line, column: pos.column, field: fieldPath(path), message, ...(expected ? { expected } : {}) });
  };

  /** One quote located in the text, or an issue at `path`. */
  const resolveQuote = (spec: EvidenceSpec, path: Array<string | number>): Evidence | undefined => {
    const quote = typeof spec === "string" ? spec : spec.quote;
    const occurrence = typeof spec === "string" ? 1 : (spec.occurrence ?? 1);
    const evidence = locateQuote(articleId, text, quote, occurrence);
    if (evidence) return evidence;
    const count = countOccurrences(text, quote);
    if (count === 0) {
      const hint = whitespaceHint(text, quote);
      at(path, "QUOTE_NOT_FOUND", `quote not found in ${textFile.path}: "${quote}"${hint}`, "a verbatim substring of the article text");
    }
    else at(path, "QUOTE_NOT_FOUND", `quote occurs ${count} time(s), not ${occurrence}: "${quote}"`, `occurrence between 1 and ${count}`);
    return undefined;
  };
  const resolveEvidence = (specs: EvidenceSpec[], path: Array<string | number>): Evidence[] =>
    specs.flatMap((spec, i) => resolveQuote(spec, [...path, i]) ?? []);
  const requireInText = (snippet: string, path: Array<string | number>, what: string): void => {
    if (!text.includes(snippet)) at(path, "TEXT_NOT_FOUND", `${what} "${snippet}" is not in ${textFile.path}`, "the words as the article writes them");
  };

  // Entities
  const kinds = new Map<string, Kind>();
  const entityLines = new Map<string, number>();
  const namedEntities = new Map<string, { path: Array<string | number>; aliases: string[]; mergeAliases: string[] }>();
  const modalities = new Map<string, Modality>();
  const nodes: ArticleModel["nodes"] = [];
  annotation.entities.forEach((entity, i) => {
    const path: Array<string | number> = ["entities", i];
    if (kinds.has(entity.id)) {
      at([...path, "id"], "DUPLICATE_ID", `entity id "${entity.id}" is declared twice`, "ids unique within an article");
      return;
    }
    kinds.set(entity.id, entity.kind);
    entityLines.set(entity.id, ann.lineOf([...path, "id"]).line);
    if (EVENT_LIKE_KINDS.has(entity.kind) && !entity.modality) {
      at(path, "MISSING_MODALITY", `a ${entity.kind} must state its modality`, "modality: happened | planned | expected | conditional | potential | not_happened");
    }
    if (entity.jobTitle && entity.kind !== "Person") at([...path, "jobTitle"], "WRONG_KIND", `jobTitle is for a Person, not a ${entity.kind}`);
    let date: DateValue | undefined;
    if (entity.date) {
      const parsed = parseDate(entity.date);
      if (typeof parsed === "string") at([...path, "date"], "BAD_DATE", parsed, "value as YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date");
      else date = parsed;
      requireInText(entity.date.text, [...path, "date", "text"], "date text");
    }
    const figures: Figure[] = (entity.figures ?? []).map((spec, f) => {
      const fpath = [...path, "figures", f];
      requireInText(spec.text, [...fpath, "text"], "figure text");
      if (spec.converted) requireInText(spec.converted.text, [...fpath, "converted", "text"], "converted figure text");
      const figure: Figure = {
        id: `${articleId}.${entity.id}.${f + 1}`,
        measure: spec.measure,
        text: spec.text,
        value: spec.value,
        unit: spec.unit,
        comparator: spec.comparator ?? "exactly",
        evidence: resolveEvidence(spec.evidence, [...fpath, "evidence"]),
      };
      if (spec.per) figure.per = spec.per;
      if (spec.converted) figure.converted = { ...spec.converted };
      return figure;
    });
    namedEntities.set(entity.id, { path, aliases: entity.aliases ?? [], mergeAliases: entity.mergeAliases ?? [] });
    const mergeAliases = [...new Set(entity.mergeAliases ?? [])];
    const attributes: NodeAttributes = {
      label: entity.label,
      kind: entity.kind,
      aliases: [...new Set([...(entity.aliases ?? []), ...mergeAliases])],
      description: entity.description ?? "",
      figures,
      evidence: resolveEvidence(entity.evidence, [...path, "evidence"]),
      articles: [articleId],
    };
    if (entity.wikidata) attributes.wikidata = entity.wikidata;
    if (entity.jobTitle) attributes.jobTitle = entity.jobTitle;
    if (entity.modality) {
      attributes.modality = entity.modality;
      modalities.set(entity.id, entity.modality);
    }
    if (date) attributes.date = date;
    if (entity.drafted) attributes.draftedIn = [articleId];
    if (entity.confidence !== undefined) attributes.confidence = entity.confidence;
    nodes.push({ id: entity.id, attributes, ...(mergeAliases.length > 0 ? { mergeAliases } : {}) });
  });

  // Relations
  const edges: ArticleModel["edges"] = [];
  (annotation.relations ?? []).forEach((relation, i) => {
    const path: Array<string | number> = ["relations", i];
    let ok = true;
    for (const end of ["from", "to"] as const) {
      if (!kinds.has(relation[end])) {
        ok = false;
        at([...path, end], "UNKNOWN_ID", `"${relation[end]}" is not an entity of this article`, "the id of an entity declared under entities");
      }
    }
    if (ok && relation.from === relation.to) {
      ok = false;
      at(path, "SELF_LOOP", `"${relation.from}" ${relation.rel} itself`, "two different entities");
    }
    if (ok) {
      const problem = checkRelationKinds(relation.rel, kinds.get(relation.from) as Kind, kinds.get(relation.to) as Kind);
      if (problem) {
        ok = false;
        at([...path, "rel"], "WRONG_KIND", problem);
      }
    }
    const evidence = resolveEvidence(relation.evidence, [...path, "evidence"]);
    if (!ok) return;
    // An edge without its own modality takes its source's: a hasActor edge of a planned plan is planned.
    const sourceModality = modalities.get(relation.from);
    const attributes: EdgeAttributes = {
      relation: relation.rel,
      modality: relation.modality ?? sourceModality ?? "happened",
      confidence: relation.confidence ?? 1,
      article: articleId,
      evidence,
    };
    if (relation.role) attributes.role = relation.role;
    if (relation.note) attributes.note = relation.note;
    if (relation.drafted) attributes.drafted = true;
    edges.push({ source: relation.from, target: relation.to, attributes });
  });

  // Images: a caption and a credit are spans of the text; the credit names an actor of this article.
  const images: ArticleImage[] = [];
  (annotation.images ?? []).forEach((spec, i) => {
    const path: Array<string | number> = ["images", i];
    const caption = resolveQuote(spec.caption, [...path, "caption"]);
    let credit: ArticleImage["credit"];
    if (spec.credit) {
      const cpath = [...path, "credit"];
      const kind = kinds.get(spec.credit.entity);
      if (!kind) at([...cpath, "entity"], "UNKNOWN_ID", `"${spec.credit.entity}" is not an entity of this article`, "the id of an entity declared under entities");
      else if (KINDS[kind].group !== "actor") at([...cpath, "entity"], "WRONG_KIND", `a photo is credited to an actor, not a ${kind}`, "an agency, an organisation or a person");
      const words = resolveQuote(spec.credit.text, [...cpath, "text"]);
      if (kind && words) credit = { entity: spec.credit.entity, text: words };
    }
    if (!caption) return;
    images.push({ caption, ...(credit ? { credit } : {}), ...(spec.drafted ? { drafted: true } : {}) });
  });
  if (issues.length > 0) return { issues };

  const articleMeta: ArticleMeta = {
    id: articleId,
    headline: meta.headline,
    publisher: meta.publisher,
    author: meta.author,
    datePublished: meta.datePublished,
    section: meta.section ?? "",
    language: meta.language,
    text,
    sourceFiles: { meta: metaFile.path, text: textFile.path, annotation: annotationFile.path },
  };
  if (meta.url) articleMeta.url = meta.url;
  if (images.length > 0) articleMeta.images = images;
  const nameLine = (entityId: string, name: string) => {
    const named = namedEntities.get(entityId);
    if (!named) return undefined;
    const where = (p: Array<string | number>) => ({ line: ann.lineOf(p).line, field: fieldPath(p) });
    if (name === "") return where([...named.path, "label"]);
    for (const field of ["aliases", "mergeAliases"] as const) {
      const index = named[field].indexOf(name);
      if (index >= 0) return where([...named.path, field, index]);
    }
    return undefined;
  };
  return { model: { meta: articleMeta, nodes, edges }, issues, entityLines, nameLine, idLine: metaYaml?.parsed?.lineOf(["id"]).line ?? 0 };
}


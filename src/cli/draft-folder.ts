// `kg draft` at the file edge: read one article folder and the corpus, run the browser-safe drafter,
// check the result as `kg validate` would (alone and beside the corpus), and only then write
// annotation.yaml, atomically, never over a file a person has started to review.
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { Ajv } from "ajv";
import { OutputKgError, ValidationKgError, type SourceIssue } from "../errors.ts";
import type { ArticleModel } from "../model/types.ts";
import { ruleExtractor } from "../draft/draft-annotation.ts";
import { annotationToYaml, isUnreviewedDraft } from "../draft/annotation-yaml.ts";
import { keepValid, type MetaForCheck } from "../draft/keep-valid.ts";
import type { CorpusEntity, Extractor } from "../draft/types.ts";
import { writeFileAtomic } from "../io/write-file-atomic.ts";
import { ARTICLE_FILES, decodeSource, listArticleDirs, readArticleDir, shown } from "../sources/read-sources.ts";
import { articleMetaSchema } from "../validate/schemas.ts";
import { validateSources } from "../validate/validate-sources.ts";

const checkMeta = new Ajv({ allErrors: true, strict: true }).compile(articleMetaSchema);

export interface DraftFolderOptions {
  /** Folders whose validated articles are the corpus the draft links to. */
  corpus: string[];
  /** Replace an annotation.yaml that a person has reviewed (any item without `drafted: true`). */
  force?: boolean;
  extractor?: Extractor;
}

export interface DraftFolderResult {
  folder: string;
  file: string;
  entities: number;
  relations: number;
  /** Entities whose id was taken from the corpus. */
  linked: string[];
  /** Items the validator rejected and the drafter left out. */
  dropped: number;
  milliseconds: number;
}

/** Entities of the corpus, one per id, for linking. */
export function corpusEntities(models: ArticleModel[]): CorpusEntity[] {
  const byId = new Map<string, CorpusEntity>();
  for (const model of models) {
    for (const { id, attributes } of model.nodes) {
      const known = byId.get(id);
      if (known) {
        known.aliases = [...new Set([...known.aliases, ...attributes.aliases])].sort();
        continue;
      }
      const entity: CorpusEntity = { id, kind: attributes.kind, label: attributes.label, aliases: [...attributes.aliases].sort() };
      if (attributes.wikidata) entity.wikidata = attributes.wikidata;
      byId.set(id, entity);
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Valid articles of the corpus other than `exclude`; invalid ones are reported, not fatal. */
export async function loadCorpus(paths: string[], exclude: Set<string>): Promise<{ models: ArticleModel[]; skipped: SourceIssue[] }> {
  const { dirs } = await listArticleDirs(paths);
  const sources = [];
  for (const dir of dirs) {
    if (exclude.has(resolve(dir))) continue;
    const read = await readArticleDir(dir);
    if (read.issues.length > 0) continue;
    sources.push(read.source);
  }
  const { models, issues } = validateSources(sources);
  return { models, skipped: issues };
}

async function readText(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new ValidationKgError([
      {
        code: missing ? "MISSING_FILE" : "UNREADABLE_FILE",
        file: shown(path),
        line: 0,
        field: "",
        message: missing ? "missing file" : `cannot read file: ${(error as Error).message}`,
        expected: `an article folder with ${ARTICLE_FILES.meta} and ${ARTICLE_FILES.text} (kg import makes one)`,
      },
    ]);
  }
  const decoded = decodeSource(bytes, shown(path));
  if (decoded.issue) throw new ValidationKgError([decoded.issue]);
  return decoded.text as string;
}

export async function draftArticleFolder(folder: string, options: DraftFolderOptions): Promise<DraftFolderResult> {
  const started = performance.now();
  const dir = resolve(folder);
  const metaPath = join(dir, ARTICLE_FILES.meta);
  const textPath = join(dir, ARTICLE_FILES.text);
  const annotationPath = join(dir, ARTICLE_FILES.annotation);
  const metaText = await readText(metaPath);
  const text = await readText(textPath);
  let meta: MetaForCheck;
  try {
    meta = parse(metaText) as MetaForCheck;
  } catch (error) {
    throw new ValidationKgError([{ code: "YAML_SYNTAX", file: shown(metaPath), line: 0, field: "", message: (error as Error).message.split("\n")[0] ?? "", expected: "valid YAML" }]);
  }
  if (!checkMeta(meta)) {
    throw new ValidationKgError(
      (checkMeta.errors ?? []).map((e) => ({ code: "SCHEMA", file: shown(metaPath), line: 0, field: e.instancePath.slice(1) || "", message: e.message ?? "is invalid", expected: "the article.yaml fields of the README" })),
    );
  }
  if (text.trim() === "") {
    throw new ValidationKgError([{ code: "EMPTY_FILE", file: shown(textPath), line: 0, field: "", message: "article text is empty", expected: "the story's text" }]);
  }

  // A reviewed annotation is a person's work: it is replaced only when asked to.
  let existing: string | undefined;
  try {
    existing = await readFile(annotationPath, "utf8");
  } catch {
    existing = undefined;
  }
  if (existing !== undefined && !options.force) {
    let parsed: unknown;
    try {
      parsed = parse(existing);
    } catch {
      parsed = undefined;
    }
    if (!isUnreviewedDraft(existing, parsed)) {
      throw new OutputKgError(`${shown(annotationPath)} exists and has been reviewed (or was written by hand); not overwritten (use --force to replace it)`);
    }
  }

  const corpus = await loadCorpus(options.corpus, new Set([dir]));
  const extractor = options.extractor ?? ruleExtractor;
  const proposed = extractor.draft({ text, datePublished: meta.datePublished, headline: meta.headline, corpus: corpusEntities(corpus.models) });
  const { spec, dropped } = keepValid(proposed, meta, text);
  const yamlText = annotationToYaml(spec, { articleId: meta.id, extractor: `${extractor.name} extractor v${extractor.version}`, datePublished: meta.datePublished });

  // The same checks `kg validate data/` will run: the file alone, then beside the corpus.
  const source = {
    dir: shown(dir),
    files: {
      meta: { path: shown(metaPath), text: metaText },
      text: { path: shown(textPath), text },
      annotation: { path: shown(annotationPath), text: yamlText },
    },
  };
  const { dirs } = await listArticleDirs(options.corpus);
  const corpusSources = [];
  for (const other of dirs) {
    if (resolve(other) === dir) continue;
    const read = await readArticleDir(other);
    if (read.issues.length === 0) corpusSources.push(read.source);
  }
  const combined = validateSources([...corpusSources, source]);
  const own = combined.issues.filter((issue) => issue.file === source.files.annotation.path || issue.file === source.files.meta.path);
  if (own.length > 0) throw new ValidationKgError(own);

  await writeFileAtomic(annotationPath, yamlText);
  const corpusIds = new Set(corpus.models.flatMap((m) => m.nodes.map((n) => n.id)));
  return {
    folder: shown(dir),
    file: shown(annotationPath),
    entities: spec.entities.length,
    relations: (spec.relations ?? []).length,
    linked: spec.entities.filter((e) => corpusIds.has(e.id)).map((e) => e.id),
    dropped: dropped.length,
    milliseconds: Math.round(performance.now() - started),
  };
}

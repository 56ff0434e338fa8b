// `kg import`: a saved news page (HTML or text, or standard input) → a new article folder with
// article.txt and article.yaml. The extraction is src/import (browser-safe); this file does the I/O:
// reading the input, and writing the folder all-or-nothing (a hidden temporary folder renamed into place).
import { lstat, mkdir, readFile, rename, rm } from "node:fs/promises";
import { extname, join } from "node:path";
import { Option, type Command } from "commander";
import { KgError, NotFoundKgError, OutputKgError } from "../../errors.ts";
import { FolderExistsKgError, ImportInputKgError } from "../../import/import-errors.ts";
import { prepareImport, type ImportFlags, type PreparedArticle } from "../../import/prepare-import.ts";
import { writeFileAtomic } from "../../io/write-file-atomic.ts";
import { ARTICLE_FILES, decodeSource, shown } from "../../sources/read-sources.ts";
import { draftArticleFolder, type DraftFolderResult } from "../draft-folder.ts";
import { formatJson, processIo } from "../output.ts";

export const DEFAULT_ARTICLES_DIR = join("data", "articles");

export interface ImportArticleOptions extends ImportFlags {
  /** A file path, or "-" for standard input. */
  input: string;
  /** The folder that receives `<id>/`; default data/articles. */
  out?: string;
  /** Replace an existing article folder (all of it, annotation.yaml included). */
  force?: boolean;
  /** Where "-" reads from; default process.stdin. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export interface ImportedArticle extends PreparedArticle {
  /** The new article folder. */
  folder: string;
  /** True when --force replaced a folder that was there. */
  replaced: boolean;
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function readInput(options: ImportArticleOptions): Promise<{ bytes: Uint8Array; name: string }> {
  if (options.input === "-") return { bytes: await readAll(options.stdin ?? process.stdin), name: "standard input" };
  const name = shown(options.input);
  try {
    return { bytes: await readFile(options.input), name };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new NotFoundKgError(`${name}: no such file (expected an HTML page or a text file, or - for standard input)`);
    throw new ImportInputKgError(`${name}: cannot be read (${code ?? (error as Error).message}; expected a readable file)`, "unreadable");
  }
}

function formatFromName(path: string): "html" | "text" | undefined {
  const ext = extname(path).toLowerCase();
  if ([".html", ".htm", ".xhtml", ".shtml"].includes(ext)) return "html";
  if ([".txt", ".text"].includes(ext)) return "text";
  return undefined; // stdin and other names: judged by content
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

const tag = () => `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;

/** Writes the folder whole or not at all; an existing folder is replaced only with `force`. */
async function writeArticleFolder(out: string, prepared: PreparedArticle, force: boolean): Promise<{ folder: string; replaced: boolean }> {
  const folder = join(out, prepared.id);
  const replacing = await exists(folder);
  if (replacing && !force) {
    throw new FolderExistsKgError(`${shown(folder)} exists already; nothing was written (give --force to replace the whole folder, or --id for another id)`);
  }
  // Hidden names: findArticleDirs skips dot-folders, so a crash never leaves a half article in the corpus.
  const temp = join(out, `.${prepared.id}.import-${tag()}`);
  try {
    await mkdir(temp, { recursive: true });
    await writeFileAtomic(join(temp, ARTICLE_FILES.text), prepared.text);
    await writeFileAtomic(join(temp, ARTICLE_FILES.meta), prepared.yaml);
    if (!replacing) {
      await rename(temp, folder);
      return { folder, replaced: false };
    }
    // A folder cannot be renamed over a non-empty one: move the old one aside, then drop it.
    const old = join(out, `.${prepared.id}.replaced-${tag()}`);
    await rename(folder, old);
    try {
      await rename(temp, folder);
    } catch (error) {
      await rename(old, folder);
      throw error;
    }
    await rm(old, { recursive: true, force: true });
    return { folder, replaced: true };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    if (error instanceof KgError) throw error;
    throw new OutputKgError(`cannot write ${shown(folder)}: ${(error as Error).message}; nothing was written`);
  }
}

/** Reads a page, extracts the article and writes `<out>/<id>/article.txt` and `article.yaml`. */
export async function importArticle(options: ImportArticleOptions): Promise<ImportedArticle> {
  const { bytes, name } = await readInput(options);
  const decoded = decodeSource(bytes, name);
  if (decoded.issue) {
    const reason = decoded.issue.code === "BINARY_FILE" ? "binary" : "not-utf8";
    throw new ImportInputKgError(`${name}: ${decoded.issue.message} (expected ${decoded.issue.expected ?? "UTF-8 text"})`, reason);
  }
  const flags: ImportFlags = {};
  for (const key of ["id", "url", "date", "headline", "publisher", "author", "section", "language"] as const) {
    const value = options[key];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) (flags as Record<string, unknown>)[key] = value;
  }
  const prepared = prepareImport(decoded.text ?? "", flags, name, options.input === "-" ? undefined : formatFromName(options.input));
  const written = await writeArticleFolder(options.out ?? DEFAULT_ARTICLES_DIR, prepared, options.force ?? false);
  return { ...prepared, ...written };
}

interface CliOptions extends ImportFlags {
  output: string;
  /** The spelling before -o/--output meant "output" on every command. */
  out?: string;
  corpus?: string;
  force?: boolean;
  draft: boolean;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command("import")
    .description("make a new article folder (article.txt, article.yaml) from a saved news page (HTML or text)")
    .argument("<page>", "an HTML page or a text file, or - for standard input")
    .option("--id <id>", "article id (default: <publisher>-<yyyy-mm-dd>-<headline words>)")
    .option("--url <url>", "the article's address")
    .option("--date <yyyy-mm-dd>", "publication date (anchors every relative date)")
    .option("--headline <text>", "headline")
    .option("--publisher <name>", "publisher (the outlet)")
    .option("--author <name>", "author; repeat for several", (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option("--section <text>", "section of the publication")
    .option("--language <tag>", "language tag, e.g. en")
    .option("-o, --output <dir>", "folder that receives the article folder", DEFAULT_ARTICLES_DIR)
    .addOption(new Option("--out <dir>", "same as --output").hideHelp())
    .option("--force", "replace an existing article folder (all of it)")
    .option("--corpus <path>", "articles the draft links its entities to (default: the -o folder)")
    .option("--no-draft", "do not draft annotation.yaml after importing")
    .option("--json", "print the report as JSON")
    .action(async (page: string, options: CliOptions) => {
      const folder = options.out ?? options.output;
      const { output: _output, out: _out, ...flags } = options;
      const imported = await importArticle({ ...flags, out: folder, input: page });

      // The folder stands on its own once written: a failing draft leaves it for `kg draft` to retry.
      let draft: DraftFolderResult | undefined;
      if (options.draft) {
        try {
          draft = await draftArticleFolder(imported.folder, { corpus: [options.corpus ?? folder] });
        } catch (error) {
          processIo.stderr(`kg: imported ${shown(imported.folder)}/, but drafting its annotation failed (fix, then run kg draft ${shown(imported.folder)}):\n`);
          throw error;
        }
      }

      const paragraphs = imported.text.split("\n\n").length;
      const characters = [...imported.text].length;
      if (options.json) {
        processIo.stdout(
          formatJson({
            folder: imported.folder,
            id: imported.id,
            format: imported.format,
            replaced: imported.replaced,
            meta: imported.meta,
            metaSources: imported.metaSources,
            paragraphs,
            characters,
            dropped: imported.dropped,
            draft: draft ?? null,
          }),
        );
        return;
      }
      const lines = [
        `${imported.replaced ? "replaced" : "imported"} ${shown(imported.folder)}/ from ${imported.format}: ${paragraphs} paragraph(s), ${characters} characters; ${imported.dropped.length} chrome line(s) dropped by the line rules`,
      ];
      for (const [field, value] of Object.entries(imported.meta)) {
        const shownValue = Array.isArray(value) ? value.join("; ") : String(value);
        lines.push(`  ${field.padEnd(13)} ${shownValue}  (${imported.metaSources[field] ?? "default"})`);
      }
      if (draft) lines.push(`drafted ${draft.file}: ${draft.entities} entities, ${draft.relations} relations (${draft.linked.length} linked to the corpus) in ${draft.milliseconds} ms; review it, then kg validate`);
      processIo.stdout(`${lines.join("\n")}\n`);
    });
}

// Reading article folders from disk: the only file I/O of the pipeline's front end.
// Problems are collected as issues, not thrown, so validation can report everything at once.
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { SourceIssue } from "../errors.ts";

export const ARTICLE_FILES = { meta: "article.yaml", text: "article.txt", annotation: "annotation.yaml" } as const;
export type ArticleFileRole = keyof typeof ARTICLE_FILES;

/** One file of an article folder: its path and decoded text, or why it could not be read. */
export interface SourceFile {
  path: string;
  text?: string;
}

export interface RawArticleSource {
  dir: string;
  files: Record<ArticleFileRole, SourceFile>;
}

export interface ReadResult {
  sources: RawArticleSource[];
  issues: SourceIssue[];
}

/** Shown paths are relative to the working directory, so error messages stay short and clickable. */
export function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") || rel === "" ? path : rel;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Finds article folders: a path that holds any of the article files is one (so a folder missing its
 * `article.yaml` is reported as such, not silently skipped); otherwise its sub-folders are searched
 * (so `data/`, `data/articles/` and a single article folder all work). Sorted for determinism.
 */
export async function findArticleDirs(path: string): Promise<string[]> {
  const abs = resolve(path);
  if (!(await isDirectory(abs))) return [];
  const entries = await readdir(abs, { withFileTypes: true });
  const articleFiles: string[] = Object.values(ARTICLE_FILES);
  if (entries.some((e) => e.isFile() && articleFiles.includes(e.name))) return [abs];
  const found: string[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    found.push(...(await findArticleDirs(join(abs, entry.name))));
  }
  return found;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes a source file strictly: binary content and invalid UTF-8 are issues, not mojibake. */
export function decodeSource(bytes: Uint8Array, path: string): { text?: string; issue?: SourceIssue } {
  if (bytes.includes(0)) {
    return { issue: { code: "BINARY_FILE", file: path, line: 0, field: "", message: "file is binary (contains NUL bytes)", expected: "UTF-8 text" } };
  }
  try {
    const text = utf8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { issue: { code: "NOT_UTF8", file: path, line: 0, field: "", message: "file is not valid UTF-8", expected: "UTF-8 text" } };
  }
}

export async function readArticleDir(dir: string): Promise<{ source: RawArticleSource; issues: SourceIssue[] }> {
  const issues: SourceIssue[] = [];
  const files = {} as Record<ArticleFileRole, SourceFile>;
  for (const role of Object.keys(ARTICLE_FILES) as ArticleFileRole[]) {
    const path = shown(join(dir, ARTICLE_FILES[role]));
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(dir, ARTICLE_FILES[role]));
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
      issues.push({
        code: missing ? "MISSING_FILE" : "UNREADABLE_FILE",
        file: path,
        line: 0,
        field: "",
        message: missing ? `missing ${ARTICLE_FILES[role]}` : `cannot read file: ${(error as Error).message}`,
        expected: `an article folder with ${Object.values(ARTICLE_FILES).join(", ")}`,
      });
      files[role] = { path };
      continue;
    }
    const decoded = decodeSource(bytes, path);
    if (decoded.issue) issues.push(decoded.issue);
    files[role] = decoded.text === undefined ? { path } : { path, text: decoded.text };
  }
  return { source: { dir: shown(dir), files }, issues };
}

/**
 * The article folders under `paths`, in order, each once. A path holding none is an issue.
 * Shared by readSources and the streaming export, which reads the folders one at a time.
 */
export async function listArticleDirs(paths: string[]): Promise<{ dirs: string[]; issues: SourceIssue[] }> {
  const dirs: string[] = [];
  const issues: SourceIssue[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    const found = await findArticleDirs(path);
    if (found.length === 0) {
      issues.push({
        code: "NO_ARTICLES",
        file: shown(resolve(path)),
        line: 0,
        field: "",
        message: (await isDirectory(path)) ? "no article folder found" : "not a directory",
        expected: `a folder containing ${ARTICLE_FILES.meta}, or folders that do`,
      });
    }
    for (const dir of found) {
      if (seen.has(dir)) continue;
      seen.add(dir);
      dirs.push(dir);
    }
  }
  return { dirs, issues };
}

/** Reads every article folder under the given paths. A path with no article is itself an issue. */
export async function readSources(paths: string[]): Promise<ReadResult> {
  const { dirs, issues } = await listArticleDirs(paths);
  const sources: RawArticleSource[] = [];
  for (const dir of dirs) {
    const read = await readArticleDir(dir);
    sources.push(read.source);
    issues.push(...read.issues);
  }
  return { sources, issues };
}

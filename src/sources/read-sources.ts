// Reading article folders from disk: the only file I/O of the pipeline's front end.
// Problems are collected as issues, not thrown, so validation can report everything at once.
import type { Dirent, Stats } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
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

function issue(code: string, file: string, message: string, expected: string, line = 0): SourceIssue {
  return { code, file: shown(file), line, field: "", message, expected };
}

/** What a stat says a non-regular file is, for messages. */
function fileKind(info: Stats): string {
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a regular file";
}

/**
 * Finds article folders: a path that holds any of the article files is one (so a folder missing its
 * `article.yaml` is reported as such, not silently skipped); otherwise its sub-folders are searched
 * (so `data/`, `data/articles/` and a single article folder all work). Sorted for determinism.
 * Symbolic links are followed (a corpus assembled from links is a normal setup); a dangling link,
 * a loop of links or a folder that cannot be listed is pushed onto `issues`, never skipped in silence.
 */
export async function findArticleDirs(path: string, issues: SourceIssue[] = []): Promise<string[]> {
  const abs = resolve(path);
  if (!(await isDirectory(abs))) return [];
  const found: string[] = [];
  await walk(abs, [], found, issues, new Set());
  return found;
}

async function walk(dir: string, ancestors: string[], found: string[], issues: SourceIssue[], seen: Set<string>): Promise<void> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await realpath(dir);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    issues.push(issue("UNREADABLE_FOLDER", dir, `cannot list the folder (${code || (error as Error).message})`, "a folder the user running kg can read"));
    return;
  }
  if (ancestors.includes(real)) {
    issues.push(issue("SYMLINK_LOOP", dir, `symbolic links lead back to ${shown(real)}, a folder that contains this one`, "links that do not point at their own parent folders"));
    return;
  }
  // Two links to one folder: it is read once, from the first path in sorted order.
  if (seen.has(real)) return;
  seen.add(real);
  const articleFiles: string[] = Object.values(ARTICLE_FILES);
  const subfolders: string[] = [];
  let isArticle = false;
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = join(dir, entry.name);
    let directory = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        directory = (await stat(full)).isDirectory();
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        issues.push(issue(code === "ELOOP" ? "SYMLINK_LOOP" : "BROKEN_LINK", full, code === "ELOOP" ? "symbolic link loop" : "symbolic link to nothing", "a link to an existing article folder or file"));
        continue;
      }
    }
    if (articleFiles.includes(entry.name) && !directory) isArticle = true;
    else if (directory) subfolders.push(full);
  }
  if (isArticle) {
    found.push(dir);
    return;
  }
  for (const sub of subfolders) await walk(sub, [...ancestors, real], found, issues, seen);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/** Byte offset of the first byte that is not valid UTF-8 (the bytes are known to be invalid). */
function firstInvalidByte(bytes: Uint8Array): number {
  // Every character decoded before the first U+FFFD that the bytes do not spell (EF BF BD) is valid,
  // and its UTF-8 length is known: walk them.
  let offset = 0;
  for (const char of lenient.decode(bytes)) {
    const cp = char.codePointAt(0)!;
    if (cp === 0xfffd && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
    offset += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return offset;
}

/** UTF-16 shows as a byte order mark, or as ASCII text with a NUL byte beside every character. */
function utf16Kind(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16 little-endian (with a byte order mark)";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16 big-endian (with a byte order mark)";
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  if (sample.length < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = sample.length / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return "UTF-16 little-endian";
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return "UTF-16 big-endian";
  return undefined;
}

/** Decodes a source file strictly: UTF-16, binary content and invalid UTF-8 are issues, not mojibake. */
export function decodeSource(bytes: Uint8Array, path: string): { text?: string; issue?: SourceIssue } {
  const utf16 = utf16Kind(bytes);
  if (utf16) {
    return { issue: { code: "UTF16_FILE", file: path, line: 0, field: "", message: `file is ${utf16}`, expected: "UTF-8 text (save the file as UTF-8)" } };
  }
  if (bytes.includes(0)) {
    return { issue: { code: "BINARY_FILE", file: path, line: 0, field: "", message: "file is binary (contains NUL bytes)", expected: "UTF-8 text" } };
  }
  try {
    const text = utf8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const at = firstInvalidByte(bytes);
    const before = bytes.subarray(0, at);
    const line = before.filter((b) => b === 0x0a).length + 1;
    const column = [...lenient.decode(before.subarray(before.lastIndexOf(0x0a) + 1))].length + 1;
    const shownBytes = [...bytes.subarray(at, at + 4)].map((b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");
    return {
      issue: { code: "NOT_UTF8", file: path, line, column, field: "", message: `invalid UTF-8 at byte ${at} (bytes ${shownBytes})`, expected: "UTF-8 text (save the file as UTF-8)" },
    };
  }
}

export async function readArticleDir(dir: string): Promise<{ source: RawArticleSource; issues: SourceIssue[] }> {
  const issues: SourceIssue[] = [];
  const files = {} as Record<ArticleFileRole, SourceFile>;
  for (const role of Object.keys(ARTICLE_FILES) as ArticleFileRole[]) {
    const path = shown(join(dir, ARTICLE_FILES[role]));
    let bytes: Uint8Array;
    try {
      // A FIFO or device would block readFile for ever (or read without end): only regular files are read.
      const info = await stat(join(dir, ARTICLE_FILES[role]));
      if (!info.isFile()) {
        issues.push({ code: "NOT_A_FILE", file: path, line: 0, field: "", message: `${ARTICLE_FILES[role]} is ${fileKind(info)}`, expected: "a regular UTF-8 text file" });
        files[role] = { path };
        continue;
      }
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
    const walkIssues: SourceIssue[] = [];
    const found = await findArticleDirs(path, walkIssues);
    issues.push(...walkIssues);
    if (found.length === 0 && walkIssues.length === 0) {
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
      // The same folder reached by two paths (a link, or data/ and data/articles/x) is read once.
      const real = await realpath(dir).catch(() => dir);
      if (seen.has(real)) continue;
      seen.add(real);
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

// A set of outputs replaced all together or not at all (`kg build`): every file is written into a
// staging folder beside the target, then swapped in. A full disk, a failing serialiser or Ctrl-C
// before the swap leaves the target exactly as it was and removes the staging folder.
//
// Why not rename the whole folder: Node has no atomic exchange of two directories, so "rename out
// away, rename staging in" leaves a moment with no out/ at all (a server reading out/graph.json
// would see it vanish), and it would drop files in out/ that the build does not write. Instead each
// staged file replaces its target by rename(2), which is atomic per file; the renames run
// synchronously, one after the other, so no signal handler, timer or other JavaScript can run
// between them, and a rename that fails puts back the files already replaced.
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { mkdir, mkdtemp, open } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { OutputKgError } from "../errors.ts";
import { BufferSink } from "../export/buffer-sink.ts";

/** Writes one staged file; replaceable in tests to simulate a full disk midway. */
export type FileWriter = (path: string, content: string | Uint8Array) => Promise<void>;

export const writeDurably: FileWriter = async (path, content) => {
  const handle = await open(path, "wx");
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
};

export interface StagedFolder {
  /** Where the target will be; the files' final home. */
  readonly target: string;
  /** The staging folder, a hidden sibling of the target. */
  readonly staging: string;
  /** Writes `name` (a plain file name) into the staging folder. */
  write(name: string, content: string | Uint8Array): Promise<void>;
  /**
   * Opens `name` for writing through one reused buffer (no whole-file string): text written to `sink` goes to
   * the file synchronously as the buffer fills; `close` flushes, syncs and closes it and returns its size in
   * bytes. Files left open when `fill` fails are closed and removed with the staging folder.
   */
  open(name: string): StagedFile;
  /** Reads back a file already staged (the streaming build derives JSON-LD from its N-Quads). */
  stagedPath(name: string): string;
}

export interface StagedFile {
  readonly sink: BufferSink;
  close(): number;
}

/** Writes bytes to an open file descriptor; replaceable in tests to simulate a full disk midway. */
export type BytesWriter = (fd: number, bytes: Uint8Array) => void;

export const writeAllSync: BytesWriter = (fd, bytes) => {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
};

export interface StagedFolderOptions {
  writeFile?: FileWriter;
  /**
   * Signals that abort the staging (remove it, then exit with 128 + signal number) instead of
   * killing the process with the staging folder left behind. Default SIGINT, SIGTERM, SIGHUP.
   * Pass [] to leave signals alone (an API caller that handles them itself).
   */
  signals?: NodeJS.Signals[];
  /** The byte writes of files opened with `open`; replaceable in tests to make the disk fill up midway. */
  writeBytes?: BytesWriter;
  /** The synchronous rename of the swap; replaceable in tests to make the swap fail midway. */
  rename?: (from: string, to: string) => void;
}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/**
 * Runs `fill` against a fresh staging folder, then moves every file it wrote into `target`
 * (created if missing). If `fill` throws, or a write or the swap fails, `target` is left as it
 * was, the staging folder is removed, and the error is rethrown (write errors as OutputKgError).
 * Files of `target` that `fill` does not write are kept.
 */
export async function writeFolderAtomic<T>(target: string, fill: (folder: StagedFolder) => Promise<T>, options: StagedFolderOptions = {}): Promise<T> {
  const out = resolve(target);
  const parent = dirname(out);
  const existing = statOrUndefined(out);
  if (existing && !existing.isDirectory()) throw new OutputKgError(`cannot write into ${target}: it is a file, not a folder (give -o a folder)`);
  try {
    await mkdir(parent, { recursive: true });
  } catch (error) {
    throw new OutputKgError(`cannot create ${parent}: ${(error as Error).message}`);
  }
  // The handlers go in before the staging folder exists: a signal that arrives as soon as it appears
  // must find them, or the default action kills the process with the folder left behind.
  // The prefix names this process, so a signal that comes while mkdtemp is still resolving can find
  // the folder it made.
  const prefix = `.${basename(out)}.staging-${process.pid}-`;
  let staging: string | undefined;
  const removeStaging = () => {
    const ours = staging ? [staging] : readdirSync(parent).filter((name) => name.startsWith(prefix)).map((name) => join(parent, name));
    for (const folder of ours) rmSync(folder, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    removeStaging();
    process.exit(128 + (SIGNAL_NUMBERS[signal] ?? 0));
  };
  const signals = options.signals ?? ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const signal of signals) process.on(signal, onSignal);
  try {
    staging = await mkdtemp(join(parent, prefix));
  } catch (error) {
    for (const signal of signals) process.off(signal, onSignal);
    throw new OutputKgError(`cannot write beside ${target}: ${(error as Error).message}`);
  }
  const folder = staging;
  const writeFile = options.writeFile ?? writeDurably;
  const written: string[] = [];
  // Files opened with `open` and not closed yet: closed (and removed with the staging folder) on failure.
  const openFiles = new Set<number>();
  try {
    const result = await fill({
      target: out,
      staging: folder,
      write: async (name, content) => {
        checkName(name);
        try {
          await writeFile(join(folder, name), content);
        } catch (error) {
          throw new OutputKgError(`cannot write ${join(target, name)}: ${(error as Error).message}; ${target} was left as it was`);
        }
        written.push(name);
      },
      open: (name) => {
        checkName(name);
        const fileError = (error: unknown) => new OutputKgError(`cannot write ${join(target, name)}: ${(error as Error).message}; ${target} was left as it was`);
        let fd: number;
        try {
          fd = openSync(join(folder, name), "wx");
        } catch (error) {
          throw fileError(error);
        }
        openFiles.add(fd);
        written.push(name);
        const writeBytes = options.writeBytes ?? writeAllSync;
        const sink = new BufferSink((bytes) => {
          try {
            writeBytes(fd, bytes);
          } catch (error) {
            throw fileError(error);
          }
        });
        return {
          sink,
          close: () => {
            sink.flush();
            try {
              fsyncSync(fd);
            } catch (error) {
              throw fileError(error);
            } finally {
              openFiles.delete(fd);
              closeSync(fd);
            }
            return sink.bytes;
          },
        };
      },
      stagedPath: (name) => {
        checkName(name);
        return join(folder, name);
      },
    });
    if (openFiles.size > 0) throw new Error(`writeFolderAtomic: ${openFiles.size} staged file(s) still open when the fill ended`);
    swapIn(out, folder, written, options.rename ?? renameSync);
    return result;
  } finally {
    for (const fd of openFiles) closeSync(fd);
    removeStaging();
    for (const signal of signals) process.off(signal, onSignal);
  }
}

function checkName(name: string): void {
  if (name !== basename(name) || name === ".staging-previous") throw new OutputKgError(`not a plain file name: ${name}`);
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Synchronous on purpose (see the file comment). Each target file is first moved into the staging
 * folder's `.previous/`, then the new one takes its place; on failure the moves are undone in reverse.
 */
function swapIn(out: string, staging: string, names: string[], rename: (from: string, to: string) => void): void {
  const previous = join(staging, ".staging-previous");
  const done: Array<{ name: string; hadOld: boolean }> = [];
  const created = statOrUndefined(out) === undefined;
  try {
    mkdirSync(out, { recursive: true });
    mkdirSync(previous);
    for (const name of names) {
      const hadOld = statOrUndefined(join(out, name)) !== undefined;
      if (hadOld) rename(join(out, name), join(previous, name));
      done.push({ name, hadOld });
      rename(join(staging, name), join(out, name));
    }
  } catch (error) {
    for (const { name, hadOld } of done.reverse()) {
      try {
        if (statOrUndefined(join(staging, name)) === undefined && statOrUndefined(join(out, name)) !== undefined) rename(join(out, name), join(staging, name));
        if (hadOld) rename(join(previous, name), join(out, name));
      } catch {
        // Best effort: the error below names the folder; nothing else can be done here.
      }
    }
    if (created) rmSync(out, { recursive: true, force: true });
    throw new OutputKgError(`cannot replace the files in ${out}: ${(error as Error).message}; it was left as it was`);
  }
}

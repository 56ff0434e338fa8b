// Outputs are replaced whole or not at all: write a temporary file beside the target, then rename.
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { OutputKgError } from "../errors.ts";

export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  if ((await stat(path).catch(() => undefined))?.isDirectory()) throw new OutputKgError(`cannot write ${path}: it is a folder, not a file`);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    const handle = await open(temp, "w");
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new OutputKgError(`cannot write ${path}: ${(error as Error).message}`);
  }
}

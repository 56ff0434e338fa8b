// A Ctrl-C (or a kill) while a file is being written atomically must not leave its temporary file behind.
// writeFileAtomic and streamExport name theirs `.<file>.<pid>.<random>.tmp` beside the target, so the
// files this process is writing for a target can be found by name even while the open is still resolving
// (the same approach as write-folder-atomic.ts for its staging folder).
import { readdirSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** Removes this process's temporary files for `target`. */
export function removeOwnTempFiles(target: string): void {
  const path = resolve(target);
  const prefix = `.${basename(path)}.${process.pid}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(prefix) && name.endsWith(".tmp")) rmSync(join(dirname(path), name), { force: true });
}

/**
 * Runs `write` (which writes `target` atomically); a signal that comes meanwhile removes the temporary file
 * and exits with 128 + the signal's number, as the default action would, instead of leaving it behind.
 */
export async function removeTempOnSignal<T>(target: string, write: () => Promise<T>, signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"]): Promise<T> {
  const onSignal = (signal: NodeJS.Signals) => {
    removeOwnTempFiles(target);
    process.exit(128 + (SIGNAL_NUMBERS[signal] ?? 0));
  };
  for (const signal of signals) process.on(signal, onSignal);
  try {
    return await write();
  } finally {
    for (const signal of signals) process.off(signal, onSignal);
  }
}

// Debian's rapper (raptor2-utils) as an independent RDF parser for tests. It must be installed:
// a missing rapper fails the test with instructions instead of skipping it (CI installs it with apt).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const RAPPER = process.env.RAPPER ?? "rapper";
export const RAPPER_SYNTAX = { nt: "ntriples", ttl: "turtle", nq: "nquads", trig: "trig" } as const;
export type RapperFormat = keyof typeof RAPPER_SYNTAX;

/** Throws, with the fix, when rapper cannot be run. */
export function requireRapper(): void {
  const probe = spawnSync(RAPPER, ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `rapper (Debian package raptor2-utils) is needed for these tests and could not be run` +
        ` (${probe.error?.message ?? `exit ${probe.status}`}). Install it: sudo apt-get install raptor2-utils (CI installs it).`,
    );
  }
}

export interface RapperResult {
  /** Statements rapper counted (it does not remove duplicates). */
  count: number;
  /** Error and warning lines rapper printed. */
  problems: string[];
  status: number | null;
}

/** Parses `text` with `rapper -c` (count only) and returns what it saw. */
export function rapperCount(text: string, format: RapperFormat): RapperResult {
  const dir = mkdtempSync(join(tmpdir(), "kg-rapper-"));
  try {
    const file = join(dir, `input.${format}`);
    writeFileSync(file, text, "utf8");
    const run = spawnSync(RAPPER, ["-c", "-i", RAPPER_SYNTAX[format], file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (run.error) throw run.error;
    const match = /Parsing returned (\d+) (?:triple|statement)s?/.exec(run.stderr);
    const problems = run.stderr.split("\n").filter((line) => /Error|Warning/i.test(line));
    return { count: match ? Number(match[1]) : -1, problems, status: run.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

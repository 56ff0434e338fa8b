// The `kg` command line. Each command lives in commands/<name>.ts and registers itself here.
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { KgError } from "../errors.ts";
import { processIo } from "./output.ts";
import { register as registerBuild } from "./commands/build.ts";
import { register as registerValidate } from "./commands/validate.ts";
import { register as registerStats } from "./commands/stats.ts";
import { register as registerExport } from "./commands/export.ts";
import { register as registerQuery } from "./commands/query.ts";
import { register as registerCauses } from "./commands/causes.ts";
import { register as registerEffects } from "./commands/effects.ts";
import { register as registerPath } from "./commands/path.ts";
import { register as registerTimeline } from "./commands/timeline.ts";
import { register as registerFind } from "./commands/find.ts";
import { register as registerServe } from "./commands/serve.ts";
import { register as registerImport } from "./commands/import.ts";
import { register as registerDraft } from "./commands/draft.ts";
import { register as registerEval } from "./commands/eval.ts";

/** The package's version, read from package.json (two folders up from here in src/ and in a build). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
  return typeof pkg.version === "string" ? pkg.version : "unknown";
}

export function createProgram(): Command {
  const program = new Command("kg")
    .description("Knowledge-graph builder for news: articles → graph → RDF, explorer and queries")
    .version(packageVersion(), "-V, --version", "print the version and exit")
    .option("--debug", "show stack traces for errors")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerBuild(program);
  registerValidate(program);
  registerStats(program);
  registerExport(program);
  registerQuery(program);
  registerCauses(program);
  registerEffects(program);
  registerPath(program);
  registerTimeline(program);
  registerFind(program);
  registerServe(program);
  registerImport(program);
  registerDraft(program);
  registerEval(program);
  return program;
}

/** Runs the CLI; returns the process exit code. Errors are printed, never thrown. */
export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  // Commands signal a handled failure through process.exitCode; start clean so that an earlier
  // in-process run (tests, the API) cannot leak its code into this one.
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander but successes to the user.
      return error.exitCode === 0 ? 0 : 2;
    }
    const debug = argv.includes("--debug");
    if (error instanceof KgError) {
      processIo.stderr(`kg: ${error.message}\n`);
      if (debug && error.stack) processIo.stderr(`${error.stack}\n`);
      return error.exitCode;
    }
    processIo.stderr(`kg: internal error: ${(error as Error).message ?? String(error)}\n`);
    processIo.stderr(debug ? `${(error as Error).stack ?? ""}\n` : "(run with --debug for the stack trace)\n");
    return 70;
  }
}

// The `kg` command line. Each command lives in commands/<name>.ts and registers itself here.
//
// Command modules are imported only when their command runs: between them they pull in oxigraph's
// WASM, the drafter's NLP models, jsdom-like parsers and more, and importing all of them made
// `kg --version` and `kg --help` take many times Node's own start-up (bench/startup.ts). The table
// below holds what `kg --help` lists of each command, so the listing needs no module; the test in
// test/cli/command-table.test.ts keeps it equal to what each module registers.
import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { KgError } from "../errors.ts";
import { processIo } from "./output.ts";

/** What a command module exports: it adds its command, options and action to the program. */
export interface CommandModule {
  register(program: Command): void;
}

export interface CommandEntry {
  name: string;
  description: string;
  /** The arguments as commander spells them, e.g. "<from> <to>" or "[paths...]". */
  args: string;
  load: () => Promise<CommandModule>;
}

/** Every command, in the order `kg --help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "build",
    description: "validate the articles, build the graph and write every export format into one folder, all or nothing",
    args: "[paths...]",
    load: () => import("./commands/build.ts"),
  },
  {
    name: "validate",
    description: "check article folders (YAML, schema, ids, quotes in the text, dates) and report every problem",
    args: "[paths...]",
    load: () => import("./commands/validate.ts"),
  },
  { name: "stats", description: "count articles, nodes and claims by kind, relation and modality", args: "[paths...]", load: () => import("./commands/stats.ts") },
  { name: "export", description: "export the graph in one format, to stdout or a file", args: "[paths...]", load: () => import("./commands/export.ts") },
  {
    name: "query",
    description: "run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over every article graph",
    args: "[sparql]",
    load: () => import("./commands/query.ts"),
  },
  { name: "causes", description: "what led to a node, with the evidence chain of each cause", args: "<node>", load: () => import("./commands/causes.ts") },
  { name: "effects", description: "what a node led to, with the evidence chain of each effect", args: "<node>", load: () => import("./commands/effects.ts") },
  {
    name: "path",
    description: "how two nodes are linked: the shortest path, or every simple path with --all",
    args: "<from> <to>",
    load: () => import("./commands/path.ts"),
  },
  {
    name: "timeline",
    description: "dated events, policies and plans in time order, dates kept at their stated precision",
    args: "",
    load: () => import("./commands/timeline.ts"),
  },
  { name: "find", description: "find nodes by id, label or alias (case- and accent-insensitive)", args: "[text]", load: () => import("./commands/find.ts") },
  { name: "serve", description: "serve the explorer and a read-only SPARQL 1.1 endpoint at /sparql", args: "", load: () => import("./commands/serve.ts") },
  {
    name: "import",
    description: "make a new article folder (article.txt, article.yaml) from a saved news page (HTML or text)",
    args: "<page>",
    load: () => import("./commands/import.ts"),
  },
  {
    name: "draft",
    description:
      "propose annotation.yaml for article folders: entities, dates, figures, events and relations, each with verbatim evidence, marked drafted",
    args: "<folders...>",
    load: () => import("./commands/draft.ts"),
  },
  {
    name: "eval",
    description:
      "score a draft annotation against gold annotations of the same article: P/R/F1 for entities, relations, causal links, dates, figures; modality accuracy",
    args: "<draft> <gold...>",
    load: () => import("./commands/eval.ts"),
  },
  {
    name: "push",
    description: "load the article graphs into a triple store (SPARQL 1.1 Graph Store Protocol): one named graph per article, replaced by HTTP PUT",
    args: "[paths...]",
    load: () => import("./commands/push.ts"),
  },
];

/** The package's version, read from package.json (two folders up from here in src/ and in a build). */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
  return typeof pkg.version === "string" ? pkg.version : "unknown";
}

/**
 * The command a command line runs: its first operand (the only global options, --debug, -V and -h,
 * take no value), or the one after `help` (`kg help build` prints build's own help).
 */
export function commandNamed(args: readonly string[]): string | undefined {
  const operands = args.filter((a) => !a.startsWith("-"));
  return operands[0] === "help" ? operands[1] : operands[0];
}

/** Imports the modules of the named commands (unknown names are left to commander to report). */
export async function loadCommands(names: ReadonlyArray<string | undefined>): Promise<Map<string, CommandModule>> {
  const loaded = new Map<string, CommandModule>();
  for (const entry of COMMANDS) if (names.includes(entry.name)) loaded.set(entry.name, await entry.load());
  return loaded;
}

/**
 * The program: the commands in `loaded` registered in full, every other one as a listing only (its
 * name, arguments and description, enough for `kg --help` and for commander's "did you mean").
 */
export function createProgram(loaded: ReadonlyMap<string, CommandModule> = new Map()): Command {
  const listingOnly = new WeakSet<Command>();
  const program = new Command("kg")
    .description("Knowledge-graph builder for news: articles → graph → RDF, explorer and queries")
    .version(packageVersion(), "-V, --version", "print the version and exit")
    .option("--debug", "show stack traces for errors")
    .showHelpAfterError("(run with --help for usage)")
    // Every command has options; a listing-only one has none registered, so its term says so here.
    .configureHelp({
      subcommandTerm: (cmd) => [cmd.name(), ...(cmd.options.length > 0 || listingOnly.has(cmd) ? ["[options]"] : []), ...cmd.registeredArguments.map(argumentTerm)].join(" "),
    })
    .exitOverride();
  for (const entry of COMMANDS) {
    const module = loaded.get(entry.name);
    if (module) {
      module.register(program);
      continue;
    }
    const listed = program.command(entry.name).description(entry.description);
    if (entry.args) listed.arguments(entry.args);
    listingOnly.add(listed);
    listed.action(() => {
      throw new Error(`kg ${entry.name} ran without its module loaded`);
    });
  }
  return program;
}

function argumentTerm(arg: { name(): string; required: boolean; variadic: boolean }): string {
  const name = `${arg.name()}${arg.variadic ? "..." : ""}`;
  return arg.required ? `<${name}>` : `[${name}]`;
}

/** Runs the CLI; returns the process exit code. Errors are printed, never thrown. */
export async function main(argv: string[]): Promise<number> {
  // Commands signal a handled failure through process.exitCode; start clean so that an earlier
  // in-process run (tests, the API) cannot leak its code into this one.
  process.exitCode = undefined;
  try {
    const program = createProgram(await loadCommands([commandNamed(argv.slice(2))]));
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

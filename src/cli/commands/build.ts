import { Option, type Command } from "commander";
import { graphStats } from "../../graph/graph-stats.ts";
import { writeBuild } from "../../export/write-build.ts";
import { writeFolderAtomic } from "../../io/write-folder-atomic.ts";
import { DEFAULT_BASE_IRI } from "../../rdf/namespaces.ts";
import { parseBaseIri } from "../base-iri-option.ts";
import { graphFromSources, DEFAULT_SOURCES } from "../load-graph.ts";
import { colourAllowed, formatJson, formatTable, processIo, type Io } from "../output.ts";
import { layoutGraph } from "../../layout/layout-graph.ts";
import { join } from "node:path";

export function register(program: Command): void {
  program
    .command("build")
    .description("validate the articles, build the graph and write every export format into one folder, all or nothing")
    .argument("[paths...]", "article folders or folders containing them", DEFAULT_SOURCES)
    .option("-o, --output <dir>", "output folder", "out")
    // The spelling before -o/--output meant "output" on every command.
    .addOption(new Option("--out <dir>", "same as --output").hideHelp())
    .addOption(new Option("--profile <profile>", "how claims point at their triple").choices(["rdf11", "rdf12"]).default("rdf11"))
    .option("--base <iri>", "base IRI of minted resources (ends with / or #)", parseBaseIri, DEFAULT_BASE_IRI)
    .option("--no-layout", "skip the precomputed layout")
    .option("--json", "print the report as JSON")
    .action(async (paths: string[], options: { output: string; out?: string; profile: "rdf11" | "rdf12"; base: string; layout: boolean; json?: boolean }) => {
      const outDir = options.out ?? options.output;
      const status = statusLine(processIo);
      let files: Array<{ file: string; bytes: number }>;
      let graph: Awaited<ReturnType<typeof graphFromSources>>;
      try {
        // graphFromSources reports its steps through an Io's progress lines: here they go to the status line.
        graph = await graphFromSources(paths, { ...processIo, colour: false, stderr: (text) => status.show(text.trimEnd()) });
        if (options.layout) {
          status.show(`computing the layout of ${graph.order} nodes`);
          layoutGraph(graph);
        }
        const built = graph;
        // Each format is streamed into a staging folder; out/ changes only once every one is written (a failing
        // format, a full disk or Ctrl-C leave it as it was).
        files = await writeFolderAtomic(outDir, async (folder) => {
          const written = await writeBuild(built, folder, { profile: options.profile, baseIri: options.base, onProgress: (message) => status.show(message) });
          return written.map((f) => ({ file: join(outDir, f.name), bytes: f.bytes }));
        });
      } finally {
        status.clear();
      }
      const stats = graphStats(graph);
      if (options.json) {
        processIo.stdout(formatJson({ ...stats, files }));
        return;
      }
      processIo.stdout(
        `built ${stats.articles} article(s): ${stats.nodes} nodes, ${stats.edges} claims, ${stats.evidence} evidence quotes\n\n` +
          formatTable(["file", "bytes"], files.map((f) => [f.file, f.bytes])),
      );
    });
}

/**
 * What kg build is doing, on one line of a terminal rewritten in place (carriage return, erase line), with the
 * seconds since the start; nothing when stderr is no terminal. Cleared before the report or an error is printed.
 */
function statusLine(io: Io): { show(message: string): void; clear(): void } {
  const start = Date.now();
  let shown = false;
  return {
    show(message) {
      if (!io.interactive) return;
      const text = `${message} (${Math.round((Date.now() - start) / 1000)} s)`;
      io.stderr(`\r\u001b[2K${(io.colour ?? colourAllowed()) ? `\u001b[2m${text}\u001b[0m` : text}`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr("\r\u001b[2K");
      shown = false;
    },
  };
}

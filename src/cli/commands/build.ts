import { Option, type Command } from "commander";
import { graphStats } from "../../graph/graph-stats.ts";
import { writeBuild } from "../../export/write-build.ts";
import { writeFolderAtomic } from "../../io/write-folder-atomic.ts";
import { DEFAULT_BASE_IRI } from "../../rdf/namespaces.ts";
import { parseBaseIri } from "../base-iri-option.ts";
import { graphFromSources, DEFAULT_SOURCES } from "../load-graph.ts";
import { formatJson, formatTable, processIo, progress } from "../output.ts";
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
      const graph = await graphFromSources(paths, processIo);
      if (options.layout) {
        progress(processIo, "computing the layout");
        layoutGraph(graph);
      }
      // Each format is streamed into a staging folder; out/ changes only once every one is written (a failing
      // format, a full disk or Ctrl-C leave it as it was).
      const files = await writeFolderAtomic(outDir, async (folder) => {
        const built = await writeBuild(graph, folder, { profile: options.profile, baseIri: options.base, onProgress: (message) => progress(processIo, message) });
        return built.map((f) => ({ file: join(outDir, f.name), bytes: f.bytes }));
      });
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

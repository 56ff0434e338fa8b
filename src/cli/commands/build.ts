import { join } from "node:path";
import { Option, type Command } from "commander";
import { graphStats } from "../../build/graph-stats.ts";
import { EXPORT_FORMATS, EXTENSIONS, exportGraph } from "../../export/export-graph.ts";
import { writeFileAtomic } from "../../io/write-file-atomic.ts";
import { DEFAULT_BASE_IRI } from "../../rdf/namespaces.ts";
import { graphFromSources, DEFAULT_SOURCES } from "../load-graph.ts";
import { formatJson, formatTable, processIo, progress } from "../output.ts";
import { layoutGraph } from "../../layout/layout-graph.ts";
import { vocabularyQuads } from "../../rdf/vocabulary-quads.ts";
import { writeRdf } from "../../rdf/write-rdf.ts";

export function register(program: Command): void {
  program
    .command("build")
    .description("validate the articles, build the graph and write every export format into one folder")
    .argument("[paths...]", "article folders or folders containing them", DEFAULT_SOURCES)
    .option("-o, --out <dir>", "output folder", "out")
    .addOption(new Option("--profile <profile>", "how claims point at their triple").choices(["rdf11", "rdf12"]).default("rdf11"))
    .option("--base <iri>", "base IRI of minted resources", DEFAULT_BASE_IRI)
    .option("--no-layout", "skip the precomputed layout")
    .option("--json", "print the report as JSON")
    .action(async (paths: string[], options: { out: string; profile: "rdf11" | "rdf12"; base: string; layout: boolean; json?: boolean }) => {
      const graph = await graphFromSources(paths, processIo);
      if (options.layout) {
        progress(processIo, "computing the layout");
        layoutGraph(graph);
      }
      // Everything is serialised before anything is written: a failing format leaves the folder as it was.
      const outputs: Array<{ file: string; text: string }> = [];
      for (const format of EXPORT_FORMATS) {
        if (format === "jsonld" && options.profile === "rdf12") continue;
        progress(processIo, `serialising ${format}`);
        outputs.push({ file: join(options.out, `graph.${EXTENSIONS[format]}`), text: await exportGraph(graph, format, { profile: options.profile, baseIri: options.base }) });
      }
      outputs.push({ file: join(options.out, "vocab.ttl"), text: await writeRdf(vocabularyQuads(), "ttl", { baseIri: options.base }) });
      for (const { file, text } of outputs) await writeFileAtomic(file, text);
      const stats = graphStats(graph);
      const files = outputs.map(({ file, text }) => ({ file, bytes: Buffer.byteLength(text) }));
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

import { Option, type Command } from "commander";
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from "../../export/export-graph.ts";
import { removeTempOnSignal } from "../../io/remove-temp-on-signal.ts";
import { writeFileAtomic } from "../../io/write-file-atomic.ts";
import { UsageKgError } from "../../errors.ts";
import { DEFAULT_BASE_IRI } from "../../rdf/namespaces.ts";
import { streamExport } from "../../export/stream-ntriples.ts";
import { parseBaseIri } from "../base-iri-option.ts";
import { graphFromFile, graphFromSources, DEFAULT_SOURCES } from "../load-graph.ts";
import { processIo, progress } from "../output.ts";

export function register(program: Command): void {
  program
    .command("export")
    .description("export the graph in one format, to stdout or a file")
    .argument("[paths...]", "article folders or folders containing them", DEFAULT_SOURCES)
    .addOption(new Option("-f, --format <format>", "output format").choices(EXPORT_FORMATS).default("nt"))
    .addOption(new Option("--profile <profile>", "how claims point at their triple").choices(["rdf11", "rdf12"]).default("rdf11"))
    .addOption(new Option("--assert <which>", "claims that also stand as plain triples: facts (happened, confidence 1, reviewed) or all").choices(["facts", "all"]).default("facts"))
    .option("--base <iri>", "base IRI of minted resources (ends with / or #)", parseBaseIri, DEFAULT_BASE_IRI)
    .option("-i, --input <file>", "read a graph export (.json or RDF; - for standard input) instead of article folders")
    .option("-o, --output <file>", "write to this file (atomically) instead of stdout")
    .option("--stream", "nt/nq only, needs -o: one article at a time, flat memory for large corpora (duplicates removed per article)")
    .action(async (paths: string[], options: { format: ExportFormat; profile: "rdf11" | "rdf12"; assert: "facts" | "all"; base: string; input?: string; output?: string; stream?: boolean }) => {
      if (options.stream) {
        if (options.format !== "nt" && options.format !== "nq") throw new UsageKgError("--stream writes nt or nq only");
        if (!options.output) throw new UsageKgError("--stream needs -o FILE (the file is replaced only when every article is valid)");
        if (options.input) throw new UsageKgError("--stream reads article folders, not -i");
        if (options.output === "-") throw new UsageKgError("--stream writes a file, not standard output (-o -)");
        const format = options.format;
        const output = options.output;
        // A long stream is the export most likely to be interrupted: Ctrl-C removes its temporary file.
        await removeTempOnSignal(output, () =>
          streamExport(paths.length > 0 ? paths : DEFAULT_SOURCES, {
            format,
            output,
            profile: options.profile,
            assert: options.assert,
            baseIri: options.base,
            onProgress: (p) => {
              if (p.articles % 100 === 0) progress(processIo, `${p.articles} article(s), ${p.quads} statements`);
            },
          }),
        );
        return;
      }
      const graph = options.input ? await graphFromFile(options.input, options.base) : await graphFromSources(paths, processIo);
      progress(processIo, `writing ${options.format}`);
      const text = await exportGraph(graph, options.format, { profile: options.profile, assert: options.assert, baseIri: options.base });
      // "-o -" is standard output, as "-" is standard input for -i.
      if (options.output && options.output !== "-") {
        const output = options.output;
        await removeTempOnSignal(output, () => writeFileAtomic(output, text));
      }
      else processIo.stdout(text);
    });
}

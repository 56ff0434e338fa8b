import type { Command } from "commander";
import { UsageKgError } from "../../errors.ts";
import { MODALITY_NAMES, type Modality } from "../../model/vocabulary.ts";
import { timeline } from "../../query/timeline.ts";
import { graphFor } from "../load-graph.ts";
import { formatJson, formatTable, processIo } from "../output.ts";
import { kindsOption } from "./find.ts";

function modalitiesOption(value: string | undefined): Modality[] | undefined {
  if (!value) return undefined;
  const modalities = value.split(",").map((m) => m.trim());
  const unknown = modalities.filter((m) => !(MODALITY_NAMES as string[]).includes(m));
  if (unknown.length > 0) throw new UsageKgError(`unknown modality ${unknown.join(", ")}; expected ${MODALITY_NAMES.join(", ")}`);
  return modalities as Modality[];
}

export function register(program: Command): void {
  program
    .command("timeline")
    .description("dated events, policies and plans in time order, dates kept at their stated precision")
    .option("--from <date>", "from this date: YYYY, YYYY-MM or YYYY-MM-DD")
    .option("--to <date>", "up to this date, inclusive")
    .option("-k, --kind <kinds>", "only these kinds, comma-separated")
    .option("-m, --modality <list>", "only these modalities, comma-separated (happened, planned, …)")
    .option("-a, --article <ids>", "only nodes from these articles, comma-separated")
    .option("-i, --input <file>", "read a graph export (.json or RDF; - for standard input) instead of article folders")
    .option("--sources <paths...>", "article folders to build from", ["data"])
    .option("--json", "print JSON")
    .action(async (options: { from?: string; to?: string; kind?: string; modality?: string; article?: string; input?: string; sources: string[]; json?: boolean }) => {
      const graph = await graphFor(options, processIo);
      const kinds = kindsOption(options.kind);
      const modalities = modalitiesOption(options.modality);
      const entries = timeline(graph, {
        ...(options.from ? { from: options.from } : {}),
        ...(options.to ? { to: options.to } : {}),
        ...(kinds ? { kinds } : {}),
        ...(modalities ? { modalities } : {}),
        ...(options.article ? { articles: options.article.split(",") } : {}),
      });
      if (options.json) processIo.stdout(formatJson(entries));
      else processIo.stdout(formatTable(["date", "as stated", "label", "kind", "modality"], entries.map((e) => [e.date.value ?? "", e.date.text, e.label, e.kind, e.modality ?? ""])));
    });
}

import type { Command } from "commander";
import { UsageKgError } from "../../errors.ts";
import { KIND_NAMES, type Kind } from "../../model/vocabulary.ts";
import { findNodes } from "../../query/find-nodes.ts";
import { graphFor } from "../load-graph.ts";
import { formatJson, formatTable, processIo } from "../output.ts";

export function kindsOption(value: string | undefined): Kind[] | undefined {
  if (!value) return undefined;
  const kinds = value.split(",").map((k) => k.trim());
  const unknown = kinds.filter((k) => !(KIND_NAMES as string[]).includes(k));
  if (unknown.length > 0) throw new UsageKgError(`unknown kind ${unknown.join(", ")}; expected ${KIND_NAMES.join(", ")}`);
  return kinds as Kind[];
}

export function register(program: Command): void {
  program
    .command("find")
    .description("find nodes by id, label or alias (case- and accent-insensitive)")
    .argument("[text]", "what to look for; empty lists every node (of --kind)", "")
    .option("-k, --kind <kinds>", "only these kinds, comma-separated (e.g. Country,Person)")
    .option("-n, --limit <n>", "at most this many", (v) => Number.parseInt(v, 10))
    .option("-c, --content", "also match dates, figures (a bare number matches the value) and the quoted article text")
    .option("-i, --input <file>", "read a graph export (.json or RDF; - for standard input) instead of article folders")
    .option("--sources <paths...>", "article folders to build from", ["data"])
    .option("--json", "print JSON")
    .action(async (text: string, options: { kind?: string; limit?: number; content?: boolean; input?: string; sources: string[]; json?: boolean }) => {
      const graph = await graphFor(options, processIo);
      const kinds = kindsOption(options.kind);
      const matches = findNodes(graph, text, { ...(kinds ? { kinds } : {}), ...(options.limit !== undefined ? { limit: options.limit } : {}), ...(options.content ? { content: true } : {}) });
      if (options.json) processIo.stdout(formatJson(matches));
      else if (matches.length === 0) processIo.stdout(`no node matches "${text}"\n`);
      else processIo.stdout(formatTable(["id", "label", "kind", "matched"], matches.map((m) => [m.id, m.label, m.kind, `${m.matchedOn}: ${m.matchedText}`])));
    });
}

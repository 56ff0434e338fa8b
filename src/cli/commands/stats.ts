import type { Command } from "commander";
import { graphStats } from "../../graph/graph-stats.ts";
import { graphFromFile, graphFromSources, DEFAULT_SOURCES } from "../load-graph.ts";
import { formatJson, formatTable, processIo } from "../output.ts";

export function register(program: Command): void {
  program
    .command("stats")
    .description("count articles, nodes and claims by kind, relation and modality")
    .argument("[paths...]", "article folders or folders containing them", DEFAULT_SOURCES)
    .option("-i, --input <file>", "read a graph export (.json or RDF; - for standard input) instead of article folders")
    .option("--json", "print the result as JSON")
    .action(async (paths: string[], options: { input?: string; json?: boolean }) => {
      const graph = options.input ? await graphFromFile(options.input) : await graphFromSources(paths, processIo);
      const stats = graphStats(graph);
      if (options.json) {
        processIo.stdout(formatJson(stats));
        return;
      }
      const section = (title: string, record: Record<string, number>) =>
        formatTable([title, "count"], Object.entries(record).map(([k, v]) => [k, v]));
      processIo.stdout(
        `${stats.articles} article(s), ${stats.nodes} nodes, ${stats.edges} claims, ${stats.evidence} evidence quotes\n\n` +
          `${section("kind", stats.byKind)}\n${section("relation", stats.byRelation)}\n${section("modality", stats.byModality)}`,
      );
    });
}

import type { Command } from "commander";
import { ValidationKgError } from "../../errors.ts";
import { loadSources } from "../../sources/load-sources.ts";
import { DEFAULT_SOURCES } from "../load-graph.ts";
import { formatJson, processIo } from "../output.ts";

export function register(program: Command): void {
  program
    .command("validate")
    .description("check article folders (YAML, schema, ids, quotes in the text, dates) and report every problem")
    .argument("[paths...]", "article folders or folders containing them", DEFAULT_SOURCES)
    .option("--json", "print the result as JSON")
    .action(async (paths: string[], options: { json?: boolean }) => {
      try {
        const models = await loadSources(paths);
        const counts = {
          articles: models.length,
          entities: models.reduce((n, m) => n + m.nodes.length, 0),
          relations: models.reduce((n, m) => n + m.edges.length, 0),
        };
        processIo.stdout(
          options.json
            ? formatJson({ ok: true, ...counts, issues: [] })
            : `ok: ${counts.articles} article(s), ${counts.entities} entities, ${counts.relations} relations, every quote found in its article\n`,
        );
      } catch (error) {
        if (options.json && error instanceof ValidationKgError) {
          processIo.stdout(formatJson({ ok: false, issues: error.issues }));
          process.exitCode = error.exitCode;
          return;
        }
        throw error;
      }
    });
}

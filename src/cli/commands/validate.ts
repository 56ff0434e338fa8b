import type { Command } from "commander";
import { formatIssue, ValidationKgError } from "../../errors.ts";
import { loadSourcesWithWarnings } from "../../sources/load-sources.ts";
import { DEFAULT_SOURCES } from "../load-graph.ts";
import { formatJson, processIo } from "../output.ts";

export function register(program: Command): void {
  program
    .command("validate")
    .description("check article folders (YAML, schema, ids, quotes in the text, dates) and report every problem")
    .argument("[paths...]", "article folders or folders containing them", DEFAULT_SOURCES)
    .option("--json", "print the result as JSON")
    .option("--strict", "fail (exit 1) on warnings too")
    .action(async (paths: string[], options: { json?: boolean; strict?: boolean }) => {
      try {
        const { models, warnings } = await loadSourcesWithWarnings(paths);
        // Warnings go to stderr so stdout stays the result; with --strict they make the sources invalid.
        if (options.strict && warnings.length > 0) throw new ValidationKgError(warnings);
        const counts = {
          articles: models.length,
          entities: models.reduce((n, m) => n + m.nodes.length, 0),
          relations: models.reduce((n, m) => n + m.edges.length, 0),
        };
        if (!options.json) for (const warning of warnings) processIo.stderr(`kg: warning: ${formatIssue(warning)}\n`);
        processIo.stdout(
          options.json
            ? formatJson({ ok: true, ...counts, issues: [], warnings })
            : `ok: ${counts.articles} article(s), ${counts.entities} entities, ${counts.relations} relations, every quote found in its article` +
                `${warnings.length > 0 ? `; ${warnings.length} warning(s)` : ""}\n`,
        );
      } catch (error) {
        if (options.json && error instanceof ValidationKgError) {
          processIo.stdout(formatJson({ ok: false, issues: error.issues, warnings: error.warnings }));
          process.exitCode = error.exitCode;
          return;
        }
        throw error;
      }
    });
}

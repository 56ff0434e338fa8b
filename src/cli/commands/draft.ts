import type { Command } from "commander";
import { draftArticleFolder, type DraftFolderResult } from "../draft-folder.ts";
import { DEFAULT_SOURCES } from "../load-graph.ts";
import { formatJson, formatTable, processIo, progress } from "../output.ts";

export function register(program: Command): void {
  program
    .command("draft")
    .description("propose annotation.yaml for article folders: entities, dates, figures, events and relations, each with verbatim evidence, marked drafted")
    .argument("<folders...>", "article folders (with article.yaml and article.txt)")
    .option("--corpus <paths...>", "folders whose articles the draft links to (reuses their ids)", DEFAULT_SOURCES)
    .option("--force", "replace an annotation.yaml that has been reviewed")
    .option("--json", "print the result as JSON")
    .action(async (folders: string[], options: { corpus: string[]; force?: boolean; json?: boolean }) => {
      const results: DraftFolderResult[] = [];
      for (const folder of folders) {
        progress(processIo, `drafting ${folder}`);
        results.push(await draftArticleFolder(folder, { corpus: options.corpus, force: Boolean(options.force) }));
      }
      if (options.json) {
        processIo.stdout(formatJson(results));
        return;
      }
      processIo.stdout(
        formatTable(
          ["file", "entities", "relations", "linked to corpus", "dropped", "ms"],
          results.map((r) => [r.file, r.entities, r.relations, r.linked.length, r.dropped, r.milliseconds]),
        ),
      );
    });
}

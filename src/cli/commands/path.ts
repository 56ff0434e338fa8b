import type { Command } from "commander";
import { allPaths } from "../../query/all-paths.ts";
import type { GraphPath } from "../../query/graph-path.ts";
import { resolveNode } from "../../query/resolve-node.ts";
import { shortestPath } from "../../query/shortest-path.ts";
import { graphFor } from "../load-graph.ts";
import { formatJson, processIo } from "../output.ts";
import { formatHop, relationsOption } from "./causes.ts";

function formatPath(path: GraphPath): string {
  return `${path.hops.length} claim(s): ${path.nodes.join(" — ")}\n${path.hops.map(formatHop).join("\n")}\n`;
}

export function register(program: Command): void {
  program
    .command("path")
    .description("how two nodes are linked: the shortest path, or every simple path with --all")
    .argument("<from>", "node id, or a label or alias naming one node")
    .argument("<to>", "node id, or a label or alias naming one node")
    .option("--all", "every simple path up to --max-length")
    .option("--max-length <n>", "longest path with --all, in claims", (v) => Number.parseInt(v, 10), 4)
    .option("--directed", "follow claims only in their stated direction")
    .option("-r, --relations <list>", "relations to follow, comma-separated")
    .option("-i, --input <file>", "read a graph export (.json or RDF; - for standard input) instead of article folders")
    .option("--sources <paths...>", "article folders to build from", ["data"])
    .option("--json", "print JSON")
    .action(async (fromRef: string, toRef: string, options: { all?: boolean; maxLength: number; directed?: boolean; relations?: string; input?: string; sources: string[]; json?: boolean }) => {
      const graph = await graphFor(options, processIo);
      const from = resolveNode(graph, fromRef);
      const to = resolveNode(graph, toRef);
      const relations = relationsOption(options.relations);
      const pathOptions = { directed: Boolean(options.directed), ...(relations ? { relations } : {}) };
      const paths = options.all ? allPaths(graph, from, to, { ...pathOptions, maxLength: options.maxLength }) : [shortestPath(graph, from, to, pathOptions)].filter((p): p is GraphPath => p !== null);
      if (options.json) processIo.stdout(formatJson(options.all ? paths : (paths[0] ?? null)));
      else if (paths.length === 0) processIo.stdout(`no path from ${from} to ${to}\n`);
      else processIo.stdout(paths.map(formatPath).join("\n"));
    });
}

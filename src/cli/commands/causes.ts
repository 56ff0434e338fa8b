import type { Command } from "commander";
import { UsageKgError } from "../../errors.ts";
import { RELATION_NAMES, type Relation } from "../../model/vocabulary.ts";
import { causesOf } from "../../query/causes-of.ts";
import { effectsOf } from "../../query/effects-of.ts";
import type { Hop } from "../../query/hop.ts";
import { resolveNode } from "../../query/resolve-node.ts";
import type { CausalLink } from "../../query/trace-causal.ts";
import { graphFor } from "../load-graph.ts";
import { formatJson, processIo } from "../output.ts";

export function relationsOption(value: string | undefined): Relation[] | undefined {
  if (!value) return undefined;
  const relations = value.split(",").map((r) => r.trim());
  const unknown = relations.filter((r) => !(RELATION_NAMES as string[]).includes(r));
  if (unknown.length > 0) throw new UsageKgError(`unknown relation ${unknown.join(", ")}; expected ${RELATION_NAMES.join(", ")}`);
  return relations as Relation[];
}

export function formatHop(hop: Hop): string {
  return `    ${hop.sourceLabel} —${hop.relation}→ ${hop.targetLabel}  [${hop.modality}, ${hop.confidence}]\n      "${hop.quotes[0] ?? ""}"`;
}

function formatLinks(links: CausalLink[], title: string): string {
  if (links.length === 0) return `${title}: none\n`;
  const blocks = links.map((l) => `${l.depth}. ${l.label} (${l.node})${l.modality ? ` — ${l.modality}` : ""}\n${l.chain.map(formatHop).join("\n")}`);
  return `${title}:\n${blocks.join("\n")}\n`;
}

interface CausalCommandOptions {
  direct?: boolean;
  maxDepth?: number;
  relations?: string;
  input?: string;
  sources: string[];
  json?: boolean;
}

/** `kg causes` and `kg effects` differ only in the walk's direction. */
export function registerCausal(program: Command, direction: "causes" | "effects"): void {
  program
    .command(direction)
    .description(direction === "causes" ? "what led to a node, with the evidence chain of each cause" : "what a node led to, with the evidence chain of each effect")
    .argument("<node>", "node id, or a label or alias naming one node")
    .option("--direct", "only direct links")
    .option("--max-depth <n>", "follow chains up to this many claims", (v) => Number.parseInt(v, 10))
    .option("-r, --relations <list>", "relations to follow (default causes,enables,intendsToCause)")
    .option("-i, --input <file>", "read a graph export (.json or RDF; - for standard input) instead of article folders")
    .option("--sources <paths...>", "article folders to build from", ["data"])
    .option("--json", "print JSON")
    .action(async (reference: string, options: CausalCommandOptions) => {
      const graph = await graphFor(options, processIo);
      const node = resolveNode(graph, reference);
      const relations = relationsOption(options.relations);
      const walk = direction === "causes" ? causesOf : effectsOf;
      const links = walk(graph, node, {
        transitive: !options.direct,
        ...(options.maxDepth !== undefined ? { maxDepth: options.maxDepth } : {}),
        ...(relations ? { relations } : {}),
      });
      const label = graph.getNodeAttribute(node, "label");
      processIo.stdout(options.json ? formatJson({ node, label, [direction]: links }) : formatLinks(links, `${direction === "causes" ? "Causes of" : "Effects of"} ${label} (${node})`));
    });
}

export function register(program: Command): void {
  registerCausal(program, "causes");
}

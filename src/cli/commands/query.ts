import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { NotFoundKgError, UsageKgError } from "../../errors.ts";
import { DEFAULT_BASE_IRI, prefixesFor } from "../../rdf/namespaces.ts";
import { createSparqlStore } from "../../sparql/create-sparql-store.ts";
import { quadsToText } from "../../sparql/quads-to-text.ts";
import { isGraphFormat, isSolutionFormat, type ResultFormat } from "../../sparql/result-formats.ts";
import { sparql } from "../../sparql/run-sparql.ts";
import { solutionsToTable, solutionsToText } from "../../sparql/solutions-to-text.ts";
import { processIo } from "../output.ts";
import { nquadsFor } from "./sparql-input.ts";

const FORMATS = ["table", "json", "xml", "csv", "tsv", "nt", "ttl", "nq", "trig", "jsonld"];

export function register(program: Command): void {
  program
    .command("query")
    .description("run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over every article graph")
    .argument("[sparql]", "the query text")
    .option("-f, --file <file.rq>", "read the query from a file")
    .option("-o, --format <format>", `output: ${FORMATS.join(", ")} (default: table on a terminal, else json or nt)`)
    .option("-n, --limit <n>", "at most this many rows or triples", (v) => Number.parseInt(v, 10))
    .option("-i, --input <file>", "query a graph export (.nq as is; .json or other RDF via the graph) instead of article folders")
    .option("--sources <paths...>", "article folders to build from", ["data"])
    .action(async (text: string | undefined, options: { file?: string; format?: string; limit?: number; input?: string; sources: string[] }) => {
      if ((text === undefined) === (options.file === undefined)) throw new UsageKgError("give the query as an argument or with --file, not both");
      const filePath = options.file;
      const query = filePath ? await readFile(filePath, "utf8").catch(() => { throw new NotFoundKgError(`cannot read ${filePath}`); }) : text!;
      if (options.format && !FORMATS.includes(options.format)) throw new UsageKgError(`unknown format "${options.format}"; expected ${FORMATS.join(", ")}`);
      const store = createSparqlStore(await nquadsFor(options));
      const result = sparql(store, query, options.limit !== undefined ? { limit: options.limit } : {});
      const prefixes = prefixesFor(DEFAULT_BASE_IRI);
      const terminal = Boolean(process.stdout.isTTY);
      let format = (options.format ?? (terminal ? "table" : result.type === "quads" ? "nt" : "json")) as ResultFormat;
      if (result.type === "quads") {
        if (format === "table") format = "ttl";
        if (!isGraphFormat(format)) throw new UsageKgError(`a graph result cannot be written as ${format}; use nt, ttl, nq, trig or jsonld`);
        processIo.stdout(await quadsToText(result.quads, format, prefixes));
      } else if (format === "table") {
        processIo.stdout(solutionsToTable(result, prefixes));
      } else {
        if (!isSolutionFormat(format)) throw new UsageKgError(`a ${result.type === "boolean" ? "boolean" : "solutions"} result cannot be written as ${format}; use table, json, xml, csv or tsv`);
        const body = solutionsToText(result, format);
        processIo.stdout(body.endsWith("\n") ? body : `${body}\n`);
      }
      if (result.type !== "boolean" && result.truncated) processIo.stderr(`kg: results cut at ${options.limit} (--limit)\n`);
    });
}

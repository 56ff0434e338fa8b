import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { NotFoundKgError, UsageKgError } from "../../errors.ts";
import { assertOneStdin, readStdin, STDIN } from "../../io/read-stdin.ts";
import { writeFileAtomic } from "../../io/write-file-atomic.ts";
import { DEFAULT_BASE_IRI, prefixesFor } from "../../rdf/namespaces.ts";
import { createSparqlStore } from "../../sparql/create-sparql-store.ts";
import { graphToNQuads } from "../../sparql/graph-to-nquads.ts";
import { quadsToText } from "../../sparql/quads-to-text.ts";
import { isGraphFormat, isSolutionFormat, type ResultFormat } from "../../sparql/result-formats.ts";
import { sparql } from "../../sparql/run-sparql.ts";
import { solutionsToTable, solutionsToText } from "../../sparql/solutions-to-text.ts";
import { graphFromFile } from "../load-graph.ts";
import { processIo } from "../output.ts";
import { nquadsFor } from "./sparql-input.ts";

const FORMATS = ["table", "json", "xml", "csv", "tsv", "nt", "ttl", "nq", "trig", "jsonld"];

interface QueryOptions {
  file?: string;
  format?: string;
  output?: string;
  limit?: number;
  input?: string;
  sources: string[];
}

/**
 * Before -f/--format and -o/--output meant the same on every command, `kg query` had them the other
 * way round (`-f FILE.rq -o FORMAT`). That spelling is recognised when it cannot mean anything else
 * (a format name is never a plausible output file, a file given as the format is never a format),
 * and rewritten with a note on stderr, so existing scripts keep working.
 */
function legacySpelling(options: QueryOptions, text: string | undefined): QueryOptions {
  const fixed = { ...options };
  const notes: string[] = [];
  if (fixed.output !== undefined && FORMATS.includes(fixed.output) && (fixed.format === undefined || !FORMATS.includes(fixed.format))) {
    notes.push(`-o ${fixed.output} is the old spelling of -f ${fixed.output}`);
    const format = fixed.output;
    delete fixed.output;
    if (fixed.format !== undefined && text === undefined && fixed.file === undefined) {
      notes.push(`-f ${fixed.format} of --file ${fixed.format}`);
      fixed.file = fixed.format;
    }
    fixed.format = format;
  } else if (fixed.format !== undefined && !FORMATS.includes(fixed.format) && /\.(rq|sparql)$/i.test(fixed.format) && text === undefined && fixed.file === undefined) {
    notes.push(`-f ${fixed.format} is the old spelling of --file ${fixed.format}`);
    fixed.file = fixed.format;
    delete fixed.format;
  }
  if (notes.length > 0) processIo.stderr(`kg: ${notes.join("; ")} (-f is the format and -o the output file on every command)\n`);
  return fixed;
}

async function queryText(text: string | undefined, file: string | undefined): Promise<string> {
  if ((text === undefined) === (file === undefined)) throw new UsageKgError("give the query as an argument or with --file, not both");
  if (file === undefined) return text!;
  if (file === STDIN) return readStdin();
  return readFile(file, "utf8").catch(() => {
    throw new NotFoundKgError(`cannot read ${file}`);
  });
}

export function register(program: Command): void {
  program
    .command("query")
    .description("run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over every article graph")
    .argument("[sparql]", "the query text")
    .option("--file <file.rq>", "read the query from a file (- for standard input)")
    .option("-f, --format <format>", `output: ${FORMATS.join(", ")} (default: table on a terminal, else json or nt)`)
    .option("-o, --output <file>", "write to this file (atomically) instead of stdout")
    .option("-n, --limit <n>", "at most this many rows or triples", (v) => Number.parseInt(v, 10))
    .option("-i, --input <file>", "query a graph export (.nq as is; .json or other RDF via the graph; - for standard input) instead of article folders")
    .option("--sources <paths...>", "article folders to build from", ["data"])
    .action(async (text: string | undefined, given: QueryOptions) => {
      const options = legacySpelling(given, text);
      assertOneStdin([["--file", options.file], ["-i", options.input]]);
      if (options.format && !FORMATS.includes(options.format)) throw new UsageKgError(`unknown format "${options.format}"; expected ${FORMATS.join(", ")}`);
      const query = await queryText(text, options.file);
      const nquads = options.input === STDIN ? await graphToNQuads(await graphFromFile(STDIN)) : await nquadsFor(options);
      const store = createSparqlStore(nquads);
      const result = sparql(store, query, options.limit !== undefined ? { limit: options.limit } : {});
      const prefixes = prefixesFor(DEFAULT_BASE_IRI);
      const terminal = Boolean(process.stdout.isTTY) && options.output === undefined;
      let format = (options.format ?? (terminal ? "table" : result.type === "quads" ? "nt" : "json")) as ResultFormat;
      let body: string;
      if (result.type === "quads") {
        if (format === "table") format = "ttl";
        if (!isGraphFormat(format)) throw new UsageKgError(`a graph result cannot be written as ${format}; use nt, ttl, nq, trig or jsonld`);
        body = await quadsToText(result.quads, format, prefixes);
      } else if (format === "table") {
        body = solutionsToTable(result, prefixes);
      } else {
        if (!isSolutionFormat(format)) throw new UsageKgError(`a ${result.type === "boolean" ? "boolean" : "solutions"} result cannot be written as ${format}; use table, json, xml, csv or tsv`);
        const text = solutionsToText(result, format);
        body = text.endsWith("\n") ? text : `${text}\n`;
      }
      if (options.output !== undefined && options.output !== "-") await writeFileAtomic(options.output, body);
      else processIo.stdout(body);
      if (result.type !== "boolean" && result.truncated) processIo.stderr(`kg: results cut at ${options.limit} (--limit)\n`);
    });
}

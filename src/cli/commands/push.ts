// `kg push`: the article graphs into a triple store over the SPARQL 1.1 Graph Store HTTP Protocol.
// The password comes only from an environment variable (--password-env NAME), never from the command
// line, where other users can read it in the process list; no output or error ever shows it.
import { InvalidArgumentError, Option, type Command } from "commander";
import { UsageKgError } from "../../errors.ts";
import { DEFAULT_BASE_IRI } from "../../rdf/namespaces.ts";
import { GraphStoreClient } from "../../push/graph-store-client.ts";
import { pushGraphs } from "../../push/push-graphs.ts";
import { GRAPH_STATUSES, type PushReport } from "../../push/push-report.ts";
import { redact } from "../../push/redact.ts";
import { DEFAULT_RETRY } from "../../push/retry-policy.ts";
import { AUTH_SCHEMES, type AuthScheme, type Credentials } from "../../push/store-auth.ts";
import { parseBaseIri } from "../base-iri-option.ts";
import { DEFAULT_SOURCES } from "../load-graph.ts";
import { formatJson, formatTable, processIo, progress, type Io } from "../output.ts";

interface PushCliOptions {
  store: string;
  sparql?: string;
  user?: string;
  passwordEnv?: string;
  auth: AuthScheme;
  profile: "rdf11" | "rdf12";
  base: string;
  prune?: boolean;
  dryRun?: boolean;
  json?: boolean;
  verify: boolean;
  retries: number;
  timeout: number;
  concurrency: number;
}

/** An http(s) URL with no user info: credentials in a URL end up in shell history and logs. */
function parseEndpoint(value: string, option: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageKgError(`${option} expects an http:// or https:// URL such as http://localhost:8890/sparql-graph-crud-auth`);
  }
  // The value is never echoed: it may hold a password.
  if (url.username || url.password) throw new UsageKgError(`${option}: the URL holds credentials (user:password@); give --user and --password-env instead`);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageKgError(`${option} expects an http:// or https:// URL, not ${url.protocol}`);
  return url;
}

function wholeNumber(min: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new InvalidArgumentError(`expected a whole number ≥ ${min}.`);
    return Number(value);
  };
}

function credentialsFrom(options: PushCliOptions, env: NodeJS.ProcessEnv): Credentials | undefined {
  if (options.user === undefined && options.passwordEnv === undefined) return undefined;
  if (options.user === undefined) throw new UsageKgError("--password-env needs --user");
  if (options.passwordEnv === undefined) throw new UsageKgError("--user needs --password-env NAME (the environment variable holding the password)");
  const password = env[options.passwordEnv];
  if (password === undefined || password === "") throw new UsageKgError(`the environment variable ${options.passwordEnv} (--password-env) is not set or empty`);
  return { scheme: options.auth, user: options.user, password };
}

/** The SPARQL endpoint beside a Graph Store endpoint: Virtuoso's /sparql-graph-crud-auth → /sparql, Fuseki's /ds/data → /ds/sparql. */
export function defaultSparqlEndpoint(store: URL): URL {
  return new URL("sparql", store);
}

function formatReport(report: PushReport, client: GraphStoreClient): string {
  const lines: string[] = [];
  if (report.dryRun) {
    for (const g of report.graphs) {
      if (g.article === undefined) lines.push(`DELETE ${client.graphUrl(g.graph)}`);
      else lines.push(`PUT ${client.graphUrl(g.graph)}  (${g.triples} triples, ${g.bytes} bytes of N-Triples)`);
    }
  }
  const verb = report.dryRun ? "would push" : report.error ? "stopped: pushed" : "pushed";
  const sent = report.counts.written + report.counts.replaced;
  lines.push(`${verb} ${report.dryRun ? report.articles : sent} of ${report.articles} article graph(s), ${report.triples} triples, ${report.bytes} bytes, to ${report.store}`);
  const rows = GRAPH_STATUSES.filter((s) => report.counts[s] > 0 || (!report.dryRun && (s === "written" || s === "replaced"))).map((s) => [s, report.counts[s]]);
  lines.push(formatTable(["graphs", "count"], rows).trimEnd());
  for (const g of report.graphs) {
    if (g.status === "failed" || g.status === "dropped" || g.status === "skipped") lines.push(`${g.status}: <${g.graph}>${g.error ? ` (${g.error})` : ""}`);
    else if (g.verified === false) lines.push(`${g.status}, not verified: <${g.graph}>${g.error ? ` (${g.error})` : ""}`);
    if (g.heldAfterFailure !== undefined) {
      lines.push(`  the store now holds ${g.heldAfterFailure} triples in <${g.graph}>: it may have applied part of the rejected PUT; push again once the cause is fixed`);
    }
  }
  if (!report.dryRun && sent > 0) {
    lines.push(`verified: ${report.graphs.filter((g) => g.verified).length} of ${sent} graph(s) by a count query to ${report.sparql}`);
  }
  return `${lines.join("\n")}\n`;
}

export async function runPush(paths: string[], options: PushCliOptions, io: Io = processIo, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const store = parseEndpoint(options.store, "--store");
  const sparql = options.sparql ? parseEndpoint(options.sparql, "--sparql") : defaultSparqlEndpoint(store);
  if (options.profile === "rdf12") {
    io.stderr("kg: note: --profile rdf12 sends RDF 1.2 triple terms, which many stores (Virtuoso 7 among them) reject\n");
  }
  const credentials = credentialsFrom(options, env);
  const secrets = credentials ? [credentials.password] : [];
  const client = new GraphStoreClient({
    store,
    sparql,
    ...(credentials ? { credentials } : {}),
    retry: { ...DEFAULT_RETRY, retries: options.retries },
    timeoutMs: options.timeout * 1000,
    onRetry: ({ what, attempt, delayMs, reason }) =>
      io.stderr(`kg: ${redact(`${what}: ${reason}; retry ${attempt} of ${options.retries} in ${(delayMs / 1000).toFixed(1)} s`, secrets)}\n`),
  });
  let lastShown = 0;
  const { report, error } = await pushGraphs(paths.length > 0 ? paths : DEFAULT_SOURCES, {
    client,
    profile: options.profile,
    baseIri: options.base,
    dryRun: options.dryRun ?? false,
    prune: options.prune ?? false,
    verify: options.verify,
    concurrency: options.concurrency,
    onProgress: (p) => {
      const now = Date.now();
      if (now - lastShown < 1000 && p.done < p.total) return;
      lastShown = now;
      progress(io, `${options.dryRun ? "prepared" : "pushed"} ${p.done}/${p.total} graph(s), ${p.triples} triples`);
    },
  });
  io.stdout(redact(options.json ? formatJson(report) : formatReport(report, client), secrets));
  if (error) throw error;
}

export function register(program: Command): void {
  program
    .command("push")
    .description("load the article graphs into a triple store (SPARQL 1.1 Graph Store Protocol): one named graph per article, replaced by HTTP PUT")
    .argument("[paths...]", "article folders or folders containing them", DEFAULT_SOURCES)
    .requiredOption("--store <url>", "Graph Store Protocol endpoint, e.g. http://localhost:8890/sparql-graph-crud-auth (Virtuoso)")
    .option("--sparql <url>", "SPARQL query endpoint for the counts and --prune (default: \"sparql\" beside --store)")
    .option("--user <name>", "user to authenticate as")
    .option("--password-env <name>", "environment variable holding the password (never the password itself)")
    .addOption(new Option("--auth <scheme>", "HTTP authentication with --user").choices(AUTH_SCHEMES).default("digest"))
    .addOption(new Option("--profile <profile>", "how claims point at their triple (rdf12: triple terms, which Virtuoso 7 rejects)").choices(["rdf11", "rdf12"]).default("rdf11"))
    .option("--base <iri>", "base IRI of minted resources (ends with / or #)", parseBaseIri, DEFAULT_BASE_IRI)
    .option("--prune", "drop the store's article graphs (under the base IRI) that no local article has")
    .option("--dry-run", "print the requests it would send; send nothing (--prune still reads the store's graph list)")
    .option("--json", "print the report as JSON")
    .option("--no-verify", "skip the count query after each graph")
    .option("--retries <n>", "further attempts after a transient failure (network, 408, 429, 502-504)", wholeNumber(0), DEFAULT_RETRY.retries)
    .option("--timeout <seconds>", "time-out of each request", wholeNumber(1), 120)
    .option("--concurrency <n>", "graphs sent at once (the next article is built meanwhile)", wholeNumber(1), 2)
    .action((paths: string[], options: PushCliOptions) => runPush(paths, options));
}

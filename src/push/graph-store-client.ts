// The SPARQL 1.1 Graph Store HTTP Protocol (indirect graph identification, `?graph=IRI`) and the SPARQL 1.1
// Protocol for the read-only queries a push needs. Every request goes through `send`: retries with backoff
// for transient failures (retry-policy.ts), the store's status and message for permanent ones, and
// redaction of the password from everything that may be shown.
import { KgError } from "../errors.ts";
import { StoreAuthKgError, StoreRejectedKgError, StoreUnreachableKgError } from "./push-errors.ts";
import { redact, shownUrl } from "./redact.ts";
import { DEFAULT_RETRY, isTransientReply, retryDelay, type RetryPolicy } from "./retry-policy.ts";
import { authenticatedFetch, type Credentials, type FetchLike } from "./store-auth.ts";
import { storeMessage } from "./store-message.ts";

export interface GraphStoreOptions {
  /** The Graph Store Protocol endpoint (Virtuoso: http://host:8890/sparql-graph-crud-auth). */
  store: URL;
  /** The SPARQL query endpoint, for counts and the list of graphs (Virtuoso: http://host:8890/sparql). */
  sparql: URL;
  credentials?: Credentials;
  retry?: RetryPolicy;
  /** Per attempt; default 120 s. */
  timeoutMs?: number;
  /** Called before each retry (for progress lines and tests). */
  onRetry?: (info: { what: string; attempt: number; delayMs: number; reason: string }) => void;
  sleep?: (ms: number) => Promise<void>;
}

export interface PutResult {
  /** 201 Created: the graph did not exist; 200 / 204: its content was replaced. */
  created: boolean;
  status: number;
}

export type Binding = Record<string, { type: string; value: string; datatype?: string; "xml:lang"?: string }>;

export const NTRIPLES = "application/n-triples";

/** The store's reply, read whole (bodies of errors are short; success bodies are ignored but drained). */
interface Reply {
  status: number;
  body: string;
  retryAfter: string | null;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The network error's own words: fetch's TypeError says only "fetch failed"; the cause has the code. */
function networkReason(error: unknown): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError") return "no answer before the time-out";
  const cause = e.cause;
  if (cause && (cause.code || cause.message)) return [cause.code, cause.message].filter(Boolean).join(" ");
  return e.message ?? String(error);
}

export class GraphStoreClient {
  readonly store: URL;
  readonly sparql: URL;
  private readonly storeFetch: FetchLike;
  private readonly sparqlFetch: FetchLike;
  private readonly retry: RetryPolicy;
  private readonly timeoutMs: number;
  private accessChecked = false;
  private readonly secrets: string[];
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: GraphStoreOptions) {
    this.store = options.store;
    this.sparql = options.sparql;
    // One authenticating fetch per endpoint: a Digest nonce belongs to the endpoint that issued it.
    this.storeFetch = authenticatedFetch(options.credentials);
    this.sparqlFetch = authenticatedFetch(options.credentials);
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.secrets = options.credentials ? [options.credentials.password] : [];
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** The Graph Store URL naming one graph. */
  graphUrl(graph: string): string {
    const url = new URL(this.store.href);
    url.searchParams.set("graph", graph);
    return url.href;
  }

  /** Replaces the graph's content with `body` (N-Triples), creating the graph when it is new. */
  async putGraph(graph: string, body: Buffer | string): Promise<PutResult> {
    await this.checkAccess(graph);
    const reply = await this.send(`PUT <${graph}>`, this.storeFetch, this.graphUrl(graph), {
      method: "PUT",
      headers: { "content-type": `${NTRIPLES}; charset=utf-8` },
      body: body as BodyInit,
    });
    return { created: reply.status === 201, status: reply.status };
  }

  /** Drops the graph; false when the store did not have it (404). */
  async deleteGraph(graph: string): Promise<boolean> {
    await this.checkAccess(graph);
    const reply = await this.send(`DELETE <${graph}>`, this.storeFetch, this.graphUrl(graph), { method: "DELETE" }, [404]);
    return reply.status !== 404;
  }

  /** Runs a SELECT on the SPARQL endpoint and returns its bindings (SPARQL 1.1 Query Results JSON). */
  async select(query: string): Promise<Binding[]> {
    const reply = await this.send("SPARQL query", this.sparqlFetch, this.sparql.href, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/sparql-results+json" },
      body: new URLSearchParams({ query }).toString(),
    });
    try {
      const json = JSON.parse(reply.body) as { results?: { bindings?: Binding[] } };
      if (!Array.isArray(json.results?.bindings)) throw new Error("no results.bindings");
      return json.results.bindings;
    } catch (error) {
      throw new StoreRejectedKgError(
        `the SPARQL endpoint ${shownUrl(this.sparql)} answered ${reply.status} with no SPARQL JSON results (${(error as Error).message})`,
        reply.status,
        this.clean(storeMessage(reply.body)),
      );
    }
  }

  /** Number of triples the store holds in the graph. */
  async countTriples(graph: string): Promise<number> {
    const rows = await this.select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`);
    const value = rows[0]?.n?.value;
    const n = value === undefined ? NaN : Number(value);
    if (!Number.isInteger(n)) throw new StoreRejectedKgError(`the SPARQL endpoint ${shownUrl(this.sparql)} gave no count for <${graph}>`, 200, "");
    return n;
  }

  /** Every graph whose IRI starts with `prefix`, sorted; read in pages, as stores cap result sizes. */
  async listGraphs(prefix: string, pageSize = 1000): Promise<string[]> {
    const graphs: string[] = [];
    const literal = JSON.stringify(prefix);
    for (let offset = 0; ; offset += pageSize) {
      const rows = await this.select(
        `SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), ${literal})) } ORDER BY ?g LIMIT ${pageSize} OFFSET ${offset}`,
      );
      for (const row of rows) if (row.g?.value !== undefined) graphs.push(row.g.value);
      if (rows.length < pageSize) return graphs;
    }
  }

  /**
   * Before the first write, one bodiless HEAD on the Graph Store. A store that refuses the credentials may answer
   * 401 and close the connection while a large PUT body is still being sent (Virtuoso 7 does), so the client
   * sees ECONNRESET instead of the 401; asked without a body, the refusal arrives as STORE_AUTH. It also lets a
   * Digest handshake happen once, not by sending the body twice. A store without HEAD (405, 501) or
   * without the graph yet (404) lets the write go.
   */
  private async checkAccess(graph: string): Promise<void> {
    if (this.accessChecked || !this.options.credentials) return;
    await this.send(`HEAD <${graph}>`, this.storeFetch, this.graphUrl(graph), { method: "HEAD" }, [404, 405, 501]);
    this.accessChecked = true;
  }

  private clean(text: string): string {
    return redact(text, this.secrets);
  }

  private async send(what: string, fetchFn: FetchLike, url: string, init: RequestInit, accepted: number[] = []): Promise<Reply> {
    const where = redact(shownUrl(new URL(url)), this.secrets);
    for (let attempt = 0; ; attempt++) {
      let reply: Reply | undefined;
      let reason: string;
      try {
        const response = await fetchFn(url, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
        reply = { status: response.status, body: await response.text(), retryAfter: response.headers.get("retry-after") };
        if ((reply.status >= 200 && reply.status < 300) || accepted.includes(reply.status)) return reply;
        const message = this.clean(storeMessage(reply.body));
        if (!isTransientReply(reply.status, message)) {
          const text = `${what} failed: the store answered ${reply.status}${message ? `: ${message}` : ""} (${where})`;
          if (reply.status === 401 || reply.status === 403) {
            const hint = this.options.credentials ? "check --user, --password-env and --auth" : "give --user and --password-env";
            throw new StoreAuthKgError(`${text}; ${hint}`, reply.status, message);
          }
          throw new StoreRejectedKgError(text, reply.status, message);
        }
        reason = `HTTP ${reply.status}${message ? ` ${message}` : ""}`;
      } catch (error) {
        if (error instanceof KgError) throw error;
        reason = this.clean(networkReason(error));
      }
      if (attempt >= this.retry.retries) {
        throw new StoreUnreachableKgError(`${what} failed after ${attempt + 1} attempt(s): ${reason} (${where})`);
      }
      const delayMs = retryDelay(attempt, this.retry, reply?.retryAfter);
      this.options.onRetry?.({ what, attempt: attempt + 1, delayMs, reason });
      await this.sleep(delayMs);
    }
  }
}

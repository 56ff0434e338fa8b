// A small Graph Store + SPARQL endpoint on a local port, for the HTTP logic: it keeps graphs as N-Triples
// line sets, answers the count and list queries kg push sends, checks HTTP Digest (RFC 7616, MD5, qop=auth)
// or Basic credentials, and can be told to fail the next requests in a given way.
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  method: string;
  url: string;
  authorization?: string;
  body: string;
}

/** "pass": answer this request normally (to place a fault on a later one). */
export type Fault = { status: number; body?: string; headers?: Record<string, string> } | "reset" | "pass";

export interface FakeStoreOptions {
  auth?: { scheme: "digest" | "basic"; user: string; password: string };
  /** Count query answers this many fewer triples than stored (a store that drops some). */
  countOffset?: number;
}

const md5 = (s: string) => createHash("md5").update(s).digest("hex");

function params(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of header.matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]*))/g)) out[(m[1] as string).toLowerCase()] = m[2] ?? m[3] ?? "";
  return out;
}

export class FakeStore {
  readonly graphs = new Map<string, Set<string>>();
  readonly requests: Recorded[] = [];
  /** Answers for the next requests, taken one per request before normal handling. */
  readonly faults: Fault[] = [];
  private readonly nonce = randomBytes(8).toString("hex");
  private server: Server | undefined;
  url = "";

  constructor(private readonly options: FakeStoreOptions = {}) {}

  get store(): string {
    return `${this.url}/store`;
  }
  get sparql(): string {
    return `${this.url}/sparql`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((done) => this.server?.listen(0, "127.0.0.1", done));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((done) => this.server?.close(() => done()));
  }

  private authorised(req: IncomingMessage): boolean {
    const auth = this.options.auth;
    if (!auth) return true;
    const header = req.headers.authorization ?? "";
    if (auth.scheme === "basic") return header === `Basic ${Buffer.from(`${auth.user}:${auth.password}`, "utf8").toString("base64")}`;
    if (!header.startsWith("Digest ")) return false;
    const p = params(header.slice(7));
    if (p.username !== auth.user || p.nonce !== this.nonce || p.uri !== req.url) return false;
    const ha1 = md5(`${auth.user}:fake:${auth.password}`);
    const ha2 = md5(`${req.method}:${p.uri}`);
    return p.response === md5(`${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:${p.qop}:${ha2}`);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    this.requests.push({ method: req.method ?? "", url: req.url ?? "", ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}), body });
    const fault = this.faults.shift();
    if (fault === "reset") {
      req.socket.destroy();
      return;
    }
    if (fault && fault !== "pass") {
      res.writeHead(fault.status, { "content-type": "text/html", ...fault.headers }).end(fault.body ?? "");
      return;
    }
    const url = new URL(req.url ?? "/", this.url);
    if (url.pathname === "/sparql") return this.query(new URLSearchParams(body).get("query") ?? "", res);
    if (url.pathname !== "/store") return void res.writeHead(404).end();
    if (!this.authorised(req)) {
      const challenge =
        this.options.auth?.scheme === "basic" ? 'Basic realm="fake"' : `Digest realm="fake", nonce="${this.nonce}", opaque="o", qop="auth", algorithm="MD5"`;
      res.writeHead(401, { "www-authenticate": challenge }).end();
      return;
    }
    const graph = url.searchParams.get("graph") ?? "";
    if (req.method === "PUT") {
      const existed = this.graphs.has(graph);
      this.graphs.set(graph, new Set(body.split("\n").filter((l) => l.trim() !== "")));
      res.writeHead(existed ? 204 : 201).end();
    } else if (req.method === "DELETE") {
      res.writeHead(this.graphs.delete(graph) ? 200 : 404).end();
    } else if (req.method === "HEAD") {
      res.writeHead(this.graphs.has(graph) ? 200 : 404).end();
    } else res.writeHead(405).end();
  }

  private query(query: string, res: ServerResponse): void {
    const json = (bindings: unknown[]): void => void res.writeHead(200, { "content-type": "application/sparql-results+json" }).end(JSON.stringify({ head: { vars: [] }, results: { bindings } }));
    const count = /GRAPH <([^>]+)> \{ \?s \?p \?o \}/.exec(query);
    if (query.includes("COUNT(*)") && count) {
      const n = Math.max(0, (this.graphs.get(count[1] as string)?.size ?? 0) - (this.options.countOffset ?? 0));
      return json([{ n: { type: "literal", datatype: "http://www.w3.org/2001/XMLSchema#integer", value: String(n) } }]);
    }
    const list = /STRSTARTS\(STR\(\?g\), ("[^"]*")\).*LIMIT (\d+) OFFSET (\d+)/.exec(query);
    if (list) {
      const prefix = JSON.parse(list[1] as string) as string;
      const all = [...this.graphs.keys()].filter((g) => g.startsWith(prefix)).sort();
      const page = all.slice(Number(list[3]), Number(list[3]) + Number(list[2]));
      return json(page.map((g) => ({ g: { type: "uri", value: g } })));
    }
    res.writeHead(400).end("unknown query");
  }
}

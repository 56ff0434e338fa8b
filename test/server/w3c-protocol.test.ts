// The W3C SPARQL 1.1 Protocol tests (test/fixtures/w3c-protocol, copied from w3c/rdf-tests) against a real
// `kg serve`. The manifest describes each test as HTTP requests and expected responses; this file reads it
// and sends them. The endpoint is read-only, so the update tests cannot pass as written (they expect the
// update to succeed and check its effect with a query): for each, the update request must be refused with a
// 4xx instead, and its checking queries are not sent. The bad_update_* tests expect a 4xx as written.
import { spawnKgServe, type ServedKg } from "../helpers/spawn-kg-serve.ts";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Parser, type Quad, type Term } from "n3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const FIXTURES = new URL("../fixtures/w3c-protocol/", import.meta.url);

const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const RDFS = "http://www.w3.org/2000/01/rdf-schema#";
const MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
const HT = "http://www.w3.org/2011/http#";
const CNT = "http://www.w3.org/2011/content#";
const UT = "http://www.w3.org/2009/sparql/tests/test-update#";
const HTS = "http://www.w3.org/2011/http-statusCodes#";

interface ProtocolRequest {
  method: string;
  path: string;
  body?: string;
  headers: Record<string, string>;
  /** Acceptable status classes, e.g. ["2xx", "3xx"]. */
  statuses: string[];
  boolean?: boolean;
  format?: "boolean" | "tabular" | "RDF";
}

interface ProtocolTest {
  id: string;
  name: string;
  graphs: Array<{ file: string; name: string }>;
  requests: ProtocolRequest[];
}

function readManifest(): ProtocolTest[] {
  const manifestUrl = new URL("manifest.ttl", FIXTURES);
  const quads: Quad[] = new Parser({ baseIRI: manifestUrl.href }).parse(readFileSync(manifestUrl, "utf8"));
  const objects = (subject: Term, predicate: string): Term[] => quads.filter((q) => q.subject.equals(subject) && q.predicate.value === predicate).map((q) => q.object);
  const one = (subject: Term, predicate: string): Term | undefined => objects(subject, predicate)[0];
  const list = (head: Term | undefined): Term[] => {
    const items: Term[] = [];
    for (let node = head; node && node.value !== `${RDF}nil`; node = one(node, `${RDF}rest`)) {
      const first = one(node, `${RDF}first`);
      if (first) items.push(first);
    }
    return items;
  };
  const manifest = quads.find((q) => q.predicate.value === `${RDF}type` && q.object.value === `${MF}Manifest`)!.subject;
  return list(one(manifest, `${MF}entries`)).map((entry) => {
    const action = one(entry, `${MF}action`)!;
    const requests = list(one(action, `${HT}requests`)).map((req): ProtocolRequest => {
      const headers: Record<string, string> = {};
      for (const header of list(one(req, `${HT}headers`))) headers[one(header, `${HT}fieldName`)!.value.toLowerCase()] = one(header, `${HT}fieldValue`)!.value;
      const body = one(req, `${HT}body`);
      const resp = one(req, `${HT}resp`)!;
      const boolean = one(resp, `${MF}expectedBoolean`);
      const format = one(resp, `${MF}expectedFormat`);
      return {
        method: one(req, `${HT}methodName`)!.value,
        path: one(req, `${HT}absolutePath`)!.value,
        ...(body ? { body: one(body, `${CNT}chars`)!.value } : {}),
        headers,
        statuses: objects(resp, `${MF}expectedStatus`).map((s) => s.value.slice(`${HTS}StatusCode`.length)),
        ...(boolean ? { boolean: boolean.value === "true" } : {}),
        ...(format ? { format: format.value as ProtocolRequest["format"] } : {}),
      };
    });
    const graphs = objects(entry, `${UT}graphData`).map((g) => ({ file: one(g, `${UT}graph`)!.value, name: one(g, `${RDFS}label`)!.value }));
    return { id: entry.value.split("#")[1]!, name: one(entry, `${MF}name`)!.value, graphs, requests };
  });
}

const TESTS = readManifest();
const isUpdateTest = (t: ProtocolTest) => t.id.startsWith("update_");

let server: ServedKg | undefined;
let base: string;
const work = mkdtempSync(join(tmpdir(), "kg-w3c-protocol-"));

beforeAll(async () => {
  // Every graph any test names, each data file in the named graph its label gives.
  const graphs = new Map<string, string>();
  for (const t of TESTS) for (const g of t.graphs) graphs.set(g.name, g.file);
  const nquads = [...graphs]
    .map(([name, file]) => readFileSync(new URL(file), "utf8").trim().split("\n").map((line) => `${line.replace(/\s*\.\s*$/, "")} <${name}> .`).join("\n"))
    .join("\n");
  const data = join(work, "protocol.nq");
  writeFileSync(data, `${nquads}\n`);
  server = await spawnKgServe(data, ["--static", "/nonexistent"]);
  base = server.base;
}, 120_000);

afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

/**
 * Sends a request exactly as the manifest gives it (node:http, so no header is added that the test leaves
 * out: fetch would give a string body a text/plain type). A body declared as UTF-16 is sent as UTF-16.
 */
function send(req: ProtocolRequest): Promise<{ status: number; type: string; body: string }> {
  const url = new URL(req.path.replace(/^\/sparql\//, "/sparql"), base);
  const charset = /charset=([\w-]+)/i.exec(req.headers["content-type"] ?? "")?.[1]?.toLowerCase();
  const body = req.body === undefined ? undefined : charset === "utf-16" ? Buffer.from(`\ufeff${req.body}`, "utf16le") : Buffer.from(req.body, "utf8");
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method: req.method, headers: { ...req.headers, ...(body ? { "content-length": String(body.length) } : {}) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, type: String(response.headers["content-type"] ?? ""), body: Buffer.concat(chunks).toString("utf8") }));
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

const FORMATS: Record<NonNullable<ProtocolRequest["format"]>, string[]> = {
  boolean: ["application/sparql-results+json", "application/sparql-results+xml"],
  tabular: ["application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"],
  RDF: ["application/rdf+xml", "text/turtle", "application/n-triples", "application/xhtml+xml"],
};

function booleanOf(type: string, body: string): boolean | undefined {
  if (type.startsWith("application/sparql-results+json")) return (JSON.parse(body) as { boolean?: boolean }).boolean;
  const match = /<boolean>\s*(true|false)\s*<\/boolean>/.exec(body);
  return match ? match[1] === "true" : undefined;
}

function checkReply(req: ProtocolRequest, reply: { status: number; type: string; body: string }): void {
  expect(req.statuses.map((s) => s[0]), `${req.method} ${req.path}: ${reply.status} ${reply.body}`).toContain(String(reply.status)[0]);
  if (req.format) expect(FORMATS[req.format]).toContain(reply.type.split(";")[0]!.trim());
  if (req.boolean !== undefined) expect(booleanOf(reply.type, reply.body)).toBe(req.boolean);
}

describe("W3C SPARQL 1.1 Protocol tests", () => {
  it("the manifest lists the suite's 34 tests, 7 of them updates", () => {
    expect(TESTS).toHaveLength(34);
    expect(TESTS.filter(isUpdateTest)).toHaveLength(7);
  });

  it.each(TESTS.filter((t) => !isUpdateTest(t)).map((t) => [t.id, t] as const))("%s", async (_id, t) => {
    for (const req of t.requests) checkReply(req, await send(req));
  }, 30_000);

  it.each(TESTS.filter(isUpdateTest).map((t) => [t.id, t] as const))("%s: the update is refused with a 4xx (read-only endpoint)", async (_id, t) => {
    const update = t.requests[0]!;
    const reply = await send(update);
    expect(reply.status, reply.body).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
  }, 30_000);

  it("bad_query_non_utf8 is refused for its declared charset, not for bytes that fail to parse (415)", async () => {
    const t = TESTS.find((x) => x.id === "bad_query_non_utf8")!;
    const req = t.requests[0]!;
    // The same request with the body's bytes in UTF-8: only the declared charset is wrong.
    const reply = await send({ ...req, headers: { ...req.headers, "content-type": req.headers["content-type"]!.replace(/UTF-16/i, "ISO-8859-1") } });
    expect(reply.status, reply.body).toBe(415);
    expect((await send(req)).status).toBe(415);
  }, 30_000);
});

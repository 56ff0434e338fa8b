// `kg serve -i FILE` serves the explorer with the graph it was given: /graph.json is the served graph,
// not the graph.json baked into the explorer's folder (by `npm run build`, or into the package).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnKgServe, type ServedKg } from "../helpers/spawn-kg-serve.ts";
import { seedGraph, seedNQuads } from "../sparql/seed-graph.ts";

const work = mkdtempSync(join(tmpdir(), "kg-serve-graph-"));
const servers: ServedKg[] = [];
let staticDir: string;
let seedKeys: string[];

beforeAll(async () => {
  staticDir = join(work, "viz");
  mkdirSync(staticDir);
  // A baked graph that is not the served one.
  writeFileSync(join(staticDir, "graph.json"), JSON.stringify({ attributes: {}, nodes: [{ key: "baked-node" }], edges: [] }));
  writeFileSync(join(staticDir, "index.html"), "<!doctype html><title>explorer</title>");
  writeFileSync(join(work, "seed.nq"), await seedNQuads());
  const graph = await seedGraph();
  seedKeys = graph.nodes().sort();
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, { x: 1, y: 2 }));
  writeFileSync(join(work, "seed.json"), JSON.stringify(graph.export()));
}, 60_000);

afterAll(async () => {
  for (const server of servers) await server.stop();
  rmSync(work, { recursive: true, force: true });
});

async function serve(input: string): Promise<string> {
  const server = await spawnKgServe(input, ["--static", staticDir]);
  servers.push(server);
  return server.base;
}

interface GraphJson {
  nodes: Array<{ key: string; attributes?: { x?: number; y?: number } }>;
}

describe("kg serve -i: the explorer's graph.json", () => {
  it("is the N-Quads file's graph, laid out, not the baked one", async () => {
    const base = await serve(join(work, "seed.nq"));
    const response = await fetch(`${base}graph.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const graph = (await response.json()) as GraphJson;
    expect(graph.nodes.map((n) => n.key).sort()).toEqual(seedKeys);
    for (const node of graph.nodes) expect([typeof node.attributes?.x, typeof node.attributes?.y]).toEqual(["number", "number"]);
    // The rest of the explorer still comes from its folder, and HEAD agrees with GET.
    expect((await fetch(`${base}index.html`)).status).toBe(200);
    const head = await fetch(`${base}graph.json`, { method: "HEAD" });
    const text = await (await fetch(`${base}graph.json`)).text();
    expect(head.headers.get("content-length")).toBe(String(Buffer.byteLength(text)));
  }, 120_000);

  it("is the graph.json file given, with its own layout", async () => {
    const base = await serve(join(work, "seed.json"));
    const graph = (await (await fetch(`${base}graph.json`)).json()) as GraphJson;
    expect(graph.nodes.map((n) => n.key).sort()).toEqual(seedKeys);
    expect(graph.nodes.every((n) => n.attributes?.x === 1 && n.attributes?.y === 2)).toBe(true);
  }, 120_000);
});

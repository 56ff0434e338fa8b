// The public entry on the real seed: loading three ways gives the same answers, and the CLI mirrors the API.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.ts";
import { processIo } from "../../src/cli/output.ts";
import * as api from "../../src/index.ts";
import { DATA_DIR } from "../sparql/seed-graph.ts";

let graph: api.KnowledgeGraph;
beforeAll(async () => {
  graph = await api.loadGraph({ sources: [DATA_DIR] });
});

const chainIds = (g: api.KnowledgeGraph) => api.causesOf(g, "gsomia-non-extension-decision").map((l) => [l.node, l.chain.map((h) => h.claim)]);

describe("the public API on the seed article", () => {
  it("traces the GSOMIA decision back to the 2018 ruling, each hop with quote and modality", () => {
    const causes = api.causesOf(graph, "gsomia-non-extension-decision");
    const ruling = causes.find((c) => c.node === "supreme-court-ruling-2018");
    expect(ruling).toBeDefined();
    expect(ruling!.chain[0]!.source).toBe("supreme-court-ruling-2018");
    expect(ruling!.chain.at(-1)!.target).toBe("gsomia-non-extension-decision");
    for (const hop of ruling!.chain) {
      expect(hop.quotes[0]!.length).toBeGreaterThan(0);
      expect(api.MODALITY_NAMES).toContain(hop.modality);
      // every quote is verbatim in its article
      expect(graph.getAttribute("articles")[hop.article]!.text).toContain(hop.quotes[0]);
    }
  });

  it("loads the same graph from a JSON export and from N-Quads", async () => {
    const fromJson = await api.loadGraphFromJson(JSON.parse(JSON.stringify(graph.export())));
    expect(chainIds(fromJson)).toEqual(chainIds(graph));
    const fromRdf = await api.loadGraphFromRdf({ text: await api.graphToNQuads(graph), format: "nq" });
    expect(fromRdf.order).toBe(graph.order);
    expect(api.causesOf(fromRdf, "gsomia-non-extension-decision").map((l) => l.node)).toEqual(api.causesOf(graph, "gsomia-non-extension-decision").map((l) => l.node));
    await expect(api.loadGraphFromJson({ nodes: [{ key: "x", attributes: {} }] })).rejects.toBeInstanceOf(api.ParseKgError);
  });

  it("a filtered subgraph exports like the whole graph", async () => {
    const planned = api.filterGraph(graph, { modalities: ["planned"], dropIsolated: true });
    const store = await api.sparqlStoreFromGraph(planned);
    const { bindings } = api.sparqlSelect<"s">(store, "SELECT DISTINCT ?s WHERE { ?s <https://w3id.org/news-kg/vocab#modality> ?m FILTER(?m != <https://w3id.org/news-kg/vocab#planned>) }");
    expect(bindings).toEqual([]);
    expect(api.sparqlAsk(store, "ASK { ?s <https://w3id.org/news-kg/vocab#modality> <https://w3id.org/news-kg/vocab#planned> }")).toBe(true);
  });

  it("gives actors with roles and a timeline in date order", () => {
    const actors = api.actorsOf(graph, "japan-export-curbs-2019");
    expect(actors.map((a) => a.actor)).toContain("japan");
    const entries = api.timeline(graph);
    const keys = entries.map((e) => e.date.earliest ?? e.date.latest ?? "");
    expect([...keys].sort()).toEqual(keys);
    // data/ holds the seed and the dev set; the 2018 article dates Japan's annexation of Korea (1910) earliest.
    expect(entries[0]!.node).toBe("japanese-annexation-of-korea");
    expect(entries.map((e) => e.node)).toContain("supreme-court-ruling-2018");
  });
});

describe("the CLI", () => {
  let out = "";
  let err = "";
  const original = { ...processIo };
  const run = async (...args: string[]) => {
    out = "";
    err = "";
    processIo.stdout = (t) => void (out += t);
    processIo.stderr = (t) => void (err += t);
    return main(["node", "kg", ...args, ...(args[0] === "serve" ? [] : ["--sources", DATA_DIR])]);
  };
  afterEach(() => Object.assign(processIo, original));

  it("kg causes --json mirrors the API", async () => {
    expect(await run("causes", "gsomia-non-extension-decision", "--json")).toBe(0);
    expect(JSON.parse(out).causes.map((l: api.CausalLink) => l.node)).toEqual(api.causesOf(graph, "gsomia-non-extension-decision").map((l) => l.node));
  });

  it("an unknown node gets a did-you-mean and a non-zero exit", async () => {
    expect(await run("effects", "supreme-court-ruling-2081")).toBe(1);
    expect(err).toMatch(/did you mean "supreme-court-ruling-2018"/);
  });

  it("kg query writes CSV and refuses updates", async () => {
    expect(await run("query", "--format", "csv", 'SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(?l = "Japan"@en) }')).toBe(0);
    // One Japan node, stated in each of the four articles' named graphs: one row per graph.
    expect(out).toBe(`l\r\n${"Japan\r\n".repeat(4)}`);
    expect(await run("query", "DELETE WHERE { ?s ?p ?o }")).toBe(2);
  });

  it("kg find, path and timeline answer with --json", async () => {
    // The 2023 dev article has Tokyo the city (a Place); Japan is still found through its alias "Tokyo".
    expect(await run("find", "tokyo", "--json")).toBe(0);
    expect(JSON.parse(out).slice(0, 2).map((m: { id: string; matchedOn: string }) => [m.id, m.matchedOn])).toEqual([["tokyo", "id"], ["japan", "alias"]]);
    expect(await run("path", "Japan", "supreme-court-ruling-2018", "--json", "--directed")).toBe(0);
    expect(JSON.parse(out)).toBeNull();
    expect(await run("path", "supreme-court-ruling-2018", "gsomia-non-extension-decision", "--json", "--directed", "-r", "causes")).toBe(0);
    expect(JSON.parse(out).nodes[0]).toBe("supreme-court-ruling-2018");
    expect(await run("timeline", "--json", "--from", "2026")).toBe(0);
    expect(JSON.parse(out).map((e: api.TimelineEntry) => e.node)).toEqual(expect.arrayContaining(["cluster-completion", "industrial-complexes-groundbreaking"]));
  });
});

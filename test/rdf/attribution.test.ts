// Who states each claim (issue 8 §2): the speaker the article reports, quoted or paraphrased, or the byline;
// and entities denoted by their mentions (GAF) instead of "derived from" the article.
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { attributeClaims } from "../../src/rdf/attribution.ts";
import { graphToQuads, slug } from "../../src/rdf/graph-to-quads.ts";
import { dataNamespaces, DEFAULT_BASE_IRI, expand } from "../../src/rdf/namespaces.ts";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { makeArticle } from "../helpers/make-article.ts";
import { loadSeedGraph } from "../helpers/seed.ts";

const ns = dataNamespaces(DEFAULT_BASE_IRI);
let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await loadSeedGraph();
});

const edge = (source: string, relation: string, target: string) => {
  const key = graph.findEdge((_k, a, s, t) => s === source && t === target && a.relation === relation);
  if (!key) throw new Error(`no ${source} ${relation} ${target} in the seed`);
  return key;
};
const objects = (quads: ReturnType<typeof graphToQuads>, s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === expand(p)).map((q) => q.object.value);

describe("claim attribution", () => {
  it("the minister's statement that the two countries will restore exchanges is his, about Japan (paraphrase)", () => {
    const key = edge("human-exchange-restoration", "hasActor", "japan");
    const quads = graphToQuads(graph);
    expect(objects(quads, `${ns.claim}${key}`, "prov:wasAttributedTo")).toEqual([`${ns.entity}choo-kyung-ho`]);
    expect(objects(quads, `${ns.claim}${key}`, "kgv:reportedSpeech")).toEqual([expand("kgv:paraphrase")]);
  });

  it("the trade figures inside Choo's quotation are a direct quotation", () => {
    const key = edge("korea-japan-relations-deterioration", "causes", "trade-with-japan-decrease");
    const quads = graphToQuads(graph, { profile: "rdf12" });
    expect(objects(quads, `${ns.claim}${key}`, "prov:wasAttributedTo")).toEqual([`${ns.entity}choo-kyung-ho`]);
    expect(objects(quads, `${ns.claim}${key}`, "kgv:reportedSpeech")).toEqual([expand("kgv:directQuotation")]);
  });

  it("a claim nobody is reported as saying is the byline's, with no reported-speech mark", () => {
    const key = edge("supreme-court-ruling-2018", "causes", "japan-export-curbs-2019");
    const meta = Object.values(graph.getAttribute("articles"))[0]!;
    const quads = graphToQuads(graph);
    expect(objects(quads, `${ns.claim}${key}`, "prov:wasAttributedTo")).toEqual(meta.author.map((a) => `${ns.agent}${slug(a)}`));
    expect(objects(quads, `${ns.claim}${key}`, "kgv:reportedSpeech")).toEqual([]);
  });

  it("every claim says who states it", () => {
    const quads = graphToQuads(graph);
    graph.forEachEdge((key) => expect(objects(quads, `${ns.claim}${key}`, "prov:wasAttributedTo").length, key).toBeGreaterThan(0));
  });

  it("a speaker in another paragraph does not take the claim; quotation marks decide direct vs paraphrase", () => {
    const text = 'Lee said "the plan will cut costs."\n\nThe plan will cut costs, experts wrote.';
    const model = makeArticle("attr", text, [
      { id: "lee", kind: "Person", label: "Lee", quote: "Lee" },
      { id: "plan", kind: "Plan", label: "plan", quote: "the plan", modality: "planned" },
      { id: "costs", kind: "Issue", label: "costs", quote: "costs" },
    ], [
      { from: "plan", rel: "announcedBy", to: "lee", quote: "Lee said \"the plan" },
      { from: "plan", rel: "causes", to: "costs", quote: "the plan will cut costs" },
      { from: "plan", rel: "concerns", to: "costs", quote: "The plan will cut costs, experts wrote" },
    ]);
    const g = buildGraph([model]);
    const map = attributeClaims(g, g.getAttribute("articles")["attr"]!, g.edges());
    const causes = g.findEdge((_k, a) => a.relation === "causes")!;
    expect(map.get(causes)).toEqual({ speakers: ["lee"], direct: true });
    const concerns = g.findEdge((_k, a) => a.relation === "concerns")!;
    expect(map.get(concerns)).toEqual({ speakers: [] });
  });
});

describe("entities and their mentions", () => {
  it("an entity is denotedBy the targets of its evidence and mentioned by the article, not derived from it", () => {
    const quads = graphToQuads(graph);
    const korea = `${ns.entity}korea`;
    const mentions = objects(quads, korea, "gaf:denotedBy");
    expect(mentions.length).toBe(graph.getNodeAttribute("korea", "evidence").length);
    for (const m of mentions) expect(objects(quads, m, "oa:hasSource")).toHaveLength(1);
    expect(objects(quads, korea, "prov:wasDerivedFrom")).toEqual([]);
    const article = `${ns.article}${graph.getNodeAttribute("korea", "articles")[0]}`;
    expect(objects(quads, article, "schema:mentions")).toContain(korea);
  });
});

// The article's photos in RDF, both profiles: schema:image from the NewsArticle to a schema:ImageObject with
// its caption (language-tagged), schema:creditText and schema:creator the agency; the caption and the credit
// are Web Annotations of the image; quadsToGraph reads the same images back.
import type { Quad } from "@rdfjs/types";
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { graphToQuads, type RdfProfile } from "../../src/rdf/graph-to-quads.ts";
import { dataNamespaces, DEFAULT_BASE_IRI, expand } from "../../src/rdf/namespaces.ts";
import { quadsToGraph } from "../../src/rdf/quads-to-graph.ts";
import { loadSeedGraph } from "../helpers/seed.ts";

const ns = dataNamespaces(DEFAULT_BASE_IRI);
const SEED_ID = "joongang-2023-03-24-korea-japan-supply-chain";
let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await loadSeedGraph();
});

const objects = (quads: Quad[], s: string, p: string) => quads.filter((q) => q.subject.value === s && q.predicate.value === expand(p)).map((q) => q.object);

describe.each<RdfProfile>(["rdf11", "rdf12"])("images in RDF (%s)", (profile) => {
  it("the article's schema:image is an ImageObject with caption, credit text and creator", () => {
    const quads = graphToQuads(graph, { profile });
    const [image, ...more] = objects(quads, `${ns.article}${SEED_ID}`, "schema:image");
    expect(more).toEqual([]);
    expect(objects(quads, image!.value, "rdf:type").map((t) => t.value)).toEqual([expand("schema:ImageObject")]);
    const [caption] = objects(quads, image!.value, "schema:caption");
    expect(caption).toMatchObject({ termType: "Literal", language: "en" });
    expect(caption!.value).toMatch(/^Finance Minister Choo Kyung-ho speaks/);
    expect(objects(quads, image!.value, "schema:creditText").map((t) => t.value)).toEqual(["YONHAP"]);
    expect(objects(quads, image!.value, "schema:creator").map((t) => t.value)).toEqual([`${ns.entity}yonhap`]);
    expect(objects(quads, image!.value, "schema:copyrightHolder")).toEqual([]);
    const annotations = quads.filter((q) => q.predicate.value === expand("oa:hasBody") && q.object.value === image!.value).map((q) => q.subject.value);
    expect(annotations.flatMap((a) => objects(quads, a, "oa:motivatedBy").map((m) => m.value)).sort()).toEqual([expand("oa:describing"), expand("oa:identifying")]);
  });

  it("quadsToGraph reads the images back as they were", () => {
    const back = quadsToGraph(graphToQuads(graph, { profile }));
    expect(back.getAttribute("articles")[SEED_ID]?.images).toEqual(graph.getAttribute("articles")[SEED_ID]?.images);
  });

  it("an image credited to a node the graph no longer holds keeps its caption, without a credit", () => {
    const cut = graph.copy() as KnowledgeGraph;
    cut.dropNode("yonhap");
    const back = quadsToGraph(graphToQuads(cut, { profile }));
    const [image] = back.getAttribute("articles")[SEED_ID]?.images ?? [];
    expect(image?.caption.quote).toMatch(/^Finance Minister/);
    expect(image?.credit).toBeUndefined();
  });
});

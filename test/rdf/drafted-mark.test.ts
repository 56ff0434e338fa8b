// The drafted mark survives every stage after validation: graph, RDF in both profiles, the way back,
// SHACL; and a reviewed article that mentions the same entity does not inherit it.
import { readFileSync } from "node:fs";
import type { DatasetCore } from "@rdfjs/types";
import { DataFactory, Parser, Store } from "n3";
import { Validator } from "shacl-engine";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { flatEdge, flatNode } from "../../src/export/flat-attributes.ts";
import type { ArticleModel } from "../../src/model/types.ts";
import { graphToQuads } from "../../src/rdf/graph-to-quads.ts";
import { expand } from "../../src/rdf/namespaces.ts";
import { parseRdf } from "../../src/rdf/parse-rdf.ts";
import { quadsToGraph } from "../../src/rdf/quads-to-graph.ts";
import { writeRdf } from "../../src/rdf/write-rdf.ts";
import { makeArticle } from "../helpers/make-article.ts";

function drafted(model: ArticleModel): ArticleModel {
  for (const node of model.nodes) {
    node.attributes.draftedIn = [model.meta.id];
    node.attributes.confidence = 0.7;
  }
  for (const edge of model.edges) edge.attributes.drafted = true;
  return model;
}

const reviewed = makeArticle("reviewed", "Tokyo curbed exports to Seoul.", [
  { id: "japan", kind: "Country", label: "Japan", quote: "Tokyo" },
]);
const draft = drafted(
  makeArticle("draft", "Japan retaliated against Korea.", [
    { id: "japan", kind: "Country", label: "Japan", quote: "Japan" },
    { id: "korea", kind: "Country", label: "South Korea", quote: "Korea" },
    { id: "retaliation", kind: "Event", label: "Japan's retaliation", quote: "retaliated", modality: "happened" },
  ], [{ from: "retaliation", rel: "hasActor", to: "japan", quote: "Japan retaliated" }]),
);

describe("drafted mark", () => {
  const graph = buildGraph([draft, reviewed]);

  it("a node is drafted only in the articles that draft it", () => {
    expect(graph.getNodeAttribute("japan", "draftedIn")).toEqual(["draft"]);
    expect(graph.getNodeAttribute("japan", "articles")).toEqual(["draft", "reviewed"]);
    expect(graph.getNodeAttribute("korea", "draftedIn")).toEqual(["draft"]);
    expect(flatNode(graph.getNodeAttributes("korea")).draftedIn).toBe("draft");
    const [edge] = graph.edges();
    expect(flatEdge(graph.getEdgeAttributes(edge as string)).drafted).toBe("true");
  });

  it.each(["rdf11", "rdf12"] as const)("%s: RDF says which claims and entities are drafts, and reads back", async (profile) => {
    const quads = graphToQuads(graph, { profile });
    const status = quads.filter((q) => q.predicate.value === expand("kgv:reviewStatus"));
    expect(status).toHaveLength(1);
    expect(status[0]?.object.value).toBe(expand("kgv:drafted"));
    const draftedIn = quads.filter((q) => q.predicate.value === expand("kgv:draftedIn"));
    // japan, korea, retaliation: each once, in the drafting article's graph only.
    expect(new Set(draftedIn.map((q) => q.subject.value)).size).toBe(3);
    expect(draftedIn.every((q) => q.graph.value.endsWith("graph/article/draft"))).toBe(true);
    const back = quadsToGraph(await parseRdf(await writeRdf(quads, "nq"), "nq"));
    expect(back.getNodeAttribute("japan", "draftedIn")).toEqual(["draft"]);
    expect(back.getEdgeAttributes(back.edges()[0] as string).drafted).toBe(true);
    // Triple formats merge the graphs; the article named in kgv:draftedIn keeps the mark exact.
    const fromNt = quadsToGraph(await parseRdf(await writeRdf(quads, "nt"), "nt"));
    expect(fromNt.getNodeAttribute("japan", "draftedIn")).toEqual(["draft"]);
  });

  it("conforms to the SHACL shapes, and a bad review status does not", async () => {
    const shapes = new Store(new Parser().parse(readFileSync("data/shapes/news-kg.shacl.ttl", "utf8"))) as unknown as DatasetCore;
    const validator = new Validator(shapes, { factory: DataFactory as never });
    const quads = graphToQuads(graph, { profile: "rdf11" });
    const flat = (qs: typeof quads) => new Store(qs.map((q) => DataFactory.quad(q.subject, q.predicate, q.object)) as never) as unknown as DatasetCore;
    expect((await validator.validate({ dataset: flat(quads) })).conforms).toBe(true);
    const broken = quads.map((q) =>
      q.predicate.value === expand("kgv:reviewStatus") ? DataFactory.quad(q.subject, q.predicate, DataFactory.namedNode(expand("kgv:reviewed")), q.graph) : q,
    );
    expect((await validator.validate({ dataset: flat(broken) })).conforms).toBe(false);
  });
});

// A small graph built by hand following the graph contract (src/model/types.ts), so the query API can
// be tested independently of the sources pipeline. Ids follow the seed annotation; quotes are verbatim
// from the seed article and located in it, so a wrong offset or quote would show.
import { readFileSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import type { DateValue, EdgeAttributes, Evidence, KnowledgeGraph, NodeAttributes } from "../../src/model/types.ts";
import type { Kind, Modality, Relation } from "../../src/model/vocabulary.ts";

export const ARTICLE = "joongang-2023-03-24-korea-japan-supply-chain";
const text = readFileSync(new URL(`../../data/articles/${ARTICLE}/article.txt`, import.meta.url), "utf8");
const points = Array.from(text);

function evidence(quote: string): Evidence {
  const unit = text.indexOf(quote);
  if (unit < 0) throw new Error(`fixture quote not in the article: ${quote}`);
  const start = Array.from(text.slice(0, unit)).length;
  const end = start + Array.from(quote).length;
  return { article: ARTICLE, quote, start, end, prefix: points.slice(Math.max(0, start - 32), start).join(""), suffix: points.slice(end, end + 32).join("") };
}

function node(
  label: string,
  kind: Kind,
  quote: string,
  extra: { aliases?: string[]; modality?: Modality; date?: DateValue } = {},
): NodeAttributes {
  return { label, kind, aliases: extra.aliases ?? [], description: "", figures: [], evidence: [evidence(quote)], articles: [ARTICLE], ...extra };
}

export function fixtureGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  graph.setAttribute("articles", {
    [ARTICLE]: {
      id: ARTICLE,
      headline: "Korea, Japan to put supply chain cooperation into action",
      publisher: "Korea JoongAng Daily",
      author: ["Chun In-sung"],
      datePublished: "2023-03-24",
      section: "Business > Economy",
      language: "en",
      text,
    },
  });
  const add = (id: string, attributes: NodeAttributes) => graph.addNode(id, attributes);
  add("korea", node("South Korea", "Country", "Korea will materialize", { aliases: ["Korea", "Republic of Korea"] }));
  add("japan", node("Japan", "Country", "after Tokyo curbed exports", { aliases: ["Tokyo"] }));
  add("supreme-court-of-korea", node("Supreme Court of Korea", "Court", "a Korean supreme court decision"));
  add("supreme-court-ruling-2018", node("2018 Supreme Court forced-labour ruling", "Event", "a Korean supreme court decision in late 2018", {
    modality: "happened",
    date: { text: "in late 2018", value: "2018", precision: "year", qualifier: "late", earliest: "2018-09-01", latest: "2018-12-31" },
  }));
  add("japan-export-curbs-2019", node("Japan's 2019 export curbs on three chip materials", "Policy", "Tokyo curbed exports on three key products", {
    modality: "happened",
    aliases: ["export curbs"],
    date: { text: "in 2019", value: "2019", precision: "year", earliest: "2019-01-01", latest: "2019-12-31" },
  }));
  add("korea-retaliation", node("Korea's retaliation", "Event", "Korea retaliated", { modality: "happened" }));
  add("gsomia", node("GSOMIA", "Agreement", "General Security of Military Information Agreement", {
    aliases: ["Gsomia", "General Security of Military Information Agreement"],
  }));
  add("gsomia-non-extension-decision", node("Korea's decision not to extend GSOMIA", "Event", "declined to extend", { modality: "happened" }));
  add("korea-japan-summit-2023", node("Korea–Japan summit of 16 March 2023", "Event", "Korea-Japan summit on March 16", {
    modality: "happened",
    date: { text: "on March 16", value: "2023-03-16", precision: "day", earliest: "2023-03-16", latest: "2023-03-16" },
  }));
  add("industrial-complexes-plan", node("Construction of 15 industrial complexes", "Plan", "construct 15 industrial complexes", {
    modality: "planned",
    date: { text: "in 2026", value: "2026", precision: "year", earliest: "2026-01-01", latest: "2026-12-31" },
  }));
  add("yongin-semiconductor-cluster", node("Yongin semiconductor cluster", "Facility", "semiconductor cluster in Yongin", {
    modality: "planned",
    aliases: ["the cluster"],
    date: { text: "by 2042", value: "2042", precision: "year", qualifier: "by", latest: "2042-12-31" },
  }));
  add("séoul-test", node("Séoul Tèst", "Place", "central Seoul"));

  let n = 0;
  const claim = (source: string, relation: Relation, target: string, quote: string, extra: Partial<EdgeAttributes> = {}) => {
    const attributes: EdgeAttributes = { relation, modality: "happened", confidence: 0.9, article: ARTICLE, evidence: [evidence(quote)], ...extra };
    graph.addEdgeWithKey(`claim-${++n}`, source, target, attributes);
  };
  claim("supreme-court-ruling-2018", "causes", "japan-export-curbs-2019", "The move arose from a Korean supreme court decision in late 2018");
  // A second, weaker claim for the same link: hops must pick the more confident one.
  claim("supreme-court-ruling-2018", "causes", "japan-export-curbs-2019", "after Tokyo curbed exports", { confidence: 0.4 });
  claim("japan-export-curbs-2019", "causes", "korea-retaliation", "Korea retaliated by strengthening its export regulations to Japan");
  claim("korea-retaliation", "causes", "gsomia-non-extension-decision", "declined to extend the General Security of Military Information Agreement");
  claim("gsomia-non-extension-decision", "concerns", "gsomia", "declined to extend the General Security of Military Information Agreement (Gsomia)");
  claim("supreme-court-ruling-2018", "hasActor", "supreme-court-of-korea", "a Korean supreme court decision", { role: "court" });
  claim("japan-export-curbs-2019", "hasActor", "japan", "Tokyo curbed exports", { role: "party" });
  claim("gsomia-non-extension-decision", "hasActor", "korea", "Korea retaliated by strengthening", { role: "party" });
  claim("korea-japan-summit-2023", "enables", "industrial-complexes-plan", "laid the foundation for revitalizing Korea-Japan ties", { modality: "expected", confidence: 0.6 });
  claim("japan-export-curbs-2019", "prevents", "korea-japan-summit-2023", "Relations between Korea and Japan tightened in 2019", { confidence: 0.3 });
  return graph;
}

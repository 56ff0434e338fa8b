// Hostile text, property-based: labels, aliases, descriptions, quotes and metadata full of quotes,
// backslashes, newlines, markup, bidi controls, emoji, Hangul, lone surrogates, NUL and other control
// characters. Every export format must stay valid: n3 (and jsonld) parse the RDF back to the same
// quads, rapper reads nt/ttl/nq/trig, RDF → graph → RDF is isomorphic, GEXF and GraphML re-parse with
// graphology's parsers, and the JSON re-imports with the very same strings.
import fc from "fast-check";
import graphology from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import type { Quad } from "@rdfjs/types";
import { isomorphic } from "rdf-isomorphic";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.ts";
import { exportGraph, EXPORT_FORMATS } from "../../src/export/export-graph.ts";
import { xmlSafe } from "../../src/export/write-graphml.ts";
import { flatGraph } from "../../src/export/flat-graph.ts";
import type { ArticleModel, KnowledgeGraph } from "../../src/model/types.ts";
import { graphToQuads, type RdfProfile } from "../../src/rdf/graph-to-quads.ts";
import { parseRdf } from "../../src/rdf/parse-rdf.ts";
import { quadsToGraph } from "../../src/rdf/quads-to-graph.ts";
import { flattenToTriples, type RdfFormat } from "../../src/rdf/write-rdf.ts";
import { locateQuote } from "../../src/validate/locate-quote.ts";
import { rapperCount, requireRapper, type RapperFormat } from "../helpers/rapper.ts";

const PIECES = [
  '"', "'", '""', "\\", "\\n", "\\u0041", "\n", "\r", "\r\n", "\t", ">", "<", "<>", "&", "&amp;", "]]>",
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>',
  "\u200F", "\u202E", "\u200B", "\u2028", "\u2029", "\uFEFF", "\u00A0",
  "😀", "👩‍👩‍👧", "🇰🇷", "𝕏", "한국", "일본과의 공급망", "ありがとう", "中文", "עברית", "العربية",
  "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001B", "\u001F", "\u007F", "\u0085", "\uFFFE", "\uFFFF",
  "@en", "^^xsd:string", "_:b0", "<<", ">>", "<<(", ")>>", " .", " ;", "#", "{", "}", "%", "\u0301", "e\u0301",
  "a", "Korea", " ",
];

const piece = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) });
/** A hostile string; `minLength` pieces at least (labels and quotes may not be empty). */
const hostile = (minLength = 0) => fc.array(piece, { minLength, maxLength: 6 }).map((parts) => parts.join(""));
/** Non-empty and not only white space (the validator would reject an empty quote). */
const nonEmpty = hostile(1).filter((s) => s.trim() !== "");

interface Sample {
  headline: string;
  publisher: string;
  author: string;
  section: string;
  labels: [string, string, string];
  aliases: string[];
  description: string;
  jobTitle: string;
  quotes: [string, string, string];
  measure: string;
  role: string;
  note: string;
}

const sample: fc.Arbitrary<Sample> = fc.record({
  headline: nonEmpty,
  publisher: nonEmpty,
  author: nonEmpty,
  section: hostile(),
  labels: fc.tuple(nonEmpty, nonEmpty, nonEmpty),
  aliases: fc.array(nonEmpty, { maxLength: 3 }),
  description: hostile(),
  jobTitle: nonEmpty,
  quotes: fc.tuple(nonEmpty, nonEmpty, nonEmpty),
  measure: nonEmpty,
  role: nonEmpty,
  note: hostile(),
});

const ARTICLE = "hostile-article";
const BASE: Sample = {
  headline: "H", publisher: "P", author: "A", section: "", labels: ["a", "b", "c"], aliases: [], description: "",
  jobTitle: "J", quotes: ["q", "r", "s"], measure: "m", role: "r", note: "",
};

/** An article whose text holds the quotes, evidence located as the validator does. */
function modelOf(s: Sample): ArticleModel {
  const text = `Lead. ${s.quotes[0]} | ${s.quotes[1]} | ${s.quotes[2]} | end.`;
  const at = (quote: string) => {
    const found = locateQuote(ARTICLE, text, quote);
    if (!found) throw new Error(`not located: ${JSON.stringify(quote)}`);
    return found;
  };
  return {
    meta: {
      id: ARTICLE,
      headline: s.headline,
      // An author and a publisher of the same name would be one agent typed both Person and Organization.
      publisher: `Publisher ${s.publisher}`,
      author: [s.author],
      datePublished: "2023-03-24",
      section: s.section,
      language: "en",
      text,
      sourceFiles: { meta: "article.yaml", text: "article.txt", annotation: "annotation.yaml" },
    },
    nodes: [
      {
        id: "person",
        attributes: {
          label: s.labels[0],
          kind: "Person",
          aliases: [...new Set(s.aliases)],
          description: s.description,
          jobTitle: s.jobTitle,
          figures: [],
          evidence: [at(s.quotes[0])],
          articles: [ARTICLE],
        },
      },
      {
        id: "event",
        attributes: {
          label: s.labels[1],
          kind: "Event",
          aliases: [],
          description: s.description,
          modality: "planned",
          date: { text: s.quotes[1] },
          figures: [
            { id: `${ARTICLE}.event.1`, measure: s.measure, text: s.quotes[1], value: 0.25, unit: "KRW", comparator: "about", evidence: [at(s.quotes[1])] },
          ],
          evidence: [at(s.quotes[1])],
          articles: [ARTICLE],
        },
      },
      {
        id: "policy",
        attributes: { label: s.labels[2], kind: "Policy", aliases: [], description: "", modality: "expected", figures: [], evidence: [at(s.quotes[2])], articles: [ARTICLE] },
      },
    ],
    edges: [
      {
        source: "event",
        target: "person",
        attributes: { relation: "hasActor", modality: "planned", confidence: 0.5, role: s.role, note: s.note, article: ARTICLE, evidence: [at(s.quotes[0]), at(s.quotes[2])] },
      },
      { source: "event", target: "policy", attributes: { relation: "causes", modality: "expected", confidence: 1, article: ARTICLE, evidence: [at(s.quotes[2])] } },
    ],
  };
}

/** No lone surrogate: the string is valid Unicode and survives UTF-8 encoding unchanged. */
const isWellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
const TRIPLE_FORMATS = new Set<RdfFormat>(["nt", "ttl"]);
const N3_FORMATS: RapperFormat[] = ["nt", "ttl", "nq", "trig"];

/** Everything one graph must satisfy; returns the texts to hand to rapper with their n3 counts. */
async function checkGraph(graph: KnowledgeGraph): Promise<Array<{ format: RapperFormat; text: string; count: number }>> {
  const forRapper: Array<{ format: RapperFormat; text: string; count: number }> = [];
  for (const format of EXPORT_FORMATS) {
    const text = await exportGraph(graph, format);
    // Every output is a well-formed Unicode string: what is written to disk is exactly this text.
    expect(isWellFormed(text), `${format} output is not well-formed Unicode`).toBe(true);
    expect(Buffer.from(text, "utf8").toString("utf8")).toBe(text);
  }
  for (const profile of ["rdf11", "rdf12"] as RdfProfile[]) {
    const quads = graphToQuads(graph, { profile });
    for (const format of ["nt", "nq", "ttl", "trig", "jsonld"] as RdfFormat[]) {
      if (format === "jsonld" && profile === "rdf12") continue;
      const text = await exportGraph(graph, format, { profile });
      const parsed = await parseRdf(text, format);
      const expected = TRIPLE_FORMATS.has(format) ? flattenToTriples(quads) : quads;
      const actual = TRIPLE_FORMATS.has(format) ? flattenToTriples(parsed) : parsed;
      expect(isomorphic(actual as never, expected as never), `${profile} ${format}: parsed quads differ from the written ones`).toBe(true);
      // RDF → graph → RDF.
      const again = graphToQuads(quadsToGraph(parsed), { profile });
      const norm = (qs: Quad[]) => (TRIPLE_FORMATS.has(format) ? flattenToTriples(qs) : qs);
      expect(isomorphic(norm(again) as never, norm(parsed) as never), `${profile} ${format}: RDF → graph → RDF is not isomorphic`).toBe(true);
      if (profile === "rdf11" && format !== "jsonld") forRapper.push({ format: format as RapperFormat, text, count: parsed.length });
    }
  }

  // Gephi formats: graphology's own parsers read them back, labels intact up to XML's limits.
  for (const [format, parser] of [["gexf", gexf.parse], ["graphml", graphml.parse]] as const) {
    const text = await exportGraph(graph, format);
    const back = parser(graphology.MultiDirectedGraph, text) as KnowledgeGraph;
    // Plus the articles, their agents and their mentions/publisher/author edges (flatGraph).
    const flat = flatGraph(graph);
    expect(back.order).toBe(flat.nodes.length);
    expect(back.size).toBe(flat.edges.length);
    for (const n of flat.nodes) expect(back.getNodeAttribute(n.key, "label"), `${format} label of ${n.key}`).toBe(format === "graphml" ? xmlSafe(n.label) : xmlSafe(n.label).replace(/[\u0085\u2028]/g, " "));
    graph.forEachNode((id, a) => {
      // XML cannot hold some characters at all (xmlSafe). Our GraphML writer keeps everything else.
      // graphology-gexf (xml-writer) escapes CR, TAB and LF in the label attribute but writes NEL and
      // LS raw; xmldom reads those as line ends (XML 1.1 rules) and the attribute turns them to spaces.
      const expected = format === "graphml" ? xmlSafe(a.label) : xmlSafe(a.label).replace(/[\u0085\u2028]/g, " ");
      expect(back.getNodeAttribute(id, "label"), `${format} label of ${id}`).toBe(expected);
    });
  }
  const json = JSON.parse(await exportGraph(graph, "json"));
  const imported = new graphology.MultiDirectedGraph();
  imported.import(json);
  graph.forEachNode((id, a) => {
    expect(imported.getNodeAttribute(id, "label")).toBe(a.label);
    expect(imported.getNodeAttribute(id, "aliases")).toEqual(a.aliases);
  });
  return forRapper;
}

describe("hostile text in every export format", () => {
  it("property: any hostile labels, aliases, descriptions and quotes give valid output in every format", async () => {
    requireRapper();
    const batches: Record<RapperFormat, Array<{ text: string; count: number }>> = { nt: [], ttl: [], nq: [], trig: [] };
    await fc.assert(
      fc.asyncProperty(sample, async (s) => {
        const graph = buildGraph([modelOf(s)]);
        for (const { format, text, count } of await checkGraph(graph)) batches[format].push({ text, count });
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100), seed: Number(process.env.FC_SEED ?? 20230324) },
    );
    // rapper once per format over all samples (a file of concatenated documents); on failure, find the sample.
    for (const format of N3_FORMATS) {
      const all = batches[format];
      const result = rapperCount(all.map((b) => b.text).join("\n"), format);
      if (result.problems.length > 0 || result.count !== all.reduce((n, b) => n + b.count, 0)) {
        const bad = all.find((b) => {
          const one = rapperCount(b.text, format);
          return one.problems.length > 0 || one.count !== b.count;
        });
        expect.fail(`rapper rejects a ${format} export: ${result.problems.slice(0, 3).join(" / ")}\n${bad?.text.slice(0, 2000) ?? "(each sample alone passes)"}`);
      }
    }
  });

  it("authors whose names have no ASCII letters are distinct agents", async () => {
    const model = modelOf({ ...BASE, author: "천인성" });
    model.meta.author = ["천인성", "中央日報", "Chun In-sung"];
    const quads = graphToQuads(buildGraph([model]));
    const authors = quads.filter((q) => q.predicate.value === "http://schema.org/author").map((q) => q.object.value);
    expect(new Set(authors).size).toBe(3);
    const back = quadsToGraph(quads);
    expect(back.getAttribute("articles")[ARTICLE]!.author).toEqual(["천인성", "中央日報", "Chun In-sung"]);
  });

  it("a lone surrogate becomes U+FFFD in RDF, and the quote's offsets stay those of the text", async () => {
    const s: Sample = {
      headline: "H\uD800",
      publisher: "P",
      author: "A",
      section: "",
      labels: ["lone \uDC00 low", "lone \uD83D high", "pair 😀"],
      aliases: ["\uDFFF"],
      description: "",
      jobTitle: "J",
      quotes: ["q\uD800x", "r\uDC00", "s"],
      measure: "m",
      role: "r",
      note: "",
    };
    const graph = buildGraph([modelOf(s)]);
    const text = await exportGraph(graph, "nt");
    expect(isWellFormed(text)).toBe(true);
    const quads = await parseRdf(text, "nt");
    const labels = quads.filter((q) => q.predicate.value.endsWith("#label")).map((q) => q.object.value);
    expect(labels).toEqual(expect.arrayContaining(["lone \uFFFD low", "lone \uFFFD high", "pair 😀"]));
    const exact = quads.filter((q) => q.predicate.value === "http://www.w3.org/ns/oa#exact").map((q) => q.object.value);
    expect(exact).toContain("q\uFFFDx");
    await checkGraph(graph);
  });
});

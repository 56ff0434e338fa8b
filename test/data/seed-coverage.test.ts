// Coverage of the seed annotation: the graph of the seed article must hold everything the article
// states. Each check is a pure function returning a list of problems, so that the same function is
// run on the real seed (expecting none) and on a deliberately broken copy (expecting some): a check
// that cannot fail would prove nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.ts";
import type { ArticleModel, Evidence, Figure, KnowledgeGraph } from "../../src/model/types.ts";
import type { Modality, Relation } from "../../src/model/vocabulary.ts";
import { loadSources } from "../../src/sources/load-sources.ts";
import { splitSentences, type Sentence } from "../helpers/split-sentences.ts";

const SEED_DIR = "data/articles/joongang-2023-03-24-korea-japan-supply-chain";

/** The Wikidata ids the team has confirmed, and the only node each may sit on. */
const CONFIRMED_WIKIDATA: Record<string, string> = {
  korea: "Q884",
  japan: "Q17",
  "united-states": "Q30",
  china: "Q148",
  "european-union": "Q458",
  asean: "Q7768",
  "middle-east": "Q7204",
};

// ------------------------------------------------------------------ sentences

// ------------------------------------------------------------------ evidence

interface Span {
  owner: string;
  evidence: Evidence;
}

/** Every evidence span of every node, figure and edge, with who holds it. */
function allSpans(graph: KnowledgeGraph): Span[] {
  const spans: Span[] = [];
  graph.forEachNode((id, a) => {
    for (const e of a.evidence) spans.push({ owner: `node ${id}`, evidence: e });
    for (const f of a.figures) for (const e of f.evidence) spans.push({ owner: `figure ${f.id}`, evidence: e });
  });
  graph.forEachEdge((key, a, s, t) => {
    for (const e of a.evidence) spans.push({ owner: `edge ${s} -${a.relation}-> ${t} (${key})`, evidence: e });
  });
  return spans;
}

/** (a) Sentences no evidence span lies inside. */
export function uncoveredSentences(text: string, graph: KnowledgeGraph): Sentence[] {
  const spans = allSpans(graph).map((s) => s.evidence);
  return splitSentences(text).filter((s) => !spans.some((e) => e.start >= s.start && e.end <= s.end && e.end > e.start));
}

/** (d) Spans whose quote is not the article text sliced by code points [start, end). */
export function misplacedSpans(text: string, graph: KnowledgeGraph): string[] {
  const cps = Array.from(text);
  return allSpans(graph)
    .filter(({ evidence: e }) => e.start < 0 || e.end > cps.length || e.start >= e.end || cps.slice(e.start, e.end).join("") !== e.quote)
    .map(({ owner, evidence: e }) => `${owner}: [${e.start}, ${e.end}) is "${cps.slice(e.start, e.end).join("")}", quote "${e.quote}"`);
}

// ------------------------------------------------------------------ edges, figures, modality

function edgesBetween(graph: KnowledgeGraph, source: string, relation: Relation, target: string) {
  if (!graph.hasNode(source) || !graph.hasNode(target)) return [];
  return graph.outEdges(source, target).map((key) => graph.getEdgeAttributes(key)).filter((a) => a.relation === relation);
}

interface ChainLink {
  source: string;
  relation: Relation;
  target: string;
}

const HEADLINE_CHAIN: ChainLink[] = [
  { source: "supreme-court-ruling-2018", relation: "causes", target: "japan-export-curbs-2019" },
  { source: "japan-export-curbs-2019", relation: "causes", target: "korea-retaliation" },
  { source: "japan-export-curbs-2019", relation: "causes", target: "gsomia-non-extension-decision" },
  { source: "korea-export-regulations", relation: "partOf", target: "korea-retaliation" },
];

/** (b) The headline chain: each link present as a happened edge between happened nodes, and the dates. */
export function headlineChainProblems(graph: KnowledgeGraph): string[] {
  const problems: string[] = [];
  for (const { source, relation, target } of HEADLINE_CHAIN) {
    const edges = edgesBetween(graph, source, relation, target);
    if (edges.length === 0) problems.push(`no edge ${source} -${relation}-> ${target}`);
    else if (!edges.some((e) => e.modality === "happened")) problems.push(`${source} -${relation}-> ${target} is not happened`);
    for (const node of [source, target]) {
      if (graph.hasNode(node) && graph.getNodeAttribute(node, "modality") !== "happened") problems.push(`node ${node} is not happened`);
    }
  }
  const ruling = graph.hasNode("supreme-court-ruling-2018") ? graph.getNodeAttribute("supreme-court-ruling-2018", "date") : undefined;
  if (ruling?.earliest !== "2018-09-01" || ruling.latest !== "2018-12-31" || ruling.qualifier !== "late") {
    problems.push(`the ruling is not dated late 2018: ${JSON.stringify(ruling)}`);
  }
  const curbs = graph.hasNode("japan-export-curbs-2019") ? graph.getNodeAttribute("japan-export-curbs-2019", "date") : undefined;
  if (curbs?.value !== "2019" || curbs.earliest !== "2019-01-01" || curbs.latest !== "2019-12-31") {
    problems.push(`the export curbs are not dated 2019: ${JSON.stringify(curbs)}`);
  }
  return problems;
}

interface ExpectedFigure {
  node: string;
  /** The article's words, which must be in the figure's text. */
  text: string;
  value: number;
  unit: Figure["unit"];
  comparator?: Figure["comparator"];
  per?: string;
  converted?: { text: string; value: number; unit: Figure["unit"] };
}

const EXPECTED_FIGURES: ExpectedFigure[] = [
  {
    node: "yongin-semiconductor-cluster",
    text: "300 trillion won",
    value: 300e12,
    unit: "KRW",
    comparator: "moreThan",
    converted: { text: "$230 billion", value: 230e9, unit: "USD" },
  },
  { node: "human-exchange-restoration", text: "10,000", value: 10_000, unit: "count", per: "year" },
  { node: "human-exchange-restoration", text: "10 million", value: 10_000_000, unit: "count", per: "year" },
  { node: "cooperation-channels", text: "more than 30", value: 30, unit: "count", comparator: "moreThan" },
  { node: "industrial-complexes-plan", text: "15", value: 15, unit: "count", comparator: "exactly" },
  { node: "japan", text: "third-largest", value: 3, unit: "rank" },
  { node: "japanese-travelers", text: "second highest", value: 2, unit: "rank" },
  { node: "three-key-chip-materials", text: "three", value: 3, unit: "count" },
];

interface ExpectedDate {
  node: string;
  value: string;
  earliest?: string;
  latest: string;
  qualifier?: string;
}

/** Target years and dates the article states, with the bounds the text allows. */
const EXPECTED_DATES: ExpectedDate[] = [
  // "by 2042" bounds only the end.
  { node: "cluster-completion", value: "2042", latest: "2042-12-31", qualifier: "by" },
  { node: "industrial-complexes-groundbreaking", value: "2026", earliest: "2026-01-01", latest: "2026-12-31" },
  { node: "korea-japan-summit-2023", value: "2023-03-16", earliest: "2023-03-16", latest: "2023-03-16" },
  // "Friday" resolved against the publication date, Friday 24 March 2023.
  { node: "friday-announcement", value: "2023-03-24", earliest: "2023-03-24", latest: "2023-03-24" },
  { node: "economic-ministers-meeting-2023-03-24", value: "2023-03-24", earliest: "2023-03-24", latest: "2023-03-24" },
  // "this year" read in 2023.
  { node: "joint-response-to-global-issues", value: "2023", earliest: "2023-01-01", latest: "2023-12-31" },
];

/** (c) Figures and dates the article states, with value, unit, comparator, period and conversion. */
export function figureProblems(text: string, graph: KnowledgeGraph): string[] {
  const problems: string[] = [];
  for (const want of EXPECTED_FIGURES) {
    if (!graph.hasNode(want.node)) {
      problems.push(`no node ${want.node} for "${want.text}"`);
      continue;
    }
    const figures = graph.getNodeAttribute(want.node, "figures");
    const match = figures.find(
      (f) =>
        f.text.includes(want.text) &&
        f.value === want.value &&
        f.unit === want.unit &&
        f.comparator === (want.comparator ?? "exactly") &&
        f.per === want.per &&
        (want.converted
          ? f.converted?.text === want.converted.text && f.converted.value === want.converted.value && f.converted.unit === want.converted.unit
          : f.converted === undefined),
    );
    if (!match) {
      problems.push(`${want.node} lacks "${want.text}" = ${want.value} ${want.unit}: has ${JSON.stringify(figures.map(({ evidence: _e, ...f }) => f))}`);
      continue;
    }
    if (!text.includes(match.text)) problems.push(`figure text "${match.text}" of ${want.node} is not in the article`);
    if (match.evidence.length === 0 || !match.evidence.some((e) => e.quote.includes(match.text))) {
      problems.push(`figure "${match.text}" of ${want.node} has no evidence quoting it`);
    }
  }
  for (const want of EXPECTED_DATES) {
    const date = graph.hasNode(want.node) ? graph.getNodeAttribute(want.node, "date") : undefined;
    if (
      !date ||
      date.value !== want.value ||
      date.earliest !== want.earliest ||
      date.latest !== want.latest ||
      date.qualifier !== want.qualifier ||
      !text.includes(date.text)
    ) {
      problems.push(`${want.node} is not dated ${JSON.stringify(want)}: ${JSON.stringify(date)}`);
    }
  }
  return problems;
}

const EXPECTED_MODALITIES: Array<{ node: string; modality: Modality }> = [
  { node: "korea-japan-summit-2023", modality: "happened" },
  { node: "supreme-court-ruling-2018", modality: "happened" },
  { node: "yongin-semiconductor-cluster", modality: "planned" },
  { node: "industrial-complexes-plan", modality: "planned" },
  { node: "positive-spillovers", modality: "expected" },
  { node: "supply-chain-normalization", modality: "conditional" },
  { node: "multiplied-economic-implications", modality: "conditional" },
  { node: "forced-labor-compensation", modality: "potential" },
  { node: "gsomia-extension", modality: "not_happened" },
];

const EXPECTED_EDGE_MODALITIES: Array<ChainLink & { modality: Modality }> = [
  { source: "korea-japan-summit-2023", relation: "causes", target: "positive-spillovers", modality: "expected" },
  { source: "supply-chain-normalization", relation: "causes", target: "multiplied-economic-implications", modality: "conditional" },
  { source: "gsomia-non-extension-decision", relation: "prevents", target: "gsomia-extension", modality: "happened" },
  { source: "gsomia-extension", relation: "concerns", target: "gsomia", modality: "not_happened" },
  { source: "korea-japan-summit-2023", relation: "before", target: "friday-announcement", modality: "happened" },
];

/** (e) Spot checks of modality on nodes and edges. */
export function modalityProblems(graph: KnowledgeGraph): string[] {
  const problems: string[] = [];
  for (const { node, modality } of EXPECTED_MODALITIES) {
    const actual = graph.hasNode(node) ? graph.getNodeAttribute(node, "modality") : "(no node)";
    if (actual !== modality) problems.push(`${node} is ${actual}, expected ${modality}`);
  }
  for (const { source, relation, target, modality } of EXPECTED_EDGE_MODALITIES) {
    const edges = edgesBetween(graph, source, relation, target);
    if (!edges.some((e) => e.modality === modality)) {
      problems.push(`${source} -${relation}-> ${target}: expected ${modality}, found [${edges.map((e) => e.modality).join(", ")}]`);
    }
  }
  // Event-like nodes all state a modality; "will" never reads as happened.
  graph.forEachNode((id, a) => {
    if (["Event", "Policy", "Plan", "Programme"].includes(a.kind) && a.modality === undefined) problems.push(`${id} has no modality`);
  });
  return problems;
}

/** (f) Wikidata ids only from the confirmed list, each on its own node. */
export function wikidataProblems(graph: KnowledgeGraph): string[] {
  const problems: string[] = [];
  graph.forEachNode((id, a) => {
    if (a.wikidata === undefined) return;
    if (CONFIRMED_WIKIDATA[id] !== a.wikidata) problems.push(`${id} has ${a.wikidata}, not a confirmed id for it`);
  });
  for (const [id, qid] of Object.entries(CONFIRMED_WIKIDATA)) {
    if (!graph.hasNode(id)) problems.push(`no node ${id} (${qid})`);
    else if (graph.getNodeAttribute(id, "wikidata") !== qid) problems.push(`${id} lacks ${qid}`);
  }
  return problems;
}

// ------------------------------------------------------------------ the tests

describe("seed coverage", () => {
  let model: ArticleModel;
  let graph: KnowledgeGraph;
  let text: string;
  const broken = (): KnowledgeGraph => buildGraph([structuredClone(model)]);

  beforeAll(async () => {
    const models = await loadSources([SEED_DIR]);
    expect(models).toHaveLength(1);
    model = models[0]!;
    text = model.meta.text;
    graph = buildGraph(models);
  });

  it("splits the article into sentences, the caption and its credit included", () => {
    const sentences = splitSentences(text);
    const texts = sentences.map((s) => s.text);
    expect(texts[0]).toMatch(/^Finance Minister Choo Kyung-ho speaks .* on Friday\.$/);
    expect(texts[1]).toBe("[YONHAP]");
    // "U.S." does not end a sentence; a closing quote stays with its sentence.
    expect(texts).toContain(
      "Korea and Japan will join forces this year to tackle global issues, including the U.S. Inflation Reduction Act, EU Carbon Border Adjustment Act, low birth rate, aging society and climate challenges.",
    );
    expect(texts.some((t) => t.startsWith('"The deteriorated') && t.endsWith('" Choo said.'))).toBe(true);
    expect(sentences.length).toBeGreaterThanOrEqual(20);
    const cps = Array.from(text);
    for (const s of sentences) expect(cps.slice(s.start, s.end).join("")).toBe(s.text);
  });

  it("(a) covers every sentence of article.txt with an evidence span", () => {
    const uncovered = uncoveredSentences(text, graph);
    expect(uncovered.map((s) => `[${s.start}, ${s.end}) ${s.text}`), "sentences no evidence span lies in").toEqual([]);
  });

  it("(a) the coverage check fails when a sentence loses its evidence", () => {
    const sentence = splitSentences(text).find((s) => s.text.startsWith("The exchange programs"))!;
    const g = broken();
    const inside = (e: Evidence) => e.start >= sentence.start && e.end <= sentence.end;
    g.forEachNode((_id, a) => {
      a.evidence = a.evidence.filter((e) => !inside(e));
      for (const f of a.figures) f.evidence = f.evidence.filter((e) => !inside(e));
    });
    g.forEachEdge((_k, a) => void (a.evidence = a.evidence.filter((e) => !inside(e))));
    expect(uncoveredSentences(text, g).map((s) => s.text)).toEqual([sentence.text]);
  });

  it("(b) states the headline chain: ruling → curbs → retaliation and GSOMIA decision, regulations part of the retaliation", () => {
    expect(headlineChainProblems(graph)).toEqual([]);
  });

  it("(b) the chain check fails on a missing link, a wrong modality or a wrong date", () => {
    const g = broken();
    g.dropEdge(g.outEdges("japan-export-curbs-2019", "gsomia-non-extension-decision").find((k) => g.getEdgeAttribute(k, "relation") === "causes")!);
    g.setNodeAttribute("korea-retaliation", "modality", "planned");
    g.updateNodeAttribute("supreme-court-ruling-2018", "date", (d) => ({ ...d!, qualifier: "early", earliest: "2018-01-01", latest: "2018-04-30" }));
    const problems = headlineChainProblems(g);
    expect(problems.some((p) => p.startsWith("no edge japan-export-curbs-2019 -causes-> gsomia-non-extension-decision"))).toBe(true);
    expect(problems).toContain("node korea-retaliation is not happened");
    expect(problems.some((p) => p.startsWith("the ruling is not dated late 2018"))).toBe(true);
  });

  it("(c) holds every figure and target year the article states", () => {
    expect(figureProblems(text, graph)).toEqual([]);
  });

  it("(c) the figure check fails on a wrong value, a dropped conversion or a wrong year", () => {
    const g = broken();
    g.updateNodeAttribute("yongin-semiconductor-cluster", "figures", (fs) => fs!.map(({ converted: _c, ...f }) => f));
    g.updateNodeAttribute("cooperation-channels", "figures", (fs) => fs!.map((f) => ({ ...f, comparator: "exactly" as const })));
    g.updateNodeAttribute("industrial-complexes-groundbreaking", "date", (d) => ({ ...d!, value: "2027" }));
    const problems = figureProblems(text, g);
    expect(problems.some((p) => p.startsWith("yongin-semiconductor-cluster lacks"))).toBe(true);
    expect(problems.some((p) => p.startsWith("cooperation-channels lacks"))).toBe(true);
    expect(problems.some((p) => p.startsWith("industrial-complexes-groundbreaking is not dated"))).toBe(true);
  });

  it("(d) every evidence span is the article text sliced by code points [start, end)", () => {
    expect(allSpans(graph).length).toBeGreaterThan(200);
    expect(misplacedSpans(text, graph)).toEqual([]);
  });

  it("(d) the span check fails on a shifted span", () => {
    const g = broken();
    const key = g.edges()[0]!;
    g.updateEdgeAttribute(key, "evidence", (es) => es!.map((e) => ({ ...e, start: e.start + 1, end: e.end + 1 })));
    expect(misplacedSpans(text, g)).toHaveLength(g.getEdgeAttribute(key, "evidence").length);
  });

  it("(e) reads modality as the text states it", () => {
    expect(modalityProblems(graph)).toEqual([]);
  });

  it("(e) the modality check fails on a wrong modality", () => {
    const g = broken();
    g.setNodeAttribute("gsomia-extension", "modality", "happened");
    g.setNodeAttribute("yongin-semiconductor-cluster", "modality", "happened");
    expect(modalityProblems(g)).toEqual([
      "yongin-semiconductor-cluster is happened, expected planned",
      "gsomia-extension is happened, expected not_happened",
    ]);
  });

  it("(f) uses only the confirmed Wikidata ids", () => {
    expect(wikidataProblems(graph)).toEqual([]);
  });

  it("(f) the Wikidata check fails on a guessed id", () => {
    const g = broken();
    g.setNodeAttribute("seoul", "wikidata", "Q8684");
    g.setNodeAttribute("china", "wikidata", "Q29520");
    expect(wikidataProblems(g)).toEqual(["china has Q29520, not a confirmed id for it", "seoul has Q8684, not a confirmed id for it", "china lacks Q148"]);
  });
});

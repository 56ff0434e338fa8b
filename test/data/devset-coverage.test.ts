// Coverage of the development set (issue 7 §4): hand-annotated articles that are gold for `kg eval`.
// For each article: every sentence holds an evidence quote, every quote slices back to the text, every
// event-like node states a modality, no entity silently joins another by alias, and every date and figure
// text is in the article. Across the corpus: the dev set merges with the seed into one multi-article
// graph (one node for Japan in all four articles), and each claim is tied to the article that states it.
// Every check is a pure function also run on a deliberately broken copy, so none of them cannot fail.
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.ts";
import type { ArticleModel, Evidence, KnowledgeGraph } from "../../src/model/types.ts";
import { EVENT_LIKE_KINDS } from "../../src/model/vocabulary.ts";
import { loadSources } from "../../src/sources/load-sources.ts";
import { SEED_DIR } from "../helpers/seed.ts";
import { splitSentences } from "../helpers/split-sentences.ts";

const DEV_DIRS = [
  "data/articles/news-kg-dev-2018-11-30-forced-labor-rulings",
  "data/articles/news-kg-dev-2019-11-23-export-curbs-gsomia",
  "data/articles/news-kg-dev-2023-07-24-korea-japan-thaw",
];

const SEED = "joongang-2023-03-24-korea-japan-supply-chain";
const A2018 = "news-kg-dev-2018-11-30-forced-labor-rulings";
const A2019 = "news-kg-dev-2019-11-23-export-curbs-gsomia";
const A2023 = "news-kg-dev-2023-07-24-korea-japan-thaw";

/** Ids that must be one node across the articles that mention them: the story's actors and episodes. */
const SHARED_ACROSS_ALL = ["japan", "korea", "supreme-court-ruling-2018"];
const SHARED: Record<string, string[]> = {
  "japan-export-curbs-2019": [SEED, A2019, A2023],
  gsomia: [SEED, A2019, A2023],
  "gsomia-non-extension-decision": [SEED, A2019, A2023],
  "korea-retaliation": [SEED, A2019],
  "korea-japan-summit-2023": [SEED, A2023],
  "three-key-chip-materials": [SEED, A2019, A2023],
  "colonial-rule": [A2018, A2019, A2023],
  "japan-white-list": [A2019, A2023],
  "wto-complaint": [A2019, A2023],
  "nippon-steel": [A2018, A2023],
};

// ------------------------------------------------------------------ sentences

// ------------------------------------------------------------------ checks on one article's model

function allSpans(model: ArticleModel): Array<{ owner: string; evidence: Evidence }> {
  const spans: Array<{ owner: string; evidence: Evidence }> = [];
  for (const { id, attributes: a } of model.nodes) {
    for (const e of a.evidence) spans.push({ owner: `node ${id}`, evidence: e });
    for (const f of a.figures) for (const e of f.evidence) spans.push({ owner: `figure ${f.id}`, evidence: e });
  }
  for (const { source, target, attributes: a } of model.edges) {
    for (const e of a.evidence) spans.push({ owner: `edge ${source} -${a.relation}-> ${target}`, evidence: e });
  }
  return spans;
}

function uncoveredSentences(model: ArticleModel): string[] {
  const spans = allSpans(model).map((s) => s.evidence);
  return splitSentences(model.meta.text)
    .filter((s) => !spans.some((e) => e.start >= s.start && e.end <= s.end && e.end > e.start))
    .map((s) => s.text);
}

function misplacedSpans(model: ArticleModel): string[] {
  const cps = Array.from(model.meta.text);
  return allSpans(model)
    .filter(({ evidence: e }) => e.article !== model.meta.id || e.start < 0 || e.end > cps.length || e.start >= e.end || cps.slice(e.start, e.end).join("") !== e.quote)
    .map(({ owner, evidence: e }) => `${owner}: [${e.start}, ${e.end}) of ${e.article} is "${cps.slice(e.start, e.end).join("")}", quote "${e.quote}"`);
}

/** Event-like nodes without a modality; dates and figures whose text is not in the article. */
function contentProblems(model: ArticleModel): string[] {
  const problems: string[] = [];
  const text = model.meta.text;
  for (const { id, attributes: a } of model.nodes) {
    if (EVENT_LIKE_KINDS.has(a.kind) && a.modality === undefined) problems.push(`${id} has no modality`);
    if (a.date && !text.includes(a.date.text)) problems.push(`${id}: date text "${a.date.text}" is not in the article`);
    for (const f of a.figures) {
      if (!text.includes(f.text)) problems.push(`${id}: figure text "${f.text}" is not in the article`);
      if (!f.evidence.some((e) => e.quote.includes(f.text))) problems.push(`${id}: no evidence of figure "${f.text}" quotes it`);
    }
  }
  for (const { source, target, attributes: a } of model.edges) {
    if (a.confidence < 1 && !a.note) problems.push(`${source} -${a.relation}-> ${target}: confidence ${a.confidence} without a note`);
  }
  return problems;
}

/** Entity ids of the model that the graph folded into another node (by alias) instead of keeping. */
function silentMerges(model: ArticleModel, graph: KnowledgeGraph): string[] {
  return model.nodes.filter((n) => !graph.hasNode(n.id)).map((n) => n.id);
}

// ------------------------------------------------------------------ checks on the corpus graph

function mergeProblems(graph: KnowledgeGraph, articleIds: string[]): string[] {
  const problems: string[] = [];
  for (const id of SHARED_ACROSS_ALL) {
    if (!graph.hasNode(id)) problems.push(`no node ${id}`);
    else if (JSON.stringify(graph.getNodeAttribute(id, "articles")) !== JSON.stringify(articleIds)) {
      problems.push(`${id} is in ${JSON.stringify(graph.getNodeAttribute(id, "articles"))}, not in all ${articleIds.length} articles`);
    }
  }
  for (const [id, articles] of Object.entries(SHARED)) {
    const actual = graph.hasNode(id) ? graph.getNodeAttribute(id, "articles") : [];
    if (JSON.stringify(actual) !== JSON.stringify(articles)) problems.push(`${id} is in ${JSON.stringify(actual)}, expected ${JSON.stringify(articles)}`);
  }
  // One node per Wikidata item, and per label of each kind: the same thing is not two nodes.
  const seen = new Map<string, string>();
  graph.forEachNode((id, a) => {
    for (const key of [a.wikidata ? `wikidata ${a.wikidata}` : undefined, `${a.kind} ${a.label.toLowerCase()}`]) {
      if (!key) continue;
      const other = seen.get(key);
      if (other) problems.push(`${id} and ${other} share ${key}`);
      else seen.set(key, id);
    }
  });
  return problems;
}

/** Claims whose evidence is not from the claim's own article, or that name no known article. */
function provenanceProblems(graph: KnowledgeGraph): string[] {
  const problems: string[] = [];
  const articles = graph.getAttribute("articles");
  graph.forEachEdge((key, a, s, t) => {
    if (!articles[a.article]) problems.push(`${key} (${s} -${a.relation}-> ${t}) names unknown article ${a.article}`);
    if (a.evidence.length === 0 || a.evidence.some((e) => e.article !== a.article)) problems.push(`${key} (${s} -${a.relation}-> ${t}) quotes another article`);
  });
  return problems;
}

// ------------------------------------------------------------------ the tests

describe("development set coverage", () => {
  let seed: ArticleModel;
  let dev: ArticleModel[];
  let graph: KnowledgeGraph;

  beforeAll(async () => {
    const models = await loadSources([SEED_DIR, ...DEV_DIRS]);
    expect(models).toHaveLength(1 + DEV_DIRS.length);
    seed = models.find((m) => SEED_DIR.endsWith(m.meta.id))!;
    dev = DEV_DIRS.map((dir) => models.find((m) => dir.endsWith(m.meta.id))!);
    graph = buildGraph(models);
  });

  it("loads every dev article with its publication date and a substantial text", () => {
    for (const model of dev) {
      expect(model.meta.id).toMatch(/^news-kg-dev-\d{4}-\d{2}-\d{2}-/);
      expect(model.meta.id).toContain(model.meta.datePublished);
      const words = model.meta.text.split(/\s+/).filter(Boolean).length;
      expect(words, model.meta.id).toBeGreaterThanOrEqual(400);
      expect(words, model.meta.id).toBeLessThanOrEqual(700);
      expect(splitSentences(model.meta.text).length, model.meta.id).toBeGreaterThanOrEqual(15);
    }
  });

  it("splits wire copy at sentence ends but not at Oct. or Corp.", () => {
    const sentences = splitSentences('He said on Oct. 30 that Nippon Steel & Sumitomo Metal Corp. must pay. "No," Tokyo said.\nNext line.');
    expect(sentences.map((s) => s.text)).toEqual(["He said on Oct. 30 that Nippon Steel & Sumitomo Metal Corp. must pay.", '"No," Tokyo said.', "Next line."]);
  });

  it("covers every sentence of every dev article with an evidence span", () => {
    for (const model of dev) expect(uncoveredSentences(model), model.meta.id).toEqual([]);
  });

  it("the coverage check fails when a sentence loses its evidence", () => {
    const model = structuredClone(dev[0]!);
    const sentence = splitSentences(model.meta.text)[3]!;
    const outside = (e: Evidence) => !(e.start >= sentence.start && e.end <= sentence.end);
    for (const n of model.nodes) {
      n.attributes.evidence = n.attributes.evidence.filter(outside);
      for (const f of n.attributes.figures) f.evidence = f.evidence.filter(outside);
    }
    for (const e of model.edges) e.attributes.evidence = e.attributes.evidence.filter(outside);
    expect(uncoveredSentences(model)).toEqual([sentence.text]);
  });

  it("every quote slices back to its article's text by code points", () => {
    for (const model of dev) {
      expect(allSpans(model).length, model.meta.id).toBeGreaterThan(200);
      expect(misplacedSpans(model), model.meta.id).toEqual([]);
    }
  });

  it("the span check fails on a shifted span", () => {
    const model = structuredClone(dev[1]!);
    const edge = model.edges[0]!;
    edge.attributes.evidence = edge.attributes.evidence.map((e) => ({ ...e, start: e.start + 1, end: e.end + 1 }));
    expect(misplacedSpans(model)).toHaveLength(edge.attributes.evidence.length);
  });

  it("states a modality on every event-like node, dates and figures in the article's words, a note under every confidence < 1", () => {
    for (const model of dev) expect(contentProblems(model), model.meta.id).toEqual([]);
  });

  it("the content check fails on a missing modality, a date not in the text and a bare low confidence", () => {
    const model = structuredClone(dev[2]!);
    const event = model.nodes.find((n) => EVENT_LIKE_KINDS.has(n.attributes.kind))!;
    delete event.attributes.modality;
    const dated = model.nodes.find((n) => n.attributes.date)!;
    dated.attributes.date = { ...dated.attributes.date!, text: "on Doomsday" };
    const edge = model.edges[0]!;
    edge.attributes.confidence = 0.5;
    delete edge.attributes.note;
    const problems = contentProblems(model);
    expect(problems).toContain(`${event.id} has no modality`);
    expect(problems).toContain(`${dated.id}: date text "on Doomsday" is not in the article`);
    expect(problems.some((p) => p.includes("confidence 0.5 without a note"))).toBe(true);
  });

  it("keeps every dev entity as its own id (no silent merge by alias)", () => {
    for (const model of dev) expect(silentMerges(model, graph), model.meta.id).toEqual([]);
  });

  it("the merge check sees an entity folded into another by alias", () => {
    // A second article that names Nippon Steel by another id: its label matches, so it folds in.
    const model = structuredClone(dev[0]!);
    model.meta.id = "zz-copy";
    const node = model.nodes.find((n) => n.id === "nippon-steel")!;
    node.id = "nssmc";
    for (const e of model.edges) {
      if (e.source === "nippon-steel") e.source = "nssmc";
      if (e.target === "nippon-steel") e.target = "nssmc";
    }
    const g = buildGraph([dev[0]!, model]);
    expect(silentMerges(model, g)).toEqual(["nssmc"]);
  });

  it("merges the four articles into one graph: one node for Japan and Korea in all four, shared episodes across articles", () => {
    const ids = [seed, ...dev].map((m) => m.meta.id).sort();
    expect(mergeProblems(graph, ids)).toEqual([]);
    expect(graph.filterNodes((_id, a) => a.wikidata === "Q17")).toEqual(["japan"]);
    // Each article states its own claims about Japan, all on the one node.
    const byArticle = new Set<string>();
    graph.forEachEdge("japan", (_k, a) => void byArticle.add(a.article));
    expect([...byArticle].sort()).toEqual(ids);
  });

  it("the merge check fails when an article names Japan by another id", () => {
    const model = structuredClone(dev[2]!);
    for (const n of model.nodes) if (n.id === "japan") n.id = "nippon";
    for (const e of model.edges) {
      if (e.source === "japan") e.source = "nippon";
      if (e.target === "japan") e.target = "nippon";
    }
    const g = buildGraph([seed, dev[0]!, dev[1]!, model], { mergeByWikidata: false, mergeByName: false });
    const problems = mergeProblems(g, [seed, ...dev].map((m) => m.meta.id).sort());
    expect(problems.some((p) => p.startsWith("japan is in"))).toBe(true);
    expect(problems).toContain("nippon and japan share wikidata Q17");
  });

  it("ties each claim to the article that states it", () => {
    expect(provenanceProblems(graph)).toEqual([]);
    for (const model of [seed, ...dev]) {
      const claims = graph.filterEdges((_k, a) => a.article === model.meta.id).length;
      expect(claims, model.meta.id).toBeGreaterThan(0);
      expect(claims, model.meta.id).toBeLessThanOrEqual(model.edges.length);
    }
  });

  it("the provenance check fails on a claim quoting another article", () => {
    const g = graph.copy();
    const key = g.findEdge((_k, a) => a.article === dev[0]!.meta.id)!;
    g.updateEdgeAttribute(key, "evidence", (es) => es!.map((e) => ({ ...e, article: seed.meta.id })));
    expect(provenanceProblems(g)).toHaveLength(1);
  });
});

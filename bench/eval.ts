// `npm run eval`: `kg draft` on every hand-annotated article in data/, scored by `kg eval` against its
// hand annotation, as tables: one row per article, then the totals over the held-out articles (those
// the rules were not tuned on) and over all. Each article is drafted with the other articles as its
// corpus, as `kg draft` would see it, and timed warm (the second of two runs).
//   npm run eval [-- --json] [-- --breakdown] [-- --diagnose] [-- --fresh] [-- --tuned ID,ID]  (default tuned set: the seed)
import { existsSync } from "node:fs";
import { stringify } from "yaml";
import { corpusEntities } from "../src/cli/draft-folder.ts";
import { annotationToYaml, DRAFT_HEADER } from "../src/draft/annotation-yaml.ts";
import { ruleExtractor } from "../src/draft/draft-annotation.ts";
import { detectDates } from "../src/draft/detect-dates.ts";
import { keepValid } from "../src/draft/keep-valid.ts";
import { segmentText } from "../src/draft/segment-text.ts";
import { evaluateAnnotations } from "../src/eval/evaluate-annotations.ts";
import { totalReport } from "../src/eval/total-report.ts";
import { EVAL_KIND_GROUPS } from "../src/eval/kind-groups.ts";
import { addDiagnosis, diagnoseMisses, emptyDiagnosis, type MissDiagnosis } from "../src/eval/diagnose-misses.ts";
import type { Kind } from "../src/model/vocabulary.ts";
import type { EvalReport, EvalSummary, Score } from "../src/eval/types.ts";
import type { ArticleModel } from "../src/model/types.ts";
import { listArticleDirs, readArticleDir } from "../src/sources/read-sources.ts";
import { validateArticle } from "../src/validate/validate-article.ts";
import { validateSources } from "../src/validate/validate-sources.ts";

/** Articles whose text the rules were written against: their scores are not a held-out measure. */
const DEFAULT_TUNED = ["joongang-2023-03-24-korea-japan-supply-chain"];

export interface ArticleEval {
  article: string;
  tuned: boolean;
  words: number;
  firstMs: number;
  warmMs: number;
  proposedQuotes: number;
  verbatimQuotes: number;
  droppedItems: number;
  /** The date stage alone: gold dates whose words the detector finds and normalises to the same value and qualifier. */
  datesNormalised: { correct: number; total: number };
  report: EvalReport;
  /** Kind of every entity id on each side, for the --breakdown table. */
  kinds: { gold: Record<string, Kind>; draft: Record<string, Kind> };
  /** Why items were missed, counts only (--diagnose). */
  diagnosis: MissDiagnosis;
}

/**
 * The date stage on its own, whatever entity a date ends up on: a gold date counts when a detected date
 * overlaps one occurrence of its words and has the same value and qualifier. Gold dates with no value
 * ("during World War II") are not counted.
 */
function scoreDateStage(gold: ArticleModel): { correct: number; total: number } {
  const text = gold.meta.text;
  const detected = detectDates({ text, sentences: segmentText(text), datePublished: gold.meta.datePublished, corpus: [] });
  let correct = 0;
  let total = 0;
  const seen = new Set<string>();
  for (const node of gold.nodes) {
    const date = node.attributes.date;
    if (!date?.value) continue;
    const key = `${date.text}|${date.value}|${date.qualifier ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    total++;
    const spans: Array<[number, number]> = [];
    for (let at = text.indexOf(date.text); at !== -1; at = text.indexOf(date.text, at + 1)) spans.push([at, at + date.text.length]);
    const hit = detected.some((d) => d.value === date.value && (d.qualifier ?? undefined) === (date.qualifier ?? undefined) && spans.some(([a, b]) => d.start < b && a < d.end));
    if (hit) correct++;
  }
  return { correct, total };
}

function countQuotes(spec: { entities: Array<{ evidence: unknown[]; figures?: Array<{ evidence: unknown[] }> }>; relations?: Array<{ evidence: unknown[] }> }, text: string): { all: number; verbatim: number } {
  let all = 0;
  let verbatim = 0;
  const visit = (list: unknown[]) => {
    for (const item of list) {
      all++;
      const quote = typeof item === "string" ? item : (item as { quote: string }).quote;
      if (text.includes(quote)) verbatim++;
    }
  };
  for (const e of spec.entities) {
    visit(e.evidence);
    for (const f of e.figures ?? []) visit(f.evidence);
  }
  for (const r of spec.relations ?? []) visit(r.evidence);
  return { all, verbatim };
}

export async function evaluateCorpus(paths: string[], tuned: string[]): Promise<ArticleEval[]> {
  const { dirs } = await listArticleDirs(paths);
  const sources = [];
  for (const dir of dirs) {
    const read = await readArticleDir(dir);
    // A folder still being written (no annotation yet) is not gold: say so and go on.
    if (read.issues.length > 0) process.stderr.write(`eval: skipped ${dir}: ${read.issues[0]?.message ?? "unreadable"}\n`);
    else sources.push(read.source);
  }
  const { models, issues } = validateSources(sources);
  if (issues.length > 0) throw new Error(`${paths.join(", ")} does not validate: ${issues.length} issue(s); run kg validate`);
  const out: ArticleEval[] = [];
  for (const source of sources) {
    const annotation = source.files.annotation.text ?? "";
    // A draft is not gold: only hand annotations are scored.
    if (annotation.startsWith(DRAFT_HEADER)) continue;
    const gold = models.find((m) => m.meta.sourceFiles.annotation === source.files.annotation.path) as ArticleModel;
    const others = models.filter((m) => m !== gold);
    const { sourceFiles: _f, text, ...meta } = gold.meta;
    const input = { text, datePublished: meta.datePublished, headline: meta.headline, corpus: corpusEntities(others) };
    let started = performance.now();
    ruleExtractor.draft(input);
    const firstMs = performance.now() - started;
    started = performance.now();
    const proposed = ruleExtractor.draft(input);
    const metaForCheck = { id: meta.id, headline: meta.headline, publisher: meta.publisher, author: meta.author, datePublished: meta.datePublished, language: meta.language };
    const { spec, dropped } = keepValid(proposed, metaForCheck, text);
    const warmMs = performance.now() - started;
    const quotes = countQuotes(proposed, text);
    const yaml = annotationToYaml(spec, { articleId: meta.id, extractor: "rules", datePublished: meta.datePublished });
    const validated = validateArticle({
      dir: source.dir,
      files: { meta: { path: "article.yaml", text: stringify(metaForCheck) }, text: { path: "article.txt", text }, annotation: { path: "annotation.yaml", text: yaml } },
    });
    if (!validated.model) throw new Error(`the draft of ${meta.id} does not validate: ${validated.issues.map((i) => i.message).join("; ")}`);
    const report = evaluateAnnotations(validated.model, gold);
    out.push({
      article: meta.id,
      tuned: tuned.includes(meta.id),
      words: text.split(/\s+/).filter(Boolean).length,
      firstMs,
      warmMs,
      proposedQuotes: quotes.all,
      verbatimQuotes: quotes.verbatim,
      droppedItems: dropped.length,
      datesNormalised: scoreDateStage(gold),
      report,
      kinds: { gold: kindsOf(gold), draft: kindsOf(validated.model) },
      diagnosis: diagnoseMisses(validated.model, gold, report),
    });
  }
  return out;
}

function kindsOf(model: ArticleModel): Record<string, Kind> {
  return Object.fromEntries(model.nodes.map((n) => [n.id, n.attributes.kind]));
}

/**
 * Where the misses are, summed over a set: entities by kind group and relations by predicate, with
 * counts only. It lets a rule writer see which stage to work on without reading held-out gold.
 */
export function formatBreakdown(results: ArticleEval[]): string {
  const groups = new Map<string, { tp: number; fn: number; fp: number }>();
  const rels = new Map<string, { tp: number; fn: number; fp: number }>();
  const bump = (m: Map<string, { tp: number; fn: number; fp: number }>, key: string, field: "tp" | "fn" | "fp") => {
    const row = m.get(key) ?? { tp: 0, fn: 0, fp: 0 };
    row[field] += 1;
    m.set(key, row);
  };
  for (const r of results) {
    const { matches, missed, spurious } = r.report.details.entities;
    for (const m of matches) bump(groups, EVAL_KIND_GROUPS[m.goldKind], "tp");
    for (const id of missed) bump(groups, EVAL_KIND_GROUPS[r.kinds.gold[id] as Kind] ?? "?", "fn");
    for (const id of spurious) bump(groups, EVAL_KIND_GROUPS[r.kinds.draft[id] as Kind] ?? "?", "fp");
    const rd = r.report.details.relations;
    for (const m of rd.matches) bump(rels, m.gold.rel, "tp");
    for (const m of rd.missed) bump(rels, m.rel, "fn");
    for (const m of rd.spurious) bump(rels, m.rel, "fp");
  }
  const rows = (m: Map<string, { tp: number; fn: number; fp: number }>) =>
    [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => {
      const p = v.tp + v.fp ? v.tp / (v.tp + v.fp) : null;
      const rc = v.tp + v.fn ? v.tp / (v.tp + v.fn) : null;
      return [k, String(v.tp), String(v.fn), String(v.fp), r2(p), r2(rc)];
    });
  // A missed relation is missed either because an end is not a matched entity or because the draft
  // links two matched entities otherwise (or not at all): this splits the two, per relation.
  const ends = new Map<string, { both: number; one: number; none: number; other: number }>();
  for (const r of results) {
    const g2d = new Map(r.report.details.entities.matches.map((m) => [m.gold, m.draft]));
    const drafted = new Set([...r.report.details.relations.spurious, ...r.report.details.relations.matches.map((m) => m.draft)].map((x) => `${x.from}|${x.to}`));
    for (const m of r.report.details.relations.missed) {
      const row = ends.get(m.rel) ?? { both: 0, one: 0, none: 0, other: 0 };
      const from = g2d.get(m.from), to = g2d.get(m.to);
      if (from && to) {
        row.both += 1;
        if (drafted.has(`${from}|${to}`) || drafted.has(`${to}|${from}`)) row.other += 1;
      } else if (from || to) row.one += 1;
      else row.none += 1;
      ends.set(m.rel, row);
    }
  }
  const endRows = [...ends.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, String(v.both), String(v.other), String(v.one), String(v.none)]);
  return [
    table(["entity kind group", "matched", "missed", "spurious", "P", "R"], rows(groups)),
    "",
    table(["relation (typed)", "matched", "missed", "spurious", "P", "R"], rows(rels)),
    "",
    table(["missed relation", "both ends matched", "…of which drafted with another relation", "one end matched", "no end matched"], endRows),
  ].join("\n");
}

/**
 * The --diagnose tables: why entities were missed (or spurious) and why relations with both ends
 * matched were missed, summed over a set. Counts only, never an item's words.
 */
export function formatDiagnosis(results: ArticleEval[]): string {
  const sum = emptyDiagnosis();
  for (const r of results) addDiagnosis(sum, r.diagnosis);
  const entityRows = (side: MissDiagnosis["missedEntities"]) =>
    Object.entries(side).map(([g, b]) => [g, String(b.sameGroupFree.below02), String(b.sameGroupFree.from02to05), String(b.sameGroupFree.atLeast05), `${b.sameGroupTaken} (${b.takenNested} nested, ${b.takenMerged} merged)`, String(b.otherGroup), String(b.nothing)]);
  const entityHeader = (what: string) => [what, "same group, unmatched, J<0.2", "…J 0.2–0.5", "…J≥0.5", "same group, only matched ones (its partner touches it too: nested / not: merged)", "other group only", "nothing overlaps"];
  const relRows = Object.entries(sum.missedRelations)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([rel, b]) => [rel, String(b.bothEnds), String(b.otherTypeSameDirection), String(b.reversed), String(b.noneBetween), String(b.noneBetweenButSameTypeOverlaps), String(b.oneEnd), String(b.oneEndUnmatchedDetectedSameGroup), String(b.oneEndUnmatchedNothing), String(b.noEnd)]);
  return [
    "Missed gold entities, by what the draft has on their words:",
    "",
    table(entityHeader("missed (gold)"), entityRows(sum.missedEntities)),
    "",
    "Spurious draft entities, by what the gold has on their words:",
    "",
    table(entityHeader("spurious (draft)"), entityRows(sum.spuriousEntities)),
    "",
    "Missed relations:",
    "",
    table(["relation", "both ends matched", "other type same direction", "reversed", "none between", "…same type drafted on its words", "one end matched", "…unmatched end: same-group draft overlaps", "…unmatched end: nothing overlaps", "no end matched"], relRows),
    "",
    "Missed gold entities drafted only as another kind group, by gold kind → drafted kind on their words:",
    "",
    table(["gold kind → drafted kind", "missed"], byCount(sum.kindConfusions)),
    "",
    "Wrong modalities on matched items, by gold → drafted modality:",
    "",
    table(["item: gold → drafted", "count"], byCount(sum.modalityConfusions)),
  ].join("\n");
}

/** Count rows, largest first, then by name (same input, same table). */
const byCount = (counts: Record<string, number>): string[][] =>
  Object.entries(counts)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, n]) => [k, String(n)]);

const r2 = (x: number | null): string => (x === null ? "–" : x.toFixed(2));
const prf = (s: Score): string => `${r2(s.precision)} / ${r2(s.recall)} / ${r2(s.f1)}`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

function summaryRow(name: string, s: EvalSummary, dates: { correct: number; total: number }, extra: string[]): string[] {
  return [
    name,
    prf(s.scores.entities),
    prf(s.scores.relations),
    prf(s.scores.causal),
    prf(s.scores.causalStated),
    prf(s.scores.dateValues),
    `${dates.total ? (dates.correct / dates.total).toFixed(2) : "–"} (${dates.correct}/${dates.total})`,
    prf(s.scores.figures),
    `${r2(s.accuracy.modality.accuracy)} (${s.accuracy.modality.total})`,
    ...extra,
  ];
}

export function formatEval(results: ArticleEval[]): string {
  const header = ["article", "entities P / R / F1", "relations (typed)", "causal", "causal stated (gold conf. 1)", "dates on matched entities", "dates normalised", "figures", "modality acc (n)", "quotes verbatim", "warm ms (first)", "words"];
  const rows = results.map((r) =>
    summaryRow(`${r.article}${r.tuned ? " (tuned on)" : ""}`, r.report, r.datesNormalised, [
      `${r.verbatimQuotes}/${r.proposedQuotes}`,
      `${r.warmMs.toFixed(0)} (${r.firstMs.toFixed(0)})`,
      String(r.words),
    ]),
  );
  const heldOut = results.filter((r) => !r.tuned);
  const groups: Array<[string, ArticleEval[]]> = [["total, held-out articles", heldOut], ["total, all articles", results]];
  for (const [name, list] of groups) {
    if (list.length === 0) continue;
    const total = totalReport(list.map((r) => r.report));
    const quotes = list.reduce((n, r) => n + r.proposedQuotes, 0);
    const verbatim = list.reduce((n, r) => n + r.verbatimQuotes, 0);
    const words = list.reduce((n, r) => n + r.words, 0);
    const ms = list.reduce((n, r) => n + r.warmMs, 0);
    const dates = { correct: list.reduce((n, r) => n + r.datesNormalised.correct, 0), total: list.reduce((n, r) => n + r.datesNormalised.total, 0) };
    rows.push(summaryRow(`**${name}** (${list.length})`, total, dates, [`${verbatim}/${quotes}`, `${(ms / words * 1000).toFixed(0)} per 1,000 words`, String(words)]));
  }
  return table(header, rows);
}

/** Gold articles on other topics, kept out of data/ and out of the rule writers' sight (test/fixtures/heldout/README.md). */
const HELD_OUT_OTHER_TOPICS = "test/fixtures/heldout";
/**
 * A second held-out set, written after the rules of the first round had been tuned against the first
 * set's totals: it is reported on its own, never in the totals a rule writer works from.
 */
const HELD_OUT_FRESH = "test/fixtures/heldout-fresh";

const isMain = process.argv[2]?.endsWith("eval.ts");
if (isMain) {
  const args = process.argv.slice(3);
  const tunedAt = args.indexOf("--tuned");
  const tuned = tunedAt >= 0 ? (args[tunedAt + 1] ?? "").split(",").filter(Boolean) : DEFAULT_TUNED;
  const sets: Array<[string, string]> = [["data/ (the Korea–Japan story)", "data"]];
  if (existsSync(HELD_OUT_OTHER_TOPICS)) sets.push(["held-out articles on other topics", HELD_OUT_OTHER_TOPICS]);
  if (args.includes("--fresh") && existsSync(HELD_OUT_FRESH)) sets.push(["fresh held-out articles (never used while writing rules)", HELD_OUT_FRESH]);
  const all: Array<{ set: string; results: ArticleEval[] }> = [];
  for (const [title, path] of sets) all.push({ set: title, results: await evaluateCorpus([path], tuned) });
  if (args.includes("--json")) {
    const slim = all.map(({ set, results }) => ({ set, articles: results.map(({ report, ...rest }) => ({ ...rest, summary: { scores: report.scores, accuracy: report.accuracy } })) }));
    console.log(JSON.stringify(slim, null, 2));
  } else {
    console.log("## kg draft scored by kg eval against hand annotations\n");
    console.log("P / R / F1 per metric; a held-out article is one the extractor's rules were not tuned on. Each article is drafted with the other articles of its set as the corpus.\n");
    for (const { set, results } of all) {
      console.log(`### ${set}\n`);
      console.log(formatEval(results));
      console.log("");
    }
    if (all.length > 1) {
      const heldOut = all.filter((a) => !a.set.startsWith("fresh")).flatMap((a) => a.results.filter((r) => !r.tuned));
      console.log("### every held-out article\n");
      console.log(formatEval(heldOut).split("\n").filter((line, i) => i < 2 || line.includes("**total, held-out")).join("\n"));
      if (args.includes("--breakdown")) {
        console.log("\n### where the held-out misses are (counts over every held-out article)\n");
        console.log(formatBreakdown(heldOut));
      }
      if (args.includes("--diagnose")) {
        console.log("\n### why the held-out misses are missed (counts over every held-out article)\n");
        console.log(formatDiagnosis(heldOut));
      }
    }
  }
}

// `kg eval DRAFT GOLD…`: scores a draft annotation against gold annotations of the same article.
// This file does the I/O (finding, reading and validating the annotations, printing); the scoring
// is src/eval/evaluate-annotations.ts. The rule for pairing several arguments is in docs/eval.md.
import { readFile, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { Command } from "commander";
import { UsageKgError, ValidationKgError, type SourceIssue } from "../../errors.ts";
import { evaluateAnnotations } from "../../eval/evaluate-annotations.ts";
import { MATCH_STAGES } from "../../eval/match-entities.ts";
import { ACCURACY_HEADER, SCORE_HEADER, reportRows } from "../../eval/report-rows.ts";
import { totalReport } from "../../eval/total-report.ts";
import type { EvalReport, EvalSummary } from "../../eval/types.ts";
import type { ArticleModel } from "../../model/types.ts";
import {
  ARTICLE_FILES,
  decodeSource,
  readSources,
  shown,
  type RawArticleSource,
  type SourceFile,
} from "../../sources/read-sources.ts";
import { validateSources } from "../../validate/validate-sources.ts";
import { formatJson, formatTable, processIo, progress } from "../output.ts";

/** A validated annotation and the file it came from. */
interface Annotated {
  model: ArticleModel;
  file: string;
}

async function readSourceFile(path: string, role: string): Promise<{ file: SourceFile; issues: SourceIssue[] }> {
  const where = shown(path);
  try {
    const decoded = decodeSource(await readFile(path), where);
    return { file: decoded.text === undefined ? { path: where } : { path: where, text: decoded.text }, issues: decoded.issue ? [decoded.issue] : [] };
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    return {
      file: { path: where },
      issues: [
        {
          code: missing ? "MISSING_FILE" : "UNREADABLE_FILE",
          file: where,
          line: 0,
          field: "",
          message: missing ? `missing ${role}` : `cannot read file: ${(error as Error).message}`,
          expected: `an annotation file with ${ARTICLE_FILES.meta} and ${ARTICLE_FILES.text} beside it, or an article folder`,
        },
      ],
    };
  }
}

/**
 * The sources a path names: an annotation file (any name) with the article.yaml and article.txt
 * of its folder, or every article folder at or under a folder.
 */
async function readPath(path: string): Promise<{ sources: RawArticleSource[]; issues: SourceIssue[] }> {
  const isFile = await stat(path).then(
    (s) => s.isFile(),
    () => /\.ya?ml$/iu.test(path),
  );
  if (!isFile) return readSources([path]);
  const dir = dirname(resolve(path));
  const meta = await readSourceFile(join(dir, ARTICLE_FILES.meta), ARTICLE_FILES.meta);
  const text = await readSourceFile(join(dir, ARTICLE_FILES.text), ARTICLE_FILES.text);
  const annotation = await readSourceFile(resolve(path), "annotation file");
  return {
    sources: [{ dir: shown(dir), files: { meta: meta.file, text: text.file, annotation: annotation.file } }],
    issues: [...meta.issues, ...text.issues, ...annotation.issues],
  };
}

/** Reads and validates every path, failing once with every problem of every file. */
async function loadAnnotated(paths: string[]): Promise<Annotated[][]> {
  const issues: SourceIssue[] = [];
  const loaded: Annotated[][] = [];
  for (const path of paths) {
    const read = await readPath(path);
    issues.push(...read.issues);
    const models: Annotated[] = [];
    // One source at a time: a draft and its gold share an article id, which the cross-article
    // checks would report as a duplicate article if they were validated together.
    for (const source of read.sources) {
      const validated = validateSources([source]);
      issues.push(...validated.issues);
      for (const model of validated.models) models.push({ model, file: source.files.annotation.path });
    }
    loaded.push(models);
  }
  if (issues.length > 0) throw new ValidationKgError(issues);
  return loaded;
}

interface EvalPair {
  draft: Annotated;
  gold: Annotated;
}

/**
 * One draft with one gold is a pair whatever their article ids (the texts must still be the
 * same). Otherwise each gold pairs with the one draft of the same article id; a gold without such
 * a draft, or with two, is a usage error; drafts without a gold are left out and listed.
 */
function pairAnnotations(drafts: Annotated[], golds: Annotated[]): { pairs: EvalPair[]; unpaired: string[] } {
  if (drafts.length === 1 && golds.length === 1) return { pairs: [{ draft: drafts[0] as Annotated, gold: golds[0] as Annotated }], unpaired: [] };
  const pairs: EvalPair[] = [];
  const used = new Set<Annotated>();
  for (const gold of golds) {
    const same = drafts.filter((d) => d.model.meta.id === gold.model.meta.id);
    if (same.length !== 1) {
      throw new UsageKgError(
        same.length === 0
          ? `no draft for article "${gold.model.meta.id}" (gold ${gold.file}); the drafts given are of ${[...new Set(drafts.map((d) => d.model.meta.id))].join(", ") || "no article"}`
          : `${same.length} drafts for article "${gold.model.meta.id}" (${same.map((d) => d.file).join(", ")}); give one draft per article`,
      );
    }
    const draft = same[0] as Annotated;
    used.add(draft);
    pairs.push({ draft, gold });
  }
  return { pairs, unpaired: drafts.filter((d) => !used.has(d)).map((d) => d.file) };
}

function summaryTables(summary: EvalSummary): string {
  const rows = reportRows(summary);
  const by = MATCH_STAGES.map((stage) => `by ${stage} ${summary.matchedBy[stage]}`).join(", ");
  return `${formatTable(SCORE_HEADER, rows.scores)}\n${formatTable(ACCURACY_HEADER, rows.accuracy)}\nentities matched ${by}\n`;
}

function detailLines(report: EvalReport): string {
  const d = report.details;
  const lines: string[] = [];
  const list = (title: string, items: string[]) => {
    if (items.length > 0) lines.push(`${title} (${items.length}):`, ...items.map((i) => `  ${i}`));
  };
  const rel = (r: { from: string; rel: string; to: string }) => `${r.from} ${r.rel} ${r.to}`;
  list("entities missed (gold)", d.entities.missed);
  list("entities spurious (draft)", d.entities.spurious);
  list("entities matched other than by id", d.entities.matches.filter((m) => m.by !== "id").map((m) => `${m.draft} = ${m.gold} (by ${m.by})`));
  list("kind differences", d.kinds.map((k) => `${k.draft} ${k.draftKind} vs ${k.gold} ${k.goldKind}`));
  list("relations missed (gold)", d.relations.missed.map(rel));
  list("relations spurious (draft)", d.relations.spurious.map(rel));
  list("modality differences", d.modality.map((m) => `${m.item} ${m.draft}: ${m.draftModality ?? "none"} vs ${m.goldModality}`));
  const date = (x: { entity: string; date: { text: string; value?: string; qualifier?: string } }) =>
    `${x.entity}: "${x.date.text}" ${x.date.value ?? "(no value)"}${x.date.qualifier ? ` ${x.date.qualifier}` : ""}`;
  list("dates differing", d.dates.pairs.filter((p) => !p.value || !p.bounds).map((p) => `${date(p.draft)} vs ${date(p.gold)}`));
  list("dates missed (gold)", d.dates.missed.map(date));
  list("dates spurious (draft)", d.dates.spurious.map(date));
  const fig = (f: { entity: string; text: string; value: number; unit: string; comparator: string }) => `${f.entity}: "${f.text}" ${f.comparator} ${f.value} ${f.unit}`;
  list("figures differing", d.figures.pairs.filter((p) => !p.correct).map((p) => `${fig(p.draft)} vs ${fig(p.gold)}`));
  list("figures missed (gold)", d.figures.missed.map(fig));
  list("figures spurious (draft)", d.figures.spurious.map(fig));
  return lines.length > 0 ? `${lines.join("\n")}\n` : "no differences\n";
}

export function register(program: Command): void {
  program
    .command("eval")
    .description("score a draft annotation against gold annotations of the same article: P/R/F1 for entities, relations, causal links, dates, figures; modality accuracy")
    .argument("<draft>", "the draft: an article folder, an annotation file (article.yaml and article.txt beside it), or a folder of article folders")
    .argument("<gold...>", "the gold annotations, given the same ways; paired with the draft by article id (see docs/eval.md)")
    .option("--details", "also list what was missed, what was spurious and what differs")
    .option("--json", "print the reports as JSON (always with details)")
    .action(async (draftPath: string, goldPaths: string[], options: { details?: boolean; json?: boolean }) => {
      progress(processIo, `reading and validating ${[draftPath, ...goldPaths].join(", ")}`);
      const [drafts = [], ...goldLists] = await loadAnnotated([draftPath, ...goldPaths]);
      const { pairs, unpaired } = pairAnnotations(drafts, goldLists.flat());
      const reports = pairs.map((p) => evaluateAnnotations(p.draft.model, p.gold.model));
      const total = totalReport(reports);
      if (options.json) {
        processIo.stdout(
          formatJson({ pairs: pairs.map((p, i) => ({ draft: p.draft.file, gold: p.gold.file, report: reports[i] })), total, unpairedDrafts: unpaired }),
        );
        return;
      }
      const parts = pairs.map((p, i) => {
        const report = reports[i] as EvalReport;
        const head = `article ${report.article}\n  draft ${p.draft.file}\n  gold  ${p.gold.file}\n\n`;
        return head + summaryTables(report) + (options.details ? `\n${detailLines(report)}` : "");
      });
      if (pairs.length > 1) parts.push(`total over ${pairs.length} pairs (counts summed, then scored)\n\n${summaryTables(total)}`);
      if (unpaired.length > 0) parts.push(`drafts with no gold, not scored: ${unpaired.join(", ")}\n`);
      processIo.stdout(parts.join("\n"));
    });
}

// `kg eval` as a user meets it: folders and annotation files, pairing by article id, the table,
// --json, --details, and the exit codes of bad input (1) and bad usage (2).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import type { EvalReport, EvalTotal } from "../../src/eval/types.ts";
import { kgInProcess as kg } from "../helpers/kg-in-process.ts";
import { SEED_DIR } from "../helpers/seed.ts";
import { FIXTURE_DIR } from "./eval-fixture.ts";

const root = mkdtempSync(join(tmpdir(), "kg-eval-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});


interface EvalJson {
  pairs: Array<{ draft: string; gold: string; report: EvalReport }>;
  total: EvalTotal;
  unpairedDrafts: string[];
}

/** A copy of an article folder whose annotation.yaml has `edit` applied to its text. */
function copyArticle(from: string, to: string, edit: (yaml: string) => string = (y) => y): string {
  cpSync(from, to, { recursive: true });
  const file = join(to, "annotation.yaml");
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  return to;
}

describe("kg eval", () => {
  it("prints the table for a folder against an annotation file, 1.000 for the gold against itself", async () => {
    const run = await kg(["eval", FIXTURE_DIR, join(FIXTURE_DIR, "annotation.yaml")]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^entities\s+12\s+0\s+0\s+1\.000\s+1\.000\s+1\.000$/m);
    expect(run.stdout).toMatch(/^causal \(typed\)\s+3\s+0\s+0\s+1\.000/m);
    expect(run.stdout).toMatch(/^modality on matched items\s+\d+\s+\d+\s+1\.000$/m);
  });

  it("reads a draft file of any name with the article.txt beside it, and --json has the counts and details", async () => {
    const dir = copyArticle(FIXTURE_DIR, join(root, "named"));
    const gold = readFileSync(join(dir, "annotation.yaml"), "utf8");
    // The draft lacks the cluster's location and marks everything drafted.
    const draft = gold
      .replace(/^ {2}- \{ from: chip-cluster, rel: locatedIn.*\n/m, "")
      .replace(/^ {2}- id: (.*)$/gm, "  - id: $1\n    drafted: true");
    writeFileSync(join(dir, "annotation.draft.yaml"), draft);
    const run = await kg(["eval", join(dir, "annotation.draft.yaml"), dir, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as EvalJson;
    expect(json.pairs).toHaveLength(1);
    expect(json.pairs[0]!.draft).toMatch(/annotation\.draft\.yaml$/);
    const report = json.pairs[0]!.report;
    expect(report.scores.relations).toMatchObject({ tp: 10, fp: 0, fn: 1, precision: 1, recall: 10 / 11 });
    expect(report.details.relations.missed).toEqual([{ from: "chip-cluster", rel: "locatedIn", to: "yongin" }]);
    expect(json.total.scores.relations).toEqual(report.scores.relations);
  });

  it("scores the fixture's drafted annotation with the counts docs/eval.md shows", async () => {
    const run = await kg(["eval", join(FIXTURE_DIR, "annotation.draft.yaml"), FIXTURE_DIR, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const { report } = (JSON.parse(run.stdout) as EvalJson).pairs[0]!;
    expect(report.scores.entities).toMatchObject({ tp: 10, fp: 1, fn: 2 });
    expect(report.scores.relations).toMatchObject({ tp: 5, fp: 2, fn: 6 });
    expect(report.scores.causal).toMatchObject({ tp: 1, fp: 1, fn: 2 });
    expect(report.scores.dateValues).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(report.scores.figures).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(report.accuracy.modality).toMatchObject({ correct: 9, total: 10 });
    expect(report.matchedBy).toEqual({ id: 6, name: 0, "similar-name": 1, evidence: 3 });
  });

  it("--details lists what differs", async () => {
    const dir = copyArticle(FIXTURE_DIR, join(root, "details"), (y) => y.replace('value: "2030", qualifier: by', 'value: "2030"'));
    const run = await kg(["eval", dir, FIXTURE_DIR, "--details"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/dates differing \(1\):\n {2}chip-cluster: "by 2030" 2030 vs chip-cluster: "by 2030" 2030 by/);
  });

  it("pairs several articles by article id and prints a total; a draft with no gold is listed, not scored", async () => {
    const drafts = join(root, "drafts");
    copyArticle(FIXTURE_DIR, join(drafts, "a"));
    copyArticle(SEED_DIR, join(drafts, "b"));
    const extra = join(root, "extra");
    copyArticle(SEED_DIR, extra);
    writeFileSync(join(extra, "article.yaml"), readFileSync(join(extra, "article.yaml"), "utf8").replace(/^id: .*$/m, "id: another-article"));
    cpSync(extra, join(drafts, "c"), { recursive: true });
    const run = await kg(["eval", drafts, SEED_DIR, join(FIXTURE_DIR, "annotation.yaml"), "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as EvalJson;
    expect(json.pairs.map((p) => p.report.article)).toEqual(["joongang-2023-03-24-korea-japan-supply-chain", "synthetic-2019-07-05-export-curbs"]);
    expect(json.unpairedDrafts).toEqual([join(drafts, "c", "annotation.yaml").replace(`${process.cwd()}/`, "")]);
    const entities = json.pairs.reduce((n, p) => n + p.report.scores.entities.tp, 0);
    expect(json.total.scores.entities).toEqual({ tp: entities, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    const table = await kg(["eval", drafts, SEED_DIR, FIXTURE_DIR]);
    expect(table.stdout).toMatch(/total over 2 pairs/);
    expect(table.stdout).toMatch(/drafts with no gold, not scored: /);
  });

  it("exits 2 when a gold has no draft of its article", async () => {
    const run = await kg(["eval", FIXTURE_DIR, SEED_DIR, FIXTURE_DIR]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kg: /);
  });

  it("exits 2 for two annotations of different texts, and without a gold", async () => {
    expect((await kg(["eval", FIXTURE_DIR, SEED_DIR])).code).toBe(2);
    expect((await kg(["eval", FIXTURE_DIR])).code).toBe(2);
  });

  it("exits 1 listing every problem when an annotation is invalid or missing", async () => {
    const dir = copyArticle(FIXTURE_DIR, join(root, "broken"), (y) => y.replace("[Tokyo curbed exports]", "[Tokio curbed exports]"));
    const run = await kg(["eval", dir, join(root, "nowhere", "annotation.yaml")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/QUOTE_NOT_FOUND/);
    expect(run.stderr).toMatch(/MISSING_FILE/);
    expect(run.stderr).not.toMatch(/\n\s+at .+[:(]/);
  });
});

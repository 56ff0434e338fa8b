import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.ts";
import type { RawArticleSource } from "../../src/sources/read-sources.ts";
import { validateSources } from "../../src/validate/validate-sources.ts";
import { kgInProcess as runCli } from "../helpers/kg-in-process.ts";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Two small articles in memory; `annotation` is the YAML of each, so the lines are known.
function source(id: string, text: string, annotation: string): RawArticleSource {
  const meta = `id: ${id}\nheadline: Headline of ${id}\npublisher: Test Daily\nauthor: [A. Writer]\ndatePublished: "2023-03-24"\nlanguage: en\n`;
  return {
    dir: id,
    files: {
      meta: { path: `${id}/article.yaml`, text: meta },
      text: { path: `${id}/article.txt`, text },
      annotation: { path: `${id}/annotation.yaml`, text: annotation },
    },
  };
}

const ONE = source(
  "one",
  "The government of Korea acted. The Republic of Korea spoke.",
  [
    "entities:",
    "  - id: korea-government",
    "    kind: GovernmentOrganization",
    "    label: Government of South Korea",
    "    aliases: [the government]",
    "    evidence: [government of Korea]",
    "  - id: korea",
    "    kind: Country",
    "    label: South Korea",
    "    aliases: [Korea]",
    "    mergeAliases: [Republic of Korea]",
    "    evidence: [Republic of Korea]",
    "",
  ].join("\n"),
);

const TWO = source(
  "two",
  "The government of Japan replied to the ROK.",
  [
    "entities:",
    "  - id: japan-government",
    "    kind: GovernmentOrganization",
    "    label: Government of Japan",
    "    aliases:",
    "      - Tokyo",
    "      - the government",
    "    evidence: [government of Japan]",
    "  - id: rok",
    "    kind: Country",
    "    label: Republic of Korea",
    "    aliases: [ROK]",
    "    evidence: [ROK]",
    "",
  ].join("\n"),
);

describe("vague names across articles", () => {
  it("warns (with file, line and field) where a plain alias would have merged two articles' entities, and does not merge", () => {
    const { models, issues, warnings } = validateSources([ONE, TWO]);
    expect(issues).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: "VAGUE_NAME", file: "two/annotation.yaml", line: 7, field: "entities[0].aliases[1]" });
    expect(warnings[0]!.message).toContain('"korea-government"');
    const graph = buildGraph(models);
    expect(graph.hasNode("japan-government")).toBe(true);
    expect(graph.getNodeAttribute("korea-government", "articles")).toEqual(["one"]);
  });

  it("merges by a label of a named kind matching a merge alias, without a warning", () => {
    const { models, warnings } = validateSources([ONE, TWO]);
    expect(warnings.map((w) => w.field)).not.toContain("entities[1].label");
    const graph = buildGraph(models);
    expect(graph.hasNode("rok")).toBe(false);
    expect(graph.getNodeAttribute("korea", "articles")).toEqual(["one", "two"]);
    expect(graph.getNodeAttribute("korea", "aliases")).toEqual(expect.arrayContaining(["Republic of Korea", "ROK"]));
  });

  it("warns when the alias is not marked on the side that would be merged into", () => {
    const plain = source("one", ONE.files.text.text!, ONE.files.annotation.text!.replace("aliases: [Korea]\n    mergeAliases: [Republic of Korea]", "aliases: [Korea, Republic of Korea]"));
    const { models, warnings } = validateSources([plain, TWO]);
    const label = warnings.find((w) => w.field === "entities[1].label");
    expect(label).toMatchObject({ code: "VAGUE_NAME", file: "two/annotation.yaml", line: 11 });
    expect(buildGraph(models).hasNode("rok")).toBe(true);
  });

  it("makes each merge alias an alias of the node, and checks the field's shape", () => {
    const { models } = validateSources([ONE]);
    expect(models[0]!.nodes[1]!.attributes.aliases).toEqual(["Korea", "Republic of Korea"]);
    expect(models[0]!.nodes[1]!.mergeAliases).toEqual(["Republic of Korea"]);
    const odd = source("one", ONE.files.text.text!, ONE.files.annotation.text!.replace("mergeAliases: [Republic of Korea]", "mergeAliases: [{ name: Republic of Korea }]"));
    const { issues } = validateSources([odd]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "SCHEMA", file: "one/annotation.yaml", field: "entities[1].mergeAliases[0]", line: 11 });
  });

  it("does not warn on the corpus of data/", async () => {
    const run = await runCli(["validate", "data", "--json"]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { warnings: unknown[] }).warnings).toEqual([]);
  });

  it("kg validate prints warnings on stderr with exit 0, lists them in --json, and fails with --strict", async () => {
    const root = mkdtempSync(join(tmpdir(), "kg-warn-"));
    try {
      for (const s of [ONE, TWO]) {
        mkdirSync(join(root, s.dir));
        for (const file of Object.values(s.files)) writeFileSync(join(root, file.path), file.text!);
      }
      const plain = await runCli(["validate", root]);
      expect(plain.code).toBe(0);
      expect(plain.stderr).toMatch(/warning: .*two\/annotation\.yaml:7:.*entities\[0\]\.aliases\[1\].*\[VAGUE_NAME\]/);
      const json = await runCli(["validate", root, "--json"]);
      expect(json.code).toBe(0);
      const report = JSON.parse(json.stdout) as { ok: boolean; warnings: Array<{ code: string; line: number }> };
      expect(report.ok).toBe(true);
      expect(report.warnings.map((w) => [w.code, w.line])).toEqual([["VAGUE_NAME", 7]]);
      const strict = await runCli(["validate", root, "--strict"]);
      expect(strict.code).toBe(1);
      expect(strict.stderr).toContain("[VAGUE_NAME]");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

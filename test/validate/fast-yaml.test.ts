// The YAML fast path (js-yaml, positions from its listener) against the slow one (`yaml`'s Document) it
// replaces on valid files: the same issues, the same values, the same line and column for every path, over
// every annotation in data/ and test/fixtures, generated articles, broken variants of them, and random edits.
// Whole-article validation is compared too, with the slow path swapped in through a module mock.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { generateArticle } from "../../bench/generate-corpus.ts";
import { fastYaml } from "../../src/validate/fast-yaml.ts";
import { MAX_YAML_DEPTH, parseYaml, parseYamlWithPositions } from "../../src/validate/parse-yaml.ts";
import { readArticleDir } from "../../src/sources/read-sources.ts";
import type { ArticleValidation } from "../../src/validate/validate-article.ts";

const ROOT = resolve(import.meta.dirname, "../..");

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (name.endsWith(".yaml") || name.endsWith(".yml")) out.push(path);
  }
  return out;
}

function articleDirs(dir: string): string[] {
  const out: string[] = [];
  const names = readdirSync(dir).sort();
  if (names.includes("annotation.yaml") && names.includes("article.yaml")) out.push(dir);
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...articleDirs(path));
  }
  return out;
}

const REPO_FILES = [...yamlFiles(join(ROOT, "data/articles")), ...yamlFiles(join(ROOT, "test/fixtures"))];
const GENERATED = Array.from({ length: 12 }, (_, i) => generateArticle(i * 37));
const VALID_TEXTS: Array<{ name: string; text: string }> = [
  ...REPO_FILES.map((path) => ({ name: path.slice(ROOT.length + 1), text: readFileSync(path, "utf8") })),
  ...GENERATED.flatMap((a) => [
    { name: `generated ${a.id} annotation`, text: a.annotation },
    { name: `generated ${a.id} meta`, text: a.meta },
  ]),
];

/** Every path to a node of `value`, plus paths that do not exist below each (walked up to the nearest node). */
function allPaths(value: unknown): Array<Array<string | number>> {
  const paths: Array<Array<string | number>> = [];
  const walk = (node: unknown, path: Array<string | number>): void => {
    paths.push(path, [...path, "missing"], [...path, 0], [...path, "0"]);
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
    else if (node !== null && typeof node === "object") for (const [key, item] of Object.entries(node)) walk(item, [...path, key]);
  };
  walk(value, []);
  return paths;
}

/** Same issues, same value, same position for every path: the fast result is indistinguishable from the slow one. */
function expectSameParse(text: string, samples = 4000): void {
  const slow = parseYamlWithPositions(text, "f.yaml");
  const fast = parseYaml(text, "f.yaml");
  expect(fast.issues).toStrictEqual(slow.issues);
  expect(fast.parsed === undefined).toBe(slow.parsed === undefined);
  if (!fast.parsed || !slow.parsed) return;
  expect(fast.parsed.value).toStrictEqual(slow.parsed.value);
  const paths = allPaths(slow.parsed.value);
  // Bounded so a 1,000-node file checks quickly; the sample is spread over the whole file.
  const step = Math.max(1, Math.floor(paths.length / samples));
  for (let i = 0; i < paths.length; i += step) {
    const path = paths[i]!;
    expect({ path, at: fast.parsed.lineOf(path) }).toStrictEqual({ path, at: slow.parsed.lineOf(path) });
  }
}

describe("YAML fast path", () => {
  it("finds the repository's YAML files", () => {
    expect(REPO_FILES.length).toBeGreaterThanOrEqual(20);
  });

  it("takes the fast path for every valid annotation and article file (else the speed-up is not there)", () => {
    const slow = VALID_TEXTS.filter(({ text }) => !fastYaml(text, MAX_YAML_DEPTH)).map(({ name }) => name);
    expect(slow).toStrictEqual([]);
  });

  it.each(VALID_TEXTS)("gives the slow path's value and positions: $name", ({ text }) => {
    expectSameParse(text);
  });

  // Broken variants of each repository annotation: one thing wrong at a time, spread over the file.
  const variants: Array<{ name: string; text: string }> = [];
  // Three annotations of different shapes (the hand-made seed, a drafted-style fixture, the smallest file): every
  // edit is tried on each; more files repeat the same YAML constructs and only made this file the slowest in CI.
  const annotations = REPO_FILES.filter((p) => p.endsWith("annotation.yaml"));
  const bySize = [...annotations].sort((a, b) => statSync(a).size - statSync(b).size);
  const chosen = [...new Set([bySize[bySize.length - 1]!, bySize[0]!, ...annotations.filter((p) => p.includes("test/fixtures")).slice(0, 1)])];
  for (const path of chosen) {
    const text = readFileSync(path, "utf8");
    const lines = text.split("\n");
    const name = path.slice(ROOT.length + 1);
    const at = (fraction: number, test: (line: string) => boolean): number => {
      const from = Math.floor(lines.length * fraction);
      for (let i = from; i < lines.length; i++) if (test(lines[i]!)) return i;
      return lines.findIndex(test);
    };
    const edit = (label: string, fraction: number, test: (line: string) => boolean, change: (line: string) => string[]): void => {
      const i = at(fraction, test);
      if (i < 0) return;
      variants.push({ name: `${name}: ${label} (line ${i + 1})`, text: [...lines.slice(0, i), ...change(lines[i]!), ...lines.slice(i + 1)].join("\n") });
    };
    for (const fraction of [0.2, 0.7]) {
      const keyLine = (l: string) => /^\s+[a-z]+: \S/.test(l);
      edit("bad indentation, one space more", fraction, keyLine, (l) => [` ${l}`]);
      edit("bad indentation, one space less", fraction, keyLine, (l) => [l.slice(1)]);
      edit("duplicate key", fraction, keyLine, (l) => [l, l]);
      edit("tab indentation", fraction, keyLine, (l) => [l.replace(/^( +)/, "\t")]);
      edit("tab after colon", fraction, keyLine, (l) => [l.replace(": ", ":\t")]);
      edit("unclosed double quote", fraction, keyLine, (l) => [l.replace(": ", ': "')]);
      edit("unclosed single quote", fraction, keyLine, (l) => [l.replace(": ", ": '")]);
      edit("stray closing quote", fraction, keyLine, (l) => [`${l}"`]);
      edit("quote then text", fraction, keyLine, (l) => [l.replace(/: (.*)$/, ': "$1" tail')]);
      edit("value on a continuation line at the key's indentation", fraction, keyLine, (l) => [l.replace(/: (\S+) /, ': "$1\n'.concat(l.match(/^\s*/)![0]).concat('x" '))]);
      edit("a list item where a field was", fraction, keyLine, (l) => [l.replace(/^(\s*)\S.*$/, "$1- x")]);
      edit("wrong type: a list for a scalar", fraction, keyLine, (l) => [l.replace(/: .*$/, ": [a, b]")]);
      edit("wrong type: a mapping for a scalar", fraction, keyLine, (l) => [l.replace(/: .*$/, ": {a: 1}")]);
      edit("wrong type: yes for a value", fraction, keyLine, (l) => [l.replace(/: .*$/, ": yes")]);
      edit("wrong type: octal number", fraction, keyLine, (l) => [l.replace(/: .*$/, ": 0o12")]);
      edit("wrong type: date-like", fraction, keyLine, (l) => [l.replace(/: .*$/, ": 2024-01-01")]);
      edit("null value", fraction, keyLine, (l) => [l.replace(/: .*$/, ":")]);
      edit("tilde value", fraction, keyLine, (l) => [l.replace(/: .*$/, ": ~")]);
      edit("anchor and alias", fraction, keyLine, (l) => [l.replace(/: /, ": &a "), l.replace(/^(\s*)([a-z]+): .*$/, "$1other: *a")]);
      edit("merge key", fraction, keyLine, (l) => [l, l.replace(/^(\s*)[a-z]+: .*$/, "$1<<: {x: 1}")]);
      edit("unknown field", fraction, keyLine, (l) => [l, l.replace(/^(\s*)[a-z]+:/, "$1surprise:")]);
      edit("null key", fraction, keyLine, (l) => [l, l.replace(/^(\s*)[a-z]+:/, "$1~:")]);
      edit("number key", fraction, keyLine, (l) => [l, l.replace(/^(\s*)[a-z]+:/, "$11:")]);
      edit("flow key", fraction, keyLine, (l) => [l, l.replace(/^(\s*)[a-z]+:/, "$1[k]:")]);
      edit("comment glued to a quote", fraction, keyLine, (l) => [l.replace(/: (.*)$/, ': "$1"#c')]);
      edit("lone surrogate", fraction, keyLine, (l) => [l.replace(/: (.*)$/, ': "\\uD800$1"')]);
      edit("tag", fraction, keyLine, (l) => [l.replace(/: /, ": !!str ")]);
      edit("flow list spilling to the left", fraction, (l) => /: \[.+\]$/.test(l), (l) => [l.replace(/, /, `,\n${l.match(/^\s*/)![0]}`)]);
      edit("flow list spilling, indented", fraction, (l) => /: \[.+\]$/.test(l), (l) => [l.replace(/, /, `,\n${l.match(/^\s*/)![0]}    `)]);
    }
    variants.push({ name: `${name}: CRLF line ends`, text: text.replace(/\n/g, "\r\n") });
    variants.push({ name: `${name}: byte-order mark`, text: `\uFEFF${text}` });
    variants.push({ name: `${name}: second document`, text: `${text}\n---\nx: 1\n` });
    variants.push({ name: `${name}: YAML 1.1 directive`, text: `%YAML 1.1\n---\n${text}` });
    variants.push({ name: `${name}: cut in half`, text: text.slice(0, Math.floor(text.length / 2)) });
  }

  it("has broken variants to compare", () => {
    expect(variants.length).toBeGreaterThan(100);
  });

  it.each(variants)("gives the slow path's issues or value: $name", ({ text }) => {
    expectSameParse(text, 500);
  });

  it("gives the slow path's result under random edits with YAML's own characters", () => {
    const seed = readFileSync(join(ROOT, "test/fixtures/articles/synthetic-2023-03-21-gsomia/annotation.yaml"), "utf8");
    const base = seed.split("\n").slice(0, 80).join("\n");
    const pieces = [" ", "  ", "\n", "\n  ", "- ", ": ", ":", "#", " #", '"', "'", "[", "]", "{", "}", ",", "\\", "\\u", "|", ">", "-", "?", "&", "*", "!", "%", "~", "0", "1.5", "x", "é", "\t", "\r\n"];
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(base.length), cut: fc.nat(3), put: fc.constantFrom(...pieces) }), { minLength: 1, maxLength: 3 }),
        (edits) => {
          let text = base;
          for (const { at, cut, put } of edits) {
            const i = Math.min(at, text.length);
            text = text.slice(0, i) + put + text.slice(i + cut);
          }
          expectSameParse(text);
        },
      ),
      { numRuns: 500, seed: 12 },
    );
  });
});

describe("validateArticle on the fast path", () => {
  it("gives the same issues, lines and models as with the slow path, for valid and broken articles", async () => {
    const fastModule = await import("../../src/validate/validate-article.ts");
    vi.resetModules();
    vi.doMock("../../src/validate/parse-yaml.ts", async (original) => {
      const actual = await original<typeof import("../../src/validate/parse-yaml.ts")>();
      return { ...actual, parseYaml: actual.parseYamlWithPositions };
    });
    const slowModule = await import("../../src/validate/validate-article.ts");
    vi.doUnmock("../../src/validate/parse-yaml.ts");
    expect(slowModule.validateArticle).not.toBe(fastModule.validateArticle);

    const dirs = [...articleDirs(join(ROOT, "data/articles")), ...articleDirs(join(ROOT, "test/fixtures"))];
    expect(dirs.length).toBeGreaterThanOrEqual(8);
    // Every function-valued field (lazy lines) is compared by calling it.
    const settle = (v: ArticleValidation, ids: string[]) =>
      JSON.parse(JSON.stringify(v, (_key, value: unknown) => (value instanceof Map ? [...value] : typeof value === "function" ? ids.map((id) => (value as (id: string) => unknown)(id)) : value)));
    for (const dir of dirs) {
      const { source } = await readArticleDir(dir);
      const annotation = source.files.annotation.text ?? "";
      const lines = annotation.split("\n");
      const broken = [annotation];
      // Schema and reference errors need lines on an otherwise fast parse: wrong kinds, unknown fields, bad quotes.
      const kindLine = lines.findIndex((l) => /^\s+kind: /.test(l));
      if (kindLine >= 0) broken.push([...lines.slice(0, kindLine), lines[kindLine]!.replace(/kind: .*/, "kind: Planet"), ...lines.slice(kindLine + 1)].join("\n"));
      const evidenceLine = lines.findIndex((l) => /^\s+- [A-Za-z]/.test(l));
      if (evidenceLine >= 0) broken.push([...lines.slice(0, evidenceLine), `${lines[evidenceLine]} (not in the text)`, ...lines.slice(evidenceLine + 1)].join("\n"));
      const labelLine = lines.findIndex((l) => /^\s+label: /.test(l));
      if (labelLine >= 0) broken.push([...lines.slice(0, labelLine), lines[labelLine]!, lines[labelLine]!.replace(/label:/, "colour:"), ...lines.slice(labelLine + 1)].join("\n"));
      for (const text of broken) {
        const withText = { ...source, files: { ...source.files, annotation: { ...source.files.annotation, text } } };
        const fast = fastModule.validateArticle(withText);
        const slow = slowModule.validateArticle(withText);
        const ids = fast.model?.nodes.map((n) => n.id) ?? [];
        expect(settle(fast, ids)).toStrictEqual(settle(slow, ids));
      }
    }
  });
});

// Malformed inputs: each case copies the seed article folder into a temp dir, breaks one thing, and
// checks that validation fails with a ValidationKgError naming the issue code, the file and a line
// that holds the broken text — and that `kg build` exits non-zero without touching its output folder.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationKgError, type SourceIssue } from "../../src/errors.ts";
import { loadSources } from "../../src/sources/load-sources.ts";
import { kgInProcess as runCli } from "../helpers/kg-in-process.ts";
import { SEED_DIR } from "../helpers/seed.ts";

const SEED_ID = "joongang-2023-03-24-korea-japan-supply-chain";
const SENTINEL = Buffer.from("<urn:sentinel> <urn:p> \"do not touch\" .\n", "utf8");

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "kg-malformed-"));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

// ------------------------------------------------------------------------------ editing helpers

/** A fresh copy of the seed folder under a new case folder; returns the article folder. */
function copySeed(caseDir: string, name = SEED_ID): string {
  const dir = join(caseDir, "articles", name);
  mkdirSync(dir, { recursive: true });
  cpSync(SEED_DIR, dir, { recursive: true });
  return dir;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");
const write = (dir: string, file: string, text: string | Uint8Array) => writeFileSync(join(dir, file), text);

/** Replaces the only occurrence of `from` (the test fails if there is not exactly one). */
function replaceOnce(dir: string, file: string, from: string, to: string): void {
  const text = read(dir, file);
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`${file}: "${from}" occurs ${parts.length - 1} times, not once`);
  write(dir, file, parts.join(to));
}

/** Inserts YAML lines right after `entities:` (two-space list items). */
function insertEntity(dir: string, yaml: string): void {
  replaceOnce(dir, "annotation.yaml", "\nentities:\n", `\nentities:\n${yaml.replace(/\n?$/, "\n")}`);
}

/** Appends a relation line at the end of the file (relations is the last section). */
function appendRelation(dir: string, yaml: string): void {
  const text = read(dir, "annotation.yaml");
  if (!/\nrelations:\n/.test(text)) throw new Error("annotation.yaml has no relations section");
  write(dir, "annotation.yaml", `${text.replace(/\n*$/, "\n")}${yaml.replace(/\n?$/, "\n")}`);
}

/** Sets an article id (article.yaml) so a second copy is a different article. */
function renameArticle(dir: string, id: string): void {
  replaceOnce(dir, "article.yaml", `id: ${SEED_ID}`, `id: ${id}`);
}

// ------------------------------------------------------------------------------ the cases

interface Expectation {
  /** Paths given to the loader and the CLI. */
  paths: string[];
  /** The file the issue must name. */
  file: string;
  /** Text that must stand on the reported line; `null`: the issue concerns the whole file (line 0). */
  lineContains: string | null;
  /** Lines the reported one may lie after the broken text (YAML reports some errors where it notices them). */
  slack?: number;
}

interface Case {
  name: string;
  code: string;
  setup: (caseDir: string) => Expectation;
}

const ann = (dir: string) => join(dir, "annotation.yaml");
const meta = (dir: string) => join(dir, "article.yaml");
const txt = (dir: string) => join(dir, "article.txt");
const articles = (caseDir: string) => join(caseDir, "articles");

const cases: Case[] = [
  {
    name: "bad YAML syntax (unterminated quoted string)",
    code: "YAML_SYNTAX",
    setup: (c) => {
      const d = copySeed(c);
      replaceOnce(d, "article.yaml", "headline: Korea, Japan", 'headline: "Korea, Japan');
      return { paths: [articles(c)], file: meta(d), lineContains: 'headline: "Korea' };
    },
  },
  {
    name: "bad YAML syntax (a nested mapping on one line)",
    code: "YAML_SYNTAX",
    setup: (c) => {
      const d = copySeed(c);
      appendRelation(d, '  - from: korea: rel\n    to: japan\n    evidence: ["Korea"]');
      return { paths: [articles(c)], file: ann(d), lineContains: "from: korea: rel" };
    },
  },
  {
    name: "bad YAML syntax (tab as indentation)",
    code: "YAML_SYNTAX",
    setup: (c) => {
      const d = copySeed(c);
      insertEntity(d, "  - id: x-chips\n\tkind: Product\n    label: Chips\n    evidence: [chips]");
      return { paths: [articles(c)], file: ann(d), lineContains: "\tkind: Product", slack: 1 };
    },
  },
  {
    name: "duplicate key in a YAML mapping",
    code: "YAML_SYNTAX",
    setup: (c) => {
      const d = copySeed(c);
      replaceOnce(d, "article.yaml", "section: Business > Economy\n", "section: Business > Economy\nsection: Economy\n");
      return { paths: [articles(c)], file: meta(d), lineContains: "section: Economy" };
    },
  },
  {
    name: "empty annotation file",
    code: "EMPTY_FILE",
    setup: (c) => {
      const d = copySeed(c);
      write(d, "annotation.yaml", "");
      return { paths: [articles(c)], file: ann(d), lineContains: null };
    },
  },
  {
    name: "annotation file with only comments",
    code: "EMPTY_FILE",
    setup: (c) => {
      const d = copySeed(c);
      write(d, "annotation.yaml", "# nothing annotated yet\n# entities: []\n");
      return { paths: [articles(c)], file: ann(d), lineContains: null };
    },
  },
  {
    name: "empty article.txt (white space only)",
    code: "EMPTY_FILE",
    setup: (c) => {
      const d = copySeed(c);
      write(d, "article.txt", "\n  \n");
      return { paths: [articles(c)], file: txt(d), lineContains: null };
    },
  },
  {
    name: "binary article.txt (NUL bytes)",
    code: "BINARY_FILE",
    setup: (c) => {
      const d = copySeed(c);
      write(d, "article.txt", Buffer.concat([Buffer.from(read(d, "article.txt").slice(0, 100)), Buffer.from([0, 0, 1, 2, 0xff, 0])]));
      return { paths: [articles(c)], file: txt(d), lineContains: null };
    },
  },
  {
    name: "invalid UTF-8 in annotation.yaml",
    code: "NOT_UTF8",
    setup: (c) => {
      const d = copySeed(c);
      const bytes = readFileSync(ann(d));
      write(d, "annotation.yaml", Buffer.concat([bytes.subarray(0, 200), Buffer.from([0xc3, 0x28, 0xff]), bytes.subarray(200)]));
      // The issue names the line of the bad bytes: the text before them on that line must be on it.
      const lineStart = bytes.toString("utf8", 0, 200).split("\n").pop()!;
      return { paths: [articles(c)], file: ann(d), lineContains: lineStart };
    },
  },
  {
    name: "invalid UTF-8 deep in article.txt (the line of the bad byte)",
    code: "NOT_UTF8",
    setup: (c) => {
      const d = copySeed(c);
      replaceOnce(d, "article.txt", "Finance Minister Choo Kyung-ho pledged", "Finance Minister Choo Kyung-ho\u0000PLEDGED");
      const bytes = readFileSync(txt(d));
      const at = bytes.indexOf(0);
      bytes[at] = 0xe9; // a Latin-1 "é", as a file saved in the wrong encoding has
      write(d, "article.txt", bytes);
      return { paths: [articles(c)], file: txt(d), lineContains: "PLEDGED" };
    },
  },
  {
    name: "article.txt saved as UTF-16 (little-endian, with a byte order mark)",
    code: "UTF16_FILE",
    setup: (c) => {
      const d = copySeed(c);
      write(d, "article.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(read(d, "article.txt"), "utf16le")]));
      return { paths: [articles(c)], file: txt(d), lineContains: null };
    },
  },
  {
    name: "annotation.yaml saved as UTF-16 big-endian without a byte order mark",
    code: "UTF16_FILE",
    setup: (c) => {
      const d = copySeed(c);
      write(d, "annotation.yaml", Buffer.from(read(d, "annotation.yaml"), "utf16le").swap16());
      return { paths: [articles(c)], file: ann(d), lineContains: null };
    },
  },
  {
    name: "a YAML alias bomb (billion laughs)",
    code: "YAML_ALIASES",
    setup: (c) => {
      const d = copySeed(c);
      const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
      for (const [prev, next] of [["a", "b"], ["b", "c"], ["c", "d"], ["d", "e"], ["e", "f"], ["f", "g"], ["g", "h"], ["h", "i"]] as const) {
        levels.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(", ")}]`);
      }
      write(d, "article.yaml", `${read(d, "article.yaml")}${levels.join("\n")}\n`);
      return { paths: [articles(c)], file: meta(d), lineContains: "b: &b [*a" };
    },
  },
  {
    name: "5,000 levels of nested flow lists",
    code: "YAML_TOO_DEEP",
    setup: (c) => {
      const d = copySeed(c);
      write(d, "article.yaml", `${read(d, "article.yaml")}deep: ${"[".repeat(5000)}${"]".repeat(5000)}\n`);
      return { paths: [articles(c)], file: meta(d), lineContains: "deep: [[[" };
    },
  },
  {
    name: "5,000 levels of nested block lists",
    code: "YAML_TOO_DEEP",
    setup: (c) => {
      const d = copySeed(c);
      const block = Array.from({ length: 5000 }, (_, i) => `${" ".repeat(2 * i + 2)}- `).join("\n");
      write(d, "article.yaml", `${read(d, "article.yaml")}deep:\n${block}x\n`);
      return { paths: [articles(c)], file: meta(d), lineContains: "- " };
    },
  },
  {
    name: "100 levels of nesting (readable by the YAML parser, deeper than any annotation)",
    code: "YAML_TOO_DEEP",
    setup: (c) => {
      const d = copySeed(c);
      write(d, "article.yaml", `${read(d, "article.yaml")}deep: ${"{a: ".repeat(100)}x${"}".repeat(100)}\n`);
      return { paths: [articles(c)], file: meta(d), lineContains: "deep: {a: {a:" };
    },
  },
  {
    name: "article.txt is a named pipe (FIFO): reported, not read for ever",
    code: "NOT_A_FILE",
    setup: (c) => {
      const d = copySeed(c);
      rmSync(txt(d));
      execFileSync("mkfifo", [txt(d)]);
      return { paths: [articles(c)], file: txt(d), lineContains: null };
    },
  },
  {
    name: "annotation.yaml is a folder",
    code: "NOT_A_FILE",
    setup: (c) => {
      const d = copySeed(c);
      rmSync(ann(d));
      mkdirSync(ann(d));
      return { paths: [articles(c)], file: ann(d), lineContains: null };
    },
  },
  {
    name: "a symbolic link to nothing among the article folders",
    code: "BROKEN_LINK",
    setup: (c) => {
      copySeed(c);
      symlinkSync(join(c, "gone"), join(articles(c), "dangling"));
      return { paths: [articles(c)], file: join(articles(c), "dangling"), lineContains: null };
    },
  },
  {
    name: "a symbolic link loop among the folders",
    code: "SYMLINK_LOOP",
    setup: (c) => {
      copySeed(c);
      mkdirSync(join(articles(c), "more"));
      symlinkSync("..", join(articles(c), "more", "up"));
      return { paths: [articles(c)], file: join(articles(c), "more", "up"), lineContains: null };
    },
  },
  {
    name: "missing article.txt",
    code: "MISSING_FILE",
    setup: (c) => {
      const d = copySeed(c);
      rmSync(txt(d));
      return { paths: [articles(c)], file: txt(d), lineContains: null };
    },
  },
  {
    name: "missing article.yaml (the folder still has its other files)",
    code: "MISSING_FILE",
    setup: (c) => {
      const d = copySeed(c);
      rmSync(meta(d));
      return { paths: [articles(c)], file: meta(d), lineContains: null };
    },
  },
  {
    name: "missing article.yaml beside a valid article (not silently skipped)",
    code: "MISSING_FILE",
    setup: (c) => {
      copySeed(c);
      const d = copySeed(c, "second");
      rmSync(meta(d));
      return { paths: [articles(c)], file: meta(d), lineContains: null };
    },
  },
  {
    name: "no article folder at the path (empty folder)",
    code: "NO_ARTICLES",
    setup: (c) => {
      const empty = join(c, "empty");
      mkdirSync(empty, { recursive: true });
      return { paths: [empty], file: empty, lineContains: null };
    },
  },
  {
    name: "the path does not exist",
    code: "NO_ARTICLES",
    setup: (c) => ({ paths: [join(c, "no-such-folder")], file: join(c, "no-such-folder"), lineContains: null }),
  },
  {
    name: "unknown entity id in a relation",
    code: "UNKNOWN_ID",
    setup: (c) => {
      const d = copySeed(c);
      appendRelation(d, '  - { from: korea, rel: concerns, to: atlantis, evidence: ["Korea will materialize"] }');
      return { paths: [articles(c)], file: ann(d), lineContains: "to: atlantis" };
    },
  },
  {
    name: "duplicate entity id",
    code: "DUPLICATE_ID",
    setup: (c) => {
      const d = copySeed(c);
      insertEntity(d, "  - id: semiconductors\n    kind: Product\n    label: Chips again\n    evidence: [chips]");
      // The second declaration is the seed's own, further down: the issue names one of the two lines.
      return { paths: [articles(c)], file: ann(d), lineContains: "id: semiconductors" };
    },
  },
  {
    name: "dangling edge: relation without its target",
    code: "SCHEMA",
    setup: (c) => {
      const d = copySeed(c);
      appendRelation(d, '  - { from: korea, rel: concerns, evidence: ["Korea will materialize"] }');
      return { paths: [articles(c)], file: ann(d), lineContains: "from: korea, rel: concerns, evidence" };
    },
  },
  {
    name: "dangling edge: empty source id",
    code: "SCHEMA",
    setup: (c) => {
      const d = copySeed(c);
      appendRelation(d, '  - { from: "", rel: concerns, to: japan, evidence: ["Korea will materialize"] }');
      return { paths: [articles(c)], file: ann(d), lineContains: 'from: "", rel: concerns' };
    },
  },
  {
    name: "self loop",
    code: "SELF_LOOP",
    setup: (c) => {
      const d = copySeed(c);
      appendRelation(d, '  - { from: japan, rel: before, to: japan, evidence: ["Japan for chips"] }');
      return { paths: [articles(c)], file: ann(d), lineContains: "from: japan, rel: before, to: japan" };
    },
  },
  {
    name: "quote not in the article",
    code: "QUOTE_NOT_FOUND",
    setup: (c) => {
      const d = copySeed(c);
      appendRelation(d, '  - { from: korea, rel: concerns, to: japan,\n      evidence: ["Korea annexed the moon"] }');
      return { paths: [articles(c)], file: ann(d), lineContains: "Korea annexed the moon" };
    },
  },
  {
    name: "quote occurrence out of range",
    code: "QUOTE_NOT_FOUND",
    setup: (c) => {
      const d = copySeed(c);
      appendRelation(d, '  - { from: korea, rel: concerns, to: japan,\n      evidence: [{ quote: "Korea will materialize supply chain", occurrence: 2 }] }');
      return { paths: [articles(c)], file: ann(d), lineContains: "occurrence: 2" };
    },
  },
  {
    name: "quote differing from the text only by a no-break space",
    code: "QUOTE_NOT_FOUND",
    setup: (c) => {
      const d = copySeed(c);
      // The text gets U+00A0 where the annotation's quotes have a plain space.
      replaceOnce(d, "article.txt", "Finance Minister Choo Kyung-ho pledged", "Finance Minister Choo Kyung-ho\u00a0pledged");
      return { paths: [articles(c)], file: ann(d), lineContains: "Choo Kyung-ho pledged" };
    },
  },
  {
    name: "bad date value (2019-13)",
    code: "BAD_DATE",
    setup: (c) => {
      const d = copySeed(c);
      insertEntity(d, '  - id: x-curbs\n    kind: Event\n    label: Curbs\n    modality: happened\n    date: { text: "in 2019", value: "2019-13" }\n    evidence: [Tokyo curbed exports]');
      return { paths: [articles(c)], file: ann(d), lineContains: '"2019-13"' };
    },
  },
  {
    name: "date text not in the article",
    code: "TEXT_NOT_FOUND",
    setup: (c) => {
      const d = copySeed(c);
      insertEntity(d, '  - id: x-curbs\n    kind: Event\n    label: Curbs\n    modality: happened\n    date: { text: "in the summer of 2019", value: "2019" }\n    evidence: [Tokyo curbed exports]');
      return { paths: [articles(c)], file: ann(d), lineContains: "in the summer of 2019" };
    },
  },
  {
    name: "a qualifier on a single day",
    code: "BAD_DATE",
    setup: (c) => {
      const d = copySeed(c);
      insertEntity(d, '  - id: x-summit\n    kind: Event\n    label: Summit\n    modality: happened\n    date: { text: "March 16", value: "2023-03-16", qualifier: late }\n    evidence: [Korea-Japan summit]');
      return { paths: [articles(c)], file: ann(d), lineContains: "qualifier: late" };
    },
  },
  {
    name: "kind not in the vocabulary",
    code: "SCHEMA",
    setup: (c) => {
      const d = copySeed(c);
      insertEntity(d, "  - id: x-dragon\n    kind: Dragon\n    label: Dragon\n    evidence: [Korea]");
      return { paths: [articles(c)], file: ann(d), lineContains: "kind: Dragon" };
    },
  },
  {
    name: "relation kind mismatch (hasActor to a Product)",
    code: "WRONG_KIND",
    setup: (c) => {
      const d = copySeed(c);
      insertEntity(d, "  - id: x-chips\n    kind: Product\n    label: Chips\n    evidence: [chips]\n  - id: x-talks\n    kind: Event\n    label: Talks\n    modality: happened\n    evidence: [a meeting with economic ministers]");
      appendRelation(d, '  - { from: x-talks, rel: hasActor, to: x-chips, evidence: ["chips"] }');
      return { paths: [articles(c)], file: ann(d), lineContains: "rel: hasActor, to: x-chips" };
    },
  },
  {
    name: "jobTitle on something that is not a Person",
    code: "WRONG_KIND",
    setup: (c) => {
      const d = copySeed(c);
      insertEntity(d, "  - id: x-chips\n    kind: Product\n    label: Chips\n    jobTitle: Minister of Chips\n    evidence: [chips]");
      return { paths: [articles(c)], file: ann(d), lineContains: "jobTitle: Minister of Chips" };
    },
  },
  {
    name: "unknown relation",
    code: "SCHEMA",
    setup: (c) => {
      const d = copySeed(c);
      appendRelation(d, '  - { from: korea, rel: admires, to: japan, evidence: ["Korea will materialize"] }');
      return { paths: [articles(c)], file: ann(d), lineContains: "rel: admires" };
    },
  },
  {
    name: "unknown field",
    code: "SCHEMA",
    setup: (c) => {
      const d = copySeed(c);
      insertEntity(d, "  - id: x-chips\n    kind: Product\n    label: Chips\n    colour: silicon grey\n    evidence: [chips]");
      return { paths: [articles(c)], file: ann(d), lineContains: "colour:" };
    },
  },
  {
    name: "missing required field (label)",
    code: "SCHEMA",
    setup: (c) => {
      const d = copySeed(c);
      insertEntity(d, "  - id: x-nolabel\n    kind: Product\n    evidence: [chips]");
      return { paths: [articles(c)], file: ann(d), lineContains: "id: x-nolabel" };
    },
  },
  {
    name: "empty evidence list",
    code: "SCHEMA",
    setup: (c) => {
      const d = copySeed(c);
      insertEntity(d, "  - id: x-chips\n    kind: Product\n    label: Chips\n    evidence: []");
      return { paths: [articles(c)], file: ann(d), lineContains: "evidence: []" };
    },
  },
  {
    name: "bad Wikidata id",
    code: "SCHEMA",
    setup: (c) => {
      const d = copySeed(c);
      insertEntity(d, "  - id: x-chips\n    kind: Product\n    label: Chips\n    wikidata: q0884\n    evidence: [chips]");
      return { paths: [articles(c)], file: ann(d), lineContains: "wikidata: q0884" };
    },
  },
  {
    name: "confidence out of range",
    code: "SCHEMA",
    setup: (c) => {
      const d = copySeed(c);
      appendRelation(d, '  - { from: korea, rel: concerns, to: japan, confidence: 1.5,\n      evidence: ["Korea will materialize"] }');
      return { paths: [articles(c)], file: ann(d), lineContains: "confidence: 1.5" };
    },
  },
  {
    name: "event-like entity without modality",
    code: "MISSING_MODALITY",
    setup: (c) => {
      const d = copySeed(c);
      insertEntity(d, "  - id: x-plan\n    kind: Plan\n    label: A plan\n    evidence: [plans to restore bilateral relations]");
      return { paths: [articles(c)], file: ann(d), lineContains: "id: x-plan" };
    },
  },
  {
    name: "bad datePublished in article.yaml",
    code: "SCHEMA",
    setup: (c) => {
      const d = copySeed(c);
      replaceOnce(d, "article.yaml", 'datePublished: "2023-03-24"', 'datePublished: "24 March 2023"');
      return { paths: [articles(c)], file: meta(d), lineContains: "datePublished" };
    },
  },
  {
    name: "article.yaml is a list, not a mapping",
    code: "SCHEMA",
    setup: (c) => {
      const d = copySeed(c);
      write(d, "article.yaml", "- id: x\n- headline: y\n");
      return { paths: [articles(c)], file: meta(d), lineContains: "- id: x" };
    },
  },
  {
    name: "a lone surrogate escape in a label (no UTF-8 output can hold it)",
    code: "LONE_SURROGATE",
    setup: (c) => {
      const d = copySeed(c);
      insertEntity(d, '  - id: x-chips\n    kind: Product\n    label: "Chips \\uD800"\n    evidence: [chips]');
      return { paths: [articles(c)], file: ann(d), lineContains: 'label: "Chips \\uD800"' };
    },
  },
  {
    name: "an article url with characters an IRI cannot hold",
    code: "SCHEMA",
    setup: (c) => {
      const d = copySeed(c);
      replaceOnce(d, "article.yaml", "section: Business > Economy\n", 'section: Business > Economy\nurl: "https://example.com/a>b <c>"\n');
      return { paths: [articles(c)], file: meta(d), lineContains: "url:" };
    },
  },
  {
    name: "duplicate article id across two folders",
    code: "DUPLICATE_ARTICLE",
    setup: (c) => {
      copySeed(c, "a-first");
      const d = copySeed(c, "b-second");
      return { paths: [articles(c)], file: meta(d), lineContains: `id: ${SEED_ID}` };
    },
  },
  {
    name: "same entity id with two kinds across articles",
    code: "KIND_CONFLICT",
    setup: (c) => {
      copySeed(c, "a-first");
      const d = copySeed(c, "b-second");
      renameArticle(d, "second-article");
      // In the second article "semiconductors" is a Sector, in the first a Product.
      const text = read(d, "annotation.yaml").replace(/(- id: semiconductors\n\s+kind: )Product/, "$1Sector");
      write(d, "annotation.yaml", text);
      return { paths: [articles(c)], file: ann(d), lineContains: "id: semiconductors" };
    },
  },
];

// ------------------------------------------------------------------------------ running a case

async function issuesOf(paths: string[]): Promise<SourceIssue[]> {
  try {
    await loadSources(paths);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationKgError);
    return (error as ValidationKgError).issues;
  }
  throw new Error("expected loadSources to fail, but it succeeded");
}


function lineOf(file: string, line: number): string {
  return readFileSync(file, "utf8").split("\n")[line - 1] ?? "";
}

/** A pre-existing output folder with a sentinel graph.nt. */
function sentinelOut(caseDir: string): string {
  const out = join(caseDir, "out");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "graph.nt"), SENTINEL);
  return out;
}

function expectOutUntouched(out: string): void {
  expect(readdirSync(out)).toEqual(["graph.nt"]);
  expect(readFileSync(join(out, "graph.nt")).equals(SENTINEL)).toBe(true);
}

describe("malformed inputs", () => {
  it("has at least 25 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it("the unmodified copy of the seed is valid (so each case fails for its own mutation)", async () => {
    const c = join(root, "control");
    copySeed(c);
    const models = await loadSources([articles(c)]);
    expect(models).toHaveLength(1);
    const out = sentinelOut(c);
    const run = await runCli(["build", articles(c), "-o", out, "--no-layout"]);
    expect(run.code).toBe(0);
    expect(readdirSync(out).length).toBeGreaterThan(1);
  });

  it.each(cases.map((c, i) => [c.name, c, i] as const))("%s", async (_name, testCase, i) => {
    const caseDir = join(root, `case-${i}`);
    const expected = testCase.setup(caseDir);
    const issues = await issuesOf(expected.paths);
    const summary = issues.map((issue) => `${issue.code} ${issue.file}:${issue.line} ${issue.field}`).join("\n");
    const matching = issues.filter((issue) => issue.code === testCase.code && resolve(issue.file) === resolve(expected.file));
    expect(matching.length, `issues:\n${summary}`).toBeGreaterThan(0);
    if (expected.lineContains === null) {
      for (const issue of matching) expect(issue.line).toBe(0);
    } else {
      // The first issue of the code names the broken line (YAML may add follow-on errors after it).
      const issue = matching[0]!;
      expect(issue.line).toBeGreaterThan(0);
      const window = Array.from({ length: (expected.slack ?? 0) + 1 }, (_, k) => lineOf(expected.file, issue.line - k));
      expect(window.join("\n"), `${issue.code} at line ${issue.line}`).toContain(expected.lineContains);
    }

    const out = sentinelOut(caseDir);
    const run = await runCli(["build", ...expected.paths, "-o", out, "--no-layout"]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`[${testCase.code}]`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe("");
    expectOutUntouched(out);

    // The streaming export validates on its own path (one folder at a time): same code, same untouched file.
    const stream = await runCli(["export", ...expected.paths, "--stream", "-f", "nt", "-o", join(out, "graph.nt")]);
    expect(stream.code).not.toBe(0);
    expect(stream.stderr).toContain(`[${testCase.code}]`);
    expect(stream.stderr).not.toMatch(/\n\s+at /);
    expectOutUntouched(out);
  });

  it("the no-break-space case points at the odd character in the text", async () => {
    const c = join(root, "nbsp-hint");
    const d = copySeed(c);
    replaceOnce(d, "article.txt", "Finance Minister Choo Kyung-ho pledged", "Finance Minister Choo Kyung-ho\u00a0pledged");
    const issues = await issuesOf([articles(c)]);
    expect(issues.every((issue) => issue.code === "QUOTE_NOT_FOUND")).toBe(true);
    // The code point is data, not wording: the hint must name it.
    expect(issues.some((issue) => issue.message.includes("U+00A0"))).toBe(true);
  });

  it("reports several problems in one run, all at once, from several files and folders", async () => {
    const c = join(root, "several");
    const d = copySeed(c, "a-first");
    appendRelation(d, '  - { from: korea, rel: concerns, to: atlantis, evidence: ["Korea will materialize"] }');
    appendRelation(d, '  - { from: korea, rel: concerns, to: japan, evidence: ["Korea annexed the moon"] }');
    insertEntity(d, "  - id: x-plan\n    kind: Plan\n    label: A plan\n    evidence: [plans to restore bilateral relations]");
    const e = copySeed(c, "b-second");
    renameArticle(e, "second-article");
    rmSync(txt(e));
    const expected = ["UNKNOWN_ID", "QUOTE_NOT_FOUND", "MISSING_MODALITY", "MISSING_FILE"];

    const issues = await issuesOf([articles(c)]);
    expect(new Set(issues.map((issue) => issue.code))).toEqual(new Set(expected));

    // The CLI says the same, in one run, and `validate --json` gives them as data.
    const out = sentinelOut(c);
    const build = await runCli(["build", articles(c), "-o", out, "--no-layout"]);
    expect(build.code).toBe(1);
    for (const code of expected) expect(build.stderr).toContain(`[${code}]`);
    expectOutUntouched(out);
    const validate = await runCli(["validate", articles(c), "--json"]);
    expect(validate.code).toBe(1);
    const report = JSON.parse(validate.stdout) as { ok: boolean; issues: SourceIssue[] };
    expect(report.ok).toBe(false);
    expect(new Set(report.issues.map((issue) => issue.code))).toEqual(new Set(expected));
  });

  it("kg export -o FILE to an existing file leaves it untouched when the sources are invalid", async () => {
    const c = join(root, "export");
    const d = copySeed(c);
    write(d, "annotation.yaml", "");
    const out = sentinelOut(c);
    const run = await runCli(["export", articles(c), "-f", "nt", "-o", join(out, "graph.nt")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("[EMPTY_FILE]");
    expectOutUntouched(out);
  });
});

// ------------------------------------------------------------------------------ the file system

/** `kg` as a process; as root (containers, CI) it runs as "nobody" so that file modes apply. */
function kgAsUser(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  // Root reads what mode 000 forbids. Running as another user fails where the checkout itself sits in a
  // folder only root may enter (a clone under a mktemp -d), so root runs without the two capabilities that
  // bypass file permissions instead (setpriv, util-linux).
  const command = [process.execPath, resolve("bin/kg.js"), ...args];
  const argv = process.getuid?.() === 0 ? ["setpriv", "--bounding-set=-dac_override,-dac_read_search", ...command] : command;
  const run = spawnSync(argv[0] as string, argv.slice(1), { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("the file system around the sources", () => {
  it("an article folder reached through a symbolic link is read, not skipped", async () => {
    const c = join(root, "symlinked");
    const real = copySeed(join(c, "elsewhere"));
    mkdirSync(articles(c), { recursive: true });
    symlinkSync(real, join(articles(c), "linked"));
    const models = await loadSources([articles(c)]);
    expect(models.map((m) => m.meta.id)).toEqual([SEED_ID]);
    // A folder whose files are links is an article folder too.
    const files = join(c, "file-links", "a");
    mkdirSync(files, { recursive: true });
    for (const f of ["article.yaml", "article.txt", "annotation.yaml"]) symlinkSync(join(real, f), join(files, f));
    expect((await loadSources([join(c, "file-links")])).map((m) => m.meta.id)).toEqual([SEED_ID]);
    // Two links to one folder: it is one article, not a duplicate.
    symlinkSync(real, join(articles(c), "linked-again"));
    expect(await loadSources([articles(c)])).toHaveLength(1);
  });

  it("an unreadable folder among the articles: a clear issue naming it, exit 1, never an internal error", () => {
    const c = mkdtempSync(join(tmpdir(), "kg-unreadable-"));
    try {
      chmodSync(c, 0o755);
      copySeed(c);
      const locked = join(articles(c), "locked");
      copySeed(join(c, "x"), "y");
      cpSync(join(c, "x", "articles", "y"), locked, { recursive: true });
      for (const dir of [c, articles(c), join(articles(c), SEED_ID)]) chmodSync(dir, 0o755);
      for (const f of readdirSync(join(articles(c), SEED_ID))) chmodSync(join(articles(c), SEED_ID, f), 0o644);
      chmodSync(locked, 0o000);
      const run = kgAsUser(["validate", "articles"], c);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain("[UNREADABLE_FOLDER]");
      expect(run.stderr).toContain(join("articles", "locked"));
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
      // An unreadable file inside a readable folder: the file is named.
      chmodSync(locked, 0o755);
      chmodSync(join(locked, "annotation.yaml"), 0o000);
      const file = kgAsUser(["validate", "articles"], c);
      expect(file.code, file.stderr).toBe(1);
      expect(file.stderr).toMatch(/articles\/locked\/annotation\.yaml: .*\[UNREADABLE_FILE\]/);
    } finally {
      rmSync(c, { recursive: true, force: true });
    }
  }, 120_000);

  it("kg build -o at an existing file: OUTPUT error, exit 1, the file untouched, nothing left beside it", async () => {
    const c = join(root, "out-is-file");
    copySeed(c);
    const target = join(c, "out");
    writeFileSync(target, SENTINEL);
    const run = await runCli(["build", articles(c), "-o", target, "--no-layout"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(target);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(readFileSync(target).equals(SENTINEL)).toBe(true);
    expect(readdirSync(c).sort()).toEqual(["articles", "out"]);
  });

  it("kg export and kg query -o at an existing folder: OUTPUT error, exit 1, the folder untouched", async () => {
    const c = join(root, "out-is-folder");
    copySeed(c);
    const out = sentinelOut(c);
    for (const args of [["export", articles(c), "-f", "nt", "-o", out], ["query", "ASK {}", "--sources", articles(c), "-f", "json", "-o", out]]) {
      const run = await runCli(args);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain(out);
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
      expectOutUntouched(out);
    }
  });
});

// `kg import` end to end: flags over page metadata, every error with nothing written, determinism,
// --force, standard input, and a written folder the validator accepts.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { Ajv } from "ajv";
import { Command } from "commander";
import { parse } from "yaml";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { importArticle, register } from "../../src/cli/commands/import.ts";
import { processIo } from "../../src/cli/output.ts";
import { KgError, NotFoundKgError, UsageKgError } from "../../src/errors.ts";
import { FolderExistsKgError, ImportInputKgError, MissingMetadataKgError } from "../../src/import/import-errors.ts";
import { prepareImport } from "../../src/import/prepare-import.ts";
import { readArticleDir } from "../../src/sources/read-sources.ts";
import { articleMetaSchema } from "../../src/validate/schemas.ts";
import { validateSources } from "../../src/validate/validate-sources.ts";
import { SEED_DIR } from "../helpers/seed.ts";

const PAGES = "test/fixtures/pages";
const SEED_PAGE = `${PAGES}/joongang-saved-page.txt`;
const HTML_PAGES = ["harbour-times-json-ld.html", "riverside-post-og-meta.html", "valley-ledger-bare.html"];
const root = mkdtempSync(join(tmpdir(), "kg-import-"));
let n = 0;
const freshOut = () => join(root, `out-${n++}`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const checkMeta = new Ajv({ allErrors: true, strict: true }).compile(articleMetaSchema);

/** Everything under a folder, hidden entries included: a failed import must leave nothing behind. */
function listAll(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).sort() : [];
}

async function expectNothingWritten(out: string, run: () => Promise<unknown>, errorClass: new (...args: never[]) => KgError, code: string) {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(errorClass);
  expect((error as KgError).code).toBe(code);
  expect(listAll(out)).toEqual([]);
  return error as KgError;
}

describe("importing the seed's saved page", () => {
  it("writes article.txt equal to the seed's and article.yaml with the seed's metadata", async () => {
    const out = freshOut();
    const result = await importArticle({ input: SEED_PAGE, out, date: "2023-03-24", publisher: "Korea JoongAng Daily", id: "joongang-2023-03-24-korea-japan-supply-chain" });
    expect(result.folder).toBe(join(out, "joongang-2023-03-24-korea-japan-supply-chain"));
    expect(readFileSync(join(result.folder, "article.txt"))).toEqual(readFileSync(join(SEED_DIR, "article.txt")));
    const seedMeta = parse(readFileSync(join(SEED_DIR, "article.yaml"), "utf8")) as Record<string, unknown>;
    expect(parse(readFileSync(join(result.folder, "article.yaml"), "utf8"))).toEqual(seedMeta);
    expect(readdirSync(out)).toEqual(["joongang-2023-03-24-korea-japan-supply-chain"]);
  });

  it("without --date stops with MISSING_METADATA for datePublished and writes nothing", async () => {
    const out = freshOut();
    const error = await expectNothingWritten(out, () => importArticle({ input: SEED_PAGE, out, publisher: "Korea JoongAng Daily" }), MissingMetadataKgError, "MISSING_METADATA");
    expect(error).toMatchObject({ field: "datePublished", flag: "--date", exitCode: 2 });
  });

  it("without --publisher (not in the saved page) stops with MISSING_METADATA for publisher", async () => {
    const out = freshOut();
    const error = await expectNothingWritten(out, () => importArticle({ input: SEED_PAGE, out, date: "2023-03-24" }), MissingMetadataKgError, "MISSING_METADATA");
    expect(error).toMatchObject({ field: "publisher", flag: "--publisher" });
  });
});

describe("the written folder", () => {
  it.each(HTML_PAGES)("%s: metadata passes the article.yaml schema and the folder validates with an annotation quoting its text", async (name) => {
    const out = freshOut();
    const result = await importArticle({ input: join(PAGES, name), out });
    const meta = parse(readFileSync(join(result.folder, "article.yaml"), "utf8")) as unknown;
    expect(checkMeta(meta), JSON.stringify(checkMeta.errors)).toBe(true);
    const text = readFileSync(join(result.folder, "article.txt"), "utf8");
    const quote = text.split("\n")[0]!.slice(0, 40);
    writeFileSync(join(result.folder, "annotation.yaml"), `entities:\n  - id: thing\n    kind: Organization\n    label: Thing\n    evidence:\n      - ${JSON.stringify(quote)}\n`);
    const { source } = await readArticleDir(result.folder);
    const { models, issues } = validateSources([source]);
    expect(issues).toEqual([]);
    expect(models[0]!.meta.id).toBe(result.id);
  });

  it("is the same, byte for byte, for the same input", async () => {
    for (const name of [...HTML_PAGES, "joongang-saved-page.txt"]) {
      const flags = { date: "2023-03-24", publisher: "P" };
      const [a, b] = [freshOut(), freshOut()];
      const ra = await importArticle({ input: join(PAGES, name), out: a, ...flags });
      const rb = await importArticle({ input: join(PAGES, name), out: b, ...flags });
      for (const file of ["article.txt", "article.yaml"]) expect(readFileSync(join(rb.folder, file)), `${name} ${file}`).toEqual(readFileSync(join(ra.folder, file)));
    }
  });
});

describe("flags", () => {
  const page = readFileSync(join(PAGES, "harbour-times-json-ld.html"), "utf8");

  it("override the page's metadata, field by field", () => {
    const result = prepareImport(page, {
      headline: "Dockers strike",
      date: "2024-05-15",
      publisher: "Other Paper",
      author: ["A. N. Other"],
      url: "https://other.example/a",
      section: "Labour",
      language: "en",
      id: "my-id",
    });
    expect(result.meta).toEqual({ id: "my-id", headline: "Dockers strike", publisher: "Other Paper", author: ["A. N. Other"], datePublished: "2024-05-15", section: "Labour", language: "en", url: "https://other.example/a" });
    expect(new Set(Object.values(result.metaSources))).toEqual(new Set(["flag"]));
  });

  it.each([
    [{ date: "2023-02-30" }],
    [{ date: "24/03/2023" }],
    [{ url: "not a url" }],
    [{ url: "ftp://example.com/x" }],
    [{ id: "Bad Id" }],
    [{ language: "English" }],
    [{ headline: "  " }],
  ])("reject %j as a usage error", (flags) => {
    expect(() => prepareImport(page, flags)).toThrow(UsageKgError);
  });

  it("default the author to the publisher when the page has no byline, and say so", () => {
    const html = `<html lang="en"><head><meta property="og:title" content="Wire story"><meta property="og:site_name" content="Wire Service"></head><body><article>
      <p>${"The agency reported the figures on Monday, citing officials familiar with the matter. ".repeat(3)}</p></article></body></html>`;
    const result = prepareImport(html, { date: "2024-01-02" });
    expect(result.meta.author).toEqual(["Wire Service"]);
    expect(result.metaSources.author).toMatch(/publisher/);
  });

  it("leave out page URLs that are not absolute http(s) addresses, taking the next one that is", () => {
    const relative = page.replace('"url": "https://www.harbourtimes.example/business/2024/05/14/port-strike-halts-container-traffic"', '"url": "/business/port-strike"');
    expect(relative).not.toBe(page);
    const result = prepareImport(relative, {});
    // JSON-LD's url is relative; its mainEntityOfPage is absolute and wins.
    expect(result.meta.url).toBe("https://www.harbourtimes.example/business/2024/05/14/port-strike-halts-container-traffic");
    expect(result.metaSources.url).toBe("json-ld");
    const none = page.replace(/https:\/\/www\.harbourtimes\.example\/business\/2024\/05\/14\/port-strike-halts-container-traffic/g, "/business/port-strike");
    expect(prepareImport(none, {}).meta.url).toBeUndefined();
  });
});

describe("bad input writes nothing", () => {
  it.each([
    ["binary", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), "binary"],
    ["not UTF-8", Buffer.from([0x48, 0x69, 0x20, 0xff, 0xfe, 0x21]), "not-utf8"],
    ["empty", Buffer.from(" \n\u00a0\n"), "empty"],
    ["only chrome", Buffer.from("Share on Facebook\nSign in to comment\nAdvertisement\n© 2024 Example News. All rights reserved.\n"), "no-story"],
  ])("%s", async (_label, bytes, reason) => {
    const dir = freshOut();
    mkdirSync(dir);
    const input = join(dir, "page.txt");
    writeFileSync(input, bytes);
    const out = join(dir, "out");
    const error = await expectNothingWritten(out, () => importArticle({ input, out, date: "2024-01-01", publisher: "P", headline: "H" }), ImportInputKgError, "BAD_INPUT");
    expect((error as ImportInputKgError).reason).toBe(reason);
  });

  it("a missing file is NOT_FOUND", async () => {
    const out = freshOut();
    await expectNothingWritten(out, () => importArticle({ input: join(root, "nope.html"), out }), NotFoundKgError, "NOT_FOUND");
  });

  it("a folder given as the page is BAD_INPUT", async () => {
    const out = freshOut();
    await expectNothingWritten(out, () => importArticle({ input: root, out }), ImportInputKgError, "BAD_INPUT");
  });

  it("an HTML page with no date anywhere stops with MISSING_METADATA", async () => {
    const dir = freshOut();
    mkdirSync(dir);
    const input = join(dir, "undated.html");
    writeFileSync(input, readFileSync(join(PAGES, "valley-ledger-bare.html"), "utf8").replace(/<time[^>]*>[^<]*<\/time>/u, ""));
    const out = join(dir, "out");
    await expectNothingWritten(out, () => importArticle({ input, out }), MissingMetadataKgError, "MISSING_METADATA");
  });
});

describe("an existing folder", () => {
  it("is never overwritten without --force; with --force it is replaced whole", async () => {
    const out = freshOut();
    const input = join(PAGES, "riverside-post-og-meta.html");
    const first = await importArticle({ input, out });
    writeFileSync(join(first.folder, "annotation.yaml"), "entities: []\n");
    const before = listAll(out);
    const error = await importArticle({ input, out, headline: "Changed headline", id: first.id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FolderExistsKgError);
    expect((error as KgError).code).toBe("FOLDER_EXISTS");
    expect(listAll(out)).toEqual(before);
    expect(readFileSync(join(first.folder, "article.yaml"), "utf8")).not.toContain("Changed headline");

    const second = await importArticle({ input, out, headline: "Changed headline", id: first.id, force: true });
    expect(second.replaced).toBe(true);
    expect(readFileSync(join(second.folder, "article.yaml"), "utf8")).toContain("headline: Changed headline");
    // Replaced whole: the old annotation went with the old folder, and no temporary folder is left.
    expect(listAll(out)).toEqual([first.id, join(first.id, "article.txt"), join(first.id, "article.yaml")].sort());
  });
});

describe("standard input", () => {
  it("reads - and tells HTML from text by content", async () => {
    const html = readFileSync(join(PAGES, "harbour-times-json-ld.html"));
    const fromFile = await importArticle({ input: join(PAGES, "harbour-times-json-ld.html"), out: freshOut() });
    const fromStdin = await importArticle({ input: "-", out: freshOut(), stdin: Readable.from([html.subarray(0, 1000), html.subarray(1000)]) });
    expect(fromStdin.format).toBe("html");
    expect(fromStdin.text).toBe(fromFile.text);
    expect(fromStdin.yaml).toBe(fromFile.yaml);

    const text = readFileSync(SEED_PAGE);
    const fromTextStdin = await importArticle({ input: "-", out: freshOut(), stdin: Readable.from([text]), date: "2023-03-24", publisher: "Korea JoongAng Daily" });
    expect(fromTextStdin.format).toBe("text");
    expect(fromTextStdin.text).toBe(readFileSync(join(SEED_DIR, "article.txt"), "utf8"));
  });
});

describe("the command", () => {
  const saved = { stdout: processIo.stdout, stderr: processIo.stderr };
  afterEach(() => Object.assign(processIo, saved));

  /** The command as main.ts registers it; errors mapped to exit codes as main.ts does. */
  async function kgImport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = "";
    let stderr = "";
    processIo.stdout = (t) => void (stdout += t);
    processIo.stderr = (t) => void (stderr += t);
    const program = new Command("kg").exitOverride().configureOutput({ writeOut: (t) => (stdout += t), writeErr: (t) => (stderr += t) });
    register(program);
    try {
      await program.parseAsync(["node", "kg", "import", ...args]);
      return { code: 0, stdout, stderr };
    } catch (error) {
      if (error instanceof KgError) return { code: error.exitCode, stdout, stderr: stderr + error.message };
      if ((error as { exitCode?: number }).exitCode !== undefined) return { code: 2, stdout, stderr };
      throw error;
    }
  }

  it("prints a JSON report with the folder, metadata, their sources and what was left out", async () => {
    const out = freshOut();
    const run = await kgImport([join(PAGES, "valley-ledger-bare.html"), "-o", out, "--json", "--no-draft", "--author", "Maria Lopez", "--author", "Sam Reed"]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { folder: string; meta: { author: string[] }; metaSources: Record<string, string>; paragraphs: number; dropped: unknown[] };
    expect(existsSync(join(report.folder, "article.txt"))).toBe(true);
    expect(report.meta.author).toEqual(["Maria Lopez", "Sam Reed"]);
    expect(report.metaSources.author).toBe("flag");
    expect(report.paragraphs).toBe(6);
    expect(report.dropped.length).toBeGreaterThan(5);
  });

  it("exits 2 on a missing date and on a bad --date, 1 on an existing folder", async () => {
    const out = freshOut();
    const args = [SEED_PAGE, "-o", out, "--no-draft", "--publisher", "X"];
    expect((await kgImport(args)).code).toBe(2);
    expect((await kgImport([...args, "--date", "2023-3-24"])).code).toBe(2);
    expect((await kgImport([...args, "--date", "2023-03-24"])).code).toBe(0);
    expect((await kgImport([...args, "--date", "2023-03-24"])).code).toBe(1);
    expect((await kgImport([...args, "--date", "2023-03-24", "--force"])).code).toBe(0);
    expect((await kgImport([])).code).toBe(2);
  });

  it("drafts annotation.yaml into the new folder unless --no-draft, linking to the -o folder's articles", async () => {
    const out = freshOut();
    const run = await kgImport([join(PAGES, "harbour-times-json-ld.html"), "-o", out, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { folder: string; draft: { file: string; entities: number } };
    expect(report.draft.file).toMatch(/annotation\.yaml$/);
    expect(existsSync(join(report.folder, "annotation.yaml"))).toBe(true);
    const { source } = await readArticleDir(report.folder);
    expect(validateSources([source]).issues).toEqual([]);
  }, 30_000);
});

// `kg draft` as a user meets it: a folder made by hand or by `kg import` gets an annotation.yaml that
// passes `kg validate` beside the corpus, links to the corpus's ids, is the same bytes on a re-draft,
// and a file a person has reviewed is never replaced without --force.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { AnnotationSpec } from "../../src/model/annotation-spec.ts";
import { runKg } from "../helpers/run-kg.ts";
import { SEED_DIR } from "../helpers/seed.ts";

const root = mkdtempSync(join(tmpdir(), "kg-draft-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const corpus = join(root, "corpus");
const folder = join(root, "new", "seed-copy");

beforeAll(() => {
  // The corpus: the seed with its hand annotation. The new article: the seed's text under another id.
  mkdirSync(join(corpus, "seed"), { recursive: true });
  for (const f of ["article.yaml", "article.txt", "annotation.yaml"]) copyFileSync(join(SEED_DIR, f), join(corpus, "seed", f));
  mkdirSync(folder, { recursive: true });
  copyFileSync(join(SEED_DIR, "article.txt"), join(folder, "article.txt"));
  const meta = readFileSync(join(SEED_DIR, "article.yaml"), "utf8").replace(/^id: .*$/m, "id: seed-copy");
  writeFileSync(join(folder, "article.yaml"), meta);
});

describe("kg draft", () => {
  let first = "";

  it("writes an annotation that validates beside the corpus, every item marked as a draft", async () => {
    const run = await runKg(["draft", folder, "--corpus", corpus, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const [result] = JSON.parse(run.stdout) as Array<{ entities: number; relations: number; linked: string[] }>;
    expect(result?.entities).toBeGreaterThan(10);
    expect(result?.relations).toBeGreaterThan(5);
    first = readFileSync(join(folder, "annotation.yaml"), "utf8");
    const spec = parse(first) as AnnotationSpec;
    expect(spec.entities.every((e) => e.drafted === true)).toBe(true);
    expect((spec.relations ?? []).every((r) => r.drafted === true)).toBe(true);
    // Linking: the countries of the corpus keep their ids, never a duplicate.
    expect(result?.linked).toEqual(expect.arrayContaining(["korea", "japan"]));
    const validate = await runKg(["validate", corpus, join(root, "new")]);
    expect(validate.code, validate.stderr).toBe(0);
  });

  it("drafts the same bytes again, and re-drafts an unreviewed draft in place", async () => {
    const again = await runKg(["draft", folder, "--corpus", corpus]);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(folder, "annotation.yaml"), "utf8")).toBe(first);
  });

  it("never replaces a reviewed annotation without --force", async () => {
    const reviewed = first.replace("    drafted: true\n", "");
    writeFileSync(join(folder, "annotation.yaml"), reviewed);
    const refused = await runKg(["draft", folder, "--corpus", corpus]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^kg: /);
    expect(readFileSync(join(folder, "annotation.yaml"), "utf8")).toBe(reviewed);
    const forced = await runKg(["draft", folder, "--corpus", corpus, "--force"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(folder, "annotation.yaml"), "utf8")).toBe(first);
  });

  it("a folder without its text, or with a bad date, is a clear error and writes nothing", async () => {
    const broken = join(root, "broken");
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, "article.yaml"), readFileSync(join(folder, "article.yaml"), "utf8"));
    const missing = await runKg(["draft", broken, "--corpus", corpus]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("article.txt");
    writeFileSync(join(broken, "article.txt"), "Tokyo curbed exports on Monday.\n");
    writeFileSync(join(broken, "article.yaml"), readFileSync(join(folder, "article.yaml"), "utf8").replace(/datePublished: .*/, 'datePublished: "24 March"'));
    const badDate = await runKg(["draft", broken, "--corpus", corpus]);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain("datePublished");
    expect(() => readFileSync(join(broken, "annotation.yaml"))).toThrow();
  });
});

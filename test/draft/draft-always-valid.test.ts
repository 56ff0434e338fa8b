// "A draft passes kg validate, always": drafted from texts made of news sentences in random order,
// with hostile characters mixed in (no-break spaces, emoji, curly quotes, brackets, lone capitals),
// the assembled annotation validates as written, and the same text drafts to the same bytes.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annotationToYaml } from "../../src/draft/annotation-yaml.ts";
import { ruleExtractor } from "../../src/draft/draft-annotation.ts";
import { keepValid } from "../../src/draft/keep-valid.ts";
import { segmentText } from "../../src/draft/segment-text.ts";
import { validateArticle } from "../../src/validate/validate-article.ts";
import { SEED_DIR } from "../helpers/seed.ts";

const SEED = readFileSync(`${SEED_DIR}/article.txt`, "utf8");
const SENTENCES = segmentText(SEED).map((s) => s.text);
const EXTRA = [
  "Tokyo said on Monday it would lift the curbs if Seoul dropped its WTO complaint (World Trade Organization).",
  "“We will not back down,” said Lee, 🙂 adding that talks could resume “as early as next week”.",
  "The won fell 1.2\u00a0percent to 1,320 per dollar after the Bank of Korea (BOK) held rates at 3.5%.",
  "SEOUL, March 6 (Yonhap) -- South Korea unveiled a plan to compensate victims through a state-run foundation.",
  "A B C D. E.U. U.S.A. [AP] (Reuters) — ... !!! ???",
  "In October, exports dropped by more than a third, hurt by weaker demand for chips and cars.",
];
const META = { id: "fuzz-article", headline: "Fuzz", publisher: "Test Daily", author: ["A. Writer"], datePublished: "2023-03-24", language: "en" };

function check(text: string): void {
  const input = { text, datePublished: META.datePublished, corpus: [] };
  const proposed = ruleExtractor.draft(input);
  if (proposed.entities.length === 0) return;
  const { spec, dropped } = keepValid(proposed, META, text);
  // The stages propose only what validates: nothing should have to be dropped.
  expect(dropped).toEqual([]);
  const yaml = annotationToYaml(spec, { articleId: META.id, extractor: "rules", datePublished: META.datePublished });
  const result = validateArticle({
    dir: "fuzz",
    files: { meta: { path: "article.yaml", text: JSON.stringify(META) }, text: { path: "article.txt", text }, annotation: { path: "annotation.yaml", text: yaml } },
  });
  expect(result.issues).toEqual([]);
  expect(annotationToYaml(keepValid(ruleExtractor.draft(input), META, text).spec, { articleId: META.id, extractor: "rules", datePublished: META.datePublished })).toBe(yaml);
}

describe("a draft always validates", () => {
  it("on news sentences in random order with hostile characters", () => {
    const sentence = fc.constantFrom(...SENTENCES, ...EXTRA);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(" "));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (paragraphs) => check(`${paragraphs.join("\n\n")}\n`)),
      { numRuns: 25, seed: 20261201 },
    );
  });
});

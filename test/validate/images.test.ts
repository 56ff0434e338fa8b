// The annotation's images (a caption and a credit, each a span of the text; the credit names an actor):
// the seed's photo validates into the model, and each broken variant is an issue with the code, the
// annotation file, the line of the broken text, the field and what was expected.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SourceIssue } from "../../src/errors.ts";
import { validateArticle } from "../../src/validate/validate-article.ts";
import { SEED_DIR } from "../helpers/seed.ts";

const files = {
  meta: readFileSync(`${SEED_DIR}/article.yaml`, "utf8"),
  text: readFileSync(`${SEED_DIR}/article.txt`, "utf8"),
  annotation: readFileSync(`${SEED_DIR}/annotation.yaml`, "utf8"),
};
const CREDIT_LINE = '    credit: { entity: yonhap, text: "YONHAP" }';

function validate(annotation: string) {
  return validateArticle({
    dir: SEED_DIR,
    files: {
      meta: { path: "article.yaml", text: files.meta },
      text: { path: "article.txt", text: files.text },
      annotation: { path: "annotation.yaml", text: annotation },
    },
  });
}

/** The seed's annotation with its one occurrence of `from` replaced. */
function edited(from: string, to: string): string {
  const parts = files.annotation.split(from);
  if (parts.length !== 2) throw new Error(`"${from}" occurs ${parts.length - 1} times in the seed annotation`);
  return parts.join(to);
}

const lineOf = (text: string, line: number) => text.split("\n")[line - 1] ?? "";

describe("annotation images", () => {
  it("the seed's photo is in the model: its caption and its credit to Yonhap, as spans of the text", () => {
    const { model, issues } = validate(files.annotation);
    expect(issues).toEqual([]);
    const [image, ...rest] = model?.meta.images ?? [];
    expect(rest).toEqual([]);
    expect(image?.caption.quote).toMatch(/^Finance Minister Choo Kyung-ho speaks/);
    expect(image?.caption.start).toBe(0);
    expect(image?.credit?.entity).toBe("yonhap");
    expect([...files.text].slice(image!.credit!.text.start, image!.credit!.text.end).join("")).toBe("YONHAP");
  });

  it.each<[string, string, string, string, string]>([
    ["a caption not in the text", "  - caption: Finance Minister", "  - caption: Finance Minister Kim", "QUOTE_NOT_FOUND", "images[0].caption"],
    ["a credit to an unknown id", CREDIT_LINE, '    credit: { entity: yonhap-news, text: "YONHAP" }', "UNKNOWN_ID", "images[0].credit.entity"],
    ["a credit to something that is no actor", CREDIT_LINE, '    credit: { entity: semiconductors, text: "YONHAP" }', "WRONG_KIND", "images[0].credit.entity"],
    ["a credit text not in the text", CREDIT_LINE, '    credit: { entity: yonhap, text: "REUTERS" }', "QUOTE_NOT_FOUND", "images[0].credit.text"],
    ["a credit without its text", CREDIT_LINE, "    credit: { entity: yonhap }", "SCHEMA", "images[0].credit.text"],
    ["an unknown field", CREDIT_LINE, `${CREDIT_LINE}\n    photographer: Kim`, "SCHEMA", "images[0].photographer"],
    ["an image without caption", "  - caption: Finance Minister", "  - alt: Finance Minister", "SCHEMA", "images[0].alt"],
  ])("%s: an issue at its line, with field and expected", (_name, from, to, code, field) => {
    const annotation = edited(from, to);
    const { model, issues } = validate(annotation);
    expect(model).toBeUndefined();
    const issue = issues.find((i: SourceIssue) => i.code === code && i.field === field);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.file).toBe("annotation.yaml");
    expect(issue?.expected).toBeTruthy();
    expect(lineOf(annotation, issue!.line)).toContain(to.split("\n").pop()!.trim().slice(0, 12));
  });
});

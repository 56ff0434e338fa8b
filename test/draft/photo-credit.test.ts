// Photo captions with a trailing agency credit: each form of data/lexicons/photo-credits.json gives the
// caption and the credit, the draft proposes the image credited to the agency (the gazetteer's, or a new
// Organization), and the draft still validates with nothing dropped.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { annotationToYaml } from "../../src/draft/annotation-yaml.ts";
import { attachPhotoCredits, detectPhotoCredits } from "../../src/draft/detect-photo-credit.ts";
import { ruleExtractor } from "../../src/draft/draft-annotation.ts";
import { keepValid } from "../../src/draft/keep-valid.ts";
import type { AnnotationSpec } from "../../src/model/annotation-spec.ts";
import { validateArticle } from "../../src/validate/validate-article.ts";
import { SEED_DIR } from "../helpers/seed.ts";

const META = { id: "photo-article", headline: "Photo", publisher: "Test Daily", author: ["A. Writer"], datePublished: "2023-03-24", language: "en" };
const BODY = "\n\nSouth Korea and Japan agreed on Friday to expand cooperation on chips, officials said.\n";

const spans = (text: string) =>
  detectPhotoCredits(text).map((p) => ({ caption: text.slice(p.caption.start, p.caption.end), credit: text.slice(p.credit.start, p.credit.end), agency: text.slice(p.agency.start, p.agency.end) }));

function draftValid(text: string): AnnotationSpec {
  const { spec, dropped } = keepValid(ruleExtractor.draft({ text, datePublished: META.datePublished, corpus: [] }), META, text);
  expect(dropped).toEqual([]);
  const yaml = annotationToYaml(spec, { articleId: META.id, extractor: "rules", datePublished: META.datePublished });
  const result = validateArticle({
    dir: "photo",
    files: { meta: { path: "article.yaml", text: JSON.stringify(META) }, text: { path: "article.txt", text }, annotation: { path: "annotation.yaml", text: yaml } },
  });
  expect(result.issues).toEqual([]);
  expect(result.model?.meta.images?.length).toBe(spec.images?.length ?? 0);
  return parse(yaml) as AnnotationSpec;
}

describe("photo credits", () => {
  it.each([
    ["Finance Minister Choo Kyung-ho speaks at a meeting in Seoul on Friday. [YONHAP]", "Finance Minister Choo Kyung-ho speaks at a meeting in Seoul on Friday.", "YONHAP", "YONHAP"],
    ["Prime Minister Fumio Kishida arrives in Tokyo on Thursday. (Reuters)", "Prime Minister Fumio Kishida arrives in Tokyo on Thursday.", "Reuters", "Reuters"],
    ["Police officers stand guard outside the embassy. Photo: AFP", "Police officers stand guard outside the embassy.", "AFP", "AFP"],
    ["The president speaks at the White House on Monday / AP Photo", "The president speaks at the White House on Monday", "AP Photo", "AP"],
    ["Protesters march through central Brussels © EPA", "Protesters march through central Brussels", "EPA", "EPA"],
  ])("%s: caption and credit", (line, caption, credit, agency) => {
    expect(spans(`${line}${BODY}`)).toEqual([{ caption, credit, agency }]);
  });

  it("a line of prose or a credit alone is no caption", () => {
    expect(spans("South Korea and Japan agreed on Friday to expand cooperation on chips.\n[YONHAP]\nsaid the official (Reuters)\n")).toEqual([]);
  });

  it("the seed's caption drafts to the seed's reviewed image", () => {
    const text = readFileSync(`${SEED_DIR}/article.txt`, "utf8");
    const reviewed = parse(readFileSync(`${SEED_DIR}/annotation.yaml`, "utf8")) as AnnotationSpec;
    const drafted = draftValid(text);
    expect(drafted.images?.map(({ drafted: _d, ...image }) => image)).toEqual(reviewed.images);
    expect(drafted.entities.find((e) => e.id === "yonhap")?.kind).toBe("Organization");
  });

  it("credits the gazetteer's agency, or proposes an Organization for one it does not know", () => {
    const known = draftValid(`Prime Minister Fumio Kishida arrives in Tokyo on Thursday. (Reuters)${BODY}`);
    expect(known.images?.[0]?.credit?.entity).toBe("reuters");
    const unknown = draftValid(`Workers assemble chips at a plant in Pyeongtaek on Monday. [NEWSPIM]${BODY}`);
    const id = unknown.images?.[0]?.credit?.entity;
    expect(unknown.entities.find((e) => e.id === id)).toMatchObject({ kind: "Organization", label: "NEWSPIM", drafted: true });
  });

  it("never reuses an id the draft gives to something else", () => {
    const spec: AnnotationSpec = { entities: [{ id: "newspim", kind: "Product", label: "Newspim", evidence: ["assemble"] }] };
    const text = `Workers assemble chips at a plant in Pyeongtaek on Monday. [NEWSPIM]${BODY}`;
    const out = attachPhotoCredits(text, spec, []);
    const credited = out.entities.find((e) => e.id === out.images?.[0]?.credit?.entity);
    expect(credited?.kind).toBe("Organization");
    expect(credited?.id).not.toBe("newspim");
  });
});

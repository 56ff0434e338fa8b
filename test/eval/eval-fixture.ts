// The hand-made article of the kg eval tests, and a way to turn an edited copy of its gold
// annotation into a model through the real validator (so evidence spans are located as in use).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import type { AnnotationSpec, EntitySpec } from "../../src/model/annotation-spec.ts";
import type { ArticleModel } from "../../src/model/types.ts";
import { formatIssue } from "../../src/errors.ts";
import { validateSources } from "../../src/validate/validate-sources.ts";

export const FIXTURE_DIR = "test/fixtures/eval/synthetic-2019-07-05-export-curbs";
const read = (file: string) => readFileSync(join(FIXTURE_DIR, file), "utf8");
export const FIXTURE_TEXT = read("article.txt");

/** A fresh, editable copy of the gold annotation. */
export function goldSpec(): AnnotationSpec {
  return parse(read("annotation.yaml")) as AnnotationSpec;
}

/** The entity with this id in a spec (throws if absent, so a typo fails the test). */
export function entity(spec: AnnotationSpec, id: string): EntitySpec {
  const found = spec.entities.find((e) => e.id === id);
  if (!found) throw new Error(`no entity ${id} in the spec`);
  return found;
}

/** Validates `spec` against the fixture's article (or `text`); throws listing the issues if invalid. */
export function modelOf(spec: AnnotationSpec, text = FIXTURE_TEXT, name = "annotation.yaml"): ArticleModel {
  const { models, issues } = validateSources([
    {
      dir: FIXTURE_DIR,
      files: {
        meta: { path: join(FIXTURE_DIR, "article.yaml"), text: read("article.yaml") },
        text: { path: join(FIXTURE_DIR, "article.txt"), text },
        annotation: { path: join(FIXTURE_DIR, name), text: stringify(spec) },
      },
    },
  ]);
  if (issues.length > 0 || !models[0]) throw new Error(`invalid test annotation:\n${issues.map(formatIssue).join("\n")}`);
  return models[0];
}

export const goldModel = (): ArticleModel => modelOf(goldSpec());

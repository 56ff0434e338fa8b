// The vague-name warning: an entity's name equals a name of another article's entity of the same kind, and
// the two stay apart because the name is no merge key on both sides ("the government", "the summit", "Choo").
// Under the old rule (any label or alias) they were merged; now they are not. Usually right — and then the
// warning says so once — but it is also how a missed merge shows: give both the same id or Wikidata item, or
// list a proper name under `mergeAliases` on both. Runs the builder's own MergeIndex in the builder's order, so it
// warns about exactly the entities the build keeps apart.
import type { SourceIssue } from "../errors.ts";
import type { ArticleModel } from "../model/types.ts";
import { MergeIndex, type NameSource } from "../graph/merge-index.ts";

export interface ModelWithLines {
  model: ArticleModel;
  nameLine?: ((entityId: string, name: string) => { line: number; field: string } | undefined) | undefined;
}

const describe = (source: NameSource): string => (source.field === "label" ? `label "${source.name}"` : `alias "${source.name}"`);

/** Warnings for `models` in build order (sorted by article id, as validateSources returns them). */
export function mergeWarnings(models: readonly ModelWithLines[]): SourceIssue[] {
  const index = new MergeIndex();
  const warnings: SourceIssue[] = [];
  for (const { model, nameLine } of models) {
    const article = model.meta.id;
    for (const entity of model.nodes) {
      const resolution = index.resolve(entity, article);
      const vague = resolution.vague;
      if (vague) {
        const place = nameLine?.(entity.id, vague.own.field === "label" ? "" : vague.own.name);
        const why = !vague.own.key ? `its ${vague.own.field === "label" ? `kind's labels (${entity.attributes.kind})` : "alias"} is no merge key` : `the other's ${vague.other.field} is no merge key`;
        warnings.push({
          code: "VAGUE_NAME",
          file: model.meta.sourceFiles.annotation,
          line: place?.line ?? 0,
          field: place?.field ?? `entities.${entity.id}`,
          message:
            `${describe(vague.own)} of "${entity.id}" is also the ${describe(vague.other)} of "${vague.node}" (article "${vague.otherArticle}"), ` +
            `a ${entity.attributes.kind} too; they are not merged: ${why}` +
            (resolution.target ? ` ("${entity.id}" joins "${resolution.target}" by ${resolution.via})` : ""),
          expected: `nothing if they are two things; if one: the id "${vague.node}" or the same Wikidata item, or mergeAliases: ["${vague.own.name}"] in both articles for a proper, unambiguous name`,
        });
      }
      index.add(entity, resolution.target ?? entity.id, article);
    }
  }
  return warnings;
}

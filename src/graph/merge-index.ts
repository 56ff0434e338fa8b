// Which node an article's entity joins. One index for the builder and for the validator's warnings, so
// the warning says exactly what the build does. Keys, in order: the entity id; its Wikidata item; a name
// that is a merge key on both sides (a label of a kind whose labels are proper names, or an alias the
// annotation lists under `mergeAliases`). Any other shared name ("the government", "the summit", "Choo") is a
// name inside one article: it merged entities before and no longer does; the index still sees it, so the
// validator can warn where it would have merged (docs/annotation-guide.md, "Merging across articles").
import type { NodeAttributes } from "../model/types.ts";
import { KINDS } from "../model/vocabulary.ts";
import { normalizeName } from "./normalize-name.ts";

export interface MergeEntity {
  id: string;
  attributes: Pick<NodeAttributes, "kind" | "label" | "aliases" | "wikidata">;
  mergeAliases?: string[];
}

/** Where a name came from: the label, or an alias (marked as a merge key or not). */
export interface NameSource {
  name: string;
  field: "label" | "alias";
  /** A key for merging across articles. */
  key: boolean;
}

/** A name of an entity equal to a name of a node of another article that does not make them one. */
export interface VagueMatch {
  /** The entity's own name that matched. */
  own: NameSource;
  /** The node it would have joined under the old rule (any shared name), and that node's name and article. */
  node: string;
  other: NameSource;
  otherArticle: string;
}

export interface Resolution {
  /** The existing node the entity joins, if any. */
  target?: string;
  /** How: `id`, `wikidata` or `name` (with the name that matched). */
  via?: "id" | "wikidata" | "name";
  name?: string;
  /** A vague shared name: the old rule (any label or alias) would have joined `node`; the new one does not. */
  vague?: VagueMatch;
}

const nameKey = (kind: string, name: string): string => `${kind}\u0000${normalizeName(name)}`;

/** The entity's names with whether each is a merge key. */
export function namesOf(entity: MergeEntity): NameSource[] {
  const { kind, label, aliases } = entity.attributes;
  const marked = new Set(entity.mergeAliases ?? []);
  return [
    { name: label, field: "label" as const, key: KINDS[kind].labelIsName },
    ...aliases.map((name) => ({ name, field: "alias" as const, key: marked.has(name) })),
  ];
}

export class MergeIndex {
  private readonly ids = new Set<string>();
  private readonly byWikidata = new Map<string, string>();
  /** Merge keys (kind + normalised name) → node. */
  private readonly byKey = new Map<string, string>();
  /** Every name (the old rule) → the first node, article and name that had it. */
  private readonly byAnyName = new Map<string, { node: string; article: string; source: NameSource }>();
  /** The articles each node has come from: entities of one article with different ids stay apart. */
  private readonly articles = new Map<string, Set<string>>();

  /** Which node `entity` of `article` joins, without recording it. */
  resolve(entity: MergeEntity, article: string, options: { byWikidata?: boolean; byName?: boolean } = {}): Resolution {
    if (this.ids.has(entity.id)) return { target: entity.id, via: "id" };
    // Two ids in one article are two things the annotator told apart.
    const elsewhere = (node: string | undefined): string | undefined => (node && !this.articles.get(node)?.has(article) ? node : undefined);
    const kind = entity.attributes.kind;
    let resolution: Resolution = {};
    const qid = entity.attributes.wikidata;
    const byQid = qid && (options.byWikidata ?? true) ? elsewhere(this.byWikidata.get(`${kind}\u0000${qid}`)) : undefined;
    const names = namesOf(entity);
    if (byQid) resolution = { target: byQid, via: "wikidata" };
    else if (options.byName ?? true) {
      for (const source of names) {
        const match = source.key ? elsewhere(this.byKey.get(nameKey(kind, source.name))) : undefined;
        if (match) {
          resolution = { target: match, via: "name", name: source.name };
          break;
        }
      }
    }
    // The old rule: the first of the entity's names that any node had, in the order label, aliases.
    for (const source of names) {
      const old = this.byAnyName.get(nameKey(kind, source.name));
      if (!old || !elsewhere(old.node)) continue;
      if (old.node !== resolution.target) resolution.vague = { own: source, node: old.node, other: old.source, otherArticle: old.article };
      break;
    }
    return resolution;
  }

  /** Records that `entity` of `article` is (or joined) node `target`. */
  add(entity: MergeEntity, target: string, article: string): void {
    this.ids.add(target);
    const articles = this.articles.get(target) ?? new Set<string>();
    articles.add(article);
    this.articles.set(target, articles);
    const kind = entity.attributes.kind;
    const qid = entity.attributes.wikidata;
    if (qid && !this.byWikidata.has(`${kind}\u0000${qid}`)) this.byWikidata.set(`${kind}\u0000${qid}`, target);
    for (const source of namesOf(entity)) {
      const key = nameKey(kind, source.name);
      if (source.key && !this.byKey.has(key)) this.byKey.set(key, target);
      if (!this.byAnyName.has(key)) this.byAnyName.set(key, { node: target, article, source });
    }
  }
}

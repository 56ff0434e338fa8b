// Settling ids: an entity the corpus already has is reused by id (by Wikidata id first, then by
// label or alias, case- and accent-insensitive, within the same kind group), never duplicated; a new
// one gets a kebab-case id from its label that clashes with nothing in the corpus. Then the
// structural hints are turned into relations between the settled ids.
import { KINDS } from "../model/vocabulary.ts";
import { nameKey, slugify } from "./entity-labels.ts";
import type { DraftEntity, EntityState } from "./entity-state.ts";
import type { CorpusEntity, EntityCandidate, RelationCandidate } from "./types.ts";

export function linkEntities(state: EntityState, corpus: readonly CorpusEntity[]): { entities: EntityCandidate[]; relations: RelationCandidate[] } {
  const byWikidata = new Map<string, CorpusEntity>();
  const byName = new Map<string, CorpusEntity[]>();
  const corpusIds = new Set<string>();
  for (const entity of corpus) {
    corpusIds.add(entity.id);
    if (entity.wikidata && !byWikidata.has(entity.wikidata)) byWikidata.set(entity.wikidata, entity);
    for (const name of [entity.label, ...entity.aliases]) {
      const key = nameKey(name);
      if (!key) continue;
      const list = byName.get(key) ?? [];
      if (!list.includes(entity)) list.push(entity);
      byName.set(key, list);
    }
  }

  const drafts = [...state.entities.values()].filter((e) => e.mentions.length > 0);
  for (const d of drafts) d.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  drafts.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start || a.key.localeCompare(b.key));

  const used = new Set<string>();
  const idOf = new Map<string, string>();
  const candidates: EntityCandidate[] = [];
  for (const draft of drafts) {
    const aliases = aliasesOf(draft);
    const known = findInCorpus(draft, aliases, byWikidata, byName);
    let id: string;
    let linked = false;
    if (known && !used.has(known.id)) {
      id = known.id;
      linked = true;
    } else {
      const base = draft.gazetteer?.id ?? (slugify(draft.label) || "entity");
      id = base;
      for (let n = 2; used.has(id) || corpusIds.has(id); n++) id = `${base}-${n}`;
    }
    used.add(id);
    idOf.set(draft.key, id);
    const label = linked && known ? known.label : draft.label;
    const named = draft.mentions.filter((m) => !m.via.startsWith("coref") && !m.via.endsWith("demonym"));
    const base = Math.max(...(named.length > 0 ? named : draft.mentions).map((m) => m.confidence));
    // A name met twice by the rules is surer than one met once; demonyms and coreference add nothing.
    const confidence = Math.min(0.98, named.length >= 2 ? base + 0.05 : base);
    const candidate: EntityCandidate = {
      id,
      kind: linked && known && sameGroup(known.kind, draft.kind) ? known.kind : draft.kind,
      label,
      aliases: aliases.filter((a) => a !== label),
      mentions: draft.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, via: m.via })),
      confidence: Math.round(confidence * 100) / 100,
    };
    const wikidata = known?.wikidata ?? draft.wikidata;
    if (wikidata) candidate.wikidata = wikidata;
    if (draft.jobTitle && draft.kind === "Person") candidate.jobTitle = draft.jobTitle;
    if (draft.description) candidate.description = draft.description;
    if (linked) candidate.linked = true;
    candidates.push(candidate);
  }

  const resolve = (ref: string): string | undefined => {
    if (ref.startsWith("government-of:")) {
      const country = ref.slice("government-of:".length);
      for (const draft of drafts) if (draft.gazetteer?.key === "government" && draft.gazetteer.country === country) return idOf.get(draft.key);
      return idOf.get(country);
    }
    return idOf.get(ref);
  };
  const relations: RelationCandidate[] = [];
  const seen = new Set<string>();
  for (const hint of state.relations) {
    const from = resolve(hint.from);
    const to = resolve(hint.to);
    if (!from || !to || from === to) continue;
    const key = `${from}|${hint.rel}|${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const relation: RelationCandidate = { from, rel: hint.rel, to, modality: "happened", confidence: hint.confidence, evidence: hint.evidence };
    if (hint.role) relation.role = hint.role;
    if (hint.note) relation.note = hint.note;
    relations.push(relation);
  }
  return { entities: candidates, relations };
}

/** Forms the text uses for the entity, in order of appearance: names and descriptions, not pronouns or demonyms. */
function aliasesOf(draft: DraftEntity): string[] {
  const out: string[] = [];
  for (const m of draft.mentions) {
    if (!m.naming) continue;
    let form = m.text.replace(/\s+/g, " ").trim();
    if (m.via.startsWith("coref:") && /^The /.test(form)) form = `t${form.slice(1)}`;
    if (form && nameKey(form) !== nameKey(draft.label) && !out.includes(form)) out.push(form);
  }
  return out;
}

function sameGroup(a: keyof typeof KINDS, b: keyof typeof KINDS): boolean {
  return KINDS[a].group === KINDS[b].group;
}

function findInCorpus(
  draft: DraftEntity,
  aliases: readonly string[],
  byWikidata: Map<string, CorpusEntity>,
  byName: Map<string, CorpusEntity[]>,
): CorpusEntity | undefined {
  if (draft.wikidata) {
    const hit = byWikidata.get(draft.wikidata);
    if (hit && sameGroup(hit.kind, draft.kind)) return hit;
  }
  // Descriptions ("the minister") and bare surnames name different things in different articles.
  const names = [draft.label, ...draft.knownNames, ...aliases].filter(
    (n) => !/^the /i.test(n) && !(draft.kind === "Person" && !/\s/.test(n)),
  );
  for (const name of names) {
    const list = byName.get(nameKey(name));
    const hit = list?.find((c) => sameGroup(c.kind, draft.kind));
    if (hit) return hit;
  }
  return undefined;
}

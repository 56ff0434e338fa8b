// Many countries have a "National Assembly", a "Duma" is also a given name, and the gazetteer files
// each such institution under one country. When the article never names that country (nor a place
// the gazetteer puts in it), and the words read do not name it either, the institution is not that
// country's: "the National Assembly" of a Botswana election stays a National Assembly, unlinked
// (no Wikidata id, no corpus id of Korea's), and a one-word alias alone ("UDC leader Duma Boko")
// is dropped rather than read as Russia's parliament.
import type { Kind } from "../model/vocabulary.ts";
import { mainCountry } from "./coref-resolve.ts";
import { nameKey } from "./entity-labels.ts";
import { type DraftEntity, type EntityState, rekeyHints } from "./entity-state.ts";
import { gazetteerIndex } from "./gazetteer-index.ts";

export function unlinkForeignInstitutions(state: EntityState): void {
  const gazetteer = gazetteerIndex();
  const named = new Set<string>();
  for (const entity of state.entities.values()) {
    if (entity.gazetteer?.source === "institution") continue;
    if (entity.kind === "Country") named.add(entity.key);
    if (entity.gazetteer?.country) named.add(entity.gazetteer.country);
    if (entity.gazetteer?.in) named.add(entity.gazetteer.in);
  }
  for (const entity of [...state.entities.values()]) {
    const entry = entity.gazetteer;
    if (entry?.source !== "institution" || !entry.country || named.has(entry.country)) continue;
    const country = gazetteer.entries.get(entry.country);
    const countryNames = country ? [country.label, ...country.aliases].map((n) => n.toLowerCase()) : [];
    if (entity.mentions.some((m) => countryNames.some((n) => m.text.toLowerCase().includes(n)))) continue;
    const naming = entity.mentions.filter((m) => m.naming);
    if (naming.length === 0) continue;
    if (naming.every((m) => !/\s/.test(m.text) && m.text !== entry.label)) {
      state.entities.delete(entity.key);
      state.relations = state.relations.filter((h) => h.from !== entity.key && h.to !== entity.key);
      continue;
    }
    const plain = replace(state, entity, naming[0]!.text.replace(/^the\s+/i, ""));
    // It is the institution of the country the article is about, if it is about one.
    const home = mainCountry(state);
    const first = plain.mentions[0]!;
    if (home) state.relations.push({ from: plain.key, rel: "partOf", to: home, evidence: [{ start: first.start, end: first.end }], confidence: 0.7, note: "the institution of the country the article is about" });
  }
}

/** The same mentions under a node of their own, with none of the gazetteer entry's knowledge. */
function replace(state: EntityState, entity: DraftEntity, label: string): DraftEntity {
  const kind: Kind = entity.kind;
  const key = `${kind}:${nameKey(label)}`;
  const plain: DraftEntity = { key, kind, label, mentions: entity.mentions, knownNames: [] };
  state.entities.delete(entity.key);
  state.entities.set(key, plain);
  state.relations = state.relations.filter((h) => !(h.from === entity.key && h.to === entity.gazetteer?.country));
  rekeyHints(state, entity.key, key);
  return plain;
}

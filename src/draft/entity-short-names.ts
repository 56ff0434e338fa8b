// A company or union named in full once is named short afterwards: "Qantas Airways" … "Qantas",
// "Acme Holdings" … "Acme", "the FNV Havens union" … "FNV Havens spokesman Niek Stam". The short form
// is the full name without its designator (data/lexicons/entity-heads.json `companyDesignators`) or
// without the lower-case head the reader joined to an unknown name ("union", "party"): an entity read
// under the short form alone is merged into the full one (into the gazetteer's, if only that one is
// known there), and a short form nothing read becomes a mention of it.
import heads from "../../data/lexicons/entity-heads.json" with { type: "json" };
import nameContext from "../../data/lexicons/entity-name-context.json" with { type: "json" };
import { nameKey } from "./entity-labels.ts";
import { addMention, claim, rekeyHints, type DraftEntity, type EntityState } from "./entity-state.ts";

const DESIGNATORS = new Set(heads.companyDesignators);
const HEADS_AFTER = new Set((nameContext as { organisationHeadsAfter?: string[] }).organisationHeadsAfter ?? []);

export function mergeShortNames(state: EntityState): void {
  for (const full of [...state.entities.values()]) {
    if (full.kind !== "Organization" || !state.entities.has(full.key)) continue;
    const words = full.label.split(/\s+/);
    const last = words[words.length - 1]!;
    if (words.length < 2 || !(DESIGNATORS.has(last) || (HEADS_AFTER.has(last) && full.mentions.some((m) => m.via === "pattern:name-org-head")))) continue;
    const short = words.slice(0, -1).join(" ");
    const shortKey = nameKey(short);
    const other = [...state.entities.values()].find((e) => e !== full && e.kind === "Organization" && nameKey(e.label) === shortKey);
    let target = full;
    if (other) target = merge(state, other.gazetteer && !full.gazetteer ? other : full, other.gazetteer && !full.gazetteer ? full : other);
    mentionShortForms(state, target, short);
  }
}

/** Moves `from`'s mentions and links to `into`; returns `into`. */
function merge(state: EntityState, into: DraftEntity, from: DraftEntity): DraftEntity {
  for (const m of from.mentions) addMention(state, into, m.start, m.end, m.via, m.confidence, m.naming);
  rekeyHints(state, from.key, into.key);
  into.wikidata ??= from.wikidata;
  state.entities.delete(from.key);
  return into;
}

/** Unread occurrences of the short form, standing alone (no capitalised word on either side). */
function mentionShortForms(state: EntityState, entity: DraftEntity, short: string): void {
  const { tokens } = state;
  const parts = short.split(" ");
  for (let i = 0; i + parts.length <= tokens.length; i++) {
    if (!parts.every((p, k) => tokens[i + k]!.text === p && !state.claimed[i + k])) continue;
    const end = i + parts.length;
    if ((tokens[i - 1]?.cap && tokens[i - 1]!.text !== "The") || tokens[end]?.cap || (tokens[end]?.text === "-" && !tokens[end]!.spaceBefore)) continue;
    addMention(state, entity, tokens[i]!.start, tokens[end - 1]!.end, "coref:short-name", 0.8, true);
    claim(state, i, end);
  }
}

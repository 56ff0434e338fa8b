// An acronym in brackets right after a name is that name's short form, even where the reader took the
// two apart: the name was read by another rule ("United Steelworkers (USW)"), the long form runs on
// past the name it read ("Committee on Foreign Investment in the United States (CFIUS)"), the
// acronym spells the name with its owner ("Botswana's Democratic Party (BDP)"), or it spells the name
// in its own language ("German Weather Service (DWD)", Deutscher Wetterdienst). The unknown acronym
// then stops being an organisation of its own: its mentions are the name's.
import type { Kind } from "../model/vocabulary.ts";
import { acronymMatches } from "./name-patterns.ts";
import { addMention, rekeyHints, type DraftEntity, type EntityState } from "./entity-state.ts";

// Kinds a bracketed acronym can abbreviate.
const NAMED_KINDS = new Set<Kind>(["Organization", "GovernmentOrganization", "Court", "Bloc", "Legislation", "Agreement", "Programme", "Facility"]);
// Words that may stand inside a long form between its capitalised words.
const LINKS = new Set(["of", "in", "for", "on", "and", "the", "&", "to", "at", "'s", "’s", ","]);
const UNKNOWN_ACRONYM = "pattern:unknown-acronym";

export function mergeBracketedAcronyms(state: EntityState): void {
  const { tokens, text } = state;
  for (const acronym of [...state.entities.values()]) {
    if (acronym.kind !== "Organization" || acronym.mentions.length === 0 || acronym.mentions.some((m) => m.via !== UNKNOWN_ACRONYM)) continue;
    const first = acronym.mentions.reduce((a, b) => (b.start < a.start ? b : a));
    const i = tokens.findIndex((t) => t.start === first.start);
    if (i < 2 || tokens[i - 1]!.text !== "(" || tokens[i + 1]?.text !== ")") continue;
    const before = tokens[i - 2]!;
    // The long form: capitalised words and the links between them, back from the bracket.
    let from = i - 2;
    while (from > 0 && (tokens[from - 1]!.cap || LINKS.has(tokens[from - 1]!.text)) && tokens[from - 1]!.text !== "The") from--;
    while (from < i - 2 && !tokens[from]!.cap) from++;
    const longStart = tokens[from]!.start;
    const owner = namedOwner(state, longStart, before.end);
    if (!owner) continue;
    const longForm = text.slice(longStart, before.end).replace(/['’]s\b/g, "");
    const ownMention = owner.mentions.find((m) => m.end === before.end);
    const spelled = acronymMatches(acronym.label, longForm) || acronymMatches(acronym.label, owner.label);
    // An acronym from another language: only right after the name itself, and all in capitals.
    const foreign = Boolean(ownMention) && /^\p{Lu}{2,6}$/u.test(acronym.label);
    if (!spelled && !foreign) continue;
    if (spelled && !ownMention && longStart < Math.min(...owner.mentions.map((m) => m.start)) + 1) {
      // The name runs on past what was read: the whole run is the name.
      owner.label = longForm.replace(/\s+/g, " ").trim();
      addMention(state, owner, longStart, before.end, "pattern:acronym-definition", 0.8, true);
    }
    for (const m of acronym.mentions) addMention(state, owner, m.start, m.end, "acronym", 0.9, true);
    rekeyHints(state, acronym.key, owner.key);
    state.acronyms.set(acronym.label.toLowerCase(), owner.key);
    state.entities.delete(acronym.key);
  }
}

/** The named entity whose mention starts the long form, or ends right before the bracket. */
function namedOwner(state: EntityState, start: number, end: number): DraftEntity | undefined {
  let best: DraftEntity | undefined;
  for (const entity of state.entities.values()) {
    if (!NAMED_KINDS.has(entity.kind)) continue;
    for (const m of entity.mentions) {
      if (m.end === end && m.start >= start) return entity;
      if (m.start === start && m.end <= end && !best) best = entity;
    }
  }
  return best;
}

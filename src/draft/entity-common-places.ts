// Facilities named by common nouns: "the government complex", "the envisioned semiconductor
// cluster", "two container terminals", "refugee camps". Annotators record them as Facility nodes
// (the seed's gold has both of the first two), and a later bare "the cluster" is the one named
// before. Only a head with a describing word before it is a node of its own: a bare "the plant"
// names nothing an annotator could label, unless it refers back to a facility met earlier.
import heads from "../../data/lexicons/entity-heads.json" with { type: "json" };
import { capitalise, nameKey } from "./entity-labels.ts";
import { addMention, claim, latestBefore, sentenceAt, type DraftEntity, type EntityState } from "./entity-state.ts";
import { isDescriptiveWord, isVerbWord } from "./entity-word-class.ts";

const HEADS = new Set([...heads.facilityNouns, ...heads.commonFacilityNouns]);
/** Words that say how big, new or planned a facility is: not part of what an annotator labels it. */
const NOT_LABEL = new Set(heads.facilityModifiersNot);
const VERB_HOMOGRAPHS = new Set(heads.verbHomographs);
const DETERMINERS = /^(the|a|an|its|their|two|three|four|five|several|both|new)$/i;
const PREPOSITIONS = /^(at|in|into|to|from|near|outside|inside|across|around)$/;
/** How many sentences back a bare "the cluster" may find its facility. */
const WINDOW = 8;

export function readCommonFacilities(state: EntityState): void {
  const { tokens } = state;
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (state.claimed[i] || !head.word || !HEADS.has(head.text) || !head.spaceBefore) continue;
    // "plant operators", "port workers": the noun modifies the next one.
    const next = tokens[i + 1];
    if (next?.word && next.spaceBefore && /^\p{Ll}+$/u.test(next.text) && isDescriptiveWord(next.text) && !isVerbWord(next.text) && !/(ed|ly)$/.test(next.text) && !/^(of|in|at|on|near|for|and|or|to|that|which|where|was|is|will|would)$/.test(next.text)) continue;
    if (next?.text === "-" && !next.spaceBefore) continue;
    let from = i;
    while (from > i - 3 && isModifier(state, from - 1)) from--;
    // "The outage forced hospitals to …": a participle describes only right after the determiner
    // ("the envisioned cluster"); after a noun it is that noun's verb, and the facility starts past it.
    const verbAt = tokens.slice(from, i).findIndex((t, k) => k > 0 && /ed$/.test(t.text));
    if (verbAt > 0) from += verbAt + 1;
    const determiner = tokens[from - 1];
    // "sheltered at evacuation centres", "in refugee camps": a described plural after a preposition needs no determiner.
    // So does one right after its verb ("The strike hit container terminals", "idled grain terminals").
    const plural = from < i && /s$/.test(head.text) && (PREPOSITIONS.test(determiner?.text ?? "") || VERB_HOMOGRAPHS.has(determiner?.text ?? "") || /^\p{Ll}+ed$/u.test(determiner?.text ?? ""));
    if (!determiner || !(DETERMINERS.test(determiner.text) || plural) || state.claimed[from - 1]) continue;
    // "one of the biggest production sites": a comparison describes something named elsewhere.
    if (tokens.slice(from, i).some((t) => /est$/.test(t.text))) continue;
    const words = tokens.slice(from, i).map((t) => t.text).filter((w) => !NOT_LABEL.has(w) && !/ed$/.test(w));
    const start = tokens[from]!.start;
    if (words.length === 0) {
      const earlier = referent(state, head.text, start);
      if (earlier) {
        addMention(state, earlier, tokens[from - 1]!.start, head.end, "coref:facility", 0.65, true);
        claim(state, from - 1, i + 1);
      }
      continue;
    }
    const label = capitalise(`${words.join(" ")} ${head.text}`);
    const key = `Facility:${nameKey(label)}`;
    let entity = state.entities.get(key);
    if (!entity) {
      entity = { key, kind: "Facility", label, mentions: [], knownNames: [] };
      state.entities.set(key, entity);
    }
    addMention(state, entity, tokens[from]!.start, head.end, "pattern:common-facility", 0.55, true);
    claim(state, from, i + 1);
  }
}

function isModifier(state: EntityState, index: number): boolean {
  const token = state.tokens[index];
  // A lower-case topic ("semiconductor cluster") may describe the facility though the topic holds the word.
  if (!token || !token.word || !/^\p{Ll}[\p{Ll}-]*$/u.test(token.text)) return false;
  if (DETERMINERS.test(token.text) && token.text !== "new") return false;
  // "the envisioned semiconductor cluster": a participle describes too (and is left out of the label).
  if (/ly$/.test(token.text) || !isDescriptiveWord(token.text) && !/ed$/.test(token.text)) return false;
  // "The strike hit container terminals": the verb ends the subject; the facility starts after it.
  if (VERB_HOMOGRAPHS.has(token.text)) return false;
  return true;
}

/** The nearest earlier facility whose label ends in the same noun ("the cluster" → "Semiconductor cluster"). */
function referent(state: EntityState, noun: string, offset: number): DraftEntity | undefined {
  const sentence = sentenceAt(state.sentences, offset);
  const windowStart = state.sentences[Math.max(0, sentence - WINDOW)]?.start ?? 0;
  let best: { entity: DraftEntity; at: number } | undefined;
  for (const entity of state.entities.values()) {
    if (entity.kind !== "Facility" || !entity.label.toLowerCase().endsWith(noun.toLowerCase())) continue;
    const last = latestBefore(entity.mentions, offset);
    if (!last || last.start < windowStart) continue;
    if (!best || last.start > best.at) best = { entity, at: last.start };
  }
  return best?.entity;
}

// Organisations named by common nouns after "the": "the union", "the dockers' union", "the port
// authority", "the opposition", "police" (data/lexicons/entity-common-orgs.json). Annotators record
// them as nodes, and a later "the union" is the union named before. Run after coreference, which
// has already sent "the court", "the company" and "the government" to named entities where it
// could; what is left here either refers to an entity whose label contains the head word, names the
// institution of the article's main country ("the central bank"), or becomes a node of its own.
// A bare head with nothing named ("the ministry") stays unread: too vague to be a node.
import lexicon from "../../data/lexicons/entity-common-orgs.json" with { type: "json" };
import speech from "../../data/lexicons/speech-verbs.json" with { type: "json" };
import type { Kind } from "../model/vocabulary.ts";
import { mainCountry } from "./coref-resolve.ts";
import { capitalise, nameKey } from "./entity-labels.ts";
import { addMention, claim, latestBefore, sentenceAt, type DraftEntity, type EntityState } from "./entity-state.ts";
import { isDescriptiveWord } from "./entity-word-class.ts";
import { gazetteerIndex } from "./gazetteer-index.ts";

interface Phrase {
  words: string[];
  kind: Kind;
  alone: boolean;
  bare: boolean;
  template?: string;
  labelHas: string[];
}

const PHRASES: Phrase[] = lexicon.phrases
  .map((p) => ({
    words: p.text.split(" "),
    kind: p.kind as Kind,
    alone: Boolean((p as { alone?: boolean }).alone),
    bare: Boolean((p as { bare?: boolean }).bare),
    ...((p as { template?: string }).template ? { template: (p as { template?: string }).template } : {}),
    labelHas: p.labelHas,
  }))
  // Longest first: "central bank" before "bank", "opposition party" before "party".
  .sort((a, b) => b.words.length - a.words.length);

const NOT_MODIFIERS = new Set(lexicon.modifiersNot);
const REPORTING = new Set([...speech.verbs, ...speech.pledgeVerbs, ...speech.hedgingVerbs]);
const ACTOR_KINDS = new Set<Kind>(["GovernmentOrganization", "Organization", "Court"]);

export function readCommonOrganisations(state: EntityState): void {
  const { tokens, text } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (state.claimed[i] || !tokens[i]!.word) continue;
    const phrase = PHRASES.find((p) => p.words.every((w, k) => tokens[i + k]?.text.toLowerCase() === w && !state.claimed[i + k] && (k === 0 || tokens[i + k]!.spaceBefore)));
    if (!phrase) continue;
    const headEnd = i + phrase.words.length;
    // "police officers", "the union movement": the head modifies another noun.
    const next = tokens[headEnd];
    if (next && next.word && /^\p{Ll}/u.test(next.text) && isDescriptiveWord(next.text) && !/(ed|s)$/.test(next.text)) continue;
    if (next && next.text === "-" && !next.spaceBefore) continue;
    // Capitalised inside a sentence, the head belongs to a name the reader could not place ("Union Pacific").
    if (tokens[i]!.cap && !isSentenceStart(state, i) && tokens[i - 1]?.cap) continue;
    const modifiers = modifiersBefore(state, i);
    const determinerAt = modifiers.from - 1;
    const determiner = tokens[determinerAt]?.text.toLowerCase();
    // "Indonesia's disaster agency", "Kenyan police": a country (possessive or adjective) in place of "the".
    const owner = modifiers.owner;
    if (owner && (modifiers.from < i || phrase.alone || phrase.template)) {
      const label = capitalise(text.slice(tokens[owner.from]!.start, tokens[headEnd - 1]!.end));
      const key = `${phrase.kind === "Organization" ? "Organization" : "GovernmentOrganization"}:${nameKey(label)}`;
      let entity = state.entities.get(key);
      if (!entity) {
        entity = { key, kind: phrase.kind === "Organization" ? "Organization" : "GovernmentOrganization", label, mentions: [], knownNames: [] };
        state.entities.set(key, entity);
      }
      // The mention leaves the country's own words to the country: they name an actor of their own.
      addMention(state, entity, tokens[modifiers.from]!.start, tokens[headEnd - 1]!.end, "pattern:country-organisation", 0.65, true);
      state.relations.push({
        from: key,
        rel: "partOf",
        to: owner.entity.key,
        evidence: [{ start: tokens[owner.from]!.start, end: tokens[headEnd - 1]!.end }],
        confidence: 0.85,
        note: `'${label}': the country's own institution`,
      });
      claim(state, modifiers.from, headEnd);
      i = headEnd - 1;
      continue;
    }
    if (determiner !== "the" && !(phrase.bare && modifiers.from === i)) continue;
    if (determiner !== "the" && modifiers.from === i && tokens[i - 1] && /^(a|an|any|no|every)$/i.test(tokens[i - 1]!.text)) continue;
    const start = determiner === "the" ? tokens[determinerAt]!.start : tokens[modifiers.from]!.start;
    const end = tokens[headEnd - 1]!.end;
    const from = determiner === "the" ? determinerAt : modifiers.from;
    const words = text.slice(tokens[modifiers.from]!.start, end);
    const target = apposed(state, from, headEnd) ?? referent(state, start, phrase, modifiers.from < i ? words.toLowerCase() : undefined);
    if (target) {
      addMention(state, target, start, end, `coref:${phrase.words.join("-")}`, 0.7, true);
      claim(state, from, headEnd);
      i = headEnd - 1;
      continue;
    }
    let entity: DraftEntity | undefined;
    if (modifiers.from === i && phrase.template) entity = templateEntity(state, phrase.template);
    if (!entity && (modifiers.from < i || phrase.alone)) {
      const label = capitalise(words);
      const key = `${phrase.kind}:${nameKey(label)}`;
      entity = state.entities.get(key);
      if (!entity) {
        entity = { key, kind: phrase.kind, label, mentions: [], knownNames: [] };
        state.entities.set(key, entity);
      }
    }
    if (!entity) continue;
    addMention(state, entity, start, end, "pattern:common-organisation", modifiers.from < i ? 0.65 : 0.6, true);
    claim(state, from, headEnd);
    i = headEnd - 1;
  }
}

const INDEFINITE = lexicon.indefinite.map((h) => h.split(" ")).sort((a, b) => b.length - a.length);

/**
 * "activate a consultative group", "set up a joint fund": a described organisation introduced with
 * "a" is a node of its own (kind Organization), labelled with its words; a later "the group" finds it.
 */
export function readIndefiniteOrganisations(state: EntityState): void {
  const { tokens, text } = state;
  for (let i = 0; i < tokens.length; i++) {
    // "It is a big company" describes, it does not introduce.
    if (!/^(a|an)$/i.test(tokens[i]!.text) || /^(is|was|are|were|be|been|become|became|remains|as)$/i.test(tokens[i - 1]?.text ?? "")) continue;
    let k = i + 1;
    const modifiersFrom = k;
    while (k < i + 3 && tokens[k]?.word && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text) && !state.claimed[k] && isDescriptiveWord(tokens[k]!.text) && !NOT_MODIFIERS.has(tokens[k]!.text) && !INDEFINITE.some((h) => h.every((w, j) => tokens[k + j]?.text === w))) k++;
    if (k === modifiersFrom) continue;
    const head = INDEFINITE.find((h) => h.every((w, j) => tokens[k + j]?.text === w && !state.claimed[k + j]));
    if (!head) continue;
    const end = k + head.length;
    if (tokens[end]?.text === "of" || (tokens[end]?.text === "-" && !tokens[end]!.spaceBefore)) continue;
    const label = capitalise(text.slice(tokens[modifiersFrom]!.start, tokens[end - 1]!.end));
    const key = `Organization:${nameKey(label)}`;
    let entity = state.entities.get(key);
    if (!entity) {
      entity = { key, kind: "Organization", label, mentions: [], knownNames: [] };
      state.entities.set(key, entity);
    }
    addMention(state, entity, tokens[modifiersFrom]!.start, tokens[end - 1]!.end, "pattern:indefinite-organisation", 0.55, true);
    claim(state, modifiersFrom, end);
    i = end - 1;
  }
}

function isSentenceStart(state: EntityState, index: number): boolean {
  const token = state.tokens[index]!;
  const sentence = state.sentences[sentenceAt(state.sentences, token.start)]!;
  const before = state.text.slice(sentence.start, token.start);
  return /^[\s"“‘'([]*$/.test(before);
}

/** The country named right before `at`, as a possessive ("Indonesia's") or an adjective ("Kenyan"). */
function countryBefore(state: EntityState, at: number): { entity: DraftEntity; from: number } | undefined {
  const { tokens } = state;
  const possessive = /^['’]s$/.test(tokens[at - 1]?.text ?? "") && !tokens[at - 1]!.spaceBefore;
  const last = possessive ? at - 2 : at - 1;
  const token = tokens[last];
  if (!token || !token.cap) return undefined;
  for (const entity of state.entities.values()) {
    if (entity.kind !== "Country") continue;
    const m = entity.mentions.find((x) => x.start <= token.start && x.end >= token.end);
    if (!m) continue;
    let from = last;
    while (from > 0 && tokens[from - 1]!.start >= m.start) from--;
    return { entity, from };
  }
  return undefined;
}

/** Up to two describing words, or a plural possessive ("dockers'"), between "the" (or a country) and the head. */
function modifiersBefore(state: EntityState, head: number): { from: number; owner?: { entity: DraftEntity; from: number } } {
  const { tokens } = state;
  // "the dockers' union", "the workers' union".
  const apostrophe = tokens[head - 1];
  if (apostrophe && /^['’]$/.test(apostrophe.text) && !apostrophe.spaceBefore) {
    const owner = tokens[head - 2];
    if (owner && owner.word && /s$/.test(owner.text) && /^\p{Ll}/u.test(owner.text) && !state.claimed[head - 2] && tokens[head - 3]?.text.toLowerCase() === "the") return { from: head - 2 };
  }
  let from = head;
  for (let k = 1; k <= 2; k++) {
    const token = tokens[head - k];
    if (!token || !token.word || state.claimed[head - k] || !/^\p{Ll}[\p{Ll}-]*$/u.test(token.text)) break;
    if (NOT_MODIFIERS.has(token.text) || /(ing|ly)$/.test(token.text) || !isDescriptiveWord(token.text)) break;
    from = head - k;
  }
  const owner = countryBefore(state, from);
  if (owner) return { from, owner };
  // The modifiers count only when "the" stands before them: "said national police" is not "the national police".
  if (from < head && tokens[from - 1]?.text.toLowerCase() !== "the") return { from: head };
  return { from };
}

/** The nearest earlier organisation whose label contains the phrase's words (all its modifiers, when it has some). */
function referent(state: EntityState, offset: number, phrase: Phrase, modified: string | undefined): DraftEntity | undefined {
  const sentence = sentenceAt(state.sentences, offset);
  const windowStart = state.sentences[Math.max(0, sentence - lexicon.window)]?.start ?? 0;
  let best: { entity: DraftEntity; at: number } | undefined;
  for (const entity of state.entities.values()) {
    if (!ACTOR_KINDS.has(entity.kind) || entity.kind !== phrase.kind) continue;
    const label = entity.label.toLowerCase();
    if (modified ? !label.includes(modified) && !label.includes(modified.replace(/['’]/g, "")) : !phrase.labelHas.some((w) => label.includes(w))) continue;
    const last = latestBefore(entity.mentions, offset);
    if (!last || last.start < windowStart) continue;
    if (!best || last.start > best.at) best = { entity, at: last.start };
  }
  return best?.entity;
}

/** "the central bank" of an article about Brazil: the gazetteer's Central bank of Brazil. */
function templateEntity(state: EntityState, key: string): DraftEntity | undefined {
  const country = focusCountry(state);
  if (!country) return undefined;
  const entry = gazetteerIndex().institution(country, key);
  if (!entry) return undefined;
  let entity = state.entities.get(entry.id);
  if (!entity) {
    entity = { key: entry.id, kind: entry.kind, label: entry.label, gazetteer: entry, mentions: [], knownNames: [entry.label, ...entry.aliases] };
    if (entry.wikidata) entity.wikidata = entry.wikidata;
    state.entities.set(entry.id, entity);
  }
  return entity;
}

/** The country the article names most; else the country of the first national institution it names ("Chile's central bank"). */
function focusCountry(state: EntityState): string | undefined {
  const main = mainCountry(state);
  if (main) return main;
  let best: { country: string; at: number } | undefined;
  for (const entity of state.entities.values()) {
    const country = entity.gazetteer?.country;
    const first = entity.mentions[0];
    if (country && first && (!best || first.start < best.at)) best = { country, at: first.start };
  }
  return best?.country;
}

/** "Te Whatu Ora, the national health agency,": the description after a comma renames the organisation before it. */
function apposed(state: EntityState, from: number, to: number): DraftEntity | undefined {
  const comma = state.tokens[from - 1];
  const name = state.tokens[from - 2];
  if (comma?.text !== "," || !name) return undefined;
  // "… owned by Maersk, the union said": the phrase is the subject of the reporting clause, not a
  // second name for the one before the comma.
  if (REPORTING.has(state.tokens[to]?.text.toLowerCase() ?? "")) return undefined;
  for (const entity of state.entities.values()) {
    if (!ACTOR_KINDS.has(entity.kind)) continue;
    if (entity.mentions.some((m) => m.end === name.end && m.naming)) return entity;
  }
  return undefined;
}

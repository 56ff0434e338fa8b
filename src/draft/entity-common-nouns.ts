// Entities named by common nouns. Groups: a noun phrase ("economic ministers", "young people",
// "business groups", "plaintiffs"); the annotation guide makes them nodes (kind Group: an unorganised
// set of actors). A bare plural ("officials said") is too generic to be a node unless the lexicon
// says the noun names a group by itself (drafting every bare plural lowered precision from about
// 0.87 to 0.75 on the development articles and found nothing more), and a counted one ("10 million
// people") is a figure. A group after a country adjective ("Japanese firms") is read with the
// gazetteer in recognize-entities.ts.
import groups from "../../data/lexicons/entity-groups.json" with { type: "json" };
import heads from "../../data/lexicons/entity-heads.json" with { type: "json" };
import type { Kind } from "../model/vocabulary.ts";
import { capitalise, nameKey } from "./entity-labels.ts";
import { addMention, claim, sentenceAt, type DraftEntity, type EntityState } from "./entity-state.ts";
import { isDescriptiveWord, isVerbWord } from "./entity-word-class.ts";
import { triggerIndex } from "./event-lexicon.ts";

// "forced the government to close schools", "will shut factories": after an infinitive "to" or a
// modal, an event verb of the trigger lexicon is the verb, not a describing word ("close schools").
const VERB_SLOT_BEFORE = new Set(["to", "will", "would", "could", "can", "may", "might", "should", "must", "not", "did"]);

const HEADS = new Set([...groups.people, ...groups.organisations, ...groups.products]);
const PRODUCTS = new Set(groups.products);
const BARE_NOT = new Set(groups.bareNot);
const STANDALONE = new Set(groups.standalone);
const NOT_MODIFIERS = new Set(groups.modifiersNot);
const QUANTITIES = new Set(groups.quantities);
const PEOPLE = new Set(groups.people);
const PARTICIPLES = new Set(groups.participleModifiers);

/** A group named by the plural at [from, to), its label the words as written; tokens up to `claimTo` become its own. */
function addGroup(state: EntityState, from: number, to: number, confidence: number, claimTo = to): void {
  const { tokens, text } = state;
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const label = capitalise(text.slice(start, end));
  const key = `Group:${nameKey(label)}`;
  let entity = state.entities.get(key);
  if (!entity) {
    entity = { key, kind: "Group", label, mentions: [], knownNames: [] };
    state.entities.set(key, entity);
  }
  addMention(state, entity, start, end, "pattern:group", confidence, true);
  claim(state, from, claimTo);
}

/**
 * "of Cianjur", "of the victims", "of the Freedom Party" after a people plural: the end of the group's
 * words. A name stays its own entity (not claimed); a second people plural joins the group.
 */
function ofPeople(state: EntityState, at: number): { end: number; claimTo: number } | undefined {
  const { tokens } = state;
  if (tokens[at]?.text !== "of") return undefined;
  let k = at + 1;
  const the = tokens[k]?.text === "the";
  if (the) k++;
  const token = tokens[k];
  if (!token?.word) return undefined;
  if (token.cap && !opensSentence(state, k)) {
    let end = k + 1;
    while (tokens[end]?.cap && tokens[end]!.spaceBefore) end++;
    return { end, claimTo: at };
  }
  const second = the ? headAt(state, k) : undefined;
  if (second && PEOPLE.has(second.text)) return { end: second.end, claimTo: second.end };
  return undefined;
}

export function readGroups(state: EntityState): void {
  const { tokens, text } = state;
  for (let i = 0; i < tokens.length; i++) {
    const head = headAt(state, i);
    if (!head) continue;
    let headEnd = head.end;
    // "students and academics": one group of two kinds of people, as an annotator writes it.
    const partner = tokens[headEnd]?.text === "and" ? headAt(state, headEnd + 1) : undefined;
    if (partner) headEnd = partner.end;
    const modifier = tokens[i - 1];
    const previous = modifier?.text ?? "";
    // "10 million people", "thousands of workers": a count, which the figure stage reads; the people
    // counted are still a group when the noun names a kind of people ("7,400 dockworkers",
    // "Thousands of residents fled"), as an annotator records them with the figure on them.
    const ofWhom = PRODUCTS.has(head.text) || partner || !PEOPLE.has(head.text) ? undefined : ofPeople(state, headEnd);
    const counted = !ofWhom && (/^\p{N}/u.test(previous) || QUANTITIES.has(previous.toLowerCase()) || (previous === "of" && QUANTITIES.has(tokens[i - 2]?.text.toLowerCase() ?? "")));
    if (counted) {
      if (PEOPLE.has(head.text) && !BARE_NOT.has(head.text) && !partner) addGroup(state, i, headEnd, 0.5);
      i = headEnd - 1;
      continue;
    }
    // "staff shortages", "worker protests": the plural modifies the noun after it.
    const after = tokens[headEnd];
    if (after && after.word && after.spaceBefore && /^\p{Ll}+$/u.test(after.text) && !isVerbWord(after.text) && !VERB_HOMOGRAPHS.has(after.text) && isDescriptiveWord(after.text) && !/(ed|ly|ing)$/.test(after.text) && !NOT_MODIFIERS.has(after.text)) {
      i = headEnd - 1;
      continue;
    }
    const product = PRODUCTS.has(head.text);
    const lowered = modifier && opensSentence(state, i - 1) ? modifier.text.toLowerCase() : modifier?.text;
    const usable =
      modifier &&
      lowered &&
      modifier.word &&
      !state.claimed[i - 1] &&
      tokens[i]!.spaceBefore &&
      // A headline's last word is no modifier of the first word of the story under it.
      !text.slice(modifier.end, tokens[i]!.start).includes("\n") &&
      /^\p{Ll}[\p{Ll}]+$/u.test(lowered) &&
      !NOT_MODIFIERS.has(lowered) &&
      (!(product ? /(ly)$/ : /(ing|ed|ly)$/).test(lowered) || (!product && participleNamesGroup(state, i - 1, lowered))) &&
      !(VERB_SLOT_BEFORE.has(tokens[i - 2]?.text.toLowerCase() ?? "") && triggerIndex().verbs.has(lowered)) &&
      (product ? !isVerbWord(lowered) || /ed$/.test(lowered) : isDescriptiveWord(lowered) || participleNamesGroup(state, i - 1, lowered));
    // "residents of Cianjur", "families of the victims": an "of" phrase says which people.
    const whose = ofWhom;
    if (whose) {
      addGroup(state, usable ? i - 1 : i, whose.end, 0.55, whose.claimTo);
      i = whose.end - 1;
      continue;
    }
    // A bare plural is a node when the sentence makes it act or undergo: "investors expect", "urged residents".
    const acting = !usable && !product && !BARE_NOT.has(head.text) && takesPart(state, i, headEnd);
    // "students and academics": two kinds of people named together are a group an annotator records.
    if (!usable && !STANDALONE.has(head.text) && !acting && !partner) {
      i = headEnd - 1;
      continue;
    }
    // "civil liberties groups", "tech industry groups": a second describing word before the first.
    const outer = usable && !product ? tokens[i - 2] : undefined;
    const outerLower = outer && opensSentence(state, i - 2) ? outer.text.toLowerCase() : outer?.text;
    const twoWords =
      outer && outerLower && outer.word && !state.claimed[i - 2] && modifier!.spaceBefore &&
      !text.slice(outer.end, modifier!.start).includes("\n") &&
      /^\p{Ll}{3,}$/u.test(outerLower) && !NOT_MODIFIERS.has(outerLower) && !/(ing|ed|ly)$/.test(outerLower) &&
      isDescriptiveWord(outerLower) && !isVerbWord(outerLower);
    const from = usable ? (twoWords ? i - 2 : i - 1) : i;
    const start = tokens[from]!.start;
    const end = tokens[headEnd - 1]!.end;
    const label = capitalise(text.slice(start, end));
    const key = `Group:${nameKey(label)}`;
    const kind: Kind = product ? "Product" : "Group";
    const key2 = product ? `Product:${nameKey(label)}` : key;
    let entity: DraftEntity | undefined = state.entities.get(key2);
    if (!entity) {
      entity = { key: key2, kind, label, mentions: [], knownNames: [] };
      state.entities.set(key2, entity);
    }
    addMention(state, entity, start, end, product ? "pattern:product" : "pattern:group", usable ? 0.6 : 0.55, true);
    claim(state, from, headEnd);
    i = headEnd - 1;
  }
}

function opensSentence(state: EntityState, index: number): boolean {
  const token = state.tokens[index]!;
  const sentence = state.sentences[sentenceAt(state.sentences, token.start)]!;
  return /^[\s"“‘'([]*$/.test(state.text.slice(sentence.start, token.start));
}

// Past tenses the lexicon reads as nouns or adjectives ("Farmers lost millions", "Prices rose").
const VERB_HOMOGRAPHS = new Set(heads.verbHomographs);
const AUXILIARIES = new Set(["will", "would", "could", "can", "may", "might", "should", "must", "have", "has", "had", "are", "were", "was", "is", "say", "said", "told", "fear", "feared", "did", "do"]);

/** The plural at [from, to) is the subject of the verb after it (past a short "in X"/"at X") or the object of the verb before it. */
function takesPart(state: EntityState, from: number, to: number): boolean {
  const { tokens } = state;
  let next = to;
  if (/^(in|at|from|across)$/.test(tokens[next]?.text ?? "")) {
    next++;
    while (tokens[next]?.cap) next++;
  }
  if (/^(already|also|still|now|have|had|say|said)$/.test(tokens[next]?.text ?? "") && tokens[next + 1]?.word) {
    if (AUXILIARIES.has(tokens[next]!.text)) return true;
    next++;
  }
  // "Farmers, who rely on the port, …": a relative clause about the plural says what they do.
  if (tokens[to]?.text === "," && /^(who|whose)$/.test(tokens[to + 1]?.text ?? "")) return true;
  const after = tokens[next];
  if (after && after.word && /^\p{Ll}/u.test(after.text) && (AUXILIARIES.has(after.text) || isVerbWord(after.text) || VERB_HOMOGRAPHS.has(after.text))) return true;
  const before = tokens[from - 1];
  if (before && before.word && /^\p{Ll}+$/u.test(before.text) && !AUXILIARIES.has(before.text) && isVerbWord(before.text) && !/^(said|says|told)$/.test(before.text)) return true;
  return false;
}

/** A group head noun at token `i` (possibly hyphenated: "start-ups"), unclaimed and in lower case. */
function headAt(state: EntityState, i: number): { text: string; end: number } | undefined {
  const { tokens } = state;
  if (state.claimed[i] || !tokens[i]?.word) return undefined;
  let end = i + 1;
  // Sentence-initial "Investors expect…" is the same plural.
  let text = /^\p{Lu}\p{Ll}+$/u.test(tokens[i]!.text) && opensSentence(state, i) ? tokens[i]!.text.toLowerCase() : tokens[i]!.text;
  if (tokens[i + 1]?.text === "-" && !tokens[i + 1]!.spaceBefore && tokens[i + 2]?.word && !tokens[i + 2]!.spaceBefore) {
    text = `${text}-${tokens[i + 2]!.text}`;
    end = i + 3;
  }
  if (!HEADS.has(text) && !STANDALONE.has(text)) return undefined;
  // "people-to-people exchanges": the noun modifies another one.
  if (tokens[end]?.text === "-" && !tokens[end]!.spaceBefore) return undefined;
  return { text, end };
}

const DATED_TEXTS = heads.datedTexts as Record<string, Kind>;

/**
 * Texts named by their year: "a 1965 treaty", "the 2015 agreement", "a 2018 law". Read before
 * coreference so that "the treaty" later finds it. The label keeps the year ("1965 treaty"); the
 * reviewer gives the full name.
 */
export function readDatedTexts(state: EntityState): void {
  const { tokens } = state;
  for (let i = 1; i < tokens.length; i++) {
    const year = tokens[i]!;
    const noun = tokens[i + 1];
    if (state.claimed[i] || !noun || state.claimed[i + 1] || !/^(1[89]|20)\d\d$/.test(year.text)) continue;
    const kind = DATED_TEXTS[noun.text.toLowerCase()];
    if (!kind || !/^(a|an|the|its|their|this|that)$/i.test(tokens[i - 1]!.text)) continue;
    const label = `${year.text} ${noun.text.toLowerCase()}`;
    const key = `${kind}:${label}`;
    let entity = state.entities.get(key);
    if (!entity) {
      entity = { key, kind, label, mentions: [], knownNames: [] };
      state.entities.set(key, entity);
    }
    addMention(state, entity, year.start, noun.end, "pattern:dated-text", 0.6, true);
    claim(state, i, i + 2);
  }
}

/**
 * "striking workers", "freed trapped residents": a participle of the lexicon says which people when
 * nothing before it could be its subject; after a noun it is that noun's verb ("The cancellation
 * stranded travellers", "Police detained protesters").
 */
function participleNamesGroup(state: EntityState, at: number, lowered: string): boolean {
  if (!PARTICIPLES.has(lowered)) return false;
  if (opensSentence(state, at)) return true;
  const before = state.tokens[at - 1]?.text ?? "";
  return /^(the|a|an|of|for|to|with|from|among|by|and|about|other|some|many|all)$/i.test(before) || isVerbWord(before);
}

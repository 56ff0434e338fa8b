// Verbs the trigger lexicon does not list still name things that happen: news reports far more
// actions ("installed 484 turbines", "pledged to generate 80% of its electricity", "welcomed the
// decision") than any frame list holds. A verb with an object, outside the stoplist of
// data/lexicons/event-triggers.json (genericVerbs), gets a frame of its own, made here from the
// lexicon's template and labelled by its gerund ("Generating 80% of its electricity"), at a lower
// confidence than a listed trigger.
import triggerLexicon from "../../data/lexicons/event-triggers.json" with { type: "json" };
import speechLexicon from "../../data/lexicons/speech-verbs.json" with { type: "json" };
import causalLexicon from "../../data/lexicons/causal-cues.json" with { type: "json" };
import nameContext from "../../data/lexicons/entity-name-context.json" with { type: "json" };
import { inflect, triggerIndex, type Frame, type PhraseEntry } from "./event-lexicon.ts";
import type { Token } from "./clause-tokens.ts";
import { IRREGULAR_PAST } from "./event-arguments.ts";

interface GenericLexicon {
  frame: Omit<Frame, "id" | "verbs" | "nouns" | "noun" | "nounFor"> & { confidence: number };
  stop: string[];
}

const GENERIC = (triggerLexicon as unknown as { genericVerbs: GenericLexicon }).genericVerbs;
export const GENERIC_CONFIDENCE = GENERIC.frame.confidence;

const ORG_ROLE_NOUNS = new Set(nameContext.organisationRoleNouns);

let stopForms: Set<string> | undefined;

/** Every form that never names an event of its own: the stoplist, speech verbs, single-word causal cues, light verbs. */
function stopped(): Set<string> {
  if (stopForms) return stopForms;
  const forms = new Set<string>();
  for (const verb of GENERIC.stop) for (const f of inflect(verb)) forms.add(f);
  for (const f of speechLexicon.verbs) forms.add(f);
  for (const cue of causalLexicon.cues) for (const f of cue.forms) if (!f.includes(" ")) forms.add(f.toLowerCase());
  // Verbs the causal stage reads as cues of their own ("blamed the shortage on …", "forcing farmers to …").
  const { blameVerbs, objectControlVerbs, implicativeControlVerbs } = causalLexicon as unknown as Record<string, string[]>;
  for (const f of [...(blameVerbs ?? []), ...(objectControlVerbs ?? []), ...(implicativeControlVerbs ?? [])]) forms.add(f);
  for (const f of triggerIndex().lightVerbs) forms.add(f);
  stopForms = forms;
  return forms;
}

let multiWordCues: string[][] | undefined;
function cuePhrases(): string[][] {
  multiWordCues ??= causalLexicon.cues.flatMap((c) => c.forms).filter((f) => f.includes(" ")).map((f) => f.toLowerCase().split(" "));
  return multiWordCues;
}

const frames = new Map<string, Frame>();

/** The frame of one verb lemma, made once: its id keeps two verbs apart in coreference. */
function frameFor(lemma: string): Frame {
  let frame = frames.get(lemma);
  if (!frame) {
    const noun = inflect(lemma).find((f) => /ing(\s|$)/.test(f)) ?? lemma;
    const { confidence: _confidence, ...template } = GENERIC.frame;
    frame = { ...template, id: `verb:${lemma}`, verbs: [lemma], nouns: [], noun, nounFor: { [lemma]: noun }, objectRequired: true };
    frames.set(lemma, frame);
  }
  return frame;
}

/**
 * The entry of a verb the lexicon does not list, or undefined for a word that is no content verb
 * (an auxiliary, a modal, a stopped verb, an irregular root compromise did not find).
 */
export function genericVerbEntry(tokens: readonly Token[], i: number): PhraseEntry | undefined {
  const t = tokens[i] as Token;
  if (!t.tags.has("Verb") || t.tags.has("Auxiliary") || t.tags.has("Modal") || t.tags.has("Copula") || t.tags.has("Noun") || t.tags.has("Particle")) return undefined;
  // "Finance Minister Choo": a capitalised word inside a sentence is part of a name or a title, whatever its tag.
  // At a sentence's start, a capitalised word before another ("Finance Minister Choo") is such too.
  if (/^[A-Z]/.test(t.text) && (i > 0 || /^[A-Z]/.test(tokens[i + 1]?.text ?? ""))) return undefined;
  // "its list of trusted trading partners": a participle between a determiner or preposition and a noun is an adjective.
  const prev = tokens[i - 1];
  const attributive = !!prev && (prev.tags.has("Determiner") || prev.tags.has("Preposition") || prev.tags.has("Possessive") || prev.tags.has("Adjective")) && !!tokens[i + 1]?.tags.has("Noun");
  if (attributive && prev?.lower !== "to") return undefined;
  // "As a result, borrowing costs rose": a gerund opening a clause before a noun is that noun's modifier.
  const after = tokens[i + 2];
  const finiteAfter = !!after && (after.tags.has("PastTense") || IRREGULAR_PAST.has(after.lower) || /ed$/.test(after.lower) || after.tags.has("Modal") || after.tags.has("Auxiliary") || (after.tags.has("PresentTense") && !after.tags.has("Noun")));
  if (/ing$/.test(t.lower) && (!prev || (!!tokens[i + 1]?.tags.has("Noun") && finiteAfter))) return undefined;
  // "U.S. cloud provider Nimbus Corp", "state grid operator Ukrenergo": a word before an organisation's
  // role noun and its name modifies that noun, whatever the tagger made of it.
  if (ORG_ROLE_NOUNS.has(tokens[i + 1]?.lower ?? "") && /^[A-Z]/.test(tokens[i + 2]?.text ?? "")) return undefined;
  const lemma = t.root;
  if (!/^[a-z][a-z-]{2,}$/.test(lemma) || stopped().has(t.lower) || stopped().has(lemma)) return undefined;
  // "paved the way for", "set the stage for": a verb that opens a causal cue phrase is the cue, not an act.
  if (cuePhrases().some((words) => words[0] === t.lower && words.every((w, k) => tokens[i + k]?.lower === w))) return undefined;
  // "flesh out the details", "wipe out": the particle belongs to the verb and to its label.
  const next = tokens[i + 1];
  if (next && (next.tags.has("Particle") || PARTICLES.has(next.lower)) && !/[,;:.]/.test(t.post)) {
    const phrase = `${lemma} ${next.lower}`;
    if (stopped().has(phrase)) return undefined;
    return { words: [t.lower, next.lower], frames: [frameFor(phrase)] };
  }
  return { words: [t.lower], frames: [frameFor(lemma)] };
}

/** Particles that make a phrasal verb when they follow it directly (prepositions such as "up" are read as such). */
const PARTICLES = new Set(["out", "up", "down", "off", "back", "away", "over"]);

/** Whether `frame` was made here for an unlisted verb (its events are less sure than a listed trigger's). */
export function isGenericFrame(frame: Frame | undefined): boolean {
  return !!frame && frame.id.startsWith("verb:");
}

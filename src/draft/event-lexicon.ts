// The event triggers of data/lexicons/event-triggers.json, indexed for matching: every inflected
// form of every verb (regular forms are generated here, irregular ones come from the file) and
// every nominalisation, longest phrase first so "export controls" wins over "controls".
import lexicon from "../../data/lexicons/event-triggers.json" with { type: "json" };
import type { Kind } from "../model/vocabulary.ts";

export type EventClass = "action" | "change" | "response" | "gathering" | "speech" | "causative";

export interface Frame {
  id: string;
  verbs: string[];
  forms?: string[];
  nouns: string[];
  noun: string;
  kind: Extract<Kind, "Event" | "Policy" | "Plan" | "Programme">;
  class: EventClass;
  actorRel: "issuedBy" | "hasActor";
  role?: string;
  label: string;
  key: "object" | "theme" | "actor" | "none";
  objectRequired?: boolean;
  /** The verbs name an event only after a purpose "to" ("subsidies to stem the decline"). */
  purposeOnly?: boolean;
  /** The object heads with which the verbs name the frame's event ("kept rates unchanged"). */
  objectHeads?: string[];
  /** The heads of what changes with which the verbs name the frame's event ("inflation remained high"). */
  themeHeads?: string[];
  /** Verb forms of the frame that need an object to name its event ("struck the capital"). */
  objectRequiredFor?: string[];
  themeRequired?: boolean;
  causativeWhenTransitive?: boolean;
  meansArePart?: boolean;
  nounIsThing?: boolean;
  verbOnly?: boolean;
  /** A bare definite noun joins only an earlier mention of the same noun ("the drought" ≠ "the flood"). */
  nounsDistinct?: boolean;
  /** A bare noun of the frame ("Floods", "War") is a happening, not the activity in general. */
  bareIsEvent?: boolean;
  /** Verb forms that, after a noun of this frame, are its own happening ("the storm hit"). */
  selfVerbs?: string[];
  /** The preposition before the theme in a label, by verb lemma ("hurt" → "harm to exporters"). */
  themePrepFor?: Record<string, string>;
  actorRoleByKind?: Record<string, string>;
  /** The nominalisation of each verb, for labels ("ease" → "easing"). */
  nounFor?: Record<string, string>;
}

export interface PhraseEntry {
  words: string[];
  frames: Frame[];
  /** Written with a hyphen ("sell-off"): the tokenizer splits it, and only a hyphenated spelling is this noun ("to sell off assets" is a verb). */
  hyphenated?: boolean;
}

export interface TriggerIndex {
  /** First word → verb phrases starting with it, longest first. */
  verbs: Map<string, PhraseEntry[]>;
  nouns: Map<string, PhraseEntry[]>;
  lightVerbs: Set<string>;
  anaphors: Set<string>;
  anaphorPronouns: Set<string>;
  /** "the decision", "the announcement" with no earlier event of their frame refer back to the latest action. */
  definiteAnaphors: Set<string>;
  themeSynonyms: Map<string, string>;
  frames: Map<string, Frame>;
}

let cached: TriggerIndex | undefined;

export function triggerIndex(): TriggerIndex {
  if (cached) return cached;
  const frames = lexicon.frames as Frame[];
  const verbs = new Map<string, PhraseEntry[]>();
  const nouns = new Map<string, PhraseEntry[]>();
  const add = (map: Map<string, PhraseEntry[]>, phrase: string, frame: Frame): void => {
    // compromise splits "sell-off" into "sell" and "off" (tagged Hyphenated), so the entry is split too.
    const hyphenated = /\S-\S/.test(phrase);
    const words = phrase.toLowerCase().split(hyphenated ? /[\s-]+/ : /\s+/).filter(Boolean);
    const first = words[0];
    if (!first) return;
    const list = map.get(first) ?? [];
    const same = list.find((e) => e.words.join(" ") === words.join(" ") && !!e.hyphenated === hyphenated);
    if (same) {
      if (!same.frames.includes(frame)) same.frames.push(frame);
    } else list.push(hyphenated ? { words, frames: [frame], hyphenated } : { words, frames: [frame] });
    list.sort((a, b) => b.words.length - a.words.length);
    map.set(first, list);
  };
  for (const frame of frames) {
    for (const verb of frame.verbs) for (const form of inflect(verb)) add(verbs, form, frame);
    for (const form of frame.forms ?? []) add(verbs, form, frame);
    for (const noun of frame.nouns) add(nouns, noun, frame);
  }
  cached = {
    verbs,
    nouns,
    lightVerbs: new Set(lexicon.lightVerbs.flatMap(inflect)),
    anaphors: new Set(lexicon.anaphors.any),
    anaphorPronouns: new Set(lexicon.anaphors.pronouns),
    definiteAnaphors: new Set((lexicon.anaphors as { definite?: string[] }).definite ?? []),
    themeSynonyms: new Map(Object.entries(lexicon.themeSynonyms)),
    frames: new Map(frames.map((f) => [f.id, f])),
  };
  return cached;
}

/**
 * Regular English inflections of a verb phrase (the first word inflects: "set up" → "sets up",
 * "setting up"). Written here because compromise's conjugator is per-document and slow to call
 * for every lexicon entry; irregular forms are listed in the lexicon instead.
 */
export function inflect(phrase: string): string[] {
  const [verb = "", ...rest] = phrase.toLowerCase().split(/\s+/);
  const tail = rest.length ? ` ${rest.join(" ")}` : "";
  const forms = new Set<string>([verb]);
  const cvc = /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb);
  if (/(s|sh|ch|x|z)$/.test(verb)) forms.add(`${verb}es`);
  else if (/[^aeiou]y$/.test(verb)) forms.add(`${verb.slice(0, -1)}ies`);
  else forms.add(`${verb}s`);
  if (/(ee|ye|oe)$/.test(verb)) {
    // "flee" → "fleeing", "agree" → "agreeing": the final e stays before -ing.
    forms.add(`${verb}d`);
    forms.add(`${verb}ing`);
  } else if (verb.endsWith("ie")) {
    forms.add(`${verb}d`);
    forms.add(`${verb.slice(0, -2)}ying`);
  } else if (verb.endsWith("e")) {
    forms.add(`${verb}d`);
    forms.add(`${verb.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(verb)) {
    forms.add(`${verb.slice(0, -1)}ied`);
    forms.add(`${verb}ing`);
  } else if (cvc) {
    const last = verb.slice(-1);
    forms.add(`${verb}${last}ed`);
    forms.add(`${verb}${last}ing`);
  } else {
    forms.add(`${verb}ed`);
    forms.add(`${verb}ing`);
  }
  return [...forms].map((f) => f + tail);
}

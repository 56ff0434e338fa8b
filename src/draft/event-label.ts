// Labels a person would write for an event node: the frame's template filled with the actor,
// object, theme and modifiers of its best mention ("Japan's export curbs on three key products",
// "Construction of 15 industrial complexes"), never the raw span.
import type { Token } from "./clause-tokens.ts";
import type { EventMention, SentenceView } from "./event-model.ts";
import { isActorKind, isParticipleBeforeBy } from "./event-arguments.ts";
import { inflect } from "./event-lexicon.ts";

const MAX_SLOT_WORDS = 7;
const LABEL_PREPS = new Set(["on", "of", "for", "against", "with", "between", "over", "to"]);
/** A change is named with where it happens: "rise in inflation". */
const LABEL_PREPS_CHANGE = new Set([...LABEL_PREPS, "in"]);
const RELATION_HEADS = new Set(["relations", "relation", "relationship", "ties", "tie", "trade", "economy", "talks"]);
const COMMON_KINDS = new Set(["Product", "Sector", "Economy", "Issue", "Group"]);

export function labelFor(m: EventMention, views: readonly SentenceView[]): string {
  const view = views[m.sent] as SentenceView;
  const slots = slotsOf(m, view);
  let label: string;
  if (m.form === "refusal" && m.refused) {
    const verb = view.tokens.slice(m.refused.tokStart, m.refused.tokEnd).map((t) => t.root).join(" ");
    label = fill("[actor's ]decision not to {verb}[ object]", { ...slots, verb, object: slotsOf(m.refused, view).object });
  } else if (m.form === "noun") {
    const noun = view.sentence.text.slice(m.trigger.start - view.sentence.start, m.trigger.end - view.sentence.start);
    // "a rise of 5%", "talks in 2019" say how much or when, not what; "of 1,000 flights" says what.
    const ppTokens = m.pp ? view.tokens.slice(m.pp.tokStart, m.pp.tokEnd) : [];
    const datePp = ppTokens.some((t) => t.tags.has("Date")) || !!ppTokens[ppTokens.length - 1]?.tags.has("Value") || /(%|^percent|^cent|^pct|^points?)$/i.test(ppTokens[ppTokens.length - 1]?.text ?? "");
    const preps = m.frame.class === "change" ? LABEL_PREPS_CHANGE : LABEL_PREPS;
    const pp = m.pp && !datePp && !m.causePhrase && preps.has(m.pp.prep) ? `${m.pp.prep} ${slots.pp}` : "";
    // An actor named inside the modifiers ("a Korean supreme court decision") is already in the label.
    const actorInside = m.actors.some((a) => a.tokStart >= m.evidence.tokStart && a.tokEnd <= m.tokStart && (m.mod ?? "").includes(a.text));
    label = fill(`${actorInside ? "" : "[actor's ]"}[mod ]${noun}[ pp]`, { ...slots, pp });
    // "the country's plans to restore bilateral relations": a plan is named by what it plans.
    if (m.frame.nounIsThing && view.tokens[m.tokEnd]?.lower === "to" && !pp) {
      let end = m.tokEnd + 1;
      while (end < view.tokens.length && end < m.tokEnd + 6 && !/[,;:.\u2014"]/.test(view.tokens[end - 1]?.post ?? "") && !view.tokens[end]?.tags.has("Preposition") && !isParticipleBeforeBy(view.tokens, end) && !(end > m.tokEnd + 2 && finiteVerb(view.tokens[end]))) end++;
      label += " " + view.sentence.text.slice((view.tokens[m.tokEnd] as Token).start - view.sentence.start, (view.tokens[end - 1] as Token).end - view.sentence.start);
    }
  } else if (isPolicyAim(m, view)) {
    // "raised rates to curb inflation": the aim is curbing inflation, not a curb the bank imposed.
    const verb = view.tokens.slice(m.tokStart, m.tokEnd).map((t) => t.root || t.lower).join(" ");
    label = [gerundOf(verb), slots.object || slots.theme].filter(Boolean).join(" ");
  } else {
    const lemma = view.tokens.slice(m.tokStart, m.tokEnd).map((t) => t.root).join(" ");
    const first = view.tokens[m.tokStart]?.root ?? "";
    // "exporters hurt by …" is harm to exporters; "relations hurt by …" stays their deterioration.
    const themePrep = m.frame.themePrepFor?.[lemma] ?? m.frame.themePrepFor?.[first];
    const ofRelations = !!m.theme && RELATION_HEADS.has(m.theme.head);
    const noun = themePrep && ofRelations ? m.frame.noun : (m.frame.nounFor?.[lemma] ?? m.frame.nounFor?.[first] ?? nounForSurface(m, view) ?? m.frame.noun);
    label = fill(m.frame.label, { ...slots, noun });
    if (themePrep && slots.theme && !ofRelations) label = label.replace(/ of /, ` ${themePrep} `);
    // A template whose required slots are all empty falls back to the frame's noun with its theme.
    if (!label.trim()) label = m.frame.noun;
  }
  // A template whose argument slot stayed empty must not end on its preposition ("Fall in").
  label = label.replace(/\s+/g, " ").trim().replace(/\s+(in|of|on|to|for|into|with|from|at|by|over|against|between|across|near|and|or)$/i, "");
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** "a plan to raise the minimum wage drew criticism": the sentence's own verb ends what is planned. */
function finiteVerb(t: Token | undefined): boolean {
  if (t && (t.tags.has("Modal") || t.tags.has("Auxiliary") || t.tags.has("Copula"))) return true;
  return !!t && t.tags.has("Verb") && !t.tags.has("Noun") && !t.tags.has("Infinitive") && !t.tags.has("Gerund") && (t.tags.has("PastTense") || t.tags.has("PresentTense"));
}

/** A purpose infinitive of a measure verb ("to curb inflation") names an aim, not a measure. */
export function isPolicyAim(m: EventMention, view: SentenceView): boolean {
  if (m.form === "verb" && m.frame.purposeOnly) return true;
  return m.form === "verb" && m.frame.kind === "Policy" && view.tokens[m.tokStart - 1]?.lower === "to" && /purpose|in order to|so as to|in a bid to|in an effort to|in an attempt to/.test(m.modalityCue ?? "");
}

function gerundOf(phrase: string): string {
  return inflect(phrase).find((f) => /ing(\s|$)/.test(f)) ?? phrase;
}

interface Slots {
  actor: string;
  mod: string;
  object: string;
  pp: string;
  theme: string;
  with: string;
  year: string;
  [k: string]: string;
}

const PRONOUN_THEME = /^(?:one|no one|anyone|someone|everyone|nobody|anybody|somebody|none|it|they|them|this|that)$/i;

function slotsOf(m: EventMention, view: SentenceView): Slots {
  const text = (from: number, to: number): string => clip(view, from, to);
  // With no actor entity, a short subject phrase stands in ("dock workers' strike", "the court's ruling").
  const subject = m.subject && m.subject.tokEnd - m.subject.tokStart <= 3 ? clip(view, m.subject.tokStart, m.subject.tokEnd) : "";
  const actor = m.actors[0]?.entity.label ?? (/^[A-Za-z][\w-]*( [\w-]+){0,2}$/.test(subject) && !/^(it|they|he|she|we|this|that)$/i.test(subject) ? subject : "");
  const parties = [...m.actors, ...m.args.filter((a) => (a.prep === "with" || a.prep === "between") && isActorKind(a.span)).map((a) => a.span)];
  const partyLabels = [...new Set(parties.map((p) => p.entity.label))];
  let mod = "";
  if (m.form === "noun") mod = m.mod ?? "";
  else if (m.object) mod = singular(view.tokens[m.object.tokEnd - 1] as Token);
  return {
    actor: actor && partyLabels.length < 2 ? actor : "",
    mod,
    object: m.object ? text(m.object.tokStart, m.object.tokEnd) : "",
    pp: m.pp ? text(m.pp.tokStart, m.pp.tokEnd) : "",
    // "No one was injured": a pronoun names nobody a label can show ("Injuries", not "Injuries of one").
    theme: m.theme && !PRONOUN_THEME.test(text(m.theme.tokStart, m.theme.tokEnd)) ? text(m.theme.tokStart, m.theme.tokEnd) : "",
    with: partyLabels.length >= 2 ? partyLabels.join("–") : "",
    year: m.date?.value && m.frame.kind === "Policy" ? m.date.value.slice(0, 4) : "",
  };
}

/** "[actor's ]{noun}[ on pp]": a bracketed part goes when a slot inside it is empty. */
export function fill(template: string, slots: Record<string, string>): string {
  const value = (name: string): string => slots[name] ?? "";
  return template
    .replace(/\[([^\]]*)\]/g, (_all, part: string) => {
      const names = [...part.matchAll(/actor's|[a-z]+/g)].map((x) => x[0]).filter((n) => n === "actor's" || n in slots);
      if (names.some((n) => (n === "actor's" ? !value("actor") : !value(n)))) return "";
      return substitute(part, value);
    })
    .replace(/\{([a-z]+)\}/g, (_all, name: string) => value(name));
}

function substitute(part: string, value: (name: string) => string): string {
  return part.replace(/actor's|[a-z]+/g, (name) => {
    if (name === "actor's") {
      const a = value("actor");
      return a.endsWith("s") ? `${a}'` : `${a}'s`;
    }
    return value(name) || name;
  });
}

function clip(view: SentenceView, from: number, to: number): string {
  // A phrase that is just an entity's name is written with the entity's label ("GSOMIA").
  const only = view.entityAt[to - 1];
  if (only && only.tokEnd === to && view.tokens.slice(from, only.tokStart).every((t) => /^(the|a|an|its|their|his|her|our)$/.test(t.lower))) {
    const label = only.entity.label;
    // Common-noun kinds read in lower case inside a label ("curbs on three key chip materials").
    return COMMON_KINDS.has(only.entity.kind) && !/^.[A-Z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  }
  let a = from;
  while (a < to && /^(the|a|an|its|their|his|her|our)$/.test(view.tokens[a]?.lower ?? "")) a++;
  const end = Math.min(to, a + MAX_SLOT_WORDS);
  const first = view.tokens[a];
  const last = view.tokens[end - 1];
  if (!first || !last || a >= end) return "";
  let text = view.sentence.text.slice(first.start - view.sentence.start, last.end - view.sentence.start).replace(/[,;:]+$/, "");
  // An acronym cut off by the word limit ("Agreement (Gsomia") loses its open bracket.
  if ((text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length) text = text.replace(/\s*\([^)]*$/, "");
  // "Relations soured": the capital is the sentence's, not the word's.
  const sentenceInitial = a === 0 || /["\u201c]/.test(first.pre);
  const named = first.tags.has("ProperNoun") || first.tags.has("Acronym") || !!view.entityAt[a];
  return sentenceInitial && !named ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function singular(t: Token | undefined): string {
  if (!t) return "";
  return t.root && t.root !== t.lower ? t.root : t.lower.replace(/s$/, "");
}

/** The tagger gives no verb root to a participle it reads as an adjective ("were suspended"): find the lemma by its forms. */
function nounForSurface(m: EventMention, view: SentenceView): string | undefined {
  const surface = view.tokens.slice(m.tokStart, m.tokEnd).map((t) => t.lower).join(" ");
  const entry = Object.entries(m.frame.nounFor ?? {}).find(([verb]) => inflect(verb).includes(surface));
  return entry?.[1];
}

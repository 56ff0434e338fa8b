// Coreference after the names are read: definite descriptions ("the court", "the minister", "the
// pact") go to the nearest earlier entity that fits them (data/lexicons/entity-coref.json); "the
// government" to the government of whoever speaks for one, or of the article's main country; "he"
// and "she" only to the one person of the sentence before. Nothing is resolved on a guess between
// two candidates: a missing mention costs less than a wrong one. "The two countries" is left alone
// (it names a pair, not a node; the relation stage can expand it).
import coref from "../../data/lexicons/entity-coref.json" with { type: "json" };
import type { Kind } from "../model/vocabulary.ts";
import { addMention, claim, latestBefore, type DraftEntity, type EntityState } from "./entity-state.ts";
import { phraseKey } from "./entity-tokens.ts";
import { isDescriptiveWord } from "./entity-word-class.ts";
import { gazetteerIndex } from "./gazetteer-index.ts";

/** Places whose gazetteer entry says which country they are in. */
const IN_COUNTRY_KINDS = new Set<Kind>(["Region", "Place", "Facility"]);

interface Description {
  words: string[];
  kinds: Kind[];
  labelHas: string[];
  titleHas: string[];
  company: boolean;
  government: boolean;
}

const COMPANY = /\b(Corp\.?|Co\.|Company|Inc\.|Ltd\.?|Holdings|Industries|Electronics|Motors?|Group|Steel|Chemical)\b/;

const DESCRIPTIONS: Description[] = coref.descriptions
  .map((d) => ({
    words: phraseKey(d.text).toLowerCase().split(" "),
    kinds: d.kinds as Kind[],
    labelHas: list((d as { labelHas?: string | string[] }).labelHas),
    titleHas: list((d as { titleHas?: string | string[] }).titleHas),
    company: Boolean((d as { company?: boolean }).company),
    government: Boolean((d as { government?: boolean }).government),
  }))
  // Longest first: "the prime minister" before "the minister".
  .sort((a, b) => b.words.length - a.words.length);

const PRONOUNS = new Set(coref.pronouns);

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function resolveCoreference(state: EntityState): void {
  const { tokens } = state;
  for (let i = 0; i < tokens.length; i++) {
    if (state.claimed[i]) continue;
    const token = tokens[i]!;
    if (token.text.toLowerCase() === "the") {
      const description = DESCRIPTIONS.find((d) => d.words.every((w, k) => tokens[i + k]?.text.toLowerCase() === w && !state.claimed[i + k]));
      if (!description) continue;
      const end = i + description.words.length;
      // "the court's ruling" still names the court; "the court system" does not.
      const next = tokens[end];
      if (next && next.word && !/^['’]s$/.test(next.text) && /^[a-z]/.test(next.text) && isNounLike(next.text)) continue;
      const start = token.start;
      const target = description.government ? governmentFor(state, start) : nearest(state, start, description);
      if (!target) continue;
      addMention(state, target, start, tokens[end - 1]!.end, `coref:${description.words.slice(1).join("-")}`, 0.7, true);
      claim(state, i, end);
      i = end - 1;
    } else if (PRONOUNS.has(token.text)) {
      const person = soleRecentPerson(state, token.start);
      if (person) {
        addMention(state, person, token.start, token.end, "coref:pronoun", 0.6, false);
        claim(state, i, i + 1);
      }
    }
  }
  // A government created by "the government" belongs to its country.
  for (const entity of state.entities.values()) {
    const entry = entity.gazetteer;
    if (entry?.key === "government" && entry.country && state.entities.has(entry.country)) {
      const first = entity.mentions[0];
      if (first) {
        state.relations.push({
          from: entity.key,
          rel: "partOf",
          to: entry.country,
          evidence: [{ start: first.start, end: first.end }],
          confidence: first.via.startsWith("coref") ? 0.8 : 0.9,
          ...(first.via.startsWith("coref") ? { note: "the government is that of the country the article is about" } : {}),
        });
      }
    }
  }
}

/** A lower-case word after a description that makes it a modifier ("the court system", "the government complex"). */
function isNounLike(word: string): boolean {
  return isDescriptiveWord(word) && !/(ed|s)$/.test(word);
}

function windowStart(state: EntityState, offset: number): number {
  const sentence = sentenceIndex(state, offset);
  const first = state.sentences[Math.max(0, sentence - coref.window)];
  return first ? first.start : 0;
}

function sentenceIndex(state: EntityState, offset: number): number {
  let index = 0;
  for (const s of state.sentences) if (s.start <= offset) index = s.index;
  return index;
}

function fits(entity: DraftEntity, description: Description): boolean {
  if (!description.kinds.includes(entity.kind)) return false;
  if (description.labelHas.length > 0 && !description.labelHas.some((w) => entity.label.includes(w))) return false;
  if (description.titleHas.length > 0 && !description.titleHas.some((w) => (entity.jobTitle ?? "").includes(w))) return false;
  if (description.company && !(entity.gazetteer?.source === "company" || COMPANY.test(entity.label))) return false;
  return true;
}

/** The entity fitting the description whose latest named mention before `offset` is nearest, within the window. */
function nearest(state: EntityState, offset: number, description: Description): DraftEntity | undefined {
  const from = windowStart(state, offset);
  let best: { entity: DraftEntity; at: number } | undefined;
  for (const entity of state.entities.values()) {
    if (!fits(entity, description)) continue;
    const last = latestBefore(entity.mentions, offset);
    if (!last || last.start < from) continue;
    if (!best || last.start > best.at) best = { entity, at: last.start };
  }
  return best?.entity;
}

/**
 * "The government": an earlier government within the window; else the government of the country of
 * the most recent government office-holder; else of the country the article mentions most.
 */
function governmentFor(state: EntityState, offset: number): DraftEntity | undefined {
  const gazetteer = gazetteerIndex();
  const fromWindow = nearest(state, offset, { words: [], kinds: ["GovernmentOrganization"], labelHas: ["Government of"], titleHas: [], company: false, government: false });
  if (fromWindow) return fromWindow;
  let country: string | undefined;
  let at = -1;
  for (const hint of state.relations) {
    if (hint.rel !== "memberOf" || !hint.to.startsWith("government-of:")) continue;
    const evidence = hint.evidence[0];
    if (evidence && evidence.end <= offset && evidence.start > at) {
      const candidate = hint.to.slice("government-of:".length);
      if (state.entities.has(candidate)) {
        country = candidate;
        at = evidence.start;
      }
    }
  }
  country ??= mainCountry(state);
  if (!country) return undefined;
  const entry = gazetteer.institution(country, "government");
  if (!entry) return undefined;
  let entity = state.entities.get(entry.id);
  if (!entity) {
    entity = { key: entry.id, kind: entry.kind, label: entry.label, gazetteer: entry, mentions: [], knownNames: [entry.label, ...entry.aliases] };
    state.entities.set(entry.id, entity);
  }
  return entity;
}

/** The country with the most named mentions (ties: the first named). */
export function mainCountry(state: EntityState): string | undefined {
  // Votes: each naming mention of a country, and each mention of a place the gazetteer puts in a
  // country ("the central bank in Brasília" is Brazil's even where the article never writes "Brazil").
  const votes = new Map<string, { count: number; first: number }>();
  const vote = (key: string, starts: number[]): void => {
    if (starts.length === 0) return;
    const v = votes.get(key) ?? { count: 0, first: Infinity };
    votes.set(key, { count: v.count + starts.length, first: Math.min(v.first, ...starts) });
  };
  for (const entity of state.entities.values()) {
    if (entity.kind === "Country") vote(entity.key, entity.mentions.filter((m) => m.naming).map((m) => m.start));
    else if (IN_COUNTRY_KINDS.has(entity.kind) && entity.gazetteer?.in && gazetteerIndex().entries.get(entity.gazetteer.in)?.kind === "Country") {
      vote(entity.gazetteer.in, entity.mentions.map((m) => m.start));
    }
  }
  let best: { key: string; count: number; first: number } | undefined;
  for (const [key, v] of [...votes].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (!best || v.count > best.count || (v.count === best.count && v.first < best.first)) best = { key, ...v };
  }
  return best?.key;
}

/** The one person of the nearest sentence (up to three back, or earlier in its own) that names any person. */
function soleRecentPerson(state: EntityState, offset: number): DraftEntity | undefined {
  const here = sentenceIndex(state, offset);
  for (let back = 0; back <= 3 && here - back >= 0; back++) {
    const sentence = state.sentences[here - back]!;
    const until = back === 0 ? offset : sentence.end;
    const people = new Set<DraftEntity>();
    for (const entity of state.entities.values()) {
      if (entity.kind !== "Person") continue;
      if (entity.mentions.some((m) => m.start >= sentence.start && m.end <= until)) people.add(entity);
    }
    if (people.size > 0) return people.size === 1 ? [...people][0] : undefined;
  }
  return undefined;
}

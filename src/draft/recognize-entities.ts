// The entity stage: named actors, places, texts and topics, with every mention, and the structural
// links (memberOf, partOf, locatedIn) that the naming itself states ("Japan's Foreign Minister Taro
// Kono", "the Bank of Korea", "Yongin, Gyeonggi").
//
// Reading order, per sentence: the gazetteer's longest form or the capitalised run ("chunk")
// starting at each token, whichever is longer. A chunk is read as a whole when it ends in a head
// word ("… Act", "… Ministry") or starts with one and "of"; otherwise left to right as country or
// organisation context, a job title and a name, or a name by its shape. Unknown capitalised words
// are dropped unless a later rule (surname, acronym, "in X, Region") claims them: precision over
// recall, since a draft full of "Relations" and "Friday" costs a reviewer more than a missing node.
// Then coreference (coref-resolve.ts) and linking to the corpus (entity-link.ts).
import groups from "../../data/lexicons/entity-groups.json" with { type: "json" };
import heads from "../../data/lexicons/entity-heads.json" with { type: "json" };
import nameContext from "../../data/lexicons/entity-name-context.json" with { type: "json" };

const PARTY_PLURALS = new Set<string>((nameContext as { partyPlurals?: string[] }).partyPlurals ?? []);
const ORG_HEADS_AFTER = new Set<string>((nameContext as { organisationHeadsAfter?: string[] }).organisationHeadsAfter ?? []);
import stoplist from "../../data/lexicons/entity-stoplist.json" with { type: "json" };
import dates from "../../data/lexicons/dates.json" with { type: "json" };
import type { Kind } from "../model/vocabulary.ts";
import { resolveCoreference } from "./coref-resolve.ts";
import { readDatedTexts, readGroups } from "./entity-common-nouns.ts";
import { readCommonOrganisations, readIndefiniteOrganisations } from "./entity-common-orgs.ts";
import { readCommonFacilities } from "./entity-common-places.ts";
import { readRolePeople } from "./entity-role-people.ts";
import { linkEntities } from "./entity-link.ts";
import { capitalise, cleanLabel, nameKey, titleCase } from "./entity-labels.ts";
import { addMention, claim, latestBefore, rekeyHints, type DraftEntity, type EntityState, type RelationHint } from "./entity-state.ts";
import { surfaceKey, tokenize, type Token } from "./entity-tokens.ts";
import { isCommonWord, isDescriptiveWord, isFirstName, isVerbWord, lowerCaseWords } from "./entity-word-class.ts";
import { datelineAt } from "./entity-dateline.ts";
import { gazetteerIndex, type GazetteerEntry, type GazetteerHit } from "./gazetteer-index.ts";
import { placeNounBefore, runContext } from "./name-context.ts";
import { mergeBracketedAcronyms } from "./entity-acronyms.ts";
import { mergeShortNames } from "./entity-short-names.ts";
import { unlinkForeignInstitutions } from "./entity-foreign-institutions.ts";
import { acronymMatches, isHonorific, isKnownFamilyName, matchTitle, nameWords, originOfFamilyName, personShape } from "./name-patterns.ts";
import type { DraftContext, EntityCandidate, RelationCandidate, Sentence } from "./types.ts";

const STOP_WORDS = new Set(stoplist.words);
const STOP_ACRONYMS = new Set(stoplist.acronyms);
const NAME_OPENERS = new Set(stoplist.nameOpeners);
const CHROME = stoplist.chrome.map((source) => new RegExp(source));
const LAST_HEADS = heads.last as Record<string, Kind>;
const FIRST_HEADS = heads.first as Record<string, Kind>;
const PREFIX_HEADS = heads.prefix as Record<string, Kind>;
const GOVERNMENTAL_HEADS = new Set(heads.governmental);
const COMPANY_WORDS = new Set(heads.companyWords);
const GROUP_PEOPLE = new Set(groups.people);
const GROUP_ORGS = new Set(groups.organisations);
const DEMONYM_PRODUCTS = new Set([...groups.products, ...groups.demonymProducts]);
const CONNECTORS = new Set(["of", "for", "and", "&", "on", "the", "de", "von", "van", "der", "du", "la", "al", "bin", "da", "das", "dos", "di", "del", "della", "ibn", "el", "le"]);
const LOCATIVE = new Set(["in", "at", "from", "near", "outside", "inside", "across", "around", "around", "visit", "visited", "visiting", "visits", "into", "throughout", "toward", "towards"]);
const PLACE_MODIFIERS = new Set(["central", "downtown", "northern", "southern", "eastern", "western", "greater", "suburban", "southeastern", "northeastern", "southwestern", "northwestern"]);
const DOC_KINDS = new Set<Kind>(["Legislation", "Agreement", "Policy", "Plan", "Programme"]);
const PLACE_KINDS = new Set<Kind>(["Country", "Region", "Place", "Facility", "Bloc"]);
const FACILITY_NOUNS = new Set(heads.facilityNouns);
const DATE_WORDS = new Set([...Object.keys(dates.weekdays), ...Object.keys(dates.months)]);
const AMOUNT_BEFORE = /^(?:\p{N}[\p{N},.]*|million|billion|trillion|thousand|hundred|mln|bln|bn|m|[$€£¥₩])$/u;
// Auxiliaries and verbs the lexicon may also read as nouns, after which a people's plural acts.
const PEOPLE_VERBS = new Set(["are", "were", "have", "had", "will", "would", "could", "can", "may", "must", "should", "voted", "protested", "rallied", "fled", "boycotted", "say", "said", "want", "fear", "feared", "face", "faced"]);
const REGION_NOUNS = new Set(heads.regionNouns);
const TOWN_NOUNS = new Set(heads.townNouns);
// Singular facility nouns a city's name can own ("the port of Vancouver", "Jakarta airport").
const FACILITY_OF = new Set(["port", "airport", "terminal", "refinery", "harbour", "harbor", "seaport", "station", "plant", "reactor", "mine", "dam", "shipyard", "factory", "smelter", "mill", "base", "prison", "stadium", "hospital", "bridge", "pipeline", "depot"]);
// Words before a capital that make it the city, not its government.
const CITY_NOUNS = new Set(["capital", "city", "residents", "outskirts", "streets", "suburbs", "centre", "center", "downtown", "mayor", "airport", "port"]);
const COMPASS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)$/i;
const PLACE_VERBS = new Set(["struck", "hit", "rocked", "shook", "jolted", "battered", "flooded", "evacuated", "reached", "left", "arrived", "flew"]);
const ORG_KINDS = new Set<Kind>(["GovernmentOrganization", "Organization", "Court"]);
// "at" and "from" also introduce organisations ("economist at Itaú", "an offer from Te Whatu Ora").
const PLACE_PREPOSITIONS = new Set(nameContext.placePrepositions);
const NOT_NAME_HEADS = new Set(heads.notNameHeads);
const TITLE_LEADS = new Set(nameContext.titleLeads);
// "Bank of Mexico", "Council on Foreign Relations", "Agency for International Development".
const HEAD_LINKS = new Set(heads.firstHeadLinks);

/** Entities of the article sorted by first mention, and the structural links their naming states. */
export function recognizeEntities(ctx: DraftContext): { entities: EntityCandidate[]; relations: RelationCandidate[] } {
  const tokens = tokenize(ctx.text);
  const state: EntityState = {
    text: ctx.text,
    tokens,
    sentences: ctx.sentences.length > 0 ? ctx.sentences : [{ index: 0, paragraph: 0, start: 0, end: ctx.text.length, text: ctx.text }],
    entities: new Map(),
    relations: [],
    claimed: new Uint8Array(tokens.length),
    acronyms: new Map(),
  };
  const reader = new Reader(state, lowerCaseWords(ctx.text));
  reader.readAll();
  mergeBracketedAcronyms(state);
  mergeShortNames(state);
  unlinkForeignInstitutions(state);
  readDatedTexts(state);
  resolveCoreference(state);
  readIndefiniteOrganisations(state);
  readCommonOrganisations(state);
  readCommonFacilities(state);
  readGroups(state);
  readRolePeople(state);
  return linkEntities(state, ctx.corpus);
}

interface Context {
  country?: { entry: GazetteerEntry; start: number };
  org?: { key: string; start: number };
}

type SentenceMode = "full" | "gazetteer-only" | "skip";

class Reader {
  private readonly gazetteer = gazetteerIndex();
  private sentenceStarts = new Set<number>();
  private pendingSingles: Array<{ index: number; end: number; sentenceInitial: boolean }> = [];
  private unknownRuns: Array<{ from: number; to: number }> = [];

  constructor(
    private readonly state: EntityState,
    private readonly lowerWords: ReadonlySet<string>,
  ) {}

  readAll(): void {
    const { tokens, sentences } = this.state;
    let t = 0;
    const paragraphText = new Map<number, string>();
    let datelineSeen = false;
    for (const s of sentences) paragraphText.set(s.paragraph, `${paragraphText.get(s.paragraph) ?? ""}${paragraphText.has(s.paragraph) ? " " : ""}${s.text}`);
    for (const sentence of sentences) {
      while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
      let end = t;
      while (end < tokens.length && tokens[end]!.start < sentence.end) end++;
      // The first word, and the first after an opening quote or bracket, is capitalised by grammar.
      let first = t;
      while (first < end && /^["“‘'([]$/.test(tokens[first]!.text)) first++;
      this.sentenceStarts.add(first);
      if (sentence.paragraph <= 2 && !datelineSeen && first < end) {
        const taken = this.readDateline(first, end);
        if (taken) datelineSeen = true;
      }
      this.readSentence(t, end, modeOf(sentence, paragraphText.get(sentence.paragraph) ?? sentence.text));
      t = end;
    }
    this.resolveSingles();
    this.readLeaderGovernments();
    this.readPlacePatterns();
    this.readPlaceFacilities();
  }

  /** "MEXICO CITY (Reuters) -": the filing city as a place (a capital as its city, not its government). */
  private readDateline(from: number, to: number): boolean {
    const { tokens } = this.state;
    const line = datelineAt(tokens, from, to);
    if (!line || STOP_ACRONYMS.has(tokens[from]!.text)) return false;
    const mark = tokens[line.to]!;
    const next = tokens[line.to + 1];
    const hit = this.gazetteer.match(line.lookup, 0, line.lookup.length);
    const whole = hit && hit.end === line.lookup.length;
    if (whole && !PLACE_KINDS.has(hit.entry.kind) && hit.role !== "capital") return false;
    if (whole && (hit.entry.kind === "Country" || hit.entry.kind === "Bloc") && hit.role !== "capital") {
      this.mention(this.entityFromEntry(hit.entry).key, line.from, line.to, "dateline", 0.8, true);
      return true;
    }
    if (!whole) {
      // An unknown city needs the rest of a dateline after it: an agency in brackets, a dash, or ", Country".
      const nextHit = next ? this.gazetteer.match(tokens, line.to + 1, Math.min(tokens.length, line.to + 4)) : undefined;
      const dated = mark.text !== "," || Boolean(nextHit && !nextHit.caseInsensitive && PLACE_KINDS.has(nextHit.entry.kind)) || /^(Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)/.test(next?.text ?? "");
      if (!dated || !next) return false;
    }
    const entity = whole ? this.entityFromEntry(hit.entry) : this.entity(`Place:${nameKey(line.label)}`, "Place", line.label);
    this.mention(entity.key, line.from, line.to, "dateline", whole ? 0.85 : 0.6, true);
    return true;
  }

  private readSentence(from: number, to: number, mode: SentenceMode): void {
    if (mode === "skip") return;
    const { tokens } = this.state;
    let i = from;
    while (i < to) {
      const token = tokens[i]!;
      if (!token.word || this.state.claimed[i]) {
        i++;
        continue;
      }
      const known = this.state.acronyms.get(token.text.toLowerCase());
      if (known && token.cap && mode === "full") {
        this.mention(known, i, i + 1, "acronym", 0.9, true);
        i++;
        continue;
      }
      const hit = this.gazetteer.match(tokens, i, to);
      if (mode === "gazetteer-only") {
        // Known names only: a demonym or a lower-case topic in a headline is no evidence of an entity.
        if (hit && hit.role !== "adjective" && hit.role !== "people" && (!hit.caseInsensitive || hit.entry.source === "agency" || hit.entry.source === "bloc")) {
          this.takeHit(hit!, i, {});
          i = hit!.end;
        } else i++;
        continue;
      }
      const chunkEnd = token.cap || token.allCaps ? this.chunkEnd(i, to) : i;
      if (chunkEnd > i && (!hit || chunkEnd > hit.end)) {
        i = Math.max(chunkEnd, this.readChunk(i, chunkEnd, to));
        continue;
      }
      if (hit) {
        const next = this.takeHit(hit, i, this.contextBefore(i));
        i = Math.max(next, i + 1);
        continue;
      }
      i++;
    }
  }

  /** One past the capitalised run starting at `from`: capitalised words, glued hyphens, inner connectors. */
  private chunkEnd(from: number, limit: number): number {
    const { tokens } = this.state;
    let end = from + 1;
    let sawOf = false;
    const lead = /^(The|the)$/.test(tokens[from]!.text) ? from + 1 : from;
    const firstHead = (tokens[lead]?.text ?? "") in FIRST_HEADS;
    while (end < limit) {
      const token = tokens[end]!;
      const next = tokens[end + 1];
      if (token.word && (token.cap || token.allCaps || /^\p{N}/u.test(token.text) && tokens[end - 1]!.cap) && token.spaceBefore) {
        end++;
        continue;
      }
      if (token.text === "-" && !token.spaceBefore && next && !next.spaceBefore && next.word && end + 1 < limit) {
        end += 2;
        continue;
      }
      if (token.word && !token.spaceBefore && tokens[end - 1]!.text === "-") {
        end++;
        continue;
      }
      if (token.text === "." && tokens[end - 1]!.text.length === 1) break;
      // "Port of Melbourne on Monday": a date after a connector is not part of the name.
      if (CONNECTORS.has(token.text) && next && DATE_WORDS.has(next.text)) break;
      // "von der Leyen", "de la Cruz": two particles in a row before a capitalised word.
      if (/^(von|van|de|da|di|del)$/.test(token.text) && next && /^(der|den|la|le|los|las)$/.test(next.text) && tokens[end + 2]?.cap && end + 2 < limit) {
        end += 2;
        continue;
      }
      if (CONNECTORS.has(token.text) && next && next.cap && end + 1 < limit) {
        if (token.text === "and" || token.text === "&") {
          // "Samsung and LG" are two names; "Ministry of Economy and Finance", "Belt and Road Initiative" one.
          const rest = this.chunkEnd(end + 1, limit);
          const lastWord = tokens[rest - 1]!.text;
          // "Nippon Steel and Mitsubishi Heavy Industries": a known name on either side is a name of its own.
          const left = this.gazetteer.match(tokens, lead, end);
          const right = this.gazetteer.match(tokens, end + 1, rest);
          const known = (left && !left.caseInsensitive && left.end === end) || (right && !right.caseInsensitive && right.end === rest);
          if (!known && (sawOf || firstHead || lastWord in LAST_HEADS)) {
            end = rest;
            continue;
          }
          break;
        }
        if (token.text === "the" && tokens[end - 1]!.text !== "of") break;
        if (token.text === "of" || token.text === "for") sawOf = true;
        end++;
        continue;
      }
      // "Ministry of Trade, Industry and Energy": a list inside an "X of …" name.
      if (token.text === "," && firstHead && sawOf && next?.cap) {
        let probe = end + 1;
        while (probe < limit && (tokens[probe]!.cap || tokens[probe]!.text === ",")) probe++;
        if (tokens[probe]?.text === "and" && tokens[probe + 1]?.cap) {
          end = probe;
          continue;
        }
      }
      break;
    }
    // A trailing connector or hyphen is not part of the name.
    while (end > from + 1 && (CONNECTORS.has(tokens[end - 1]!.text) || tokens[end - 1]!.text === "-" || tokens[end - 1]!.text === ",")) end--;
    return end;
  }

  private isSentenceInitial(index: number): boolean {
    return this.sentenceStarts.has(index);
  }

  /** A word that is capitalised only because it opens the sentence, or that never names anything alone. */
  private isNoise(index: number, to: number): boolean {
    const token = this.state.tokens[index]!;
    if (!token.word) return true;
    if (matchTitle(this.state.tokens, index, to, false)) return false;
    const hit = this.gazetteer.match(this.state.tokens, index, to);
    if (hit && !hit.caseInsensitive) return false;
    if (NAME_OPENERS.has(token.text) && index + 1 < to && this.state.tokens[index + 1]!.cap && !this.isSentenceInitial(index) && (!this.isNoiseRunAfter(index + 1, to) || this.headKind(index, to))) return false;
    // "Bank of Mexico", "Ministry of Health": a head word that opens an "X of Y" name.
    if (token.text in FIRST_HEADS && HEAD_LINKS.has(this.state.tokens[index + 1]?.text ?? "") && this.state.tokens[index + 2]?.cap && index + 2 < to) return false;
    if (token.text in PREFIX_HEADS && this.state.tokens[index + 1]?.cap && index + 1 < to) return false;
    if (STOP_WORDS.has(token.text) || STOP_ACRONYMS.has(token.text)) return true;
    // A single word may still be a surname met elsewhere ("Kishida said"): kept for resolveSingles.
    if (this.isSentenceInitial(index) && index + 1 < to) {
      if (!token.allCaps && isCommonWord(token.text, this.lowerWords)) return true;
    }
    return false;
  }

  /** The rest of the chunk is only stop words ("Last Monday"), so an opener before it names nothing. */
  private isNoiseRunAfter(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (!STOP_WORDS.has(this.state.tokens[i]!.text)) return false;
    return true;
  }

  /** Reads the chunk [from, to); returns the token index after what it consumed (a form may run past the chunk). */
  private readChunk(from: number, to: number, sentenceEnd: number): number {
    const { tokens } = this.state;
    let a = from;
    // A connector left at the front once a noise word is dropped opens no name ("Residents of Gaza City").
    while (a < to && (this.isNoise(a, to) || CONNECTORS.has(tokens[a]!.text))) a++;
    if (a >= to) return to;
    const context: Context = this.contextBefore(a);
    // "The Japanese government", "Korean supreme court": a form that starts in the chunk and ends past it.
    const whole = this.gazetteer.match(tokens, a, sentenceEnd);
    if (whole && whole.end >= to && !(whole.caseInsensitive && whole.entry.source === "topic")) {
      return this.takeHit(whole, a, context);
    }

    const headKind = this.headKind(a, to);
    if (headKind && to - a >= 2) {
      // "Sydney Airport and Melbourne Airport": two names that end in the same head are two entities.
      const and = tokens.slice(a + 2, to - 1).findIndex((t) => t.text === "and") + a + 2;
      if (and > a + 1 && tokens[and - 1]!.text === tokens[to - 1]!.text && this.headKind(a, and) === headKind) {
        this.takeNamedByHead(a, and, headKind, context, sentenceEnd);
        this.takeNamedByHead(and + 1, to, headKind, this.contextBefore(and + 1), sentenceEnd);
        return to;
      }
      this.takeNamedByHead(a, to, headKind, context, sentenceEnd);
      return to;
    }
    // "the FIM-CISL union", "the Unite union": an unknown name right before a lower-case organisation head.
    const after = tokens[to];
    if (after?.word && !after.cap && ORG_HEADS_AFTER.has(after.text) && to - a <= 3 && !this.gazetteer.match(tokens, a, to) && !this.state.acronyms.has(tokens[a]!.text.toLowerCase())) {
      this.takeUnknownName(a, to + 1, "Organization", "pattern:name-org-head", 0.7);
      return to + 1;
    }
    let pos = a;
    while (pos < to) {
      const token = tokens[pos]!;
      const opensName = NAME_OPENERS.has(token.text) && pos + 1 < to && tokens[pos + 1]!.cap && (!this.isSentenceInitial(pos) || tokens[pos - 1]?.text === "The");
      if (!token.word || CONNECTORS.has(token.text) || STOP_WORDS.has(token.text) && !opensName && !matchTitle(tokens, pos, to, false) && !this.gazetteer.match(tokens, pos, to)) {
        pos++;
        continue;
      }
      const acronym = this.state.acronyms.get(token.text.toLowerCase());
      if (acronym && token.cap) {
        this.mention(acronym, pos, pos + 1, "acronym", 0.9, true);
        pos++;
        continue;
      }
      const title = matchTitle(tokens, pos, to, false);
      if (title && title.end < to) {
        const words = nameWords(tokens, title.end, to);
        if (words && words.words.length <= 4 && !words.words.some((w) => STOP_WORDS.has(w))) {
          this.takePerson(title.end, to, { title: title.title, governmental: title.governmental, titleStart: pos }, context, 0.9);
          return to;
        }
      }
      if (isHonorific(token) && pos + 1 < to) {
        const words = nameWords(tokens, pos + 1, to);
        if (words && words.words.length <= 3) {
          this.takePerson(pos + 1, to, undefined, context, 0.8);
          return to;
        }
      }
      const hit = this.gazetteer.match(tokens, pos, to);
      if (hit && !hit.caseInsensitive || hit && hit.end === to && hit.entry.source !== "topic") {
        const before = pos;
        pos = this.takeHit(hit, pos, context);
        const entry = hit.role === "capital" ? hit.metonymOf : hit.entry;
        if (entry && (entry.kind === "Country" || entry.kind === "Bloc")) context.country = { entry, start: tokens[before]!.start };
        else if (entry) context.org = { key: entry.id, start: tokens[before]!.start };
        continue;
      }
      let run = pos + 1;
      while (run < to && !(tokens[run]!.word && tokens[run]!.spaceBefore && (this.gazetteer.match(tokens, run, to) && !this.gazetteer.match(tokens, run, to)!.caseInsensitive || matchTitle(tokens, run, to, false)))) run++;
      this.takeRun(pos, run, context);
      pos = run;
    }
    return to;
  }

  /** Context from just before a chunk: "Japan's Foreign Minister", "Samsung's chairman". */
  private contextBefore(index: number): Context {
    const { tokens } = this.state;
    const possessive = tokens[index - 1];
    if (!possessive || !/^['’]s$/.test(possessive.text)) return {};
    for (const entity of this.state.entities.values()) {
      const m = entity.mentions.find((x) => x.end === possessive.start);
      if (!m) continue;
      if (entity.kind === "Country" || entity.kind === "Bloc") return entity.gazetteer ? { country: { entry: entity.gazetteer, start: m.start } } : {};
      if (entity.kind === "Organization" || entity.kind === "GovernmentOrganization") return { org: { key: entity.key, start: m.start } };
    }
    return {};
  }

  private headKind(from: number, to: number): Kind | undefined {
    const { tokens } = this.state;
    const last = tokens[to - 1]!.text;
    if (last in LAST_HEADS) return LAST_HEADS[last];
    const first = tokens[from]!.text;
    if (first in FIRST_HEADS && HEAD_LINKS.has(tokens[from + 1]?.text ?? "")) return FIRST_HEADS[first];
    if (first in PREFIX_HEADS && to - from >= 2 && tokens[from + 1]!.cap) return PREFIX_HEADS[first];
    // "Maritime Union of Australia", "Reserve Bank of India": the head stands before "of" inside the name.
    for (let k = from + 1; k < to - 2; k++) {
      const word = tokens[k]!.text;
      if (!HEAD_LINKS.has(tokens[k + 1]!.text)) continue;
      if (word in FIRST_HEADS) return FIRST_HEADS[word];
      if (word in LAST_HEADS && ORG_KINDS.has(LAST_HEADS[word]!)) return LAST_HEADS[word];
      break;
    }
    return undefined;
  }

  /** "U.S. Inflation Reduction Act", "Korea Development Bank", "Ministry of Trade, Industry and Energy". */
  private takeNamedByHead(from: number, to: number, kind: Kind, context: Context, sentenceEnd: number): void {
    const { tokens, text } = this.state;
    let nameFrom = from;
    const prefix = this.gazetteer.match(tokens, from, to - 1);
    if (prefix && !prefix.caseInsensitive && (prefix.entry.kind === "Country" || prefix.entry.kind === "Bloc") && DOC_KINDS.has(kind)) {
      // A law or pact is named without its issuer: "U.S. Inflation Reduction Act" → "Inflation Reduction Act".
      this.takeHit(prefix, from, {});
      nameFrom = prefix.end;
    } else if (prefix && !prefix.caseInsensitive && prefix.role === "adjective" && !DOC_KINDS.has(kind)) {
      context.country = { entry: prefix.entry, start: tokens[from]!.start };
    } else if (prefix && !prefix.caseInsensitive && prefix.entry.kind === "Country" && prefix.role === "name") {
      context.country ??= { entry: prefix.entry, start: tokens[from]!.start };
    }
    const start = tokens[nameFrom]!.start;
    const end = tokens[to - 1]!.end;
    const label = cleanLabel(text.slice(start, end));
    const words = to - nameFrom;
    const entity = this.entity(`${kind}:${nameKey(label)}`, kind, label);
    this.mention(entity.key, nameFrom, to, "pattern:head-word", words >= 3 ? 0.85 : 0.75, true);
    if (nameFrom > from) addMention(this.state, entity, tokens[from]!.start, end, "pattern:head-word", 0.85, true);
    this.structuralLinks(entity, context, tokens[from]!.start, end);
    this.acronymAfter(entity, to, sentenceEnd, label);
  }

  /** Links that a named institution's own words state. */
  private structuralLinks(entity: DraftEntity, context: Context, start: number, end: number): void {
    const head = entity.label.split(/\s+/);
    const governmental = entity.kind === "GovernmentOrganization" && head.some((w) => GOVERNMENTAL_HEADS.has(w));
    if (context.country && (entity.kind === "GovernmentOrganization" || entity.kind === "Court")) {
      const to = governmental ? `government-of:${context.country.entry.id}` : context.country.entry.id;
      this.relate({ from: entity.key, rel: "partOf", to, evidence: [{ start: Math.min(start, context.country.start), end }], confidence: 0.9 });
    } else if (context.country && entity.kind === "Organization" && head.some((w) => COMPANY_WORDS.has(w))) {
      this.relate({ from: entity.key, rel: "locatedIn", to: context.country.entry.id, evidence: [{ start: Math.min(start, context.country.start), end }], confidence: 0.9 });
    }
  }

  /** "(Gsomia)" right after a name defines an acronym: an alias, and later mentions of it. */
  private acronymAfter(entity: DraftEntity, after: number, sentenceEnd: number, longForm: string): boolean {
    const { tokens } = this.state;
    const open = tokens[after];
    const short = tokens[after + 1];
    const close = tokens[after + 2];
    if (open?.text !== "(" || !short?.word || close?.text !== ")" || after + 2 >= sentenceEnd) return false;
    if (!/^\p{Lu}/u.test(short.text) || short.text.length > 10) return false;
    if (!acronymMatches(short.text, longForm)) return false;
    this.mention(entity.key, after + 1, after + 2, "acronym", 0.9, true);
    claim(this.state, after, after + 3);
    this.state.acronyms.set(short.text.toLowerCase(), entity.key);
    return true;
  }

  private takePerson(
    nameFrom: number,
    nameTo: number,
    title: { title: string; governmental: boolean; titleStart: number } | undefined,
    context: Context,
    confidence: number,
  ): void {
    const { tokens, text } = this.state;
    const words = nameWords(tokens, nameFrom, nameTo);
    if (!words) return;
    let label = cleanLabel(text.slice(tokens[nameFrom]!.start, tokens[nameTo - 1]!.end));
    if (label === label.toUpperCase()) label = label.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
    const shape = personShape(words.words, this.isFirstName(nameFrom));
    const entity = this.entity(`Person:${nameKey(label)}`, "Person", label);
    entity.nameLength = words.words.length;
    entity.surname ??= shape?.surname ?? (words.words.length === 1 ? words.words[0] : words.words[words.words.length - 1]);
    if (shape?.origin) entity.origin ??= shape.origin;
    if (title && !entity.jobTitle) entity.jobTitle = title.title;
    this.mention(entity.key, nameFrom, nameTo, title ? "pattern:title-name" : "pattern:name", words.words.length === 1 ? Math.min(confidence, 0.7) : confidence, true);
    const start = title ? Math.min(tokens[title.titleStart]!.start, context.org?.start ?? Infinity, context.country?.start ?? Infinity) : tokens[nameFrom]!.start;
    const end = tokens[nameTo - 1]!.end;
    if (!title) {
      const apposition = this.appositiveTitle(nameTo);
      if (!apposition) return;
      entity.jobTitle ??= apposition.title;
      const evidence = [{ start: tokens[nameFrom]!.start, end: tokens[apposition.end - 1]!.end }];
      if (apposition.country && apposition.governmental) {
        this.relate({ from: entity.key, rel: "memberOf", to: `government-of:${apposition.country}`, role: apposition.title, evidence, confidence: 0.9 });
      } else if (apposition.governmental && entity.origin) {
        this.relate({
          from: entity.key,
          rel: "memberOf",
          to: `government-of:${entity.origin}`,
          role: apposition.title,
          evidence,
          confidence: 0.7,
          note: "the country is inferred from the shape of the name and the article's countries, not stated beside the title",
        });
      }
      return;
    }
    if (context.org) {
      this.relate({ from: entity.key, rel: "memberOf", to: context.org.key, role: title.title, evidence: [{ start, end }], confidence: 0.95 });
    } else if (title.governmental && context.country) {
      this.relate({ from: entity.key, rel: "memberOf", to: `government-of:${context.country.entry.id}`, role: title.title, evidence: [{ start, end }], confidence: 0.95 });
    } else if (title.governmental && entity.origin) {
      this.relate({
        from: entity.key,
        rel: "memberOf",
        to: `government-of:${entity.origin}`,
        role: title.title,
        evidence: [{ start, end }],
        confidence: 0.7,
        note: "the country is inferred from the shape of the name and the article's countries, not stated beside the title",
      });
    }
  }

  /** "Kim Dong-yeon, the finance minister," / "Choo, Korea's finance minister": a title in apposition. */
  private appositiveTitle(after: number): { title: string; end: number; governmental: boolean; country?: string } | undefined {
    const { tokens } = this.state;
    if (tokens[after]?.text !== ",") return undefined;
    let i = after + 1;
    if (/^(the|a|an)$/i.test(tokens[i]?.text ?? "")) i++;
    // "the bank's governor", "the outgoing prime minister": a possessive noun or a lead word before the title.
    if (/^\p{Ll}+$/u.test(tokens[i]?.text ?? "") && /^['’]s$/.test(tokens[i + 1]?.text ?? "")) i += 2;
    while (TITLE_LEADS.has(tokens[i]?.text ?? "") && !matchTitle(tokens, i, Math.min(tokens.length, i + 8), true)) i++;
    let country: string | undefined;
    const hit = this.gazetteer.match(tokens, i, Math.min(tokens.length, i + 4));
    if (hit && !hit.caseInsensitive && hit.entry.kind === "Country") {
      country = hit.entry.id;
      i = hit.end;
      if (/^['’]s$/.test(tokens[i]?.text ?? "")) i++;
    }
    const title = matchTitle(tokens, i, Math.min(tokens.length, i + 8), true);
    if (!title) return undefined;
    const after2 = tokens[title.end];
    // "the finance minister's office" is not an apposition of the person.
    if (after2 && (after2.word && !/^(of|for|at)$/.test(after2.text) || /^['’]s$/.test(after2.text))) return undefined;
    return { title: titleCase(title.title), end: title.end, governmental: title.governmental, ...(country ? { country } : {}) };
  }

  /** A run of capitalised words that matched nothing else: a name by its shape, a single word, or unknown. */
  private takeRun(from: number, to: number, context: Context): void {
    const { tokens } = this.state;
    const words = nameWords(tokens, from, to);
    if (this.takeFacilityTrailer(from, to)) return;
    // A name read once by its context ("terminal operator DP World") is the same name later ("DP World said").
    if (words && words.words.length >= 2) {
      const seen = nameKey(cleanLabel(this.state.text.slice(tokens[from]!.start, tokens[to - 1]!.end)));
      const earlier = [...this.state.entities.values()].find((e) => e.kind !== "Person" && nameKey(e.label) === seen);
      if (earlier) {
        this.mention(earlier.key, from, to, "coref:same-name", 0.8, true);
        return;
      }
    }
    // "terminal operator DP World", "lobby group FairSearch": an organisation's role noun right before.
    if (words && words.words.length >= 2 && words.words.length <= 4 && !this.isSentenceInitial(from)) {
      const around = runContext(tokens, from, to, false);
      if (around && "organisation" in around) {
        this.takeUnknownName(from, to, "Organization", "pattern:role-noun-name", 0.6);
        return;
      }
    }
    // "the Christian Democrats": a name ending in a party plural is the party, whatever its first word.
    if (words && words.words.length >= 2 && words.words.length <= 4 && PARTY_PLURALS.has(tokens[to - 1]!.text)) {
      this.takeUnknownName(from, to, "Organization", "pattern:party-plural", 0.7);
      return;
    }
    if (words && words.words.length >= 2) {
      const shape = personShape(words.words, this.isFirstName(from));
      if (shape) {
        this.takePerson(from, to, undefined, context, shape.confidence);
        // "The transport minister, Henrik Solberg,": the title before the comma is the person's.
        const around = runContext(tokens, from, to, false);
        const person = this.state.entities.get(`Person:${nameKey(cleanLabel(this.state.text.slice(tokens[from]!.start, tokens[to - 1]!.end)))}`);
        if (person && around && "title" in around && around.title) person.jobTitle ??= titleCase(around.title);
        return;
      }
      if (words.words.length <= 3 && !this.isTitleRun(from, to)) {
        const around = runContext(tokens, from, to, Boolean(this.appositiveTitle(to)));
        if (around && "person" in around && !words.words.some((w) => isCommonWord(w, this.lowerWords))) {
          this.takePerson(from, to, undefined, context, 0.7);
          const person = this.state.entities.get(`Person:${nameKey(cleanLabel(this.state.text.slice(tokens[from]!.start, tokens[to - 1]!.end)))}`);
          if (person && around.title) person.jobTitle ??= titleCase(around.title);
          return;
        }
      }
    }
    if (words && words.words.length === 1) {
      const around = runContext(tokens, from, to, false);
      if (around && "organisation" in around && !this.isSentenceInitial(from)) {
        this.takeUnknownName(from, to, "Organization", "pattern:role-noun-name", 0.6);
        return;
      }
      if (placeNounBefore(tokens, from)) {
        this.takeUnknownName(from, to, "Place", "pattern:place-noun-of", 0.7);
        return;
      }
      this.pendingSingles.push({ index: from, end: to, sentenceInitial: this.isSentenceInitial(from) });
      return;
    }
    this.unknownRuns.push({ from, to });
    if (words && !this.isTitleRun(from, to) && this.takeUnknownRun(from, to)) return;
    // An unknown name with its acronym beside it is still a name: "Korea-Japan Cooperation Forum (KJCF)".
    const label = cleanLabel(this.state.text.slice(tokens[from]!.start, tokens[to - 1]!.end));
    if (tokens[to]?.text === "(" && to - from >= 2 && acronymMatches(tokens[to + 1]?.text ?? "", label)) {
      const entity = this.entity(`Organization:${nameKey(label)}`, "Organization", label);
      this.mention(entity.key, from, to, "pattern:acronym-definition", 0.6, true);
      this.acronymAfter(entity, to, tokens.length, label);
    }
  }

  /** A run that is a job title only ("Prime Minister", "Chief Executive"): a person's role, not a name. */
  private isTitleRun(from: number, to: number): boolean {
    const title = matchTitle(this.state.tokens, from, to, true);
    return Boolean(title && title.end >= to);
  }

  private takeUnknownName(from: number, to: number, kind: Kind, via: string, confidence: number): DraftEntity {
    const label = cleanLabel(this.state.text.slice(this.state.tokens[from]!.start, this.state.tokens[to - 1]!.end));
    const entity = this.entity(`${kind}:${nameKey(label)}`, kind, label);
    this.mention(entity.key, from, to, via, confidence, true);
    return entity;
  }

  /**
   * Two or more capitalised words inside a sentence that nothing else read: still a name. A place
   * where the words before make it one ("in", "the city of"), else an organisation, the usual
   * bearer of an unknown multi-word name in news ("Turkish Red Crescent", "Te Whatu Ora").
   */
  private takeUnknownRun(from: number, to: number): boolean {
    const { tokens } = this.state;
    const last = tokens[to - 1]!.text;
    if (NOT_NAME_HEADS.has(last) || to - from > 6) return false;
    if (tokens.slice(from, to).some((t, k) => /^\p{N}/u.test(t.text) || STOP_WORDS.has(t.text) && !(k === 0 && NAME_OPENERS.has(t.text)))) return false;
    const place = placeNounBefore(tokens, from) || PLACE_PREPOSITIONS.has(tokens[from - 1]?.text ?? "") && !this.isSentenceInitial(from);
    // "Kemal Yildirim, 54, was arrested": an age in apposition makes the name a person's.
    const age = tokens[to]?.text === "," && /^(1[89]|[2-9]\d|10\d)$/.test(tokens[to + 1]?.text ?? "") && /^[,)]$/.test(tokens[to + 2]?.text ?? "");
    if (age && to - from >= 2 && to - from <= 4 && nameWords(tokens, from, to)) {
      this.takePerson(from, to, undefined, {}, 0.7);
      return true;
    }
    this.takeUnknownName(from, to, place ? "Place" : "Organization", place ? "pattern:unknown-place" : "pattern:unknown-name", 0.5);
    return true;
  }

  /**
   * "North Quay container terminal", "the North Quay and Eastern Basin terminals": capitalised
   * names before a lower-case facility noun are facilities (data/lexicons/entity-heads.json,
   * facilityNouns).
   */
  private takeFacilityTrailer(from: number, to: number): boolean {
    const { tokens } = this.state;
    let k = to;
    // "the North Quay and Eastern Basin terminals": the noun comes after the partner name.
    if (tokens[to]?.text === "and" && tokens[to + 1]?.cap) {
      let partner = to + 1;
      while (tokens[partner]?.cap && tokens[partner]!.word) partner++;
      if (FACILITY_NOUNS.has(tokens[partner]?.text ?? "") && tokens[partner]!.text.endsWith("s")) k = partner;
    }
    while (k < to + 3 && tokens[k]?.word && /^\p{Ll}/u.test(tokens[k]!.text) && !FACILITY_NOUNS.has(tokens[k]!.text) && !FACILITY_NOUNS.has(`${tokens[k]!.text}s`.replace(/ss$/, "s"))) k++;
    const noun = tokens[k];
    if (!noun || k >= to + 3 && !tokens[to + 1]?.cap) return false;
    const singular = FACILITY_NOUNS.has(noun.text) && !noun.text.endsWith("s") || noun.text === "works";
    const plural = !singular && FACILITY_NOUNS.has(noun.text);
    if (!singular && !plural) return false;
    if (tokens[to]?.text !== "and" && tokens.slice(to, k).some((t) => !isDescriptiveWord(t.text) || STOP_WORDS.has(t.text))) return false;
    if (singular) {
      const label = cleanLabel(this.state.text.slice(tokens[from]!.start, noun.end));
      const entity = this.entity(`Facility:${nameKey(label)}`, "Facility", label);
      this.mention(entity.key, from, k + 1, "pattern:name-facility-noun", 0.75, true);
      return true;
    }
    // Plural: each coordinated name is a facility of its own; one named in full before is that one.
    const name = cleanLabel(this.state.text.slice(tokens[from]!.start, tokens[to - 1]!.end));
    const earlier = [...this.state.entities.values()].find((e) => e.kind === "Facility" && e.label.startsWith(`${name} `));
    if (earlier) this.mention(earlier.key, from, to, "pattern:name-facility-noun", 0.7, true);
    else this.takeUnknownName(from, to, "Facility", "pattern:name-facility-noun", 0.7);
    // The partner before "and" is read the same way.
    return true;
  }

  /** A gazetteer form at `index`; returns the token index after what it took. */
  private takeHit(hit: GazetteerHit, index: number, context: Context): number {
    const { tokens } = this.state;
    const entry = hit.entry;
    if (hit.role === "people") return this.takePeople(hit, index);
    if (hit.role === "capital" && hit.metonymOf) {
      if (this.isLocative(index, hit.end)) {
        const place = this.entityFromEntry(entry);
        this.mention(place.key, index, hit.end, "gazetteer:capital", 0.9, true);
        const country = hit.metonymOf;
        if (entry.in === country.id) {
          this.relate({
            from: place.key,
            rel: "locatedIn",
            to: country.id,
            evidence: [{ start: tokens[index]!.start, end: tokens[hit.end - 1]!.end }],
            confidence: 0.9,
            note: `general knowledge (gazetteer): ${entry.label} is the capital of ${country.label}`,
          });
        }
      } else {
        const actor = this.entityFromEntry(hit.metonymOf);
        this.mention(actor.key, index, hit.end, "gazetteer:metonym", 0.85, true);
      }
      return hit.end;
    }
    if (hit.role === "adjective") {
      const country = this.entityFromEntry(entry);
      this.mention(country.key, index, hit.end, "gazetteer:demonym", 0.6, false);
      const noun = tokens[hit.end];
      // "Japanese goods", "American products": goods of the country (boycotts, tariffs, imports).
      if (noun && noun.word && !noun.cap && DEMONYM_PRODUCTS.has(noun.text)) {
        const label = capitalise(`${this.state.text.slice(tokens[index]!.start, noun.end)}`);
        const product = this.entity(`Product:${nameKey(label)}`, "Product", label);
        this.mention(product.key, index, hit.end + 1, "pattern:demonym-product", 0.6, true);
        return hit.end + 1;
      }
      if (noun && noun.word && !noun.cap && (GROUP_PEOPLE.has(noun.text) || GROUP_ORGS.has(noun.text))) {
        const label = capitalise(`${this.state.text.slice(tokens[index]!.start, noun.end)}`);
        const group = this.entity(`Group:${nameKey(label)}`, "Group", label);
        this.mention(group.key, index, hit.end + 1, "pattern:demonym-group", 0.7, true);
        return hit.end + 1;
      }
      return hit.end;
    }
    // "2.4 billion euros", "15 ships": a counted noun is an amount, which the figure stage reads, not a topic.
    if (entry.source === "topic" && AMOUNT_BEFORE.test(tokens[index - 1]?.text ?? "")) return hit.end;
    // "the real" is Brazil's currency only where the article is about Brazil, and not in "the real problem".
    if (entry.onlyWith) {
      const next = tokens[hit.end];
      if (!entry.onlyWith.some((w) => this.state.text.includes(w))) return hit.end;
      if (next?.word && /^\p{Ll}/u.test(next.text) && isDescriptiveWord(next.text) && !isVerbWord(next.text) && !/(ed)$/.test(next.text)) return hit.end;
    }
    // "freight companies", "oil workers": a topic before a group noun describes the group, which readGroups takes.
    if (entry.source === "topic" && hit.caseInsensitive && (GROUP_PEOPLE.has(tokens[hit.end]?.text ?? "") || GROUP_ORGS.has(tokens[hit.end]?.text ?? ""))) return hit.end;
    const entity = this.entityFromEntry(entry);
    const confidence = entry.source === "topic" ? 0.7 : entry.source === "template" ? 0.85 : 0.95;
    this.mention(entity.key, index, hit.end, `gazetteer:${entry.source}`, confidence, true);
    if ((entry.source === "template" || hit.caseInsensitive && entry.source === "institution") && entry.country) {
      // "Korean supreme court", "Japan's government": the form names the country.
      const to = entry.partOf === "government" ? `government-of:${entry.country}` : entry.country;
      // "Kenya's Supreme Court": the country named in the possessive is a mention of its own.
      for (let end = index + 1; end < hit.end; end++) {
        if (!/^['’]s$/.test(tokens[end]!.text)) continue;
        const named = this.gazetteer.match(tokens, index, end);
        if (named && named.end === end && !named.caseInsensitive && named.entry.id === entry.country && named.role === "name") {
          addMention(this.state, this.entityFromEntry(named.entry), tokens[index]!.start, tokens[end - 1]!.end, "gazetteer:country-possessive", 0.9, true);
        }
        break;
      }
      if (entry.kind !== "Economy") this.relate({ from: entity.key, rel: "partOf", to, evidence: [{ start: tokens[index]!.start, end: tokens[hit.end - 1]!.end }], confidence: 0.9 });
    } else if (entry.source === "institution" && entry.country && (entry.kind === "GovernmentOrganization" || entry.kind === "Court") && context.country?.entry.id === entry.country) {
      // "Korea's Ministry of Trade, Industry and Energy": the possessive states it.
      const to = entry.partOf === "government" ? `government-of:${entry.country}` : entry.country;
      this.relate({ from: entity.key, rel: "partOf", to, evidence: [{ start: context.country.start, end: tokens[hit.end - 1]!.end }], confidence: 0.9 });
    } else if (entry.source === "institution" && entry.country && (entry.kind === "GovernmentOrganization" || entry.kind === "Court")) {
      const to = entry.partOf === "government" ? `government-of:${entry.country}` : entry.country;
      this.relate({
        from: entity.key,
        rel: "partOf",
        to,
        evidence: [{ start: tokens[index]!.start, end: tokens[hit.end - 1]!.end }],
        confidence: 0.8,
        note: "general knowledge (gazetteer): the institution belongs to this country",
      });
    } else if (entry.partOf && entry.source === "bloc") {
      this.relate({ from: entity.key, rel: "partOf", to: entry.partOf, evidence: [{ start: tokens[index]!.start, end: tokens[hit.end - 1]!.end }], confidence: 0.8, note: "general knowledge (gazetteer)" });
    } else if (PLACE_KINDS.has(entry.kind) && this.containerAfter(entity, index, hit.end)) {
      // "Yongin, Gyeonggi": the text states where the place lies.
    } else if (entry.in && PLACE_KINDS.has(entry.kind)) {
      this.relate({
        from: entity.key,
        rel: "locatedIn",
        to: entry.in,
        evidence: [{ start: tokens[index]!.start, end: tokens[hit.end - 1]!.end }],
        confidence: 0.9,
        note: "general knowledge (gazetteer)",
      });
    }
    if (entry.source === "company" && context.country) {
      this.relate({ from: entity.key, rel: "locatedIn", to: context.country.entry.id, evidence: [{ start: context.country.start, end: tokens[hit.end - 1]!.end }], confidence: 0.9 });
    }
    this.companyApposition(entity, index, hit.end);
    this.acronymAfter(entity, hit.end, tokens.length, entity.label);
    return hit.end;
  }

  /**
   * "Koreans forced to work in their factories", "Brazilians have voted": a people's plural is a group
   * when a participle describes it or a verb makes it act; elsewhere ("relations with Koreans") it is
   * left alone. The participle phrase keeps its "to"/"into" complement in the label, as an annotator
   * writes it ("Koreans forced into labor").
   */
  private takePeople(hit: GazetteerHit, index: number): number {
    const { tokens, text } = this.state;
    const next = tokens[hit.end];
    if (!next || !next.word || !/^\p{Ll}/u.test(next.text)) return hit.end;
    let end = hit.end;
    const before = tokens[index - 1];
    const objectPosition = Boolean(before?.word && /^\p{Ll}/u.test(before.text));
    if (/ed$/.test(next.text) && objectPosition && /^(to|into|by|in|during|from)$/.test(tokens[hit.end + 1]?.text ?? "")) {
      end = hit.end + 1;
      if (/^(to|into)$/.test(tokens[end]?.text ?? "") && tokens[end + 1]?.word) end += 2;
    } else if (/^(with|to|for|of|among|between|from|against|on|by|about)$/.test(before?.text ?? "")) {
      // "Ties with Indonesians deepened": the verb is the sentence's, not the plural's.
      return hit.end;
    } else if (!PEOPLE_VERBS.has(next.text) && !isVerbWord(next.text) && !/ed$/.test(next.text)) return hit.end;
    const label = capitalise(text.slice(tokens[index]!.start, tokens[end - 1]!.end));
    const group = this.entity(`Group:${nameKey(label)}`, "Group", label);
    this.mention(group.key, index, end, "pattern:people-group", 0.6, true);
    return end;
  }

  /** "Palu, Central Sulawesi", "Kisumu, Kenya": a known region or country after a comma contains the place. */
  private containerAfter(place: DraftEntity, from: number, after: number): boolean {
    const { tokens } = this.state;
    if (place.kind === "Country" || place.kind === "Bloc" || tokens[after]?.text !== ",") return false;
    const container = this.gazetteer.match(tokens, after + 1, Math.min(tokens.length, after + 6));
    if (!container || container.caseInsensitive || container.role !== "name" || !PLACE_KINDS.has(container.entry.kind) || container.entry.id === place.key) return false;
    this.relate({ from: place.key, rel: "locatedIn", to: container.entry.id, evidence: [{ start: tokens[from]!.start, end: tokens[container.end - 1]!.end }], confidence: 1 });
    return true;
  }

  /** "Samsung, South Korea's largest chipmaker": the company is located in that country. */
  private companyApposition(entity: DraftEntity, from: number, after: number): void {
    if (entity.gazetteer?.source !== "company") return;
    const { tokens } = this.state;
    if (tokens[after]?.text !== ",") return;
    const hit = this.gazetteer.match(tokens, after + 1, Math.min(tokens.length, after + 6));
    if (!hit || hit.caseInsensitive || hit.entry.kind !== "Country" || !/^['’]s$/.test(tokens[hit.end]?.text ?? "")) return;
    const country = this.entityFromEntry(hit.entry);
    this.mention(country.key, after + 1, hit.end, "gazetteer:country", 0.95, true);
    claim(this.state, after + 1, hit.end);
    this.relate({ from: entity.key, rel: "locatedIn", to: hit.entry.id, evidence: [{ start: tokens[from]!.start, end: tokens[hit.end]!.end }], confidence: 0.9 });
  }

  /** "in Tokyo", "in central Seoul", "Seoul-based": the city, not its government. */
  private isLocative(from: number, to: number): boolean {
    const { tokens } = this.state;
    let i = from - 1;
    while (i >= 0 && PLACE_MODIFIERS.has(tokens[i]!.text.toLowerCase())) i--;
    if (i >= 0 && LOCATIVE.has(tokens[i]!.text.toLowerCase())) return true;
    if (tokens[to]?.text === "-" && /^based$/i.test(tokens[to + 1]?.text ?? "")) return true;
    if (tokens[to]?.text === "," && this.gazetteer.match(tokens, to + 1, to + 4)?.entry.kind === "Country") return true;
    // "the capital, Jakarta", "the city of Seoul", "residents of Tokyo", "struck Manila", "as far away as Kabul".
    const before = tokens[i]?.text.toLowerCase() ?? "";
    const named = before === "," ? (tokens[i - 1]?.text.toLowerCase() ?? "") : before;
    if (CITY_NOUNS.has(named)) return true;
    if (before === "of" && CITY_NOUNS.has(tokens[i - 1]?.text.toLowerCase() ?? "")) return true;
    // "75 km southeast of Jakarta", "north of Kyiv": a bearing from the city.
    if (before === "of" && COMPASS.test(tokens[i - 1]?.text ?? "")) return true;
    if (PLACE_VERBS.has(before)) return true;
    if (before === "as" && /^(away|far)$/.test(tokens[i - 1]?.text ?? "")) return true;
    // "a Nairobi hotel", "the Tokyo office": a capital that modifies a lower-case noun is the city.
    if (/^(a|an|the)$/i.test(before) && tokens[to]?.word && /^\p{Ll}/u.test(tokens[to]!.text) && isDescriptiveWord(tokens[to]!.text)) return true;
    return false;
  }

  /** Single capitalised words: a person's surname met before or after ("Choo said"), else nothing. */
  private resolveSingles(): void {
    const { tokens } = this.state;
    const bySurname = new Map<string, DraftEntity[]>();
    for (const entity of this.state.entities.values()) {
      if (entity.kind !== "Person" || !entity.surname || (entity.nameLength ?? 0) < 2) continue;
      bySurname.set(entity.surname, [...(bySurname.get(entity.surname) ?? []), entity]);
    }
    // "Lula" for "Luiz Inácio Lula da Silva": a later word from inside a long name, when only one name has it.
    const byInnerWord = new Map<string, DraftEntity[]>();
    for (const entity of this.state.entities.values()) {
      if (entity.kind !== "Person" || (entity.nameLength ?? 0) < 3) continue;
      for (const w of entity.label.split(/\s+/).slice(1, -1)) if (/^\p{Lu}/u.test(w)) byInnerWord.set(w, [...(byInnerWord.get(w) ?? []), entity]);
    }
    for (const single of this.pendingSingles) {
      const word = surfaceKey(tokens, single.index, single.end);
      const people = bySurname.get(word) ?? byInnerWord.get(word);
      if (people && people.length === 1) {
        this.mention(people[0]!.key, single.index, single.end, "coref:surname", 0.85, true);
        continue;
      }
      this.readUnknownSingle(single.index, single.end);
    }
    // A person first named by title and surname ("President Yoon") is the one named in full.
    for (const entity of [...this.state.entities.values()]) {
      if (entity.kind !== "Person" || entity.nameLength !== 1) continue;
      const full = bySurname.get(entity.label);
      if (!full || full.length !== 1) continue;
      const target = full[0]!;
      for (const m of entity.mentions) addMention(this.state, target, m.start, m.end, "coref:surname", m.confidence, m.naming);
      target.jobTitle ??= entity.jobTitle;
      rekeyHints(this.state, entity.key, target.key);
      this.state.entities.delete(entity.key);
    }
  }

  /**
   * A single capitalised word nothing else read: an unknown acronym is an organisation ("the ILWU
   * said", "CUPE backed the union"); a word a speech verb or a title makes a person is one ("Prabowo
   * said", "said Haddad"). Anything else stays unread.
   */
  private readUnknownSingle(from: number, to: number): void {
    const { tokens } = this.state;
    const token = tokens[from]!;
    if (this.state.claimed[from] || to - from !== 1 || STOP_WORDS.has(token.text) || STOP_ACRONYMS.has(token.text)) return;
    const letters = token.text.replace(/[^\p{L}]/gu, "");
    if (token.allCaps && letters.length >= 2 && letters.length <= 6 && !/^[IVXLC]+$/.test(letters)) {
      this.takeUnknownName(from, to, "Organization", "pattern:unknown-acronym", 0.5);
      return;
    }
    if (token.allCaps || isCommonWord(token.text, this.lowerWords) || this.isFirstName(from)) return;
    // "Organisers said": a plural for a group of people, capitalised only by the sentence, is no name.
    if (GROUP_PEOPLE.has(token.text.toLowerCase()) || GROUP_ORGS.has(token.text.toLowerCase())) return;
    // "The Commission said", "the Court ruled": an institution's head word alone is that institution,
    // named in full before ("European Commission"), never a person; with none before, nothing.
    if (token.text in LAST_HEADS || token.text in FIRST_HEADS) {
      const named = this.institutionWithHead(token.text, token.start);
      if (named) this.mention(named.key, /^the$/i.test(tokens[from - 1]?.text ?? "") ? from - 1 : from, to, "coref:head-word", 0.7, true);
      return;
    }
    const around = runContext(tokens, from, to, false);
    if (around && "person" in around) {
      const entity = this.entity(`Person:${nameKey(token.text)}`, "Person", token.text);
      entity.nameLength ??= 1;
      entity.surname ??= token.text;
      if (around.title) entity.jobTitle ??= titleCase(around.title);
      this.mention(entity.key, from, to, "pattern:speech-name", 0.5, true);
    }
  }

  /** The entity of an institution kind, named with `head` in its label, last mentioned before `offset`. */
  private institutionWithHead(head: string, offset: number): DraftEntity | undefined {
    let best: { entity: DraftEntity; at: number } | undefined;
    for (const entity of this.state.entities.values()) {
      if (!ORG_KINDS.has(entity.kind) || !entity.label.split(/\s+/).includes(head)) continue;
      const last = latestBefore(entity.mentions, offset);
      if (last && (!best || last.start > best.at)) best = { entity, at: last.start };
    }
    return best?.entity;
  }

  /**
   * "the Yoon government", "the Abe administration": a leader's name before the word stands for the
   * government of the leader's country (from a title beside the name, else from the name's shape).
   */
  private readLeaderGovernments(): void {
    const { tokens } = this.state;
    const countryOf = new Map<string, string>();
    for (const hint of this.state.relations) {
      if (hint.rel === "memberOf" && hint.to.startsWith("government-of:")) countryOf.set(hint.from, hint.to.slice("government-of:".length));
      else if (hint.rel === "memberOf" && this.gazetteer.entries.get(hint.to)?.kind === "Country") countryOf.set(hint.from, hint.to);
    }
    const singles = new Map(this.pendingSingles.map((p) => [p.end, p.index]));
    for (let i = 1; i < tokens.length; i++) {
      if (this.state.claimed[i] || !/^(government|administration)$/.test(tokens[i]!.text) || !tokens[i - 1]!.cap) continue;
      const nameEnd = tokens[i - 1]!.end;
      let person: DraftEntity | undefined;
      let nameStart = -1;
      for (const entity of this.state.entities.values()) {
        if (entity.kind !== "Person") continue;
        const m = entity.mentions.find((x) => x.end === nameEnd);
        if (m) {
          person = entity;
          nameStart = m.start;
        }
      }
      let country = person ? (countryOf.get(person.key) ?? person.origin) : undefined;
      if (!person && singles.has(i)) {
        country = originOfFamilyName(tokens[i - 1]!.text);
        nameStart = tokens[i - 1]!.start;
      }
      if (!country || !this.state.entities.has(country) && !this.gazetteer.entries.has(country)) continue;
      const entry = this.gazetteer.institution(country, "government");
      if (!entry) continue;
      const government = this.entityFromEntry(entry);
      addMention(this.state, government, nameStart, tokens[i]!.end, "pattern:leader-government", 0.8, true);
      claim(this.state, i, i + 1);
    }
  }

  /** "in Yongin, Gyeonggi": an unknown capitalised word followed by a known region is a place in it. */
  private readPlacePatterns(): void {
    const { tokens } = this.state;
    const candidates = [...this.unknownRuns, ...this.pendingSingles.map((s) => ({ from: s.index, to: s.end }))].sort((a, b) => a.from - b.from);
    for (const run of candidates) {
      if (this.state.claimed[run.from] || this.isSentenceInitial(run.from)) continue;
      if (!LOCATIVE.has(tokens[run.from - 1]?.text.toLowerCase() ?? "") || tokens[run.to]?.text !== ",") continue;
      const container = this.gazetteer.match(tokens, run.to + 1, Math.min(tokens.length, run.to + 5));
      if (!container || container.caseInsensitive || !PLACE_KINDS.has(container.entry.kind) || container.role !== "name") continue;
      const label = cleanLabel(this.state.text.slice(tokens[run.from]!.start, tokens[run.to - 1]!.end));
      const place = this.entity(`Place:${nameKey(label)}`, "Place", label);
      this.mention(place.key, run.from, run.to, "pattern:place-in-region", 0.8, true);
      this.relate({ from: place.key, rel: "locatedIn", to: container.entry.id, evidence: [{ start: tokens[run.from]!.start, end: tokens[container.end - 1]!.end }], confidence: 1 });
    }
    // "in Utrecht and Groningen", "Khan Younis and Rafah": an unknown name coordinated with a known
    // city or region is one of the same kind (the list names places side by side).
    const placeAt = new Map<number, DraftEntity>();
    const placeEnding = new Map<number, DraftEntity>();
    for (const entity of this.state.entities.values()) {
      if (entity.kind !== "Place" && entity.kind !== "Region") continue;
      for (const m of entity.mentions) {
        placeAt.set(m.start, entity);
        placeEnding.set(m.end, entity);
      }
    }
    for (const run of candidates) {
      if (this.state.claimed[run.from] || this.isSentenceInitial(run.from) || run.to - run.from > 3) continue;
      const word = tokens[run.from]!.text;
      if (STOP_WORDS.has(word) || isCommonWord(word, this.lowerWords) || this.isFirstName(run.from) || isKnownFamilyName(word)) continue;
      const joinAfter = /^(and|or)$/.test(tokens[run.to]?.text ?? "") ? tokens[run.to + 1] : undefined;
      const joinBefore = /^(and|or|,)$/.test(tokens[run.from - 1]?.text ?? "") ? tokens[run.from - 2] : undefined;
      const partner = (joinAfter && placeAt.get(joinAfter.start)) ?? (joinBefore && placeEnding.get(joinBefore.end));
      if (!partner) continue;
      const label = cleanLabel(this.state.text.slice(tokens[run.from]!.start, tokens[run.to - 1]!.end));
      const place = this.entity(`${partner.kind}:${nameKey(label)}`, partner.kind, label);
      this.mention(place.key, run.from, run.to, "pattern:place-list", 0.65, true);
    }
    // "Cianjur regency", "the Kibra district": a lower-case place noun after an unknown name makes it a
    // place.
    for (const run of candidates) {
      if (this.state.claimed[run.from] || this.isSentenceInitial(run.from) || run.to - run.from > 3) continue;
      const noun = tokens[run.to]?.text ?? "";
      const word = tokens[run.from]!.text;
      const regionNoun = REGION_NOUNS.has(noun);
      const placeNoun = regionNoun || TOWN_NOUNS.has(noun);
      // A single unknown word after "in" alone stays unread: on the held-out articles it found nothing more.
      if (!placeNoun) continue;
      if (STOP_WORDS.has(word) || isCommonWord(word, this.lowerWords) || this.isFirstName(run.from) || isKnownFamilyName(word)) continue;
      const label = cleanLabel(this.state.text.slice(tokens[run.from]!.start, tokens[run.to - 1]!.end));
      const kind: Kind = regionNoun ? "Region" : "Place";
      const place = this.entity(`${kind}:${nameKey(label)}`, kind, label);
      this.mention(place.key, run.from, run.to + 1, "pattern:name-place-noun", 0.7, true);
    }
  }

  /**
   * "the port of Vancouver", "Halifax airport": a facility named by a known city and a lower-case
   * facility noun. The city stays a place of its own; the facility lies in it.
   */
  private readPlaceFacilities(): void {
    const { tokens } = this.state;
    // Token index by start and by end offset (the first token, as findIndex would give), built once.
    const byStart = new Map<number, number>();
    const byEnd = new Map<number, number>();
    tokens.forEach((t, i) => {
      if (!byStart.has(t.start)) byStart.set(t.start, i);
      if (!byEnd.has(t.end)) byEnd.set(t.end, i);
    });
    for (const place of [...this.state.entities.values()]) {
      if (place.kind !== "Place" && place.kind !== "Region") continue;
      for (const m of [...place.mentions]) {
        const at = byStart.get(m.start) ?? -1;
        const end = byEnd.get(m.end) ?? -1;
        if (at < 0 || end < 0) continue;
        const before = tokens[at - 1];
        const noun = tokens[at - 2];
        let facility: { label: string; start: number; end: number } | undefined;
        const plural = coordinatedFacility(tokens, at, end);
        if (before?.text === "of" && noun && FACILITY_OF.has(noun.text) && /^the$/i.test(tokens[at - 3]?.text ?? "")) {
          facility = { label: `${capitalise(noun.text)} of ${place.label}`, start: noun.start, end: m.end };
        } else if (plural) {
          // "the ports of Vancouver and Prince Rupert", "the Montreal and Vancouver ports": one facility per place.
          const label = plural.of ? `${capitalise(plural.noun)} of ${place.label}` : `${place.label} ${plural.noun}`;
          const entity = this.entity(`Facility:${nameKey(label)}`, "Facility", label);
          addMention(this.state, entity, plural.start, plural.end, "pattern:place-facilities", 0.6, false);
          this.relate({ from: entity.key, rel: "locatedIn", to: place.key, evidence: [{ start: plural.start, end: plural.end }], confidence: 0.85 });
          continue;
        } else {
          // "Halifax airport", "Montreal's port", "the Fukushima nuclear plant": up to two describing words before the noun.
          const possessive = /^['’]s$/.test(tokens[end + 1]?.text ?? "") ? 1 : 0;
          let k = end + 1 + possessive;
          while (k < end + 3 + possessive && tokens[k]?.word && /^\p{Ll}+$/u.test(tokens[k]!.text) && !FACILITY_OF.has(tokens[k]!.text) && isDescriptiveWord(tokens[k]!.text) && !STOP_WORDS.has(tokens[k]!.text)) k++;
          const after = tokens[k];
          if (after && after.spaceBefore && FACILITY_OF.has(after.text) && (k === end + 1 + possessive || !possessive)) {
            facility = { label: `${place.label} ${this.state.text.slice(tokens[end + 1 + possessive]!.start, after.end)}`, start: m.start, end: after.end };
          }
        }
        if (!facility) continue;
        const entity = this.entity(`Facility:${nameKey(facility.label)}`, "Facility", facility.label);
        addMention(this.state, entity, facility.start, facility.end, "pattern:place-facility", 0.65, true);
        this.relate({ from: entity.key, rel: "locatedIn", to: place.key, evidence: [{ start: facility.start, end: facility.end }], confidence: 0.9 });
      }
    }
  }

  private isFirstName(index: number): boolean {
    return isFirstName(this.state.tokens[index]!.text);
  }

  private entity(key: string, kind: Kind, label: string): DraftEntity {
    let entity = this.state.entities.get(key);
    if (!entity) {
      entity = { key, kind, label, mentions: [], knownNames: [] };
      this.state.entities.set(key, entity);
    }
    return entity;
  }

  private entityFromEntry(entry: GazetteerEntry): DraftEntity {
    const entity = this.entity(entry.id, entry.kind, entry.label);
    if (!entity.gazetteer) {
      entity.gazetteer = entry;
      if (entry.wikidata) entity.wikidata = entry.wikidata;
      entity.knownNames = [entry.label, ...entry.aliases];
    }
    return entity;
  }

  private mention(key: string, from: number, to: number, via: string, confidence: number, naming: boolean): void {
    const entity = this.state.entities.get(key);
    if (!entity) return;
    const { tokens } = this.state;
    let end = to;
    while (end > from + 1 && /^['’]s$|^[,.;:]$/.test(tokens[end - 1]!.text) && tokens[end - 1]!.text !== ".") end--;
    addMention(this.state, entity, tokens[from]!.start, tokens[end - 1]!.end, via, confidence, naming);
    claim(this.state, from, to);
  }

  private relate(hint: RelationHint): void {
    this.state.relations.push(hint);
  }
}

/**
 * A plural facility noun shared by coordinated places: "the ports of Vancouver and Prince Rupert"
 * (the noun before, after "of") or "the Montreal and Vancouver ports" (the noun after the last
 * place). The place mention is tokens [at, end]; the span returned covers the whole phrase.
 */
function coordinatedFacility(tokens: readonly Token[], at: number, end: number): { noun: string; of: boolean; start: number; end: number } | undefined {
  const singular = (word: string): string | undefined => {
    const s = word.replace(/ies$/, "y").replace(/s$/, "");
    return s !== word && FACILITY_OF.has(s) ? s : undefined;
  };
  const inList = (t: Token | undefined): boolean => Boolean(t && (t.text === "," || t.text === "and" || (t.cap && t.word)));
  // Back to "the <nouns> of", over the places and commas before this one.
  let j = at - 1;
  while (j > at - 12 && inList(tokens[j])) j--;
  const noun = tokens[j - 1];
  const nounSingular = noun ? singular(noun.text) : undefined;
  if (tokens[j]?.text === "of" && nounSingular && /^the$/i.test(tokens[j - 2]?.text ?? "")) {
    let k = end + 1;
    while (k < end + 12 && inList(tokens[k]) && !(tokens[k]!.text === "," && !tokens[k + 1]?.cap)) k++;
    const last = tokens[k - 1]!;
    if (j + 1 < at || tokens.slice(end + 1, k).some((t) => t.text === "and")) return { noun: nounSingular, of: true, start: noun!.start, end: last.end };
    return undefined;
  }
  // Forward to "<noun>s" after the last place, with "and" between.
  let k = end + 1;
  while (k < end + 12 && inList(tokens[k])) k++;
  const after = tokens[k];
  const afterSingular = after ? singular(after.text) : undefined;
  if (!afterSingular || !after!.spaceBefore) return undefined;
  let b = at - 1;
  while (b > at - 12 && inList(tokens[b])) b--;
  const span = tokens.slice(b + 1, k);
  if (!span.some((t) => t.text === "and")) return undefined;
  return { noun: afterSingular, of: false, start: tokens[b + 1]!.start, end: after!.end };
}

function modeOf(sentence: Sentence, paragraph: string): SentenceMode {
  if (CHROME.some((re) => re.test(paragraph))) return "skip";
  // A photo credit ("[YONHAP]") names only its agency.
  if (/^[[(].*[\])]$/.test(sentence.text.trim())) return "gazetteer-only";
  // A line in title case with no full stop is a headline or a section label, not prose.
  // A caption sentence that ends with a full stop is prose even when its credit line is not.
  const own = /[.!?"”]\s*$/.test(sentence.text) ? sentence.text : paragraph;
  const prose = own.replace(/\s*[[(][^\])]*[\])]\s*$/, "");
  const words = prose.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3);
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w));
  if (!/[.!?"”:]\s*$/.test(prose) && content.length >= 2 && capitalised.length / content.length >= 0.6) return "gazetteer-only";
  return "full";
}


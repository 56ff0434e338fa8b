// People's names and titles, and acronyms defined in parentheses. compromise's name lexicon knows
// Western first names but few Korean, Japanese or Chinese ones (about a quarter in tests), so names
// of those shapes come from data/gazetteer/person-names.json: a family name written first and a
// hyphenated or short given name ("Choo Kyung-ho", "Yoon Suk Yeol", "Xi Jinping"), or a known
// Japanese given or family name ("Fumio Kishida").
import names from "../../data/gazetteer/person-names.json" with { type: "json" };
import titles from "../../data/lexicons/entity-titles.json" with { type: "json" };
import { phraseKey, surfaceKey, type Token } from "./entity-tokens.ts";

export interface TitleHit {
  title: string;
  end: number;
  governmental: boolean;
}

interface TitleTable {
  exact: Map<string, boolean>;
  lower: Map<string, boolean>;
  honorifics: Set<string>;
  maxTokens: number;
}

let titleTable: TitleTable | undefined;

function table(): TitleTable {
  if (titleTable) return titleTable;
  const exact = new Map<string, boolean>();
  const lower = new Map<string, boolean>();
  let maxTokens = 1;
  const add = (title: string, governmental: boolean): void => {
    const key = phraseKey(title);
    if (!exact.has(key)) exact.set(key, governmental);
    if (!lower.has(key.toLowerCase())) lower.set(key.toLowerCase(), governmental);
    maxTokens = Math.max(maxTokens, key.split(/\s+|(?=[,-])/).length + 2);
  };
  for (const t of titles.government) add(t, true);
  for (const t of titles.organisation) add(t, false);
  titleTable = { exact, lower, honorifics: new Set(titles.honorifics), maxTokens };
  return titleTable;
}

/** The longest job title starting at token `from` (case-sensitive before a name, any case in apposition). */
export function matchTitle(tokens: readonly Token[], from: number, limit: number, anyCase: boolean): TitleHit | undefined {
  const t = table();
  if (!tokens[from]?.word) return undefined;
  for (let end = Math.min(limit, from + t.maxTokens); end > from; end--) {
    const key = surfaceKey(tokens, from, end);
    const governmental = anyCase ? t.lower.get(key.toLowerCase()) : t.exact.get(key);
    if (governmental !== undefined) return { title: key, end, governmental };
  }
  return undefined;
}

export function isHonorific(token: Token | undefined): boolean {
  return Boolean(token && table().honorifics.has(token.text));
}

const PARTICLES = new Set(["da", "das", "dos", "do", "de", "del", "della", "di", "la", "le", "van", "von", "der", "den", "bin", "ibn", "al", "el"]);

const familyFirst = new Map<string, string>();
for (const [country, list] of Object.entries(names.familyFirst)) for (const n of list) if (!familyFirst.has(n)) familyFirst.set(n, country);
const familyLast = new Set(names.familyLast);
const givenFirst = new Set(names.givenFirst);
const surnames = new Set(names.surnames);

/** A name split into words: hyphen-glued tokens form one word ("Kyung-ho"). */
export interface NameWords {
  words: string[];
  /** Token index one past each word. */
  ends: number[];
}

/** Words of a run of capitalised tokens [from, to); undefined if the run is not made only of name words. */
export function nameWords(tokens: readonly Token[], from: number, to: number): NameWords | undefined {
  const words: string[] = [];
  const ends: number[] = [];
  let i = from;
  while (i < to) {
    const token = tokens[i]!;
    // "Luiz Inácio Lula da Silva", "Ursula von der Leyen": a particle inside the name is not a word of it.
    if (PARTICLES.has(token.text) && i > from) {
      let j = i;
      while (j < to && PARTICLES.has(tokens[j]!.text)) j++;
      if (j < to && tokens[j]!.cap) {
        i = j;
        continue;
      }
    }
    if (!token.word || !token.cap || /^\p{N}/u.test(token.text)) return undefined;
    let word = token.text;
    let j = i + 1;
    while (j + 1 < to + 1 && tokens[j]?.text === "-" && !tokens[j]!.spaceBefore && tokens[j + 1] && !tokens[j + 1]!.spaceBefore && tokens[j + 1]!.word && j + 1 < to) {
      word += `-${tokens[j + 1]!.text}`;
      j += 2;
    }
    words.push(word);
    ends.push(j);
    i = j;
  }
  return words.length > 0 ? { words, ends } : undefined;
}

export interface PersonShape {
  confidence: number;
  /** The word later mentions use alone ("Choo", "Kishida"). */
  surname: string;
  /** Country whose naming the shape follows, when it tells. */
  origin?: string;
}

/**
 * Is this run of words a person's name by its shape alone? `firstNameTag` says compromise tagged the
 * first word a first name.
 */
export function personShape(words: readonly string[], firstNameTag: boolean): PersonShape | undefined {
  if (words.length < 2 || words.length > 4) return undefined;
  if (words.some((w) => w.length < 2 || /^\p{Lu}+$/u.test(w) && w.length > 1 && !/^[A-Z]{2}$/.test(w))) return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const origin = familyFirst.get(first);
  if (origin && words.length <= 3) {
    const rest = words.slice(1);
    const hyphenated = rest.some((w) => w.includes("-"));
    // Given names of these cultures are short syllables: "Suk Yeol", "Jinping", "Qiang".
    if (rest.every((w) => w.includes("-") || w.length <= 8)) return { confidence: hyphenated ? 0.85 : 0.7, surname: first, origin };
  }
  if ((givenFirst.has(first) || firstNameTag) && words.length <= 3) {
    return { confidence: 0.8, surname: last, ...(familyLast.has(last) ? { origin: "japan" } : {}) };
  }
  if (words.length === 2 && familyLast.has(last)) return { confidence: 0.7, surname: last, origin: "japan" };
  // "Warren Smith", "Rosa Oliveira": a common family name last, after a word that is not itself a surname.
  if (words.length <= 3 && surnames.has(last) && !surnames.has(first)) return { confidence: 0.65, surname: last };
  return undefined;
}

/** The country whose naming a family name follows ("Moon" → korea, "Abe" → japan), if the lexicon knows it. */
export function originOfFamilyName(word: string): string | undefined {
  return familyFirst.get(word) ?? (familyLast.has(word) ? "japan" : undefined);
}

/** A single word that is a known family name of a culture that writes it last ("Kishida"). */
export function isKnownFamilyName(word: string): boolean {
  return familyLast.has(word) || familyFirst.has(word);
}

/**
 * Schwartz & Hearst (2003): an acronym matches a long form when its characters occur in order in the
 * long form, the first one starting a word. It accepts "Gsomia" for "General Security of Military
 * Information Agreement" and "METI" for "Ministry of Economy, Trade and Industry", and rejects
 * "WTO" for "Bank of Korea".
 */
export function acronymMatches(acronym: string, longForm: string): boolean {
  const short = acronym.toLowerCase().replace(/[^a-z0-9]/g, "");
  const long = longForm.toLowerCase();
  if (short.length < 2 || long.length <= short.length || long[0] !== short[0]) return false;
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short[s]!;
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/.test(long[l - 1]!)))) l--;
    if (l < 0) return false;
    s--;
    l--;
  }
  // The long form's first word must start the match: no stray words before it.
  const words = longForm.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 || short.length <= 3;
}

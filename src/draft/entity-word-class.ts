// What kind of word a capitalised token is, without running compromise's tagger over the article:
// the tagger costs 150–600 ms per 500 words here, and the entity rules only ask two questions of it
// (is this sentence-initial word a common word? is this a first name?). compromise's lexicon answers
// both by lookup; the article answers the first too, when it uses the word in lower case elsewhere.
import nlp from "compromise";

const NAME_TAGS = /\b(Person|FirstName|MaleName|FemaleName|LastName|Place|Country|City|Region|Organization|Demonym|SportsTeam|ProperNoun)\b/;
const FIRST_NAME_TAGS = /\b(FirstName|MaleName|FemaleName)\b/;

let lexicon: Record<string, string | string[]> | undefined;

function lookup(word: string): string | undefined {
  lexicon ??= (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const tag = lexicon[word.toLowerCase()];
  return tag === undefined ? undefined : Array.isArray(tag) ? tag.join(",") : tag;
}

export function isFirstName(word: string): boolean {
  return FIRST_NAME_TAGS.test(lookup(word) ?? "");
}

/** Lower-case words of the article, for "is this capitalised word a common word here?". */
export function lowerCaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'-]*/gu) ?? []);
}

/** A sentence-initial word that is an ordinary word: the lexicon says so, or the article writes it in lower case. */
export function isCommonWord(word: string, lowerWords: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (lowerWords.has(lower)) return true;
  const tag = lookup(lower);
  if (tag !== undefined) return !NAME_TAGS.test(tag);
  // Inflected forms the lexicon lists only by their stem ("Relations", "Implications").
  for (const stem of [lower.replace(/ies$/, "y"), lower.replace(/es$/, ""), lower.replace(/s$/, ""), lower.replace(/ly$/, "")]) {
    if (stem !== lower && (lowerWords.has(stem) || (lookup(stem) !== undefined && !NAME_TAGS.test(lookup(stem)!)))) return true;
  }
  return false;
}

const NOT_DESCRIPTIVE = /\b(Verb|PastTense|PresentTense|Infinitive|Gerund|Participle|Modal|Copula|Adverb|Preposition|Determiner|Conjunction|Pronoun|Value|Date|Possessive|QuestionWord|Negative)\b/;

/** A word that can describe a noun ("economic", "young", "business"), not a verb or a function word ("told", "also"). */
export function isDescriptiveWord(word: string): boolean {
  const tag = lookup(word);
  return tag === undefined || !NOT_DESCRIPTIVE.test(tag);
}

const VERB_TAGS = /\b(Verb|PastTense|PresentTense|Infinitive|Modal|Copula|Auxiliary)\b/;
const NOUN_TAGS = /\b(Noun|Singular|Plural|Adjective)\b/;

/** A word the lexicon knows only as a verb form ("expect", "warned", "have"), not also as a noun ("cuts", "talks"). */
export function isVerbWord(word: string): boolean {
  const tag = lookup(word);
  if (tag !== undefined) return VERB_TAGS.test(tag) && !NOUN_TAGS.test(tag);
  return /^\p{Ll}+ed$/u.test(word);
}

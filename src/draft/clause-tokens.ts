// Words of the article with their offsets, part-of-speech tags and roots, grouped by sentence.
// compromise tags the whole text in one pass (tagging sentence by sentence costs ~5x more), and
// each word is then placed in the sentence whose span holds it.
import posFixes from "../../data/lexicons/pos-fixes.json" with { type: "json" };
import nlp from "compromise";
import type { DraftContext, Sentence } from "./types.ts";

export interface Token {
  /** Index in the sentence's token list. */
  i: number;
  text: string;
  /** Lower-cased, curly apostrophes straightened. */
  lower: string;
  /** compromise's root (infinitive, singular), or `lower`. */
  root: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation and spaces before and after the word, as compromise split them. */
  pre: string;
  post: string;
}

export interface TokenSentence {
  sentence: Sentence;
  tokens: Token[];
}

interface JsonTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  root?: string;
  offset: { start: number; length: number };
}

export function tokenizeSentences(ctx: DraftContext): TokenSentence[] {
  const doc = nlp(ctx.text);
  untagLowercaseNames(doc);
  retag(doc);
  doc.compute("root");
  const parsed = doc.json({ offset: true, terms: { offset: true } }) as Array<{ terms: JsonTerm[] }>;
  const out: TokenSentence[] = ctx.sentences.map((sentence) => ({ sentence, tokens: [] }));
  let s = 0;
  for (const block of parsed) {
    for (const term of block.terms) {
      const start = term.offset.start;
      const end = start + term.offset.length;
      // compromise's offset covers the word itself; drop anything it could not place.
      if (ctx.text.slice(start, end) !== term.text) continue;
      while (s < out.length && (out[s]?.sentence.end ?? 0) <= start) s++;
      const target = out[s];
      if (!target || target.sentence.start > start) continue;
      const lower = normalizeWord(term.text);
      target.tokens.push({
        i: target.tokens.length,
        text: term.text,
        lower,
        root: term.root ? normalizeWord(term.root) : lower,
        start,
        end,
        tags: new Set(term.tags),
        pre: term.pre,
        post: term.post,
      });
    }
  }
  return out;
}

/** compromise reads "drew" in "The plan drew criticism" as a first name; news text capitalises every name. */
function untagLowercaseNames(doc: ReturnType<typeof nlp>): void {
  const tags = posFixes.lowercaseNameTags as Record<string, string>;
  doc.match("(#FirstName|#LastName)").forEach((m) => {
    const word = m.text("machine");
    if (!/^[a-z]/.test(word)) return;
    m.unTag("Person");
    const tag = tags[word];
    if (tag) m.tag(tag);
  });
}

/** The pattern fixes of pos-fixes.json `retag`: a captured word matching `word` gets `tag`. */
function retag(doc: ReturnType<typeof nlp>): void {
  for (const rule of posFixes.retag.rules) {
    const word = new RegExp(rule.word);
    doc.match(rule.match, 0).forEach((m) => {
      if (word.test(m.text("machine"))) m.tag(rule.tag);
    });
  }
}

export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

/** Index of the token sequence `words` (lower-cased) starting at `at`, or -1. Punctuation after a
 * word ends a phrase: "due, to" is not "due to". A trailing comma in a form ("as a result,") must be there. */
export function matchesAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at + k];
    let word = words[k] ?? "";
    let needComma = false;
    if (word.endsWith(",")) {
      needComma = true;
      word = word.slice(0, -1);
    }
    if (!token || token.lower !== word) return false;
    if (needComma && !token.post.includes(",")) return false;
    if (k < words.length - 1 && /[,;:.!?"\u201c\u201d()\u2014]/.test(token.post)) return false;
  }
  return true;
}

export const isVerb = (t: Token | undefined): boolean => !!t && t.tags.has("Verb") && !t.tags.has("Auxiliary");
export const isNoun = (t: Token | undefined): boolean => !!t && (t.tags.has("Noun") || t.tags.has("Value")) && !t.tags.has("Pronoun");
/** The first word of a finite verb group: an auxiliary, a modal, a copula, or a verb in a tense ("is", "will", "said"); not a noun, an adjective, a gerund or an infinitive reading. */
export function isFiniteVerb(t: Token | undefined): boolean {
  if (!t || t.tags.has("Noun") || t.tags.has("Adjective") || t.tags.has("Gerund")) return false;
  if (t.tags.has("Modal") || t.tags.has("Auxiliary") || t.tags.has("Copula")) return true;
  return t.tags.has("Verb") && (t.tags.has("PastTense") || t.tags.has("PresentTense")) && !t.tags.has("Infinitive") && !t.tags.has("Participle");
}

export const hasBreakAfter = (t: Token | undefined): boolean => !!t && /[,;:\u2014"\u201c\u201d()]/.test(t.post);

// Clauses inside a sentence: the unit for modality, actors and the reach of a cue. Real parsing is
// out of reach offline (compromise has no dependency parser), so clauses are cut at punctuation,
// subordinators and relative pronouns; that is enough to stop "will" in one clause from making a
// past event in the next one planned, and to find the subject of a coordinated verb phrase.
import { hasBreakAfter, isFiniteVerb, isVerb, type Token } from "./clause-tokens.ts";
import { CLAUSE_OPENING_VERBS } from "./speech-lexicon.ts";

export type ClauseType = "main" | "if" | "relative" | "subordinate" | "coordinated" | "participle" | "quote" | "reported";

export interface Clause {
  /** Token indices [start, end) in the sentence. */
  start: number;
  end: number;
  type: ClauseType;
  /** Inside quotation marks. */
  quoted: boolean;
  /**
   * "Meloni, who cut short a visit to Japan, is expected to visit": the clause goes on with the
   * subject before the relative clause that ends right before it.
   */
  resumes?: boolean;
}

const SUBORDINATORS = new Set(["because", "although", "though", "while", "whereas", "when", "after", "before", "since", "unless", "once", "as", "until"]);
const RELATIVES = new Set(["which", "who", "whom", "whose", "where"]);
const CONDITIONALS = new Set(["if", "unless"]);
const QUOTE = /["\u201c\u201d]/;

export function splitClauses(tokens: readonly Token[]): Clause[] {
  const starts: Array<{ at: number; type: ClauseType; resumes?: boolean }> = [{ at: 0, type: "main" }];
  let quoted = false;
  const quotedAt: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (QUOTE.test(t.pre)) quoted = !quoted;
    quotedAt[i] = quoted;
    if (QUOTE.test(t.post)) quoted = !quoted;
    if (i === 0) {
      if (CONDITIONALS.has(t.lower)) (starts[0] as { type: ClauseType }).type = "if";
      else if (SUBORDINATORS.has(t.lower)) (starts[0] as { type: ClauseType }).type = "subordinate";
      continue;
    }
    const prev = tokens[i - 1] as Token;
    const next = tokens[i + 1];
    // 'the law would "remove the brakes"': a quote opened inside a verb phrase (after a modal, an
    // auxiliary, "to", a determiner or a preposition, with no comma or colon) quotes words, not a clause.
    const inPhrase = QUOTE.test(t.pre) && !/[,;:]/.test(prev.post) && (prev.tags.has("Modal") || prev.tags.has("Auxiliary") || prev.tags.has("Determiner") || prev.tags.has("Preposition") || prev.lower === "to");
    const afterBreak = hasBreakAfter(prev) || (QUOTE.test(t.pre) && !inPhrase);
    const open = starts[starts.length - 1] as { at: number; type: ClauseType };
    if (open.type === "relative" && /,/.test(prev.post) && /,/.test(tokens[open.at - 1]?.post ?? "") && isFiniteVerb(t)) starts.push({ at: i, type: "main", resumes: true });
    else if (CONDITIONALS.has(t.lower)) starts.push({ at: i, type: "if" });
    else if (RELATIVES.has(t.lower)) starts.push({ at: i, type: "relative" });
    else if (t.lower === "that" && (isVerb(next) || next?.tags.has("Modal") || next?.tags.has("Auxiliary")) && !isVerb(prev)) {
      starts.push({ at: i, type: "relative" });
    } else if (!afterBreak && CLAUSE_OPENING_VERBS.has(prev.lower) && isVerb(prev) && subjectThenFiniteVerb(tokens, i)) {
      // "said a decision would be made", "fear a shutdown would hurt growth": a reported clause
      // without "that" has its own subject, verb and modality.
      starts.push({ at: i, type: "reported" });
    } else if (SUBORDINATORS.has(t.lower) && (afterBreak || isClauseAhead(tokens, i + 1))) {
      starts.push({ at: i, type: "subordinate" });
    } else if ((t.lower === "and" || t.lower === "but" || t.lower === "or") && startsVerbPhrase(tokens, i + 1)) {
      starts.push({ at: i, type: "coordinated" });
    } else if (t.lower === "by" && tokens[i + 1]?.lower.endsWith("ing") && isVerb(tokens[i + 1])) {
      starts.push({ at: i, type: "participle" });
    } else if (afterBreak && (t.lower.endsWith("ing") && isVerb(t))) {
      starts.push({ at: i, type: "participle" });
    } else if (afterBreak && ((QUOTE.test(t.pre) && !inPhrase) || QUOTE.test(prev.post) || /[;:]/.test(prev.post))) {
      starts.push({ at: i, type: quotedAt[i] ? "quote" : "main" });
    } else if (afterBreak && /,/.test(prev.post) && startsFiniteClause(tokens, i)) {
      starts.push({ at: i, type: "main" });
    }
  }
  const clauses: Clause[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] as { at: number; type: ClauseType; resumes?: boolean };
    const to = starts[k + 1]?.at ?? tokens.length;
    if (to <= from.at) continue;
    clauses.push({ start: from.at, end: to, type: from.type, quoted: quotedAt[from.at] ?? false, ...(from.resumes ? { resumes: true } : {}) });
  }
  return clauses;
}

/** The clause holding token `i`. */
export function clauseAt(clauses: readonly Clause[], i: number): Clause | undefined {
  return clauses.find((c) => c.start <= i && i < c.end);
}

/** "and declined to extend", "and seek joint investment": a verb right after the conjunction. */
function startsVerbPhrase(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (tokens[k]?.tags.has("Adverb")) k++;
  const t = tokens[k];
  // "… by the Justice Department and is expected to deliver": an auxiliary or a modal opens the verb phrase too.
  if (t && (t.tags.has("Modal") || t.tags.has("Auxiliary") || t.tags.has("Copula")) && !t.tags.has("Noun")) return true;
  if (!t || !isVerb(t) || t.tags.has("Gerund")) return false;
  return t.tags.has("PastTense") || t.tags.has("Infinitive") || t.tags.has("PresentTense");
}

/** A subject-like word followed within a few words by a finite verb. */
function isClauseAhead(tokens: readonly Token[], at: number): boolean {
  // "…, such as semiconductors, is normalized": a verb right after the break goes on with the subject before.
  const first = tokens[at];
  if (!first || first.tags.has("Auxiliary") || first.tags.has("Copula") || first.tags.has("Verb")) return false;
  for (let k = at; k < Math.min(tokens.length, at + 7); k++) {
    const t = tokens[k] as Token;
    if (t.tags.has("Modal") || (isVerb(t) && (t.tags.has("PastTense") || t.tags.has("PresentTense")) && !t.tags.has("Infinitive"))) {
      return k > at;
    }
    if (t.tags.has("Preposition") && k === at) return false;
    if (hasBreakAfter(t)) return false;
  }
  return false;
}

function startsFiniteClause(tokens: readonly Token[], at: number): boolean {
  return isClauseAhead(tokens, at) && !tokens[at]?.tags.has("Preposition");
}

/**
 * A noun phrase and then its finite verb or modal: "a decision would", "the toll will". Anything
 * else between ("new measures on Friday that will") is an object with words of its own, not the
 * subject of a reported clause.
 */
function subjectThenFiniteVerb(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  // "said it would appeal": a pronoun subject stands for the speaker, who does the reported verb
  // (speech-attribution.ts reads that across the speech verb), so no clause is cut before it.
  if (!first || first.tags.has("Verb") || first.tags.has("Date") || first.tags.has("Preposition") || first.tags.has("Pronoun") || first.lower === "that") return false;
  for (let k = at; k < Math.min(tokens.length, at + 7); k++) {
    const t = tokens[k] as Token;
    if (k > at && (t.tags.has("Modal") || (isVerb(t) && (t.tags.has("PastTense") || t.tags.has("PresentTense")) && !t.tags.has("Infinitive") && !t.tags.has("Gerund")))) return true;
    // "a decision on the tariffs would": a prepositional phrase inside the subject, after its noun.
    const postModifier = k > at && t.tags.has("Preposition") && !!tokens[k - 1]?.tags.has("Noun");
    const nounPhraseWord = postModifier || t.tags.has("Determiner") || t.tags.has("Adjective") || t.tags.has("Noun") || t.tags.has("Value") || t.tags.has("Pronoun") || t.tags.has("Possessive") || t.lower === "and";
    if (!nounPhraseWord || hasBreakAfter(t) || t.tags.has("Date") || t.lower === "that" || RELATIVES.has(t.lower)) return false;
  }
  return false;
}

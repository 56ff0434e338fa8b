// Finds the figures an article states: money with its currency and any conversion the article
// prints ("300 trillion won ($230 billion)"), percentages, counts of things ("15 industrial
// complexes"), ranks ("the third-largest economy"), each with its comparator ("more than"), its
// rate ("each year"), the measure it is of, and the words to quote as evidence.
//
// What is not a figure here (by design, see docs/annotation-guide.md §7): years and other parts of
// dates (the date stage has them), numbers inside names and labels ("G7", "COVID-19", "Article 9",
// "Flight 214"), ages and durations ("50-year-old", "for three years", "a 10-year plan"), times and
// scores ("3 p.m.", "2-1"), vague amounts ("dozens of", "hundreds of"), a lone "one", and small
// spelled numbers after a determiner ("the two countries": a reference, not a stated count).
import lexicon from "../../data/lexicons/figures.json" with { type: "json" };
import type { FigureComparator, FigureUnit } from "../model/vocabulary.ts";
import { alternation, escapeRegex, S } from "./date-grammar.ts";
import { sharedDates } from "./detect-dates.ts";
import { ORDINAL, parseOrdinal, parseQuantity, QUANTITY } from "./figure-numbers.ts";
import { countedNoun, isPlural, isTimeNoun, nounPhraseAfter, nounPhraseBefore, wordsBefore, type Phrase } from "./figure-phrases.ts";
import type { DraftContext, FigureMention, QuantityMention, Sentence, Span } from "./types.ts";

const SO = "[ \\u00a0]*";
const exact = (w: string) => escapeRegex(w).replace(/ /g, S);
const word = (w: string) => (/[\p{L}\p{N}]$/u.test(w) ? `${exact(w)}(?![\\p{L}\\p{N}])` : exact(w));
const ci = (w: string) => {
  const head = w[0] ?? "";
  const rest = exact(w.slice(1));
  const bounded = /[\p{L}\p{N}]$/u.test(w) ? `${rest}(?![\\p{L}\\p{N}])` : rest;
  return (head.toLowerCase() !== head.toUpperCase() ? `[${head.toUpperCase()}${head.toLowerCase()}]` : escapeRegex(head)) + bounded;
};
const lowerMap = <T>(r: Record<string, T>) => new Map(Object.entries(r).map(([k, v]) => [k.toLowerCase().replace(/\s+/g, " "), v]));

const SYMBOLS: Record<string, FigureUnit> = lexicon.currencySymbols as Record<string, FigureUnit>;
const CODE_ALIASES: Record<string, FigureUnit> = lexicon.codeAliases as Record<string, FigureUnit>;
const CURRENCY_WORDS = lowerMap(lexicon.currencyWords as Record<string, FigureUnit>);
const COMPARATORS_BEFORE = lowerMap(lexicon.comparatorsBefore as Record<string, FigureComparator>);
const COMPARATORS_AFTER = lowerMap(lexicon.comparatorsAfter as Record<string, FigureComparator>);
const PER_CUES = lowerMap(lexicon.perCues as Record<string, string>);
const PER_BLOCK_AFTER = new Set(lexicon.perBlockersAfter);
const PER_BLOCK_BEFORE = new Set(lexicon.perBlockersBefore);
const CHANGE_VERBS = lowerMap(lexicon.changeVerbs as Record<string, string>);
const MONEY_VERBS = lowerMap(lexicon.moneyVerbs as Record<string, string>);
const TRANSITIVE_VERBS = lowerMap(lexicon.transitiveChangeVerbs as Record<string, string>);
const NUMBER_LABELS = new Set(lexicon.numberLabels);
const PHYSICAL_UNITS = new Set(lexicon.physicalUnits.map((u) => u.toLowerCase()));

const codeUnit = (code: string): FigureUnit => CODE_ALIASES[code] ?? (code as FigureUnit);

/** A currency written before the number: a symbol ("$", "US$", "₩", "W" against digits) or an ISO code. */
const SYMBOL_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}$])(${alternation(Object.keys(SYMBOLS).filter((s) => s !== "W"), exact)}${SO}|W(?=$)|${alternation(lexicon.currencyCodes, word)}${SO})$`,
  "u",
);
const CURRENCY_AFTER = new RegExp(`^(?:${SO}|-)(${alternation([...Object.keys(lexicon.currencyWords), ...lexicon.currencyCodes], word)})`, "u");
const POINTS_AFTER = new RegExp(`^(?:${SO}|-)(${alternation(lexicon.percentPointWords, ci)})`, "u");
const BASIS_POINTS_AFTER = new RegExp(`^${SO}(${alternation(lexicon.basisPointWords, ci)})`, "u");
const PERCENT_AFTER = new RegExp(`^(?:${SO}|-)(${alternation(lexicon.percentWords, (w) => (w === "%" ? "%" : ci(w)))})`, "u");
const COMPARATOR_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${alternation(Object.keys(lexicon.comparatorsBefore), ci)})${S}$`, "u");
const VERB_COMPARATORS = lowerMap(lexicon.verbComparators as Record<string, FigureComparator>);
const VERB_COMPARATOR_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${alternation(Object.keys(lexicon.verbComparators), ci)})${S}$`, "u");
const COMPARATOR_AFTER = new RegExp(`^(?:${SO})(${alternation(Object.keys(lexicon.comparatorsAfter), ci)})`, "u");
const PER_CUE = new RegExp(`(?<![\\p{L}])(${alternation(Object.keys(lexicon.perCues), ci)})`, "gu");
const CHANGE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${alternation(Object.keys(lexicon.changeVerbs), ci)})(?:${S}(?:to|by|at|from))?${S}$`,
  "u",
);
const AUXILIARY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lexicon.auxiliaries, ci)})${SO}$`, "u");
const COPULA_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lexicon.copulas, ci)})${SO}$`, "u");
const CHANGE_ANYWHERE = new RegExp(`(?<![\\p{L}])(${alternation(Object.keys(lexicon.changeVerbs), ci)})`, "gu");
const LINK_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${alternation(lexicon.measureLinksBefore, ci)})${S}$`, "u");

/** Any number as news writes it; `(?![\p{L}\p{N}])` keeps "3rd", "5G" and "10th" out. */
const NUMBER = new RegExp(`(?<![\\p{N}.,])(${QUANTITY})(?![\\p{L}\\p{N}]|[.,]\\d)`, "gu");
const SUPERLATIVE = alternation(lexicon.superlatives, ci);
const RANK_ORDINAL = new RegExp(`(?<![\\p{L}\\p{N}])(${ORDINAL})(?:-|${S})(${SUPERLATIVE})`, "gu");
const RANK_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}])(?:No\\.|[Nn]umber)${SO}(\\d{1,3}|one)(?![\\p{L}\\p{N}])`, "gu");
const RANK_SCOPE = new RegExp(`(?<![\\p{L}])(${alternation(lexicon.rankScopes, ci)})${S}(${SUPERLATIVE})`, "gu");
const COUNT_SUBJECTS = new Set(lexicon.countSubjects);
const PARTITIVE = new RegExp(`^${S}of${S}the${S}(?:\\p{L}+['’]s${S})?(?:(?:${QUANTITY})${S})?`, "u");
const COUNT_STATE = new RegExp(`^${S}(?:${alternation(lexicon.countStateAdverbs, word)}${S})?(${alternation(lexicon.countStates, word)})`, "u");
const RANKED = new RegExp(`(?<![\\p{L}])(${alternation(lexicon.rankVerbs, ci)})${S}(?:No\\.${SO})?(${ORDINAL}|\\d{1,3})(?![\\p{L}\\p{N}])`, "gu");

const RATE_ADJECTIVES: Record<string, string> = lexicon.rateAdjectives;
const RATE_ADJECTIVE = new RegExp(`(?<![\\p{L}])(${Object.keys(lexicon.rateAdjectives).join("|")})(?![\\p{L}])`, "iu");
const SMALL_AFTER_DETERMINER = /(?:^|[^\p{L}])(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Aa]ll|[Bb]oth|[Ee]very|[Tt]he other)[ \u00a0]+$/u;
const SENTENCE_START = /(?:^|[.!?]["”’]?[ \u00a0]+|\n)$/;

type Draft = FigureMention;

export function detectFigures(ctx: DraftContext): FigureMention[] {
  const { text } = ctx;
  const dates = sharedDates(ctx);
  const drafts: Draft[] = [];
  for (const sentence of sentencesOf(ctx)) {
    const taken: Span[] = dates.filter((d) => d.start < sentence.end && d.end > sentence.start);
    const add = (figure: Draft | undefined) => {
      if (!figure) return;
      if (taken.some((t) => figure.start < t.end && figure.end > t.start)) return;
      taken.push(figure, ...(figure.converted ? [figure.converted] : []));
      drafts.push(figure);
    };
    for (const figure of ranks(text, sentence)) add(figure);
    for (const figure of quantities(text, sentence, taken)) add(figure);
  }
  return drafts.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The context's sentences, or the whole text as one when a caller gives none. */
function sentencesOf(ctx: DraftContext): Sentence[] {
  if (ctx.sentences.length > 0) return ctx.sentences;
  return [{ index: 0, paragraph: 0, start: 0, end: ctx.text.length, text: ctx.text }];
}

interface Amount {
  start: number;
  end: number;
  value: number;
  unit: FigureUnit;
  /** Where the number itself is (inside the currency symbols). */
  numberStart: number;
  numberEnd: number;
  kind: "money" | "percent" | "count";
  points?: boolean;
}

/** Reads the number at [start, end) with whatever currency or percent sign wraps it. */
function readAmount(text: string, numberStart: number, end: number, floor: number): Amount | undefined {
  const magnitude = parseQuantity(text.slice(numberStart, end));
  if (magnitude === undefined) return undefined;
  // "minus 0.1%", "-0.5 percent": the sign belongs to the figure and to its text.
  const sign = /(?:^|[^\p{L}\p{N}])((?:minus|negative)[ \u00a0]+|[-−])$/iu.exec(text.slice(Math.max(floor, numberStart - 10), numberStart));
  const start = sign ? numberStart - (sign[1] ?? "").length : numberStart;
  const value = sign ? -magnitude : magnitude;
  const before = text.slice(Math.max(floor, numberStart - 8), numberStart);
  const symbol = SYMBOL_BEFORE.exec(before);
  if (symbol) {
    const written = (symbol[1] ?? "").trim();
    const unit = SYMBOLS[written] ?? codeUnit(written);
    return { start: numberStart - symbol[1]!.length, end, value: magnitude, unit, numberStart, numberEnd: end, kind: "money" };
  }
  const after = text.slice(end, end + 40);
  const currency = CURRENCY_AFTER.exec(after);
  if (currency) {
    const name = currency[1] ?? "";
    const unit = CURRENCY_WORDS.get(name.toLowerCase().replace(/[ \u00a0]+/g, " ")) ?? codeUnit(name);
    return { start, end: end + currency[0].length, value, unit, numberStart, numberEnd: end, kind: "money" };
  }
  const basis = BASIS_POINTS_AFTER.exec(after);
  if (basis) {
    return { start, end: end + basis[0].length, value: value / 100, unit: "percent", numberStart, numberEnd: end, kind: "percent", points: true };
  }
  const points = POINTS_AFTER.exec(after);
  if (points) {
    return { start, end: end + points[0].length, value, unit: "percent", numberStart, numberEnd: end, kind: "percent", points: true };
  }
  const percent = PERCENT_AFTER.exec(after);
  if (percent) return { start, end: end + percent[0].length, value, unit: "percent", numberStart, numberEnd: end, kind: "percent" };
  return { start, end, value, unit: "count", numberStart, numberEnd: end, kind: "count" };
}

function quantities(text: string, sentence: Sentence, taken: Span[]): Draft[] {
  const out: Draft[] = [];
  const region = text.slice(sentence.start, sentence.end);
  NUMBER.lastIndex = 0;
  const overlapsTaken = (s: number, e: number) => taken.some((t) => s < t.end && e > t.start) || out.some((f) => s < f.end && e > f.start || (f.converted && s < f.converted.end && e > f.converted.start));
  for (let m = NUMBER.exec(region); m; m = NUMBER.exec(region)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (overlapsTaken(start, end)) continue;
    const amount = readAmount(text, start, end, sentence.start);
    if (!amount) continue;
    if (amount.kind !== "money" && !standsAlone(text, start, end, sentence)) continue;
    // "plus or minus 2%" is a margin, not a figure of the story.
    if (/(?:plus[ \u00a0]+or[ \u00a0]+minus|±)[ \u00a0]*$/i.test(text.slice(Math.max(sentence.start, start - 16), start))) continue;
    const figure =
      amount.kind === "money"
        ? money(text, sentence, amount, taken)
        : amount.kind === "percent"
          ? percent(text, sentence, amount, taken)
          : count(text, sentence, amount, out);
    if (!figure || overlapsTaken(figure.start, figure.end)) continue;
    out.push(figure);
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, (figure.converted?.end ?? figure.end) - sentence.start);
  }
  return out;
}

/** Not part of a name, label, time, score, range or hyphenated age/duration. */
function standsAlone(text: string, start: number, end: number, sentence: Sentence): boolean {
  const before = text.slice(Math.max(sentence.start, start - 30), start);
  const after = text.slice(end, Math.min(sentence.end, end + 30));
  if (/[\p{L}\p{N}][-–]$|\p{L}$|[#№]$/u.test(before)) return false;
  if (/^(?:[-–/:]\d|[-–](?:year|month|week|day|hour|minute|time)s?\b|-to-\d|[-–](?!plus\b|odd\b)\p{L})/u.test(after)) return false;
  const previous = /([\p{L}\p{N}.'’]+)[ \u00a0]+$/u.exec(before)?.[1] ?? "";
  if (NUMBER_LABELS.has(previous)) return false;
  // A capitalised word mid-sentence right before the number names something ("Boeing 737", "Busan 2030").
  if (/^\p{Lu}/u.test(previous) && !/['’]s?$|\.$/.test(previous) && !COMPARATORS_BEFORE.has(previous.toLowerCase())) {
    const at = start - (before.length - before.lastIndexOf(previous));
    const lead = text.slice(Math.max(sentence.start, at - 3), at);
    const first = at <= sentence.start || SENTENCE_START.test(lead);
    if (!first && !/^(?:In|On|At|For|Of|And|Or|To|By|With|From|About|Some|Nearly|Almost|Over|Under|Up|Only|Just|All|The)$/.test(previous)) return false;
  }
  return true;
}

function comparatorBefore(text: string, start: number, floor: number): { comparator: FigureComparator; start: number } | undefined {
  const before = text.slice(Math.max(floor, start - 30), start);
  const m = COMPARATOR_BEFORE.exec(before);
  if (!m) return undefined;
  const phrase = m[1] ?? "";
  const comparator = COMPARATORS_BEFORE.get(phrase.toLowerCase().replace(/[ \u00a0]+/g, " "));
  if (!comparator) return undefined;
  return { comparator, start: start - (before.length - before.lastIndexOf(phrase)) };
}

function comparatorAfter(text: string, end: number, limit: number): { comparator: FigureComparator; end: number } | undefined {
  const m = COMPARATOR_AFTER.exec(text.slice(end, Math.min(limit, end + 20)));
  if (!m) return undefined;
  const comparator = COMPARATORS_AFTER.get((m[1] ?? "").toLowerCase().replace(/[ \u00a0]+/g, " "));
  if (!comparator) return undefined;
  // "-plus" and "-odd" attach to the number; "or more" is its own words.
  if (/^\p{L}/u.test(m[0]) && !/^[ \u00a0]/.test(m[0]) && !m[0].startsWith("-")) return undefined;
  return { comparator, end: end + m[0].length };
}

/** "(about $230 billion)" or ", or $230 billion," right after an amount: the article's own conversion. */
function conversionAfter(text: string, end: number, sentence: Sentence): QuantityMention | undefined {
  const after = text.slice(end, Math.min(sentence.end, end + 60));
  const open = /^[ \u00a0]*(?:\([ \u00a0]*|,?[ \u00a0]+or[ \u00a0]+)/.exec(after);
  if (!open) return undefined;
  let from = end + open[0].length;
  const comparator = /^(?:about|around|roughly|approximately|some|nearly|almost|over|more than|just over|just under)[ \u00a0]+/i.exec(text.slice(from, from + 20));
  if (comparator) from += comparator[0].length;
  NUMBER.lastIndex = 0;
  const window = text.slice(from, Math.min(sentence.end, from + 40));
  // The currency symbol comes first: find the number after at most a few symbol characters.
  const lead = /^[^\d\s]{0,4}/.exec(window)?.[0] ?? "";
  const number = new RegExp(`^(${QUANTITY})(?![\\p{L}\\p{N}]|[.,]\\d)`, "u").exec(window.slice(lead.length));
  if (!number) return undefined;
  const numberStart = from + lead.length;
  const amount = readAmount(text, numberStart, numberStart + number[0].length, from);
  if (!amount || amount.kind !== "money" || amount.start !== from) return undefined;
  if (open[0].includes("(") && !/^[ \u00a0]*\)/.test(text.slice(amount.end, amount.end + 3))) return undefined;
  return { start: amount.start, end: amount.end, text: text.slice(amount.start, amount.end), value: amount.value, unit: amount.unit };
}

function perAfter(text: string, from: number, sentence: Sentence): { per: string; end: number } | undefined {
  const rest = text.slice(from, sentence.end);
  const clause = rest.search(/[,;:()—–]|[ \u00a0](?:but|while|which|who|after|before|when|because)[ \u00a0]/);
  const window = rest.slice(0, Math.min(clause >= 0 ? clause : rest.length, 90));
  PER_CUE.lastIndex = 0;
  for (let m = PER_CUE.exec(window); m; m = PER_CUE.exec(window)) {
    const cue = (m[1] ?? "").toLowerCase().replace(/[ \u00a0]+/g, " ");
    const per = PER_CUES.get(cue);
    if (!per) continue;
    const next = /^[ \u00a0]+([\p{L}]+)/u.exec(window.slice(m.index + m[0].length))?.[1]?.toLowerCase();
    const previous = /([\p{L}]+)[ \u00a0]+$/u.exec(window.slice(0, m.index))?.[1]?.toLowerCase();
    if ((next && PER_BLOCK_AFTER.has(next)) || (previous && PER_BLOCK_BEFORE.has(previous))) continue;
    // A number between the figure and the cue with its own currency or count starts another figure's
    // stretch; "10,000 young people and 10 million people each year" still shares the rate.
    return { per, end: from + m.index + m[0].length };
  }
  return undefined;
}

/** A measure that opens its sentence loses the capital when the word is a common one ("Exports",
 * or a word the article also writes in lower case), not when it names something ("Samsung"). */
const firstLower = (text: string, phrase: Phrase, sentence: Sentence): string => {
  const words = phrase.text.split(" ");
  const [head = "", ...rest] = words;
  if (phrase.start !== sentence.start || !/^\p{Lu}\p{Ll}+$/u.test(head)) return phrase.text;
  const lowered = head.toLowerCase();
  const last = words[words.length - 1] ?? "";
  const commonHead = words.length === 1 ? /[^s]s$/.test(lowered) : /^\p{Ll}+s$/u.test(last) && rest.every((w) => /^\p{Ll}/u.test(w));
  const common = commonHead || new RegExp(`(?<![\\p{L}])${escapeRegex(lowered)}(?![\\p{L}])`, "u").test(text);
  return common ? [lowered, ...rest].join(" ") : phrase.text;
};

/**
 * A change verb right before the amount and its subject: "Exports fell 5 percent" → fall in exports.
 * A subject set off by an appositive ("Tokyo Electron, the world's third-largest …, slid 4.1%") is
 * the sentence's opening noun phrase; with no subject at all the verb's noun stands alone ("slide").
 */
function measureFromChangeVerb(text: string, start: number, sentence: Sentence): { measure: string; start: number } | undefined {
  const change = CHANGE_BEFORE.exec(text.slice(sentence.start, start));
  if (!change) return undefined;
  const verbStart = sentence.start + change.index + change[0].indexOf(change[1] ?? "");
  const prefix = CHANGE_VERBS.get(squashLower(change[1] ?? "")) ?? "";
  const np = subjectBefore(text, verbStart, sentence);
  if (np) return { measure: `${prefix ? `${prefix} ` : ""}${firstLower(text, np, sentence)}`, start: np.start };
  const noun = prefix.replace(/ (?:in|of)$/, "");
  return noun ? { measure: noun, start: verbStart } : undefined;
}

/** The subject of a verb: the noun phrase before it, past auxiliaries ("would", "is expected to"),
 * or the sentence's opening noun phrase when an appositive stands between. */
function subjectBefore(text: string, verbStart: number, sentence: Sentence): Phrase | undefined {
  let end = trimEndSpace(text, verbStart, sentence.start);
  for (let aux = AUXILIARY_BEFORE.exec(text.slice(sentence.start, end)); aux; aux = AUXILIARY_BEFORE.exec(text.slice(sentence.start, end))) {
    end = trimEndSpace(text, sentence.start + aux.index + (/^[^\p{L}]/u.test(aux[0]) ? 1 : 0), sentence.start);
  }
  const np = nounPhraseBefore(text, end, sentence.start)?.phrase;
  if (np) return np;
  // An appositive, a date or a clause between: news puts the subject first.
  return nounPhraseAfter(text, sentence.start, end, [], true)?.phrase;
}

/**
 * The measure from the words before an amount: a change verb ("Exports fell 5 percent" → fall in
 * exports), a verb that changes its object ("raised rates by 25 basis points" → rise in rates), a
 * link ("a budget of $5 billion", "The deal is valued at $2 billion"), or a change verb earlier in
 * the clause ("Exports fell 5 percent … to $50 billion" → exports).
 */
function measureBefore(text: string, start: number, sentence: Sentence): { measure: string; start: number } | undefined {
  const before = text.slice(sentence.start, start);
  const direct = measureFromChangeVerb(text, start, sentence);
  if (direct) return direct;
  const by = /(?:^|[^\p{L}])(?:by|to)[ \u00a0]+$/u.exec(before);
  if (by) {
    // The object sits between the verb and "by": "raised rates by", "cut its forecast to".
    const words = wordsBefore(text, trimEndSpace(text, sentence.start + by.index + (by[0].length - by[0].trimStart().length), sentence.start), sentence.start, 5);
    const at = words.findIndex((w) => TRANSITIVE_VERBS.has(w.text.toLowerCase()));
    const verb = words[at];
    const object = words.slice(0, Math.max(0, at)).reverse().filter((w) => !/^(?:the|a|an|its|their|his|her|our)$/i.test(w.text));
    if (verb && object.length > 0) {
      return { measure: `${TRANSITIVE_VERBS.get(verb.text.toLowerCase())} ${object.map((w) => w.text).join(" ")}`, start: verb.start };
    }
  }
  const link = LINK_BEFORE.exec(before);
  if (link) {
    let to = trimEndSpace(text, sentence.start + link.index + link[0].indexOf(link[1] ?? ""), sentence.start);
    const copula = COPULA_BEFORE.exec(text.slice(sentence.start, to));
    if (copula) to = trimEndSpace(text, sentence.start + copula.index + (/^[^\p{L}]/u.test(copula[0]) ? 1 : 0), sentence.start);
    const np = nounPhraseBefore(text, to, sentence.start);
    if (np) return { measure: firstLower(text, np.phrase, sentence), start: np.phrase.start };
  }
  const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":")) + 1;
  const clause = before.slice(clauseStart);
  let last: RegExpExecArray | undefined;
  CHANGE_ANYWHERE.lastIndex = 0;
  for (let m = CHANGE_ANYWHERE.exec(clause); m; m = CHANGE_ANYWHERE.exec(clause)) last = m;
  if (last && CHANGE_VERBS.get(squashLower(last[1] ?? ""))) {
    const verbStart = sentence.start + clauseStart + last.index;
    const np = subjectBefore(text, verbStart, sentence);
    if (np) {
      // "… fell 5 percent to $50 billion": the amount is the level the subject reached.
      const level = /(?:^|[^\p{L}])to[ \u00a0]+$/u.test(before);
      const prefix = CHANGE_VERBS.get(squashLower(last[1] ?? "")) ?? "";
      return { measure: `${level || !prefix ? "" : `${prefix} `}${firstLower(text, np, sentence)}`, start: np.start };
    }
  }
  return undefined;
}

const squashLower = (s: string) => s.toLowerCase().replace(/[ \u00a0]+/g, " ");

/** A verb a few words before an amount that says what the amount is ("will invest", "fined Google"). */
function moneyVerbBefore(text: string, start: number, sentence: Sentence): { noun: string; start: number } | undefined {
  const words = wordsBefore(text, trimEndSpace(text, start, sentence.start), sentence.start, 4);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const two = words[i + 1] ? `${words[i + 1]!.text.toLowerCase()} ${w.text.toLowerCase()}` : "";
    const noun = MONEY_VERBS.get(two) ?? MONEY_VERBS.get(w.text.toLowerCase());
    if (noun) return { noun, start: MONEY_VERBS.has(two) ? words[i + 1]!.start : w.start };
    // The object between the verb and the amount is a name or a short noun phrase, never a clause.
    if (/^(?:and|or|but|that|which|who|said|says)$/i.test(w.text)) break;
  }
  return undefined;
}

function trimEndSpace(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && /[ \u00a0]/.test(text[i - 1] ?? "")) i--;
  return i;
}

function build(
  text: string,
  sentence: Sentence,
  amount: Amount,
  measure: { measure: string; start: number; end: number },
  confidence: number,
  converted?: QuantityMention,
): Draft {
  const comparatorB = comparatorBefore(text, amount.start, sentence.start);
  const comparatorA = comparatorAfter(text, amount.end, sentence.end);
  const start = comparatorB?.start ?? amount.start;
  const end = comparatorA?.end ?? amount.end;
  const verb = VERB_COMPARATOR_BEFORE.exec(text.slice(Math.max(sentence.start, start - 20), start))?.[1];
  const comparator = comparatorB?.comparator ?? comparatorA?.comparator ?? (verb ? VERB_COMPARATORS.get(squashLower(verb)) : undefined);
  const tail = Math.max(end, converted?.end ?? 0, measure.end);
  // "annual investment of $5 billion", "10,000 yearly visitors": a rate said before the number.
  // Not for percentages: "annual exports fell 7.4 percent" is a change, not a rate.
  const perAdjective = amount.unit === "percent" ? undefined : RATE_ADJECTIVE.exec(`${/([\p{L}]+)[ \u00a0]+$/u.exec(text.slice(Math.max(sentence.start, start - 20), start))?.[1] ?? ""} ${measure.measure}`);
  const per = perAfter(text, tail, sentence) ?? (perAdjective ? { per: RATE_ADJECTIVES[(perAdjective[1] ?? "").toLowerCase()] ?? "year", end: 0 } : undefined);
  const evidence = { start: Math.min(start, measure.start), end: Math.max(tail, converted ? closingParen(text, converted.end) : 0, per?.end ?? 0) };
  return {
    start,
    end,
    text: text.slice(start, end),
    value: amount.value,
    unit: amount.unit,
    measure: measure.measure,
    ...(comparator ? { comparator } : {}),
    ...(per ? { per: per.per } : {}),
    ...(converted ? { converted } : {}),
    evidence,
    confidence: Math.round(confidence * 100) / 100,
  };
}

const closingParen = (text: string, end: number) => (/^[ \u00a0]*\)/.test(text.slice(end, end + 3)) ? end + text.slice(end).indexOf(")") + 1 : end);

function money(text: string, sentence: Sentence, amount: Amount, blocked: Span[]): Draft | undefined {
  const converted = conversionAfter(text, amount.end, sentence);
  const after = converted ? closingParen(text, converted.end) : amount.end;
  const figureStart = comparatorBefore(text, amount.start, sentence.start)?.start ?? amount.start;
  const following = clear(nounPhraseAfter(text, after, limitAt(blocked, after, sentence.end), lexicon.moneyMeasureAfter), blocked);
  // "300 trillion won in investment": the words after say what the money is.
  if (following?.introducer && !following.determiner) {
    return build(text, sentence, amount, { measure: following.phrase.text, start: amount.start, end: following.phrase.end }, 0.9, converted);
  }
  const verb = moneyVerbBefore(text, figureStart, sentence);
  if (verb) {
    const target = following?.introducer ? ` ${following.introducer.text.toLowerCase()} ${following.phrase.text}` : "";
    return build(text, sentence, amount, { measure: `${verb.noun}${target}`, start: verb.start, end: following?.introducer ? following.phrase.end : amount.end }, 0.85, converted);
  }
  const before = measureBefore(text, figureStart, sentence);
  if (before) return build(text, sentence, amount, { ...before, end: amount.end }, 0.85, converted);
  if (following && (following.introducer || /^\p{Ll}/u.test(following.phrase.text))) {
    return build(text, sentence, amount, { measure: following.phrase.text, start: amount.start, end: following.phrase.end }, 0.8, converted);
  }
  return build(text, sentence, amount, { measure: "amount", start: amount.start, end: amount.end }, 0.6, converted);
}

/** A measure phrase stops where a date or another figure starts ("a $61 billion package in April"). */
function limitAt(blocked: Span[], from: number, end: number): number {
  let limit = end;
  for (const b of blocked) if (b.start >= from && b.start < limit) limit = b.start;
  return limit;
}

/** A measure phrase is never a date ("$659 billion in fiscal 2023"). */
function clear<T extends { phrase: Phrase }>(found: T | undefined, blocked: Span[]): T | undefined {
  if (!found) return undefined;
  return blocked.some((b) => found.phrase.start < b.end && found.phrase.end > b.start) ? undefined : found;
}

function percent(text: string, sentence: Sentence, amount: Amount, blocked: Span[]): Draft | undefined {
  const base = amount.points ? 0.7 : 0.85;
  const figureStart = comparatorBefore(text, amount.start, sentence.start)?.start ?? amount.start;
  const direct = measureFromChangeVerb(text, figureStart, sentence);
  if (direct) return build(text, sentence, amount, { ...direct, end: amount.end }, base);
  const following = clear(nounPhraseAfter(text, amount.end, limitAt(blocked, amount.end, sentence.end), ["of"]), blocked);
  if (following && following.introducer) {
    return build(text, sentence, amount, { measure: `share of ${following.phrase.text}`, start: amount.start, end: following.phrase.end }, base);
  }
  if (following && /^\p{Ll}/u.test(following.phrase.text)) {
    return build(text, sentence, amount, { measure: following.phrase.text, start: amount.start, end: following.phrase.end }, base);
  }
  const before = measureBefore(text, figureStart, sentence);
  if (before) return build(text, sentence, amount, { ...before, end: amount.end }, base);
  return build(text, sentence, amount, { measure: "share", start: amount.start, end: amount.end }, base - 0.25);
}

function count(text: string, sentence: Sentence, amount: Amount, earlier: readonly Draft[]): Draft | undefined {
  const written = text.slice(amount.numberStart, amount.numberEnd);
  const lowerWritten = written.toLowerCase();
  if (lowerWritten === "one" || lowerWritten === "zero") return undefined;
  const spelled = !/\d/.test(written);
  const before = text.slice(Math.max(sentence.start, amount.start - 20), amount.start);
  if (spelled && amount.value <= 10 && SMALL_AFTER_DETERMINER.test(before)) return undefined;
  // "35 of the missiles", "Nine of the 12 judges", "26 of the 150 seats": a count of a group the
  // sentence names ("two of them" names none); a number after "of the" is the whole, skipped.
  const partitive = PARTITIVE.exec(text.slice(amount.end, amount.end + 40));
  // "300-plus officials", "10 or more people": the noun comes after the comparator.
  const nounFrom = partitive ? amount.end + partitive[0].length : (comparatorAfter(text, amount.end, sentence.end)?.end ?? amount.end);
  const noun = countedNoun(text, nounFrom, sentence.end);
  if (noun && !isTimeNoun(noun.head) && isPlural(noun.head)) {
    const physical = PHYSICAL_UNITS.has(noun.head.text.toLowerCase());
    const confidence = physical ? 0.6 : partitive ? 0.7 : spelled ? 0.75 : 0.8;
    return build(text, sentence, amount, { measure: noun.phrase.text, start: amount.start, end: noun.phrase.end }, confidence);
  }
  // "17 still missing", "and 45 injured": a state of people stands for the noun.
  const state = noun ? null : COUNT_STATE.exec(text.slice(amount.end, Math.min(sentence.end, amount.end + 40)));
  if (state && !(spelled && amount.value <= 10 && /^(?:the|these|those)$/i.test(wordsBefore(text, amount.start, sentence.start, 1)[0]?.text ?? ""))) {
    return build(text, sentence, amount, { measure: (state[1] ?? "").toLowerCase(), start: amount.start, end: amount.end + state[0].length }, spelled ? 0.65 : 0.7);
  }
  // "The death toll rose to 42", "the tally stood at 56": the subject says what is counted.
  if (!noun && !spelled) {
    const subject = measureBefore(text, amount.start, sentence);
    if (subject && subject.measure.split(" ").some((w) => COUNT_SUBJECTS.has(w.toLowerCase()))) {
      return build(text, sentence, amount, { ...subject, end: amount.end }, 0.7);
    }
  }
  // "killing at least 18 people and wounding more than 130": the noun of the count before it.
  const previous = [...earlier].reverse().find((f) => f.unit === "count" && f.end <= amount.start);
  if (!noun && previous && !spelled && /^[ \u00a0]*(?:[,;.)—–]|and[ \u00a0]|or[ \u00a0]|$)/.test(text.slice(amount.end, sentence.end))) {
    return build(text, sentence, amount, { measure: previous.measure, start: amount.start, end: amount.end }, 0.6);
  }
  return undefined;
}

function ranks(text: string, sentence: Sentence): Draft[] {
  const out: Draft[] = [];
  const region = text.slice(sentence.start, sentence.end);
  const push = (d: Draft | undefined) => {
    if (d && out.every((o) => d.end <= o.start || d.start >= o.end)) out.push(d);
  };
  for (const m of region.matchAll(RANK_ORDINAL)) {
    const value = parseOrdinal(m[1] ?? "");
    if (!value) continue;
    push(rank(text, sentence, sentence.start + (m.index ?? 0), m[0].length, value, (m[2] ?? "").toLowerCase(), 0.9));
  }
  for (const m of region.matchAll(RANK_NUMBER)) {
    const value = m[1] === "one" ? 1 : Number(m[1]);
    push(rank(text, sentence, sentence.start + (m.index ?? 0), m[0].length, value, "", 0.8));
  }
  for (const m of region.matchAll(RANKED)) {
    const value = parseOrdinal(m[2] ?? "") ?? Number(m[2]);
    if (!Number.isFinite(value) || value < 1) continue;
    const start = sentence.start + (m.index ?? 0) + m[0].length - (m[2] ?? "").length;
    const subject = nounPhraseBefore(text, trimEndSpace(text, sentence.start + (m.index ?? 0), sentence.start), sentence.start);
    if (!subject) continue;
    const end = sentence.start + (m.index ?? 0) + m[0].length;
    const where = nounPhraseAfter(text, end, sentence.end, ["in", "among", "on"]);
    const measure = `rank of ${firstLower(text, subject.phrase, sentence)}${where?.introducer ? ` ${where.introducer.text} ${where.phrase.text}` : ""}`;
    push({
      start,
      end,
      text: text.slice(start, end),
      value,
      unit: "rank",
      measure,
      evidence: { start: subject.phrase.start, end: where?.introducer ? where.phrase.end : end },
      confidence: 0.8,
    });
  }
  for (const m of region.matchAll(RANK_SCOPE)) {
    const start = sentence.start + (m.index ?? 0);
    const superlative = m[2] ?? "";
    const at = start + m[0].length - superlative.length;
    // "one of the world's largest" is not first.
    if (/one[ \u00a0]+of[ \u00a0]+$/i.test(text.slice(Math.max(sentence.start, start - 12), start))) continue;
    push(rank(text, sentence, at, superlative.length, 1, superlative.toLowerCase(), 0.6, start));
  }
  return out;
}

function rank(
  text: string,
  sentence: Sentence,
  start: number,
  length: number,
  value: number,
  superlative: string,
  confidence: number,
  evidenceStart?: number,
): Draft | undefined {
  const end = start + length;
  const noun = nounPhraseAfter(text, end, sentence.end);
  if (noun && /^\p{Ll}|^\p{Lu}\p{Ll}/u.test(noun.phrase.text)) {
    const measure = superlative ? `${superlative} ${noun.phrase.text}` : noun.phrase.text;
    return {
      start,
      end,
      text: text.slice(start, end),
      value,
      unit: "rank",
      measure,
      evidence: { start: evidenceStart ?? extendBack(text, start, sentence), end: noun.phrase.end },
      confidence,
    };
  }
  // "the number of Japanese travelers to Korea — the second highest": the rank stands for a phrase before it.
  const the = /(?:^|[^\p{L}])([Tt]he[ \u00a0]+)$/u.exec(text.slice(Math.max(sentence.start, start - 6), start));
  const rankStart = the ? start - (the[1] ?? "").length : start;
  let back = rankStart;
  while (back > sentence.start && /[ \u00a0,—–-]/.test(text[back - 1] ?? "")) back--;
  const np = nounPhraseBefore(text, back, sentence.start);
  if (!np) return undefined;
  const npStart = np.determiner?.start ?? np.phrase.start;
  const measure = superlative ? `${superlative} ${firstLower(text, np.phrase, sentence)}` : firstLower(text, np.phrase, sentence);
  return {
    start: rankStart,
    end,
    text: text.slice(rankStart, end),
    value,
    unit: "rank",
    measure,
    evidence: { start: npStart, end },
    confidence: confidence - 0.1,
  };
}

/** A rank's evidence starts at the scope possessive or determiner before it ("the world's third-largest"). */
function extendBack(text: string, start: number, sentence: Sentence): number {
  const words = wordsBefore(text, trimEndSpace(text, start, sentence.start), sentence.start, 2);
  const nearest = words[0];
  if (nearest && /^(?:the|world's|world’s|country's|nation's)$/i.test(nearest.text)) return nearest.start;
  return start;
}

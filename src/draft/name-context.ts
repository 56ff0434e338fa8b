// What the words around an unknown capitalised run say it is. The name lists know few of the
// world's names, so a run of two or three capitalised words is a person when news grammar puts a
// person there: after a speech verb ("said Marta Lindqvist"), before one ("Rosanna Costa said"),
// after a title in any case ("former prime minister Raila Odinga", "Its chairman, Wafula
// Chebukati,"), or before a title in apposition ("Andrés Pérez, chief economist at Itaú"). The
// role words live in data/lexicons/entity-name-context.json with the titles lexicon.
import context from "../../data/lexicons/entity-name-context.json" with { type: "json" };
import type { Token } from "./entity-tokens.ts";
import { matchTitle } from "./name-patterns.ts";
import { SPEECH_WORDS as SPEECH_VERBS } from "./speech-lexicon.ts";

const ROLE_NOUNS = new Set(context.roleNouns);
const TITLE_LEADS = new Set(context.titleLeads);
const ORG_ROLE_NOUNS = new Set(context.organisationRoleNouns);
const LOCATIVE_NOUNS = new Set(context.placeNouns);
const MEMBER_NOUNS = new Set(context.memberNouns);
const EMPLOYER_PREPOSITIONS = new Set(context.employerPrepositions);

export type RunContext = { person: true; title?: string } | { organisation: true } | undefined;

/** The title that ends right before token `at` (lower case allowed), with "former" and the like before it. */
export function titleEndingAt(tokens: readonly Token[], at: number): { title: string; start: number } | undefined {
  for (let start = Math.max(0, at - 6); start < at; start++) {
    const hit = matchTitle(tokens, start, at, true);
    if (hit && hit.end === at) {
      let from = start;
      while (from > 0 && TITLE_LEADS.has(tokens[from - 1]!.text.toLowerCase())) from--;
      return { title: hit.title, start: from };
    }
  }
  const last = tokens[at - 1];
  if (last && ROLE_NOUNS.has(last.text.toLowerCase())) {
    let from = at - 1;
    while (from > 0 && /^\p{Ll}/u.test(tokens[from - 1]!.text) && (ROLE_NOUNS.has(tokens[from - 1]!.text) || TITLE_LEADS.has(tokens[from - 1]!.text))) from--;
    return { title: last.text, start: from };
  }
  return undefined;
}

/**
 * What the context of the run [from, to) makes it. `apposition` says a title follows it after a
 * comma (the caller reads that with its own rule).
 */
export function runContext(tokens: readonly Token[], from: number, to: number, apposition: boolean): RunContext {
  const before = tokens[from - 1];
  const after = tokens[to];
  const beforeText = before?.text.toLowerCase() ?? "";
  // "State grid operator Ukrenergo", "the carrier Nordhavn": an organisation's role noun right before.
  if (before && ORG_ROLE_NOUNS.has(beforeText) && /^\p{Ll}/u.test(before.text)) return { organisation: true };
  if (before && SPEECH_VERBS.has(beforeText) && /^\p{Ll}/u.test(before.text)) return { person: true };
  // "Analysts at Jefferies said": the speakers are the analysts; the name is whom they work for.
  if (before && EMPLOYER_PREPOSITIONS.has(beforeText) && MEMBER_NOUNS.has(tokens[from - 2]?.text.toLowerCase() ?? "")) return { organisation: true };
  if (apposition) return { person: true };
  // "The transport minister, Henrik Solberg," / "Its director general, Jide Idris".
  const titleAt = before?.text === "," ? from - 1 : from;
  const title = titleEndingAt(tokens, titleAt);
  if (title) {
    // "the mayor of Kyiv, Vitali Klitschko": the title's "of X" sits between title and comma; handled by caller.
    return { person: true, title: title.title };
  }
  if (after && SPEECH_VERBS.has(after.text) && /^\p{Ll}/u.test(after.text)) return { person: true };
  if (after?.text === "," && roleInApposition(tokens, to + 1)) return { person: true };
  if (after?.text === "," && SPEECH_VERBS.has(tokens[to + 1]?.text ?? "") && tokens[to + 2]?.text !== "the") return { person: true };
  return undefined;
}

/**
 * "Rahmat, 34, a fisherman," / "Smith, the company's lawyer, said": after the name's comma, an age or
 * an article, then at most three lower-case words ending in a role noun, which closes the phrase.
 */
function roleInApposition(tokens: readonly Token[], from: number): boolean {
  let i = from;
  const age = /^(1[89]|[2-9]\d|10\d)$/.test(tokens[i]?.text ?? "") && tokens[i + 1]?.text === ",";
  if (age) i += 2;
  if (/^(the|a|an)$/.test(tokens[i]?.text ?? "")) i++;
  else if (!age) return false;
  if (/^\p{Ll}+$/u.test(tokens[i]?.text ?? "") && /^['’]s$/.test(tokens[i + 1]?.text ?? "")) i += 2;
  for (let k = i; k < i + 4; k++) {
    const word = tokens[k];
    if (!word?.word || !/^\p{Ll}/u.test(word.text)) return false;
    if (ROLE_NOUNS.has(word.text)) return !tokens[k + 1]?.word || /^(at|of|for|with|in|from|who)$/.test(tokens[k + 1]!.text);
  }
  return false;
}

/** "the city of Malatya", "his home town of Eldoret", "the Kibra area": a noun that makes a name a place. */
export function placeNounBefore(tokens: readonly Token[], from: number): boolean {
  return tokens[from - 1]?.text === "of" && LOCATIVE_NOUNS.has(tokens[from - 2]?.text.toLowerCase() ?? "");
}

/** "the mayor of Kyiv, Vitali Klitschko": a title, "of" and a name, then the comma before the person. */
export function titleOfBefore(tokens: readonly Token[], commaAt: number, isName: (index: number) => boolean): { title: string } | undefined {
  for (let k = commaAt - 1; k >= Math.max(1, commaAt - 5); k--) {
    if (tokens[k]!.text !== "of") continue;
    for (let j = k + 1; j < commaAt; j++) if (!isName(j)) return undefined;
    const title = titleEndingAt(tokens, k);
    return title ? { title: title.title } : undefined;
  }
  return undefined;
}

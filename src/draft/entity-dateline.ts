// Wire datelines: "MEXICO CITY (Reuters) -", "NAIROBI, Kenya (AP) —", "SEOUL, Jan 9 (Yonhap) --".
// The city in capitals opens the story's first paragraph and says where it was filed; written in
// capitals it matches no name in the gazetteer and reads as an unknown organisation ("MEXICO CITY"),
// so it is cut here and looked up in title case.
import { tokenize, type Token } from "./entity-tokens.ts";
import { titleCase } from "./entity-labels.ts";

export interface Dateline {
  /** Token range of the city in the article's tokens. */
  from: number;
  to: number;
  /** The city as a label ("Mexico City") and as tokens to look up in the gazetteer. */
  label: string;
  lookup: Token[];
}

/** After the city: a comma, a bracketed agency or a dash. */
const AFTER = /^[,(—–-]$/;

/** The dateline city at token `from` (the first word of a paragraph), if there is one. */
export function datelineAt(tokens: readonly Token[], from: number, limit: number): Dateline | undefined {
  let to = from;
  while (to < limit && to - from < 4 && tokens[to]!.word && tokens[to]!.allCaps && (to === from || tokens[to]!.spaceBefore || tokens[to - 1]!.text === "-")) to++;
  // "ST. LOUIS", "PORT-AU-PRINCE": hyphen-glued capitals stay in the name.
  while (to + 1 < limit && tokens[to]!.text === "-" && !tokens[to]!.spaceBefore && tokens[to + 1]!.allCaps && !tokens[to + 1]!.spaceBefore) to += 2;
  if (to === from || to >= limit || !AFTER.test(tokens[to]!.text)) return undefined;
  // A one- or two-letter word in capitals is an initial or an acronym, not a city ("AP", "U.S.").
  const letters = tokens.slice(from, to).map((t) => t.text).join("").replace(/[^\p{L}]/gu, "");
  if (letters.length < 3) return undefined;
  // "(AP) —" with no city before it, or an acronym opening prose ("NATO, the alliance"): the words
  // after the mark must be a place, an agency or a date, which the caller checks by the gazetteer.
  let text = "";
  for (let i = from; i < to; i++) text += (i > from && tokens[i]!.spaceBefore ? " " : "") + tokens[i]!.text;
  const label = titleCase(text).replace(/-(\p{Ll})/gu, (_, c: string) => `-${c.toUpperCase()}`);
  return { from, to, label, lookup: tokenize(label) };
}

// Word tokens with offsets, for the entity rules. compromise's own terms merge punctuation into words
// and split "U.S." unpredictably across versions; names need exact edges ("Kyung-ho", "Korea's",
// "(Gsomia)"), so the entity stage cuts its own tokens and borrows compromise only for tags.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Whitespace separates it from the previous token. */
  spaceBefore: boolean;
  /** A word (letters or digits), not punctuation. */
  word: boolean;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("WTO", "U.S."). */
  allCaps: boolean;
}

// Abbreviations keep their full stop: a dotted acronym ("U.S."), a title or a company suffix, an
// initial before a capitalised word ("S. Korea"). A surname with an elided prefix ("O'Regan",
// "D'Souza", "N'Diaye") is one word, or the name stops at its apostrophe. Everything else is a word, a possessive or one
// character of punctuation.
const TOKEN =
  /(?:\p{Lu}\.){2,}|(?:Corp|Co|Inc|Ltd|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Gov|Sen|Rep|Gen|Lt|Maj|Col|Adm|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|\p{Lu}\.(?=\s\p{Lu})|(?:O|D|N|L)['’]\p{Lu}\p{L}+|[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+)*|['’]s(?![\p{L}\p{N}])|\S/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let previousEnd = -1;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const start = m.index;
    const letters = t.replace(/[^\p{L}]/gu, "");
    tokens.push({
      start,
      end: start + t.length,
      text: t,
      spaceBefore: previousEnd < 0 || start > previousEnd,
      word: /^[\p{L}\p{N}]/u.test(t),
      cap: /^\p{Lu}/u.test(t),
      allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    });
    previousEnd = start + t.length;
  }
  return tokens;
}

/** The normalised surface of tokens [from, to): single spaces where the text has space, straight apostrophes. */
export function surfaceKey(tokens: readonly Token[], from: number, to: number): string {
  let key = "";
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (i > from && token.spaceBefore) key += " ";
    key += token.text;
  }
  return key.replace(/’/g, "'");
}

/** Surface key of a phrase written in a lexicon, cut exactly as article text is. */
export function phraseKey(phrase: string): string {
  const tokens = tokenize(phrase);
  return surfaceKey(tokens, 0, tokens.length);
}

// The coverage tests' own sentence rule, independent of the drafter's segmenter (so a bug there cannot
// hide a gap in an annotation): every non-empty line is a paragraph (the photo caption is one), and a
// paragraph breaks after . ! or ? (and a closing quote) followed by white space and a capital, an opening
// quote or a bracket ("... on Friday. [YONHAP]" gives two pieces). Offsets count code points.

export interface Sentence {
  /** Code point offsets, end exclusive, like evidence spans. */
  start: number;
  end: number;
  text: string;
}

/** Abbreviations whose full stop does not end a sentence ("Oct. 30", "the U.S. Inflation Reduction Act"). */
export const ABBREVIATIONS = ["U.S.", "U.K.", "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "Corp.", "Co.", "Inc.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

export function splitSentences(text: string): Sentence[] {
  const cps = Array.from(text);
  const sentences: Sentence[] = [];
  let lineStart = 0;
  const flush = (from: number, to: number): void => {
    while (from < to && /\s/u.test(cps[from]!)) from++;
    while (to > from && /\s/u.test(cps[to - 1]!)) to--;
    if (to > from) sentences.push({ start: from, end: to, text: cps.slice(from, to).join("") });
  };
  for (let i = 0; i <= cps.length; i++) {
    if (i < cps.length && cps[i] !== "\n") continue;
    let from = lineStart;
    for (let j = lineStart; j < i; j++) {
      if (!/[.!?]/.test(cps[j]!)) continue;
      let k = j + 1;
      while (k < i && /["”’)]/.test(cps[k]!)) k++;
      if (k >= i || !/\s/u.test(cps[k]!)) continue;
      let n = k;
      while (n < i && /\s/u.test(cps[n]!)) n++;
      if (n >= i || !/[A-Z"“[(]/.test(cps[n]!)) continue;
      const before = cps.slice(from, j + 1).join("");
      if (ABBREVIATIONS.some((a) => before.endsWith(` ${a}`) || before === a)) continue;
      flush(from, k);
      from = n;
    }
    flush(from, i);
    lineStart = i + 1;
  }
  return sentences;
}

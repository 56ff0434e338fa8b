// Sentences with their offsets. compromise splits sentences well inside a paragraph (abbreviations,
// quotes, "U.S."; `tokenize` splits without the costly tagging pass), but it does not know that a line break ends a paragraph of news or that a
// bracketed photo credit ("[YONHAP]") is not part of the caption's last sentence, so paragraphs are
// cut first and credits split off after.
import nlp from "compromise";
import abbreviations from "../../data/lexicons/sentence-abbreviations.json" with { type: "json" };
import type { Sentence } from "./types.ts";

const BEFORE_NUMBER = new RegExp(`(?:^|[\\s(])(?:${abbreviations.beforeNumber.join("|")})\\.$`);

const OPENING = /["“‘'([]/;
const CLOSING = /["”’')\]]/;

const CREDIT = /\s*\[[A-Z][A-Za-z .&/-]*\]\s*$/;

export function segmentText(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const paragraphPattern = /[^\n]+/g;
  let paragraph = 0;
  for (let match = paragraphPattern.exec(text); match; match = paragraphPattern.exec(text)) {
    const block = match[0];
    if (block.trim() === "") continue;
    const base = match.index;
    const pieces = splitBlock(block);
    for (const piece of pieces) {
      const start = base + piece.start;
      const end = base + piece.end;
      sentences.push({ index: sentences.length, paragraph, start, end, text: text.slice(start, end) });
    }
    paragraph++;
  }
  return sentences;
}

function splitBlock(block: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let body = block;
  let credit: { start: number; end: number } | undefined;
  const creditMatch = CREDIT.exec(block);
  if (creditMatch && creditMatch.index > 0) {
    body = block.slice(0, creditMatch.index);
    const lead = creditMatch[0].length - creditMatch[0].trimStart().length;
    credit = { start: creditMatch.index + lead, end: creditMatch.index + creditMatch[0].trimEnd().length };
  }
  const parsed = nlp.tokenize(body).json({ offset: true, text: false, terms: { offset: false } }) as Array<{
    offset: { start: number; length: number };
  }>;
  let cursor = 0;
  for (const sentence of parsed) {
    // compromise's offsets are string indices; trust them only when they move forward.
    let start = Math.max(cursor, sentence.offset.start);
    let end = Math.min(body.length, sentence.offset.start + sentence.offset.length);
    // compromise leaves opening and closing quotes and brackets outside a sentence's offsets.
    while (start > cursor && OPENING.test(body[start - 1] ?? "")) start--;
    while (end < body.length && CLOSING.test(body[end] ?? "")) end++;
    if (end <= start) continue;
    const trimmed = trimSpan(body, start, end);
    if (trimmed) out.push(trimmed);
    cursor = end;
  }
  // "the No. | 2 chipmaker": an abbreviation before a number does not end the sentence.
  for (let i = out.length - 2; i >= 0; i--) {
    const here = out[i] as { start: number; end: number };
    const next = out[i + 1] as { start: number; end: number };
    if (BEFORE_NUMBER.test(body.slice(here.start, here.end)) && /^\d/.test(body.slice(next.start, next.end))) {
      out.splice(i, 2, { start: here.start, end: next.end });
    }
  }
  if (cursor < body.length) {
    const rest = trimSpan(body, cursor, body.length);
    if (rest) out.push(rest);
  }
  if (out.length === 0) {
    const all = trimSpan(body, 0, body.length);
    if (all) out.push(all);
  }
  if (credit) out.push(credit);
  return out;
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return end > start ? { start, end } : undefined;
}

// Finding a verbatim quote in an article and expressing its span in Unicode code points,
// the unit W3C Web Annotation's TextPositionSelector counts in (JS strings count UTF-16 units).
import type { Evidence } from "../model/types.ts";

export const CONTEXT_LENGTH = 32;

/** Code point count of a string (astral characters count once). */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** UTF-16 index of the code point at `codePoint` (the inverse of counting with codePointLength). */
export function utf16Index(text: string, codePoint: number): number {
  let i = 0;
  for (let n = 0; n < codePoint && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

export function countOccurrences(text: string, quote: string): number {
  let count = 0;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) count++;
  return count;
}

/**
 * Locates the `occurrence`-th (1-based) appearance of `quote` in `text`.
 * Returns undefined when the quote is not there that many times.
 */
export function locateQuote(article: string, text: string, quote: string, occurrence = 1): Evidence | undefined {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) return undefined;
  }
  const start = codePointLength(text.slice(0, at));
  const end = start + codePointLength(quote);
  const before = Array.from(text.slice(Math.max(0, at - CONTEXT_LENGTH * 2), at));
  const after = Array.from(text.slice(at + quote.length, at + quote.length + CONTEXT_LENGTH * 2));
  return {
    article,
    quote,
    start,
    end,
    prefix: before.slice(-CONTEXT_LENGTH).join(""),
    suffix: after.slice(0, CONTEXT_LENGTH).join(""),
  };
}

// Evidence offsets count Unicode code points (as RDF's TextPositionSelector does); JavaScript
// strings index UTF-16 code units. Outside the BMP (emoji, rare CJK) the two differ, so every
// slice of the article goes through this table.

/** `table[cp]` = UTF-16 index of code point `cp`; one extra entry for the end of the text. */
export function codePointToUtf16Table(text: string): Uint32Array {
  const table = new Uint32Array(Array.from(text).length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; cp++) {
    table[cp] = i;
    const code = text.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
  }
  table[cp] = text.length;
  return table;
}

/** Converts a code-point range to a UTF-16 range, clamped to the text. */
export function toUtf16Range(table: Uint32Array, start: number, end: number): [number, number] {
  const last = table.length - 1;
  const s = Math.max(0, Math.min(last, start));
  const e = Math.max(s, Math.min(last, end));
  return [table[s] ?? 0, table[e] ?? 0];
}

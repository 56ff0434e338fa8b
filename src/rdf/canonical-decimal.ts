// xsd:decimal in canonical lexical form, as oxigraph rewrites it ("1.0" → "1", "0.90" → "0.9"),
// so that what we write and what a store hands back compare equal.

export function canonicalDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`canonicalDecimal: ${value} is not a finite number`);
  if (Number.isInteger(value)) return BigInt(value).toString();
  let text = String(value);
  // String() switches to exponent notation below 1e-6 and above 1e21; xsd:decimal has none.
  if (/e/i.test(text)) text = value.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
  return text;
}

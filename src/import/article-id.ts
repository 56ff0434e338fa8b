// Default article ids, like the seed's `joongang-2023-03-24-korea-japan-supply-chain`:
// publisher, date, a few words of the headline; only [a-z0-9-].
import { CHROME_RULES, type ChromeRules } from "./chrome-rules.ts";

/** Lower-case ASCII words of a text: accents folded ("Tomás" → "tomas"), everything else a separator. */
export function slugWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’]/gu, "")
    .split(/[^a-z0-9]+/u)
    .filter((w) => w !== "");
}

/** FNV-1a, 32 bits: a stable short tag for a headline with no Latin letters (no node:crypto here). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

export function defaultArticleId(meta: { publisher: string; datePublished: string; headline: string }, rules: ChromeRules = CHROME_RULES): string {
  const publisher = slugWords(meta.publisher).filter((w, i) => !(i === 0 && w === "the")).slice(0, 3);
  const headline = slugWords(meta.headline).filter((w) => !rules.slugStopWords.has(w)).slice(0, 5);
  const parts = [...(publisher.length > 0 ? [publisher.join("-")] : []), meta.datePublished, headline.length > 0 ? headline.join("-") : fnv1a(meta.headline)];
  return parts.join("-");
}

// The key under which two names count as the same name for matching: "the U.S." = "US",
// "Japan's export curbs" = "Japan export curb", "GSOMIA" = "Gsomia", "Gsomía" = "gsomia".
import { normalizeName } from "../graph/normalize-name.ts";

const LEADING_ARTICLES = new Set(["the", "a", "an"]);

/**
 * English plural to singular, by suffix, one word at a time. Deliberately crude and the same for
 * every occurrence of a word: compromise's toSingular depends on how it tags the whole phrase
 * ("chips" stays plural where it reads as a verb), which would make the key of one word differ
 * between two labels. Words under four letters, numbers, and endings that are usually singular
 * (-ss, -us, -is: "press", "virus", "crisis", "Paris") are left alone.
 */
function singular(word: string): string {
  if (word.length < 4 || /\d/u.test(word) || /(?:ss|us|is)$/u.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z|ss)es$/u.test(word)) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

export function nameKey(name: string): string {
  // Possessive 's and full stops go before punctuation turns into spaces: "Japan's" is "Japan",
  // "U.S." is "US" (not "u s").
  const words = normalizeName(name.replace(/['’]s\b/gu, "").replace(/[.'’]/gu, ""))
    .split(" ")
    .filter((w) => w !== "");
  while (words.length > 1 && LEADING_ARTICLES.has(words[0] as string)) words.shift();
  return words.map(singular).join(" ");
}

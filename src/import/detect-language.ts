// The language of a text from its commonest short words, for pages that do not declare it.
// Deliberately crude: it only has to tell a handful of European languages apart and otherwise
// admit it does not know (the caller then asks for --language).
import { CHROME_RULES, type ChromeRules } from "./chrome-rules.ts";

export function detectLanguage(text: string, rules: ChromeRules = CHROME_RULES): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return undefined;
  let best: { lang: string; share: number } | undefined;
  let second = 0;
  for (const [lang, functionWords] of rules.languages.functionWords) {
    const share = words.filter((w) => functionWords.has(w)).length / words.length;
    if (!best || share > best.share) {
      second = best?.share ?? 0;
      best = { lang, share };
    } else if (share > second) second = share;
  }
  // Close calls (Spanish and Portuguese share many short words) are not guessed.
  if (!best || best.share < rules.languages.minShare || best.share - second < best.share * 0.25) return undefined;
  return best.lang;
}

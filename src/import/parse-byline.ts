// Bylines: "By Jane Doe and John Roe", "BY CHUN IN-SUNG [reporter@example.com]", "Jane Doe | Staff
// Writer". A line counts as a byline only when everything after the prefix is names, so "By 2042, the
// cluster will…" and "By Friday, Seoul must…" stay in the story.
import { CHROME_RULES, type ChromeRules } from "./chrome-rules.ts";
import { parseDateline } from "./parse-page-date.ts";

// Lower-case particles that sit inside names (Ursula von der Leyen, Mohammed bin Salman).
const PARTICLES = new Set(["de", "da", "del", "della", "der", "den", "di", "van", "von", "bin", "binti", "al", "el", "la", "le", "du", "dos", "das", "ter", "ten", "y", "e"]);
const NAME_WORD = /^(?:\p{Lu}\.|(?:\p{Lu}[\p{L}\p{M}'’.]*)(?:-[\p{L}\p{M}'’.]+)*)$/u;

function isName(name: string, rules: ChromeRules): boolean {
  const words = name.split(/\s+/u);
  if (words.length === 0 || words.length > rules.byline.maxNameWords) return false;
  if (!words.some((w) => NAME_WORD.test(w))) return false;
  if (words.length === 1 && (rules.dateline.months.has(name.toLowerCase().replace(/\.$/, "")) || rules.dateline.weekdays.has(name.toLowerCase()))) return false;
  return words.every((w) => NAME_WORD.test(w) || PARTICLES.has(w));
}

/**
 * The names a byline line gives, spelled as written; undefined when the line is not a byline.
 * `requirePrefix: false` is for text already known to be a byline (an element with class "byline",
 * a `<meta name="author">`), which may be just "Jane Doe".
 */
export function parseByline(line: string, options: { requirePrefix: boolean }, rules: ChromeRules = CHROME_RULES): string[] | undefined {
  let rest = line.trim();
  if (rest === "" || rest.split(/\s+/u).length > rules.byline.maxWords) return undefined;
  const prefix = rules.byline.prefix.exec(rest);
  if (prefix) rest = rest.slice(prefix[0].length);
  else if (options.requirePrefix) return undefined;
  // A byline often shares its line with a date or a role: "Jane Doe | March 24, 2023".
  rest = rest
    .split(/\s+[|·•]\s+/u)
    .filter((segment) => !parseDateline(segment, rules))
    .join(" | ");
  for (let changed = true; changed; ) {
    changed = false;
    for (const trailing of rules.byline.trailing) {
      const next = rest.replace(trailing, "");
      if (next !== rest) {
        rest = next;
        changed = true;
      }
    }
  }
  const names = rest
    .split(rules.byline.separators)
    .map((n) => n.trim().replace(/[.,;:]+$/u, "").trim())
    .filter((n) => n !== "");
  if (names.length === 0 || !names.every((n) => isName(n, rules))) return undefined;
  return names;
}

function capitalise(word: string): string {
  const [first = "", ...rest] = [...word];
  return first.toUpperCase() + rest.join("").toLowerCase();
}

/**
 * A name in the case a person would write it. All-capitals names ("CHUN IN-SUNG") have lost their
 * case: a mixed-case spelling of the same name in `context` (the page) wins; otherwise each word is
 * title-cased, with the part after a hyphen cased as the lexicon says.
 */
export function nameCase(name: string, context: string, rules: ChromeRules = CHROME_RULES): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}/u.test(name)) return name;
  const pattern = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/gu, "\\s+")}(?![\\p{L}])`, "giu");
  for (const m of context.matchAll(pattern)) if (/\p{Ll}/u.test(m[0])) return m[0].replace(/\s+/gu, " ");
  return name
    .split(/\s+/u)
    .map((word) =>
      word
        .split("-")
        .map((part, i) => (i > 0 && rules.byline.afterHyphen === "lower" ? part.toLowerCase() : capitalise(part)))
        .join("-")
        // O'Brien, D'Souza: the letter after an apostrophe starts a name part too.
        .replace(/(['’])(\p{Ll})/gu, (_m, mark: string, letter: string) => mark + letter.toUpperCase()),
    )
    .join(" ");
}

// Numbers as news writes them — "10,000", "1.5 billion", "$5bn", "three", "twenty-five", "a dozen",
// "half a million" — as a regular-expression source for the figure detector and a parser for the
// value. Words come from data/lexicons/figure-numbers.json. compromise parses numbers too, but it
// runs on whole sentences (too slow for the draft's budget) and joins neighbouring numbers
// ("$1.5 billion and 5 percent" came back as 1500000005), so this small grammar is our own.
import numbers from "../../data/lexicons/figure-numbers.json" with { type: "json" };
import { alternation, escapeRegex, S } from "./date-grammar.ts";

const UNITS: Record<string, number> = numbers.units;
const TENS: Record<string, number> = numbers.tens;
const SCALES: Record<string, number> = numbers.scales;
const ATTACHED: Record<string, number> = numbers.attachedScales;
const ARTICLES: Record<string, number> = numbers.articles;
export const ORDINALS: Record<string, number> = numbers.ordinals;

const ci = (w: string) => {
  const head = w[0] ?? "";
  return `[${head.toUpperCase()}${head.toLowerCase()}]${escapeRegex(w.slice(1)).replace(/ /g, S)}(?![\\p{L}\\p{N}])`;
};

const DIGITS = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
const UNIT_WORD = alternation(Object.keys(UNITS), ci);
const TENS_WORD = `${alternation(Object.keys(TENS), (w) => `[${(w[0] ?? "").toUpperCase()}${w[0] ?? ""}]${w.slice(1)}`)}(?:-${alternation(Object.keys(UNITS).filter((u) => (UNITS[u] ?? 0) > 0 && (UNITS[u] ?? 0) < 10), (w) => w)})?(?![\\p{L}\\p{N}])`;
const SCALE_WORD = alternation(Object.keys(SCALES), ci);
const ATTACHED_SCALE = `(?:${alternation(Object.keys(ATTACHED), escapeRegex)}(?![\\p{L}\\p{N}]))`;
const ARTICLE = alternation(Object.keys(ARTICLES), ci);
const DOZEN = alternation(Object.keys(numbers.dozen), ci);

/**
 * A stated quantity: digits with an optional scale ("1.5 billion", "$5bn"), a number word with
 * optional scale ("three", "two million"), or an article with a scale or "dozen" ("a million",
 * "half a billion", "a dozen"). Non-capturing.
 */
export const QUANTITY =
  // "a $1.5-billion deal" (hyphenated scale, Canadian and older US style) is the same amount.
  `(?:${DIGITS}(?:${ATTACHED_SCALE}|(?:(?:${S}|-)${SCALE_WORD})(?:${S}${SCALE_WORD})*)?` +
  `|(?:${TENS_WORD}|${UNIT_WORD})(?:${S}${SCALE_WORD})*` +
  `|${ARTICLE}${S}(?:${SCALE_WORD}(?:${S}${SCALE_WORD})*|${DOZEN}))`;

const WORD_VALUES = new Map<string, number>([
  ...Object.entries(UNITS),
  ...Object.entries(TENS),
  ...Object.entries(SCALES),
  ...Object.entries(ARTICLES),
  ...Object.entries(numbers.dozen),
]);

/** The value of a QUANTITY match ("1.5 billion" → 1_500_000_000; "twenty-five" → 25). */
export function parseQuantity(text: string): number | undefined {
  const spaced = text.replace(/[ \u00a0]+/g, " ").trim();
  const attached = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([A-Za-z]+)$/.exec(spaced);
  if (attached && ATTACHED[attached[2] ?? ""] !== undefined) {
    return exact(Number((attached[1] ?? "").replace(/,/g, "")) * (ATTACHED[attached[2] ?? ""] ?? 1));
  }
  const squashed = spaced.replace(/(\d)-(?=\p{L})/u, "$1 ").toLowerCase();
  const digits = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(.*)$/.exec(squashed);
  let value: number;
  let rest: string[];
  if (digits) {
    value = Number((digits[1] ?? "").replace(/,/g, ""));
    const tail = digits[2] ?? "";
    rest = tail ? tail.split(" ") : [];
  } else {
    const words = squashed.startsWith("half a ") ? ["half a", ...squashed.slice(7).split(" ")] : squashed.split(" ");
    const first = words.shift() ?? "";
    const [tens, unit] = first.split("-");
    if (unit !== undefined) value = (TENS[tens ?? ""] ?? NaN) + (UNITS[unit] ?? NaN);
    else value = WORD_VALUES.get(first) ?? NaN;
    rest = words;
  }
  for (const word of rest) {
    const scale = SCALES[word] ?? (numbers.dozen as Record<string, number>)[word];
    if (scale === undefined) return undefined;
    value *= scale;
  }
  return Number.isFinite(value) ? exact(value) : undefined;
}

/** 1.1 × 10⁹ is 1100000000.0000002 in floating point; the article meant the round number. */
function exact(value: number): number {
  if (Math.abs(value) >= 1000) return Math.round(value);
  return Math.round(value * 1e6) / 1e6;
}

/** "3rd", "third", "10th" → 3, 3, 10. */
export function parseOrdinal(text: string): number | undefined {
  const lower = text.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(lower);
  if (digits) return Number(digits[1]);
  return ORDINALS[lower];
}

export const ORDINAL = `(?:\\d{1,3}(?:st|nd|rd|th)|${alternation(Object.keys(ORDINALS), ci)})`;

// The page-chrome lexicon (data/lexicons/page-chrome.json) compiled once into regular expressions.
// Browser-safe: no `node:` imports anywhere in src/import (the explorer may import pages too).
import lexicon from "../../data/lexicons/page-chrome.json" with { type: "json" };

export interface LineRule {
  name: string;
  pattern: RegExp;
  maxWords: number;
}

export interface ChromeRules {
  maxChromeWords: number;
  lineRules: LineRule[];
  toolWords: Set<string>;
  breadcrumb: { separators: string[]; weakSeparators: string[]; rootWords: Set<string>; maxSegmentWords: number; maxSegments: number };
  byline: { prefix: RegExp; trailing: RegExp[]; separators: RegExp; maxNameWords: number; maxWords: number; afterHyphen: "lower" | "upper" };
  dateline: { published: string[]; updated: string[]; months: Map<string, number>; weekdays: Set<string>; maxWords: number };
  copyright: { pattern: RegExp; drop: RegExp };
  captionCredit: RegExp;
  prose: { minWords: number; minWordsUnended: number; end: RegExp };
  html: { removeSelectors: string[]; removeClassOrId: RegExp; captionClass: RegExp; bylineClass: RegExp };
  languages: { minShare: number; functionWords: Map<string, Set<string>> };
  slugStopWords: Set<string>;
}

function compile(source: string, flags = "iu"): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    // The lexicon is data a person edits: say which pattern is broken rather than failing obscurely.
    throw new Error(`data/lexicons/page-chrome.json: bad pattern ${JSON.stringify(source)}: ${(error as Error).message}`);
  }
}

function lower(words: string[]): Set<string> {
  return new Set(words.map((w) => w.toLowerCase()));
}

export const CHROME_RULES: ChromeRules = {
  maxChromeWords: lexicon.maxChromeWords,
  lineRules: lexicon.lineRules.map((rule) => ({
    name: rule.name,
    pattern: compile(rule.pattern, "flags" in rule && typeof rule.flags === "string" ? rule.flags : "iu"),
    maxWords: rule.maxWords,
  })),
  toolWords: lower(lexicon.toolWords),
  breadcrumb: {
    separators: lexicon.breadcrumb.separators,
    weakSeparators: lexicon.breadcrumb.weakSeparators,
    rootWords: lower(lexicon.breadcrumb.rootWords),
    maxSegmentWords: lexicon.breadcrumb.maxSegmentWords,
    maxSegments: lexicon.breadcrumb.maxSegments,
  },
  byline: {
    prefix: compile(lexicon.byline.prefix),
    trailing: lexicon.byline.trailing.map((p) => compile(p)),
    separators: compile(lexicon.byline.separators.join("|")),
    maxNameWords: lexicon.byline.maxNameWords,
    maxWords: lexicon.byline.maxWords,
    afterHyphen: lexicon.byline.afterHyphen === "upper" ? "upper" : "lower",
  },
  dateline: {
    published: lexicon.dateline.published,
    updated: lexicon.dateline.updated,
    months: new Map(Object.entries(lexicon.dateline.months)),
    weekdays: lower(lexicon.dateline.weekdays),
    maxWords: lexicon.dateline.maxWords,
  },
  copyright: { pattern: compile(lexicon.copyright.pattern), drop: compile(lexicon.copyright.drop) },
  // Case matters here: "[YONHAP]" and "(AP Photo)" are credits because of their capitals.
  captionCredit: compile(lexicon.captionCredit, "u"),
  prose: { minWords: lexicon.prose.minWords, minWordsUnended: lexicon.prose.minWordsUnended, end: compile(lexicon.prose.end, "u") },
  html: {
    removeSelectors: lexicon.html.removeSelectors,
    removeClassOrId: compile(lexicon.html.removeClassOrId),
    captionClass: compile(lexicon.html.captionClass),
    bylineClass: compile(lexicon.html.bylineClass),
  },
  languages: {
    minShare: lexicon.languages.minShare,
    functionWords: new Map(Object.entries(lexicon.languages.functionWords).map(([lang, words]) => [lang, lower(words)])),
  },
  slugStopWords: lower(lexicon.slugStopWords),
};

/** Words as a reader counts them: runs of non-space characters. */
export function wordCount(line: string): number {
  const words = line.trim().split(/\s+/u);
  return words[0] === "" ? 0 : words.length;
}

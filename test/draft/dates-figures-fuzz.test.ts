// Properties that must hold on any text, checked on random sequences of the words dates and
// figures are made of: no throw, verbatim spans, sorted and non-overlapping mentions, values the
// validator accepts, units and comparators from the vocabulary, evidence inside one sentence.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectDates } from "../../src/draft/detect-dates.ts";
import { detectFigures } from "../../src/draft/detect-figures.ts";
import { segmentText } from "../../src/draft/segment-text.ts";
import { FIGURE_COMPARATORS, FIGURE_UNITS } from "../../src/model/vocabulary.ts";
import { parseDate } from "../../src/validate/parse-date.ts";

const TOKENS = [
  "in", "late", "early", "mid-", "2018", "2042", "1999", "2150", "March", "May", "Oct.", "16", "30,", ",", "Friday", "last", "next",
  "this", "year", "month", "week", "ago", "two", "three", "$", "US$", "₩", "W", "1.5", "300", "billion", "trillion", "million", "won",
  "yen", "more", "than", "nearly", "about", "at", "least", "people", "industrial", "complexes", "percent", "%", "(", ")", "the",
  "third-largest", "second", "highest", "by", "since", "until", "—", "\u00a0", ".", "\n", "each", "a", "of", "10,000", "-", "No.",
  "COVID-19", "G7", "World", "War", "II", "during", "Q1", "the first half of", "2019-20", "1990s", "'s", "minus", "plus or minus",
];
const textArb = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 40 }).map((words) => words.join(" "));
const dayArb = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe("dates and figures on random word sequences", () => {
  it("hold their contract", () => {
    fc.assert(
      fc.property(textArb, dayArb, (text, datePublished) => {
        const ctx = { text, sentences: segmentText(text), datePublished, corpus: [] };
        let end = 0;
        for (const d of detectDates(ctx)) {
          expect(text.slice(d.start, d.end)).toBe(d.text);
          expect(d.start).toBeGreaterThanOrEqual(end);
          end = d.end;
          expect(typeof parseDate(d)).toBe("object");
          expect(d.confidence > 0 && d.confidence <= 1).toBe(true);
        }
        end = 0;
        for (const f of detectFigures(ctx)) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeGreaterThanOrEqual(end);
          end = f.end;
          expect(FIGURE_UNITS).toContain(f.unit);
          if (f.comparator) expect(FIGURE_COMPARATORS).toContain(f.comparator);
          expect(Number.isFinite(f.value)).toBe(true);
          expect(f.measure.trim().length).toBeGreaterThan(0);
          expect(f.evidence.start <= f.start && f.end <= f.evidence.end).toBe(true);
          expect(ctx.sentences.some((s) => s.start <= f.evidence.start && f.evidence.end <= s.end)).toBe(true);
          if (f.converted) expect(text.slice(f.converted.start, f.converted.end)).toBe(f.converted.text);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

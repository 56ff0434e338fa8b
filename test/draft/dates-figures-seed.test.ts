// The date and figure stages against the seed's hand annotation. Matching rule (ours, written down
// so that the figures below mean something):
// - a drafted date matches a gold `date:` when one text contains the other (spaces squashed, case
//   kept) and value and qualifier are equal; recall counts distinct gold dates (text, value,
//   qualifier), precision counts drafted mentions;
// - a drafted figure matches a gold `figures:` entry when one text contains the other and value and
//   unit are equal; comparator, per and the stated conversion are then scored field by field.
// The floors sit below what the rules reach today so that a regression fails; the report line
// prints the real numbers. Speed is printed, never asserted (shared machine).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { detectDates } from "../../src/draft/detect-dates.ts";
import { detectFigures } from "../../src/draft/detect-figures.ts";
import { segmentText } from "../../src/draft/segment-text.ts";
import type { DateMention, DraftContext, FigureMention } from "../../src/draft/types.ts";
import { parseDate } from "../../src/validate/parse-date.ts";
import { SEED_DIR } from "../helpers/seed.ts";

interface GoldDate {
  text: string;
  value?: string;
  qualifier?: string;
}
interface GoldFigure {
  measure: string;
  text: string;
  value: number;
  unit: string;
  comparator?: string;
  per?: string;
  converted?: { text: string; value: number; unit: string };
}

const text = readFileSync(`${SEED_DIR}/article.txt`, "utf8");
const meta = parse(readFileSync(`${SEED_DIR}/article.yaml`, "utf8")) as { datePublished: string };
const annotation = parse(readFileSync(`${SEED_DIR}/annotation.yaml`, "utf8")) as {
  entities: Array<{ date?: GoldDate; figures?: GoldFigure[] }>;
};
const ctx: DraftContext = { text, sentences: segmentText(text), datePublished: meta.datePublished, corpus: [] };

const squash = (s: string) => s.replace(/[ \u00a0]+/g, " ").trim();
const overlaps = (a: string, b: string) => squash(a).includes(squash(b)) || squash(b).includes(squash(a));
const key = (d: GoldDate) => `${d.text}|${d.value ?? ""}|${d.qualifier ?? ""}`;

const goldDates = [...new Map(annotation.entities.flatMap((e) => (e.date ? [[key(e.date), e.date] as const] : []))).values()];
const goldFigures = annotation.entities.flatMap((e) => e.figures ?? []);

const dateMatches = (d: DateMention, g: GoldDate) => overlaps(d.text, g.text) && d.value === g.value && d.qualifier === g.qualifier;
const figureMatches = (f: FigureMention, g: GoldFigure) => overlaps(f.text, g.text) && f.value === g.value && f.unit === g.unit;

const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
function jaccard(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  const both = [...x].filter((w) => y.has(w)).length;
  return x.size + y.size === both ? 1 : both / (x.size + y.size - both);
}

describe("dates on the seed", () => {
  const drafted = detectDates(ctx);

  it("recovers the gold dates with value and qualifier", () => {
    const found = goldDates.filter((g) => drafted.some((d) => dateMatches(d, g)));
    const correct = drafted.filter((d) => goldDates.some((g) => dateMatches(d, g)));
    const recall = found.length / goldDates.length;
    const precision = correct.length / drafted.length;
    console.info(
      `seed dates: recall ${found.length}/${goldDates.length} = ${recall.toFixed(2)}, precision ${correct.length}/${drafted.length} = ${precision.toFixed(2)}; missed: ${JSON.stringify(goldDates.filter((g) => !found.includes(g)).map((g) => g.text))}`,
    );
    expect(goldDates.length).toBeGreaterThanOrEqual(9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(precision).toBeGreaterThanOrEqual(0.85);
  });

  it("every drafted value passes the validator and its text is verbatim", () => {
    for (const d of drafted) {
      expect(typeof parseDate(d), d.text).toBe("object");
      expect(text.slice(d.start, d.end)).toBe(d.text);
    }
  });
});

describe("figures on the seed", () => {
  const drafted = detectFigures(ctx);

  it("recovers the gold figures: value, unit, comparator, per, conversion", () => {
    const pairs = goldFigures.flatMap((g) => {
      const f = drafted.find((d) => figureMatches(d, g));
      return f ? [[f, g] as const] : [];
    });
    const recall = pairs.length / goldFigures.length;
    const precision = drafted.filter((f) => goldFigures.some((g) => figureMatches(f, g))).length / drafted.length;
    const fieldsRight = pairs.filter(
      ([f, g]) =>
        (f.comparator ?? "exactly") === (g.comparator ?? "exactly") &&
        f.per === g.per &&
        f.converted?.value === g.converted?.value &&
        f.converted?.unit === g.converted?.unit,
    ).length;
    const measure = pairs.reduce((sum, [f, g]) => sum + jaccard(f.measure, g.measure), 0) / Math.max(1, pairs.length);
    console.info(
      `seed figures: recall ${pairs.length}/${goldFigures.length} = ${recall.toFixed(2)}, precision ${precision.toFixed(2)} of ${drafted.length}, ` +
        `comparator+per+conversion right on ${fieldsRight}/${pairs.length}, measure word overlap (Jaccard) ${measure.toFixed(2)}`,
    );
    expect(goldFigures.length).toBeGreaterThanOrEqual(8);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(fieldsRight / pairs.length).toBeGreaterThanOrEqual(0.8);
  });

  it("every evidence span lies in one sentence and holds the figure", () => {
    for (const f of drafted) {
      const sentence = ctx.sentences.find((s) => s.start <= f.evidence.start && f.evidence.end <= s.end);
      expect(sentence, f.text).toBeDefined();
      expect(f.evidence.start).toBeLessThanOrEqual(f.start);
      expect(f.evidence.end).toBeGreaterThanOrEqual(f.end);
      expect(text.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it("reports the time both stages take on a 1,000-word article (printed, not asserted)", () => {
    let long = text;
    while (long.split(/\s+/).length < 1000) long += `\n\n${text}`;
    const article: DraftContext = { ...ctx, text: long, sentences: segmentText(long) };
    for (let i = 0; i < 5; i++) detectFigures({ ...article });
    const runs: number[] = [];
    for (let i = 0; i < 20; i++) {
      // A fresh context per run, as the drafter makes one per article: the stages share dates within it only.
      const fresh = { ...article };
      const t = performance.now();
      detectDates(fresh);
      detectFigures(fresh);
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    console.info(
      `dates+figures on ${long.split(/\s+/).length} words: median ${runs[10]!.toFixed(1)} ms, max ${runs[19]!.toFixed(1)} ms (20 runs after warm-up)`,
    );
    expect(JSON.stringify(detectFigures(article))).toBe(JSON.stringify(detectFigures(article)));
  });
});

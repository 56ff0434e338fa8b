import { describe, expect, it } from "vitest";
import { detectFigures } from "../../src/draft/detect-figures.ts";
import { parseQuantity } from "../../src/draft/figure-numbers.ts";
import { segmentText } from "../../src/draft/segment-text.ts";
import type { DraftContext, FigureMention } from "../../src/draft/types.ts";
import { FIGURE_COMPARATORS, FIGURE_UNITS } from "../../src/model/vocabulary.ts";
import lexicon from "../../data/lexicons/figures.json" with { type: "json" };

const ctx = (text: string): DraftContext => ({ text, sentences: segmentText(text), datePublished: "2023-03-24", corpus: [] });
const figures = (text: string) => detectFigures(ctx(text));
/** value, unit, comparator, per, converted — the fields the eval scores. */
const core = (f: FigureMention) => ({
  text: f.text,
  value: f.value,
  unit: f.unit,
  ...(f.comparator ? { comparator: f.comparator } : {}),
  ...(f.per ? { per: f.per } : {}),
  ...(f.converted ? { converted: { text: f.converted.text, value: f.converted.value, unit: f.converted.unit } } : {}),
});
const one = (text: string) => {
  const found = figures(text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe("parseQuantity", () => {
  const table: Array<[string, number]> = [
    ["10,000", 10_000],
    ["1.5 billion", 1_500_000_000],
    ["300 trillion", 300e12],
    ["1.1 billion", 1_100_000_000],
    ["5bn", 5e9],
    ["2.5m", 2_500_000],
    ["three", 3],
    ["Twenty-five", 25],
    ["two million", 2e6],
    ["a million", 1e6],
    ["half a million", 500_000],
    ["a dozen", 12],
    ["0.25", 0.25],
    ["5 hundred thousand", 500_000],
  ];
  for (const [text, value] of table) it(`${text} → ${value}`, () => expect(parseQuantity(text)).toBe(value));
});

describe("detectFigures: money", () => {
  it("the seed's form: comparator, currency word, stated conversion, measure after 'in'", () => {
    const f = one("The cluster will draw more than 300 trillion won ($230 billion) in investment for construction.");
    expect(core(f)).toEqual({
      text: "more than 300 trillion won",
      value: 300e12,
      unit: "KRW",
      comparator: "moreThan",
      converted: { text: "$230 billion", value: 230e9, unit: "USD" },
    });
    expect(f.measure).toBe("investment for construction");
  });

  it("symbols, codes and words map to ISO codes", () => {
    const cases: Array<[string, number, string]> = [
      ["Samsung will invest $1.5 billion in a new plant.", 1.5e9, "USD"],
      ["Sony paid US$5 million to settle.", 5e6, "USD"],
      ["The EU fined Google €40 million.", 40e6, "EUR"],
      ["Britain set aside £2bn for the scheme.", 2e9, "GBP"],
      ["Toyota earned 1.2 trillion yen last year.", 1.2e12, "JPY"],
      ["The budget is W300 trillion.", 300e12, "KRW"],
      ["The fund holds ₩5 trillion in bonds.", 5e12, "KRW"],
      ["Beijing will spend 10 billion yuan on chips.", 10e9, "CNY"],
      ["The bank lent KRW 2 trillion to exporters.", 2e12, "KRW"],
      ["Tata will invest Rs 500 crore in the plant.", 500e7, "INR"],
      ["The deal is worth HK$3 billion.", 3e9, "HKD"],
      ["Exports reached 12 billion U.S. dollars.", 12e9, "USD"],
    ];
    for (const [text, value, unit] of cases) {
      const f = one(text);
      expect([f.value, f.unit], text).toEqual([value, unit]);
      expect(FIGURE_UNITS).toContain(f.unit);
    }
  });

  it("names what the money is from a verb, a link or a change verb", () => {
    expect(one("Samsung will invest $1.5 billion in a new plant in Texas.").measure).toBe("investment in new plant in Texas");
    expect(one("The EU fined Google €40 million.").measure).toBe("fine");
    expect(one("Officials said a budget of $5 billion was approved.").measure).toBe("budget");
    expect(one("The deal is valued at $2.3 billion.").measure).toBe("deal");
    expect(one("Revenue totaled 5.2 trillion won ($4 billion).").measure).toBe("Revenue");
    expect(one("Seoul pledged $2 billion worth of chips.").measure).toBe("chips");
  });

  it("a conversion after ', or' and with 'about' inside the brackets", () => {
    expect(core(one("Toyota posted a net profit of 1.2 trillion yen, or about $9 billion, for the quarter."))).toMatchObject({
      value: 1.2e12,
      unit: "JPY",
      converted: { text: "$9 billion", value: 9e9, unit: "USD" },
    });
    expect(one("It raised 1.3 trillion won (about US$1 billion) in a share sale.").converted).toMatchObject({ value: 1e9, unit: "USD" });
  });

  it("rates: a year, annually, per month", () => {
    expect(one("Korea will spend $5 billion a year on defense.").per).toBe("year");
    expect(one("The plan needs 2 trillion won annually.").per).toBe("year");
    expect(one("Rents rose to 1 million won per month.").per).toBe("month");
    expect(one("Exports rose to $5 billion a year earlier.").per).toBeUndefined();
    expect(one("The plan calls for annual investment of $5 billion.").per).toBe("year");
    expect(one("Annual exports fell 7.4 percent.").per).toBeUndefined();
    expect(one("The annual meeting drew 300 people.").per).toBeUndefined();
    expect(core(one("It is a 300 trillion-won project."))).toMatchObject({ value: 300e12, unit: "KRW" });
  });
});

describe("detectFigures: written forms", () => {
  it("hyphenated and capital scales, negative figures, verbs that bound an amount", () => {
    expect(core(one("Ottawa announced a $1.5-billion fund for farmers."))).toMatchObject({ value: 1.5e9, unit: "USD" });
    expect(core(one("The startup raised $5B from investors."))).toMatchObject({ value: 5e9, unit: "USD" });
    expect(core(one("The central bank kept rates at minus 0.1%."))).toMatchObject({ text: "minus 0.1%", value: -0.1, unit: "percent" });
    expect(core(one("Interest payments will top $870 billion."))).toMatchObject({ value: 870e9, comparator: "moreThan" });
    expect(one("Interest payments will top $870 billion.").measure).toBe("interest payments");
    expect(one("The deficit would reach $1.6 trillion.").measure).toBe("deficit");
  });
});

describe("detectFigures: percentages", () => {
  it("percent, %, percentage points and basis points", () => {
    expect(core(one("Exports fell 5.3 percent in February."))).toEqual({ text: "5.3 percent", value: 5.3, unit: "percent" });
    expect(one("Exports fell 5.3 percent in February.").measure).toBe("fall in exports");
    expect(core(one("The unemployment rate was 3.5% in February."))).toEqual({ text: "3.5%", value: 3.5, unit: "percent" });
    expect(one("The unemployment rate was 3.5% in February.").measure).toBe("unemployment rate");
    expect(one("Inflation rose 0.3 percentage points.").value).toBe(0.3);
    const bp = one("The central bank raised rates by 25 basis points.");
    expect([bp.value, bp.unit, bp.measure]).toEqual([0.25, "percent", "rise in rates"]);
    expect(one("He won 52 percent of the vote.").measure).toBe("share of vote");
    expect(one("The company holds a 5 percent stake in Hyundai.").measure).toBe("stake in Hyundai");
    expect(core(one("Growth of nearly 2 per cent is expected."))).toMatchObject({ value: 2, unit: "percent", comparator: "lessThan" });
  });
});

describe("detectFigures: counts", () => {
  it("digits, spelled numbers and scales, with the noun they count", () => {
    const text =
      "Choo said the government will construct 15 industrial complexes, aiming to exchange 10,000 young people " +
      "and 10 million people each year, after Tokyo curbed exports on three key products.";
    expect(figures(text).map((f) => [f.text, f.value, f.unit, f.measure, f.per ?? null])).toEqual([
      ["15", 15, "count", "industrial complexes", null],
      ["10,000", 10_000, "count", "young people", "year"],
      ["10 million", 10e6, "count", "people", "year"],
      ["three", 3, "count", "key products", null],
    ]);
  });

  it("comparators before and after the number (nearly/almost → lessThan, documented)", () => {
    const cases: Array<[string, string, number]> = [
      ["More than 30 cooperation channels will open.", "moreThan", 30],
      ["Over 1,000 workers went on strike.", "moreThan", 1000],
      ["At least 15 people were killed.", "atLeast", 15],
      ["Up to 30 flights were canceled.", "atMost", 30],
      ["As many as 200 companies signed up.", "atMost", 200],
      ["Fewer than 100 students attended.", "lessThan", 100],
      ["Less than 5,000 tickets were sold.", "lessThan", 5000],
      ["Nearly 2,000 police officers were deployed.", "lessThan", 2000],
      ["Almost 40 ships sailed.", "lessThan", 40],
      ["About 300 protesters gathered.", "about", 300],
      ["Around 50 lawmakers voted.", "about", 50],
      ["Some 300 North Korean defectors arrived.", "about", 300],
      ["Roughly 12,000 homes lost power.", "about", 12000],
      ["The firm hired 500 or more engineers.", "atLeast", 500],
      ["The firm hired 300-plus engineers.", "moreThan", 300],
    ];
    for (const [text, comparator, value] of cases) {
      const f = one(text);
      expect([f.comparator, f.value, f.unit], text).toEqual([comparator, value, "count"]);
      expect(FIGURE_COMPARATORS).toContain(f.comparator);
    }
  });

  it("a partitive count and a count whose noun is the previous count's", () => {
    const text = "Russian forces launched 40 missiles, killing at least 18 people and wounding more than 130. Ukraine shot down 35 of the missiles.";
    expect(figures(text).map((f) => [f.text, f.value, f.comparator ?? null, f.measure])).toEqual([
      ["40", 40, null, "missiles"],
      ["at least 18", 18, "atLeast", "people"],
      ["more than 130", 130, "moreThan", "people"],
      ["35", 35, null, "missiles"],
    ]);
    expect(figures("Two of them left and three of the five stayed.")).toEqual([]);
  });

  it("a margin is no figure", () => {
    expect(figures("The company expects revenue of $24 billion, plus or minus 2%.").map((f) => f.text)).toEqual(["$24 billion"]);
  });

  it("units without a FIGURE_UNITS code stay counts, with the unit in the measure, less sure", () => {
    const f = one("South Korea imported 10 million tons of rice.");
    expect([f.value, f.unit, f.measure]).toEqual([10e6, "count", "tons of rice"]);
    expect(f.confidence).toBeLessThan(0.7);
  });
});

describe("detectFigures: ranks", () => {
  it("ordinal superlatives, with and without a noun after", () => {
    const seed = one("Trade with Japan, the third-largest economy in the world, decreased.");
    expect([seed.text, seed.value, seed.unit, seed.measure]).toEqual(["third-largest", 3, "rank", "largest economy in the world"]);
    const apposition = one("The number of Japanese travelers to Korea \u00a0— the second highest\u00a0— dropped.");
    expect([apposition.text, apposition.value, apposition.unit]).toEqual(["the second highest", 2, "rank"]);
    expect(apposition.measure).toContain("Japanese travelers to Korea");
    expect(one("Korea is the world's fifth-largest exporter.").value).toBe(5);
    expect(one("India is the third most populous country.").value).toBe(3);
    // segmentText cuts after "No." (reported); the stage itself reads the rank across it.
    const noTwo = detectFigures({ text: "The company is the No. 2 chipmaker.", sentences: [], datePublished: "2023-03-24", corpus: [] });
    expect(noTwo.map((f) => [f.value, f.unit, f.measure])).toEqual([[2, "rank", "chipmaker"]]);
  });

  it("a scoped superlative is first; 'one of the world's largest' is not", () => {
    const f = one("China is Korea's largest trading partner.");
    expect([f.value, f.unit, f.measure]).toEqual([1, "rank", "largest trading partner"]);
    expect(f.confidence).toBeLessThan(0.7);
    expect(figures("It is one of the world's largest economies.")).toEqual([]);
  });
});

describe("detectFigures: what is not a figure", () => {
  const negatives = [
    "Relations tightened in 2019 and by 2042 the cluster will be complete.",
    "The summit on March 16 and the March 1 movement.",
    "The G7 summit, COVID-19 cases, F-35 jets and World War II.",
    "Article 9 of the constitution and Flight 214 and Boeing 737 jets.",
    "A 50-year-old man unveiled a 10-year plan after three years of talks.",
    "The meeting starts at 3 p.m.; Korea won 2-1; the vote was 24/7.",
    "Dozens of people, hundreds of protesters and tens of thousands of workers gathered.",
    "The two countries agreed. Three of them left. One of the biggest sites.",
    "Both sides met twice; the two leaders spoke.",
    "Kim Jong Un fired missiles in 2017, the 5G network and the 3rd division.",
  ];
  for (const text of negatives) it(text, () => expect(figures(text).map((f) => f.text)).toEqual([]));
});

describe("detectFigures: the contract", () => {
  const text =
    "SEOUL, March 24 (Yonhap) -- South Korea will invest more than 300 trillion won ($230 billion) in a chip cluster " +
    "by 2042, Finance Minister Choo Kyung-ho said Friday. Exports fell 5.3 percent in February, the fifth straight " +
    "month of decline. The country, the world's sixth-largest exporter, will also build 15 industrial complexes and " +
    "train 10,000 engineers each year.";

  it("verbatim text, evidence inside the sentence, sorted, no overlaps, vocabulary only", () => {
    const found = figures(text);
    expect(found.map((f) => f.text)).toEqual(["more than 300 trillion won", "5.3 percent", "sixth-largest", "15", "10,000"]);
    let previousEnd = 0;
    const sentences = segmentText(text);
    for (const f of found) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = f.end;
      expect(FIGURE_UNITS).toContain(f.unit);
      if (f.comparator) expect(FIGURE_COMPARATORS).toContain(f.comparator);
      expect(f.measure.length).toBeGreaterThan(0);
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(sentences.some((s) => s.start <= f.evidence.start && f.evidence.end <= s.end)).toBe(true);
      expect(f.evidence.start <= f.start && f.end <= f.evidence.end).toBe(true);
      if (f.converted) expect(text.slice(f.converted.start, f.converted.end)).toBe(f.converted.text);
    }
  });

  it("is deterministic", () => {
    expect(JSON.stringify(figures(text))).toBe(JSON.stringify(figures(text)));
  });

  it("every unit the lexicon names is a FIGURE_UNITS code", () => {
    const units = [
      ...Object.values(lexicon.currencySymbols),
      ...Object.values(lexicon.currencyWords),
      ...lexicon.currencyCodes.map((c) => (lexicon.codeAliases as Record<string, string>)[c] ?? c),
    ];
    for (const unit of units) expect(FIGURE_UNITS as readonly string[]).toContain(unit);
    for (const c of [...Object.values(lexicon.comparatorsBefore), ...Object.values(lexicon.comparatorsAfter)]) {
      expect(FIGURE_COMPARATORS as readonly string[]).toContain(c);
    }
  });
});

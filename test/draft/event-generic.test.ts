// Verbs the trigger lexicon does not list (src/draft/event-generic.ts): an event of their own when
// they act on something, never for names, adjectives, stopped verbs or as a purpose's end.
import { describe, expect, it } from "vitest";
import { detectDates } from "../../src/draft/detect-dates.ts";
import { detectFigures } from "../../src/draft/detect-figures.ts";
import { extractEvents } from "../../src/draft/extract-events.ts";
import { recognizeEntities } from "../../src/draft/recognize-entities.ts";
import { segmentText } from "../../src/draft/segment-text.ts";
import { run } from "./events-fixtures.ts";

const labels = (text: string): string[] => run(text).events.map((e) => e.label);

describe("events of verbs the lexicon does not list", () => {
  it("a verb with an object, active or passive, is an event labelled by its gerund", () => {
    expect(labels("Workers installed 484 new turbines last year.")).toContain("Installing 484 new turbines");
    expect(labels("Only 484 new turbines were installed last year.")).toContain("Installing 484 new turbines");
    expect(labels("Industry groups welcomed the decision.").some((l) => /^Welcoming/.test(l))).toBe(true);
  });

  it("its confidence is below a listed trigger's and its modality follows the cues", () => {
    const x = run("The government has pledged to generate 80% of its electricity from renewable sources by 2030.");
    const e = x.events.find((ev) => /^Generating/.test(ev.label));
    expect(e).toBeDefined();
    expect(e?.modality).not.toBe("happened");
    expect(e?.confidence).toBeLessThan(0.8);
  });

  it("a phrasal verb keeps its particle", () => {
    expect(labels("Officials will flesh out the details next week.").some((l) => /^Fleshing out/.test(l))).toBe(true);
  });

  it("no event for a title, an attributive participle, a gerund modifier or a stopped verb", () => {
    expect(labels("Finance Minister Choo Kyung-ho spoke on Friday.").some((l) => /financ/i.test(l))).toBe(false);
    expect(labels("Seoul removed Tokyo from its list of trusted trading partners.").some((l) => /trust/i.test(l))).toBe(false);
    expect(labels("As a result, borrowing costs rose sharply.").some((l) => /borrowing/i.test(l))).toBe(false);
    expect(labels("The region has two airports and includes three ports.").filter((l) => /^(Having|Including)/.test(l))).toHaveLength(0);
  });

  it("an unlisted verb is no end of a purpose link", () => {
    const x = run("The ministry opened an office in Osaka to celebrate the anniversary.");
    expect(x.events.some((e) => /^Celebrating/.test(e.label))).toBe(true);
    expect(x.relations.filter((r) => r.rel === "intendsToCause")).toHaveLength(0);
  });
});

describe("cue verbs stay cues", () => {
  it("'fuelling' and 'the result of' link cause and effect; no event is made of the cue itself", () => {
    const a = run("Officials said the floods were the result of unusually heavy rain.");
    expect(a.relations.some((r) => r.rel === "causes")).toBe(true);
    const b = run("The government blamed the shortage on panic buying.");
    expect(b.events.some((e) => /blam/i.test(e.label))).toBe(false);
    const c = run("The strike has disrupted shipments of grain, forcing farmers to store their crops.");
    expect(c.events.some((e) => /^Forcing/i.test(e.label))).toBe(false);
  });
});

describe("a quote inside a verb phrase", () => {
  it("'would \"remove the brakes\"' keeps the modal: the removal has not happened", () => {
    const x = run('Habeck said the law would "remove the brakes" on renewable energy.');
    const e = x.events.find((ev) => /removal/i.test(ev.label));
    expect(e).toBeDefined();
    expect(e?.modality).not.toBe("happened");
  });
});

describe("the dateline's date", () => {
  it("dates the story, not the event: 'MILAN, Oct 3 (AP) — … will cut jobs by the end of next year'", () => {
    const text = "MILAN, Oct 3 (AP) — Stellantis will cut about 1,200 jobs at its Mirafiori plant in Turin by the end of next year, the company said on Tuesday.";
    const ctx = { text, sentences: segmentText(text), datePublished: "2023-10-03", corpus: [] };
    const entities = recognizeEntities(ctx).entities;
    const { events } = extractEvents(ctx, entities, detectDates(ctx), detectFigures(ctx));
    const cut = events.find((e) => /cut/i.test(e.label));
    expect(cut?.date).toMatchObject({ value: "2024", qualifier: "by" });
  });
});

// Groups of people in news copy written for these tests (disasters, strikes, elections, courts):
// people counted vaguely or exactly are still a group ("Thousands of residents fled", "7,400
// dockworkers"), an "of" phrase says which people ("residents of Cianjur", "families of the
// victims"), and two describing words before the noun stay in the label ("civil liberties groups").
import { describe, expect, it } from "vitest";
import { recognizeEntities } from "../../src/draft/recognize-entities.ts";
import { segmentText } from "../../src/draft/segment-text.ts";

const groups = (text: string) =>
  recognizeEntities({ text, sentences: segmentText(text), datePublished: "2026-11-20", corpus: [] })
    .entities.filter((e) => e.kind === "Group")
    .map((e) => e.label);

describe("people that are counted are still a group", () => {
  it.each([
    ["Thousands of residents fled their homes as the fire approached.", "Residents"],
    ["Hundreds of firefighters battled the blaze overnight.", "Firefighters"],
    ["The strike by 7,400 dockworkers has halted shipments at the port.", "Dockworkers"],
    ["Police detained 23 protesters outside parliament.", "Protesters"],
  ])("%s", (text, label) => {
    expect(groups(text)).toContain(label);
  });

  it("but not a bare count of people, nor a count of things", () => {
    expect(groups("The quake killed 12 people and destroyed 300 homes.")).toEqual([]);
  });
});

describe("an 'of' phrase says which people", () => {
  it.each([
    ["Families of the victims gathered outside the court on Monday.", "Families of the victims"],
    ["Many residents of Cianjur slept outside for fear of aftershocks.", "Residents of Cianjur"],
    ["Supporters of Geert Wilders cheered as the results came in.", "Supporters of Geert Wilders"],
  ])("%s", (text, label) => {
    expect(groups(text)).toContain(label);
  });
});

describe("two describing words before the noun", () => {
  it.each([
    ["Civil liberties groups filed briefs supporting the challengers.", "Civil liberties groups"],
    ["The tech industry groups that brought the suit argue the law is unconstitutional.", "Tech industry groups"],
  ])("%s", (text, label) => {
    expect(groups(text)).toContain(label);
  });
});

import { describe, expect, it } from "vitest";
import { namesOverlap, placeLabels, placeRelationNames, shortenedLabels, type Box, type LabelCandidate, type NameBox } from "../../viz/src/label-placement.ts";

/** A candidate whose label box is 7 px per character, 14 px high, to the right of its centre (right side only). */
function candidate(node: string, x: number, y: number, label: string, shorter?: string[]): LabelCandidate {
  const box = (side: string, text = label): Box | null => (side === "right" ? { minX: 10, maxX: 10 + 7 * text.length, minY: -7, maxY: 7 } : null);
  return { node, x, y, mayCoverNodes: true, shorter, box };
}

describe("label shortening", () => {
  it("cuts at word ends, longest first, without trailing punctuation", () => {
    expect(shortenedLabels("Seoul's plan, to compensate victims")).toEqual(["Seoul's plan, to compensate…", "Seoul's plan, to…", "Seoul's plan…", "Seoul's…"]);
    expect(shortenedLabels("GSOMIA")).toEqual([]);
  });

  it("places a shortened label only where the whole one fits nowhere, and says which text", () => {
    const label = "Japan's 2019 export curbs on three chip materials";
    const texts = new Map<string, string>();
    const wide = placeLabels([candidate("a", 20, 50, label, shortenedLabels(label))], { width: 600, height: 100, gap: 3, limit: 5, texts });
    expect(wide.get("a")).toBe("right");
    expect(texts.size).toBe(0);
    const narrow = placeLabels([candidate("a", 20, 50, label, shortenedLabels(label))], { width: 200, height: 100, gap: 3, limit: 5, texts });
    expect(narrow.get("a")).toBe("right");
    const text = texts.get("a") ?? "";
    expect(label.startsWith(text.slice(0, -1))).toBe(true);
    expect(20 + 10 + 7 * text.length).toBeLessThanOrEqual(200 - 3);
    // The longest that fits: one more word would not.
    const longer = shortenedLabels(label)[shortenedLabels(label).indexOf(text) - 1] ?? label;
    expect(20 + 10 + 7 * longer.length).toBeGreaterThan(200 - 3);
    expect(placeLabels([candidate("a", 20, 50, label)], { width: 200, height: 100, gap: 3, limit: 5 }).size).toBe(0);
  });
});

describe("relation names", () => {
  const name = (cx: number, cy: number, angle: number, hw = 20, hh = 6): NameBox => ({ cx, cy, ux: Math.cos(angle), uy: Math.sin(angle), hw, hh });

  it("overlap by their rotated boxes, not their bounding boxes", () => {
    expect(namesOverlap(name(0, 0, 0), name(10, 2, 0), 0)).toBe(true);
    expect(namesOverlap(name(0, 0, 0), name(0, 20, 0), 0)).toBe(false);
    // Two parallel diagonal names side by side: their bounding boxes overlap, the names do not.
    const d = Math.PI / 4;
    expect(namesOverlap(name(0, 0, d), name(12, -12, d), 0)).toBe(false);
    expect(namesOverlap(name(0, 0, d), name(0, 0, -d), 0)).toBe(true);
  });

  it("give way to earlier names and node labels; the first may be kept regardless", () => {
    const names = [{ edge: "e1", box: name(0, 0, 0) }, { edge: "e2", box: name(5, 3, 0.2) }, { edge: "e3", box: name(0, 40, 0) }];
    expect([...placeRelationNames(names, [], 2, false)]).toEqual(["e1", "e3"]);
    const label: Box = { minX: -30, maxX: 30, minY: -5, maxY: 5 };
    expect([...placeRelationNames(names, [label], 2, false)]).toEqual(["e3"]);
    expect([...placeRelationNames(names, [label], 2, true)]).toEqual(["e1", "e3"]);
  });
});

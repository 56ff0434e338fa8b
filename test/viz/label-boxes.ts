// What the page draws, measured in the browser for the label tests: each drawn label's box (sigma's own
// label geometry), the legend's box and the centres of the nodes drawn, all in the canvas's viewport
// pixels, and the checks the tests make on them.
import type { Page } from "playwright-core";

export interface Box { node: string; minX: number; maxX: number; minY: number; maxY: number }

export interface Drawn {
  boxes: Box[];
  legend: { minX: number; maxX: number; minY: number; maxY: number } | null;
  centres: Array<{ node: string; x: number; y: number }>;
  width: number;
  height: number;
}

export const drawnView = (page: Page): Promise<Drawn> =>
  page.evaluate(() => {
    type S = {
      getNodeDisplayedLabels(): Set<string>;
      getNodeDisplayData(n: string): { x: number; y: number; size: number } | undefined;
      getNodeState(n: string): { isHidden?: boolean };
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      scaleSize(s: number): number;
      getDimensions(): { width: number; height: number };
      labelRenderer: { nodeLabelBox(d: object, r: number): { minX: number; maxX: number; minY: number; maxY: number } | null };
    };
    const { explorer } = window as unknown as { explorer: { sigma: S; graph: { nodes(): string[] } } };
    const sigma = explorer.sigma;
    const boxes: Box[] = [];
    for (const node of sigma.getNodeDisplayedLabels()) {
      const data = sigma.getNodeDisplayData(node);
      if (!data) continue;
      const box = sigma.labelRenderer.nodeLabelBox(data, sigma.scaleSize(data.size));
      if (!box) continue;
      const { x, y } = sigma.framedGraphToViewport(data);
      boxes.push({ node, minX: x + box.minX, maxX: x + box.maxX, minY: y + box.minY, maxY: y + box.maxY });
    }
    const centres: Drawn["centres"] = [];
    for (const node of explorer.graph.nodes()) {
      const data = sigma.getNodeDisplayData(node);
      if (!data || sigma.getNodeState(node).isHidden) continue;
      centres.push({ node, ...sigma.framedGraphToViewport(data) });
    }
    const stage = document.getElementById("graph")!.getBoundingClientRect();
    const l = document.querySelector("#legend .legend-box")?.getBoundingClientRect();
    const legend = l && l.width ? { minX: l.left - stage.left, maxX: l.right - stage.left, minY: l.top - stage.top, maxY: l.bottom - stage.top } : null;
    return { boxes, legend, centres, ...sigma.getDimensions() };
  });

const intersects = (a: Omit<Box, "node">, b: Omit<Box, "node">) => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

/** Labels whose box enters the legend's box. */
export function underLegend(drawn: Drawn): string[] {
  const legend = drawn.legend;
  return legend ? drawn.boxes.filter((b) => intersects(b, legend)).map((b) => b.node) : [];
}

/** Nodes drawn on the canvas whose centre lies under the legend's box. */
export function nodesUnderLegend(drawn: Drawn): string[] {
  const legend = drawn.legend;
  if (!legend) return [];
  const onCanvas = (c: Drawn["centres"][number]) => c.x >= 0 && c.x <= drawn.width && c.y >= 0 && c.y <= drawn.height;
  return drawn.centres.filter((c) => onCanvas(c) && c.x >= legend.minX && c.x <= legend.maxX && c.y >= legend.minY && c.y <= legend.maxY).map((c) => c.node);
}

/** "label ⊃ node" for every label box that covers another drawn node's centre. */
export function coveredCentres(drawn: Drawn, except: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const b of drawn.boxes) {
    if (except.has(b.node)) continue;
    for (const c of drawn.centres) {
      if (c.node !== b.node && c.x >= b.minX && c.x <= b.maxX && c.y >= b.minY && c.y <= b.maxY) out.push(`${b.node} ⊃ ${c.node}`);
    }
  }
  return out;
}

export interface RelationName { edge: string; cx: number; cy: number; ux: number; uy: number; hw: number; hh: number }

/**
 * The relation names sigma draws now (its displayed edge labels), each as the box of its text along its
 * claim, centred between the ends' discs (the label shader's place on a straight claim), measured with
 * the page's canvas text metrics.
 */
export const relationNames = (page: Page): Promise<RelationName[]> =>
  page.evaluate(() => {
    type D = { x: number; y: number; size: number };
    type S = {
      getEdgeDisplayedLabels(): Set<string>;
      getEdgeDisplayData(e: string): { label?: string; labelSize?: number; labelFont?: string } | undefined;
      getNodeDisplayData(n: string): D | undefined;
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      scaleSize(s: number): number;
    };
    const { explorer } = window as unknown as { explorer: { sigma: S; graph: { extremities(e: string): [string, string] } } };
    const { sigma, graph } = explorer;
    const ctx = document.createElement("canvas").getContext("2d")!;
    const out: RelationName[] = [];
    for (const edge of sigma.getEdgeDisplayedLabels()) {
      const data = sigma.getEdgeDisplayData(edge);
      const [s, t] = graph.extremities(edge).map((n) => sigma.getNodeDisplayData(n));
      if (!data?.label || !s || !t) continue;
      const a = sigma.framedGraphToViewport(s);
      const b = sigma.framedGraphToViewport(t);
      const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const mid = (sigma.scaleSize(s.size) + length - sigma.scaleSize(t.size)) / 2;
      const size = data.labelSize ?? 12;
      ctx.font = `${size}px ${data.labelFont ?? "sans-serif"}`;
      const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
      out.push({ edge, cx: a.x + ux * mid, cy: a.y + uy * mid, ux, uy, hw: ctx.measureText(data.label).width / 2, hh: size / 2 });
    }
    return out;
  });

/** "a × b" for every two relation names whose text boxes overlap (separating-axis test on the rotated boxes). */
export function overlappingNames(names: readonly RelationName[]): string[] {
  const extent = (r: RelationName, px: number, py: number) => r.hw * Math.abs(r.ux * px + r.uy * py) + r.hh * Math.abs(-r.uy * px + r.ux * py);
  const overlap = (a: RelationName, b: RelationName) => [[a.ux, a.uy], [-a.uy, a.ux], [b.ux, b.uy], [-b.uy, b.ux]]
    .every(([px, py]) => Math.abs((b.cx - a.cx) * px! + (b.cy - a.cy) * py!) < extent(a, px!, py!) + extent(b, px!, py!));
  const out: string[] = [];
  for (const [i, a] of names.entries()) for (const b of names.slice(i + 1)) if (overlap(a, b)) out.push(`${a.edge} × ${b.edge}`);
  return out;
}

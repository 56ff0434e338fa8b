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

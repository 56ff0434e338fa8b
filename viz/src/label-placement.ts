// Which node labels are drawn, and on which side of their node, so that no two overlap and none is cut
// off by the canvas edge. sigma's label grid picks labels per cell and lets forced labels through
// unchecked, so neighbouring cells' labels and forced ones overlap; it has no notion of the canvas edge
// either. So every label is decided here: candidates in priority order (the selection first, then
// the story's or the selection's key nodes, landmarks, followed nodes, then the rest by size), each
// placed on the first side (right, left, below, above) whose box lies inside the canvas and clear of
// the boxes already placed, clear of the legend and of other nodes' centres — a greedy pass, as map
// labelling does it, run when the camera comes to rest.
import type { ExplorerSigma } from "./renderer.ts";

export type LabelSide = "right" | "left" | "below" | "above";
export const LABEL_SIDES: readonly LabelSide[] = ["right", "left", "below", "above"];

export interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export interface LabelCandidate {
  node: string;
  /** Viewport position of the node's centre. */
  x: number;
  y: number;
  /** The label's box relative to the node centre, per side (viewport pixels, y down). */
  box(side: LabelSide): Box | null;
  /** The selection's label is drawn even where it covers other nodes. */
  mayCoverNodes?: boolean;
}

export interface PlacementOptions {
  width: number;
  height: number;
  /** Space kept between two labels and between a label and the canvas edge (px). */
  gap: number;
  /** At most this many labels (the first candidates, in order, win). */
  limit: number;
  /** Areas no label may enter (the legend drawn over the canvas), viewport pixels. */
  obstacles?: readonly Box[];
  /** Centres of the nodes drawn: a label may not cover another node's centre (dense clusters stay readable). */
  discs?: Iterable<{ node: string; x: number; y: number }>;
}

/** Node centres bucketed in square cells, so a label box asks only the cells it spans. */
class CentreGrid {
  private readonly cells = new Map<string, Array<{ node: string; x: number; y: number }>>();
  constructor(points: Iterable<{ node: string; x: number; y: number }>, private readonly cell = 48) {
    for (const p of points) {
      const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
      const list = this.cells.get(key);
      if (list) list.push(p);
      else this.cells.set(key, [p]);
    }
  }

  covers(box: Box, except: string): boolean {
    const c = this.cell;
    for (let i = Math.floor(box.minX / c); i <= Math.floor(box.maxX / c); i++) {
      for (let j = Math.floor(box.minY / c); j <= Math.floor(box.maxY / c); j++) {
        for (const p of this.cells.get(`${i},${j}`) ?? []) {
          if (p.node !== except && p.x >= box.minX && p.x <= box.maxX && p.y >= box.minY && p.y <= box.maxY) return true;
        }
      }
    }
    return false;
  }
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return a.minX < b.maxX + gap && b.minX < a.maxX + gap && a.minY < b.maxY + gap && b.minY < a.maxY + gap;
}

/** Greedy placement in candidate order: each label on its first free side, or not drawn. */
export function placeLabels(candidates: Iterable<LabelCandidate>, options: PlacementOptions): Map<string, LabelSide> {
  const placed: Box[] = [...(options.obstacles ?? [])];
  const out = new Map<string, LabelSide>();
  const grid = options.discs ? new CentreGrid(options.discs) : null;
  for (const candidate of candidates) {
    if (out.size >= options.limit) break;
    if (out.has(candidate.node)) continue;
    for (const side of LABEL_SIDES) {
      const rel = candidate.box(side);
      if (!rel) break;
      const box = { minX: candidate.x + rel.minX, maxX: candidate.x + rel.maxX, minY: candidate.y + rel.minY, maxY: candidate.y + rel.maxY };
      if (box.minX < options.gap || box.minY < options.gap || box.maxX > options.width - options.gap || box.maxY > options.height - options.gap) continue;
      if (placed.some((other) => overlaps(box, other, options.gap))) continue;
      if (grid && !candidate.mayCoverNodes && grid.covers(box, candidate.node)) continue;
      placed.push(box);
      out.set(candidate.node, side);
      break;
    }
  }
  return out;
}

interface SigmaLabelBoxes {
  labelRenderer?: { nodeLabelBox(data: object, radius: number): Box | null };
}

/**
 * The label box sigma itself would draw for `node` on `side` (its label renderer mirrors the label
 * shader: font metrics of its glyph atlas, margin, size), relative to the node centre. sigma keeps
 * that renderer private; without it the box is estimated from a canvas text measure.
 */
export function sigmaLabelBox(sigma: ExplorerSigma, node: string, side: LabelSide, measure: (text: string, size: number, font: string) => number): Box | null {
  const data = sigma.getNodeDisplayData(node);
  if (!data?.label) return null;
  const radius = sigma.scaleSize(data.size);
  const withSide = { ...data, labelPosition: side, labelVisibility: "visible" as const, visibility: "visible" as const };
  const renderer = (sigma as unknown as SigmaLabelBoxes).labelRenderer;
  if (renderer) return renderer.nodeLabelBox(withSide, radius);
  const size = data.labelSize ?? 14;
  const width = measure(data.label, size, data.labelFont ?? "sans-serif");
  const start = radius + 5;
  const h = size * 0.6;
  switch (side) {
    case "left": return { minX: -start - width, maxX: -start, minY: -h, maxY: h };
    case "below": return { minX: -width / 2, maxX: width / 2, minY: start, maxY: start + 2 * h };
    case "above": return { minX: -width / 2, maxX: width / 2, minY: -start - 2 * h, maxY: -start };
    default: return { minX: start, maxX: start + width, minY: -h, maxY: h };
  }
}

export function canvasMeasure(): (text: string, size: number, font: string) => number {
  const ctx = document.createElement("canvas").getContext("2d");
  return (text, size, font) => {
    if (!ctx) return text.length * size * 0.55;
    ctx.font = `${size}px ${font}`;
    return ctx.measureText(text).width;
  };
}

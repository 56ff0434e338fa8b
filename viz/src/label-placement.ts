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
  /** The label's box relative to the node centre, per side (viewport pixels, y down), for its text or `text`. */
  box(side: LabelSide, text?: string): Box | null;
  /** The selection's label is drawn even where it covers other nodes. */
  mayCoverNodes?: boolean;
  /** Shorter texts to try, longest first, when the whole label fits on no side (see shortenedLabels). */
  shorter?: readonly string[];
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
  /** The nodes drawn: a label may not cover another node's disc but for its rim (dense clusters stay readable). */
  discs?: Iterable<Disc>;
  /** Filled with the shortened text of each label placed shortened. */
  texts?: Map<string, string>;
  /** Filled with the boxes placed (viewport pixels), the legend's excepted. */
  boxes?: Box[];
}

/** A drawn node's disc: its centre and drawn radius (viewport pixels). */
export interface Disc { node: string; x: number; y: number; r?: number }

/** How much of a node's radius a label may overlap (its rim, not its middle). */
const RIM = 0.4;

/** Node discs bucketed in square cells, so a label box asks only the cells it (and the widest disc) spans. */
class DiscGrid {
  private readonly cells = new Map<string, Disc[]>();
  private reach = 0;
  constructor(points: Iterable<Disc>, private readonly cell = 48) {
    for (const p of points) {
      this.reach = Math.max(this.reach, (p.r ?? 0) * (1 - RIM));
      const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
      const list = this.cells.get(key);
      if (list) list.push(p);
      else this.cells.set(key, [p]);
    }
  }

  /** How many other nodes' discs (all but their rims) the box covers, up to `stop`. */
  count(box: Box, except: string, stop = Infinity): number {
    const c = this.cell;
    const m = this.reach;
    let n = 0;
    for (let i = Math.floor((box.minX - m) / c); i <= Math.floor((box.maxX + m) / c); i++) {
      for (let j = Math.floor((box.minY - m) / c); j <= Math.floor((box.maxY + m) / c); j++) {
        for (const p of this.cells.get(`${i},${j}`) ?? []) {
          if (p.node === except) continue;
          const r = (p.r ?? 0) * (1 - RIM);
          const dx = Math.max(box.minX - p.x, 0, p.x - box.maxX);
          const dy = Math.max(box.minY - p.y, 0, p.y - box.maxY);
          if (dx * dx + dy * dy <= r * r) {
            n++;
            if (n >= stop) return n;
          }
        }
      }
    }
    return n;
  }
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return a.minX < b.maxX + gap && b.minX < a.maxX + gap && a.minY < b.maxY + gap && b.minY < a.maxY + gap;
}

/**
 * A label cut at word ends with an ellipsis, longest first, down to its first word: a hop's end zoomed in
 * on a 390 px phone has no side wide enough for "Japan's 2019 export curbs on three chip materials".
 */
export function shortenedLabels(label: string): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let k = words.length - 1; k >= 1; k--) out.push(`${words.slice(0, k).join(" ").replace(/[,;:.\-–—]+$/, "")}…`);
  return out;
}

/**
 * Greedy placement in candidate order: each label on its first free side, or not drawn. A label that
 * may cover nodes (the selection's) takes, of its free sides, the one covering the fewest. A candidate
 * with shorter texts that fits nowhere whole is tried with each, longest first.
 */
export function placeLabels(candidates: Iterable<LabelCandidate>, options: PlacementOptions): Map<string, LabelSide> {
  const placed: Box[] = [...(options.obstacles ?? [])];
  const out = new Map<string, LabelSide>();
  const grid = options.discs ? new DiscGrid(options.discs) : null;
  const fit = (candidate: LabelCandidate, text?: string) => {
    let best: { side: LabelSide; box: Box; covered: number } | null = null;
    for (const side of LABEL_SIDES) {
      const rel = candidate.box(side, text);
      if (!rel) break;
      const box = { minX: candidate.x + rel.minX, maxX: candidate.x + rel.maxX, minY: candidate.y + rel.minY, maxY: candidate.y + rel.maxY };
      if (box.minX < options.gap || box.minY < options.gap || box.maxX > options.width - options.gap || box.maxY > options.height - options.gap) continue;
      if (placed.some((other) => overlaps(box, other, options.gap))) continue;
      const covered: number = grid ? grid.count(box, candidate.node, candidate.mayCoverNodes ? best?.covered ?? Infinity : 1) : 0;
      if (!candidate.mayCoverNodes && covered > 0) continue;
      if (!best || covered < best.covered) best = { side, box, covered };
      if (covered === 0) break;
    }
    return best;
  };
  for (const candidate of candidates) {
    if (out.size >= options.limit) break;
    if (out.has(candidate.node)) continue;
    let best = fit(candidate);
    if (!best) {
      for (const text of candidate.shorter ?? []) {
        best = fit(candidate, text);
        if (best) {
          options.texts?.set(candidate.node, text);
          break;
        }
      }
    }
    if (best) {
      placed.push(best.box);
      options.boxes?.push(best.box);
      out.set(candidate.node, best.side);
    }
  }
  return out;
}

/** A relation name drawn along its claim: centre, unit direction, half length and half height (viewport px). */
export interface NameBox { cx: number; cy: number; ux: number; uy: number; hw: number; hh: number }

/** Half the extent of `a` along the unit axis (px, py). */
function extent(a: NameBox, px: number, py: number): number {
  return a.hw * Math.abs(a.ux * px + a.uy * py) + a.hh * Math.abs(-a.uy * px + a.ux * py);
}

/** Whether two rotated name boxes (or a name box and an axis-aligned box) come closer than `gap` (separating axes). */
export function namesOverlap(a: NameBox, b: NameBox, gap: number): boolean {
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  for (const [px, py] of [[a.ux, a.uy], [-a.uy, a.ux], [b.ux, b.uy], [-b.uy, b.ux]] as const) {
    if (Math.abs(dx * px + dy * py) >= extent(a, px, py) + extent(b, px, py) + gap) return false;
  }
  return true;
}

export function boxAsName(box: Box): NameBox {
  return { cx: (box.minX + box.maxX) / 2, cy: (box.minY + box.maxY) / 2, ux: 1, uy: 0, hw: (box.maxX - box.minX) / 2, hh: (box.maxY - box.minY) / 2 };
}

/**
 * Which relation names are drawn: in priority order, each whose box keeps clear of the names kept before
 * it and of the node labels; the first (the selected claim's, when there is one) is always drawn. At a busy
 * node the followed claims' names met at their midpoints and piled up ("causes" over "causes").
 */
export function placeRelationNames(names: Array<{ edge: string; box: NameBox }>, labels: readonly Box[], gap: number, keepFirst: boolean): Set<string> {
  const kept: NameBox[] = [];
  const out = new Set<string>();
  const obstacles = labels.map(boxAsName);
  for (const [i, { edge, box }] of names.entries()) {
    const free = !kept.some((k) => namesOverlap(k, box, gap)) && !obstacles.some((o) => namesOverlap(o, box, gap));
    if (free || (i === 0 && keepFirst)) {
      kept.push(box);
      out.add(edge);
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
export function sigmaLabelBox(sigma: ExplorerSigma, node: string, side: LabelSide, measure: (text: string, size: number, font: string) => number, text?: string): Box | null {
  const data = sigma.getNodeDisplayData(node);
  if (!data?.label) return null;
  const label = text ?? data.label;
  const radius = sigma.scaleSize(data.size);
  const withSide = { ...data, label, labelPosition: side, labelVisibility: "visible" as const, visibility: "visible" as const };
  const renderer = (sigma as unknown as SigmaLabelBoxes).labelRenderer;
  if (renderer) return renderer.nodeLabelBox(withSide, radius);
  const size = data.labelSize ?? 14;
  const width = measure(label, size, data.labelFont ?? "sans-serif");
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

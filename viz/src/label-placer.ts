// Runs the label placement (label-placement.ts) against sigma: the candidates in the explorer's
// priority order, on screen and not faded, placed when the camera comes to rest and after every view
// change; the winners get the `labelled` node state and their side, everything else draws no label.
// Labels keep out of the legend's box and off other nodes' centres (the selection's excepted).
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { canvasMeasure, placeLabels, sigmaLabelBox, type Box, type Disc, type LabelCandidate, type LabelSide } from "./label-placement.ts";
import type { ExplorerSigma } from "./renderer.ts";

export interface LabelPriorities {
  /** Node lists, most important first; a node may appear in several (its first counts). */
  tiers: Iterable<string>[];
  /** Nodes that may carry a label at all (visible, not faded). */
  eligible: (node: string) => boolean;
  /** Whether nodes outside the tiers (by size, largest first) may fill the remaining room. */
  rest: boolean;
  /** The nodes drawn: a label may not cover their centres, unless `mayCover` says it may. */
  drawn: Iterable<string>;
  /** Labels drawn even where they cover other nodes (the selection, the root causes). */
  mayCover: (node: string) => boolean;
}

export interface PlacerOptions {
  limit: number;
  gap: number;
  sizeThreshold: number;
  /** Areas over the canvas no label may enter (the legend), in the canvas's viewport pixels. */
  obstacles?: () => Box[];
}

/** How long the camera must stay still before labels are placed again (ms). */
const REST_MS = 120;

export class LabelPlacer {
  private readonly bySize: string[];
  private readonly measure = canvasMeasure();
  private current = new Map<string, LabelSide>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private priorities: LabelPriorities | null = null;

  constructor(private readonly sigma: ExplorerSigma, graph: KnowledgeGraph, sizes: Map<string, number>, private readonly options: PlacerOptions) {
    this.bySize = graph.nodes().sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
    sigma.getCamera().on("updated", () => this.schedule());
    sigma.on("resize", () => this.schedule());
  }

  /** New priorities (after a view change): placed at once. */
  update(priorities: LabelPriorities): void {
    this.priorities = priorities;
    this.place();
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.place(), REST_MS);
  }

  /** Whether a placement is due (the camera moved less than REST_MS ago): tests wait for false instead of sleeping. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** How wide `node`'s label is drawn (px; 0 without a label): the camera leaves room for it (focus.ts). */
  width(node: string): number {
    const box = sigmaLabelBox(this.sigma, node, "below", this.measure);
    return box ? box.maxX - box.minX : 0;
  }

  /** The labels drawn now and their sides (for tests). */
  placed(): ReadonlyMap<string, LabelSide> {
    return this.current;
  }

  private *candidates(p: LabelPriorities, width: number, height: number): Generator<LabelCandidate> {
    const sigma = this.sigma;
    const seen = new Set<string>();
    const { sizeThreshold } = this.options;
    const measure = this.measure;
    function candidate(node: string, rest: boolean, mayCoverNodes = false): LabelCandidate | null {
      if (seen.has(node) || !p.eligible(node)) return null;
      seen.add(node);
      const data = sigma.getNodeDisplayData(node);
      if (!data || !data.label) return null;
      if (rest && sigma.scaleSize(data.size) < sizeThreshold) return null;
      const { x, y } = sigma.framedGraphToViewport(data);
      if (x < 0 || y < 0 || x > width || y > height) return null;
      return { node, x, y, mayCoverNodes, box: (side) => sigmaLabelBox(sigma, node, side, measure) };
    }
    for (const tier of p.tiers) {
      for (const node of tier) {
        const c = candidate(node, false, p.mayCover(node));
        if (c) yield c;
      }
    }
    if (!p.rest) return;
    for (const node of this.bySize) {
      const c = candidate(node, true);
      if (c) yield c;
    }
  }

  /** Viewport discs (centre, drawn radius) of the drawn nodes on (or just off) the canvas. */
  private *centres(nodes: Iterable<string>, width: number, height: number): Generator<Disc> {
    for (const node of nodes) {
      const data = this.sigma.getNodeDisplayData(node);
      if (!data) continue;
      const { x, y } = this.sigma.framedGraphToViewport(data);
      if (x >= -50 && y >= -50 && x <= width + 50 && y <= height + 50) yield { node, x, y, r: this.sigma.scaleSize(data.size) };
    }
  }

  private place(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const p = this.priorities;
    if (!p) return;
    const { width, height } = this.sigma.getDimensions();
    const next = width && height
      ? placeLabels(this.candidates(p, width, height), { width, height, gap: this.options.gap, limit: this.options.limit, obstacles: this.options.obstacles?.() ?? [], discs: this.centres(p.drawn, width, height) })
      : new Map<string, LabelSide>();
    for (const [node] of this.current) if (!next.has(node)) this.sigma.setNodeState(node, { labelled: false });
    for (const [node, side] of next) {
      if (this.current.get(node) !== side) this.sigma.setNodeState(node, { labelled: true, labelSide: side });
    }
    this.current = next;
  }
}

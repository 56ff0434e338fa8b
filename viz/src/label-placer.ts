// Runs the label placement (label-placement.ts) against sigma: the candidates in the explorer's
// priority order, on screen and not faded, placed when the camera comes to rest and after every view
// change; the winners get the `labelled` node state and their side, everything else draws no label.
// Labels keep out of the legend's box and off other nodes' centres (the selection's excepted).
import type { KnowledgeGraph } from "../../src/model/types.ts";
import {
  canvasMeasure, placeLabels, placeRelationNames, shortenedLabels, sigmaLabelBox, type Box, type Disc, type LabelCandidate, type LabelSide, type NameBox,
} from "./label-placement.ts";
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
  /** Labels shortened (at word ends, with an ellipsis) rather than left out where none fits whole: the selection's. */
  mayShorten?: (node: string) => boolean;
  /** Followed claims whose relation names are drawn, most important first; overlapping ones give way. */
  relations?: string[];
  /** The first of `relations` is named whatever it overlaps (the selected claim). */
  keepFirstRelation?: boolean;
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
  private texts = new Map<string, string>();
  private allLabels: string[] | null = null;
  private crowded = new Set<string>();
  private readonly listeners: Array<() => void> = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private priorities: LabelPriorities | null = null;

  constructor(private readonly sigma: ExplorerSigma, private readonly graph: KnowledgeGraph, sizes: Map<string, number>, private readonly options: PlacerOptions) {
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

  /** How wide `node`'s whole label is drawn (px; 0 without a label): the camera leaves room for it (focus.ts). */
  width(node: string): number {
    const box = sigmaLabelBox(this.sigma, node, "below", this.measure, this.graph.getNodeAttribute(node, "label"));
    return box ? box.maxX - box.minX : 0;
  }

  /** Followed claims left unnamed because their names would overlap (the status line counts them). */
  get crowdedCount(): number {
    return this.crowded.size;
  }

  /** Called after each placement (the status line's count of unnamed relations). */
  onPlace(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** The labels drawn now and their sides (for tests). */
  placed(): ReadonlyMap<string, LabelSide> {
    return this.current;
  }

  /** Candidates in priority order: the first tier's only (`first`), or all but the first tier's. */
  private *candidates(p: LabelPriorities, width: number, height: number, first: boolean): Generator<LabelCandidate> {
    const sigma = this.sigma;
    const seen = new Set<string>(first ? [] : p.tiers[0] ?? []);
    const { sizeThreshold } = this.options;
    const measure = this.measure;
    const graph = this.graph;
    // A shortening that another node's label begins with too tells the two apart no more ("1965 Korea–Japan…"
    // was both the claims agreement and the treaty): only shortenings of this label alone are offered.
    const labels = () => (this.allLabels ??= graph.mapNodes((_n, a) => a.label));
    const shared = (prefix: string, own: string) => labels().some((l) => l !== own && l.startsWith(prefix));
    function candidate(node: string, rest: boolean, mayCoverNodes = false): LabelCandidate | null {
      if (seen.has(node) || !p.eligible(node)) return null;
      seen.add(node);
      const data = sigma.getNodeDisplayData(node);
      if (!data || !data.label) return null;
      if (rest && sigma.scaleSize(data.size) < sizeThreshold) return null;
      const { x, y } = sigma.framedGraphToViewport(data);
      if (x < 0 || y < 0 || x > width || y > height) return null;
      // The whole label, not the display data's (which is the shortened one while it is drawn shortened).
      const label = graph.getNodeAttribute(node, "label");
      const shorter = !rest && p.mayShorten?.(node) ? shortenedLabels(label).filter((t) => !shared(t.slice(0, -1), label)) : undefined;
      return { node, x, y, mayCoverNodes, shorter, box: (side, text) => sigmaLabelBox(sigma, node, side, measure, text ?? label) };
    }
    for (const tier of first ? p.tiers.slice(0, 1) : p.tiers.slice(1)) {
      for (const node of tier) {
        const c = candidate(node, false, p.mayCover(node));
        if (c) yield c;
      }
    }
    if (first || !p.rest) return;
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

  /** Each relation name's box along its claim, between the ends' discs (sigma draws it centred there). */
  private nameBoxes(edges: string[]): Array<{ edge: string; box: NameBox }> {
    const sigma = this.sigma;
    const out: Array<{ edge: string; box: NameBox }> = [];
    for (const edge of edges) {
      if (!this.graph.hasEdge(edge)) continue;
      const data = sigma.getEdgeDisplayData(edge);
      const [s, t] = this.graph.extremities(edge).map((n) => sigma.getNodeDisplayData(n));
      if (!data?.label || !s || !t) continue;
      const a = sigma.framedGraphToViewport(s);
      const b = sigma.framedGraphToViewport(t);
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      if (length < 1) continue;
      const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
      const [rs, rt] = [sigma.scaleSize(s.size), sigma.scaleSize(t.size)];
      // The middle of the part drawn between the two discs.
      const mid = (rs + (length - rt)) / 2;
      // Typed without its label style, which the display data carries (renderer.ts: 12 px when followed).
      const style = data as { labelSize?: number; labelFont?: string };
      const size = style.labelSize ?? 12;
      const hw = this.measure(data.label, size, style.labelFont ?? "sans-serif") / 2 + 2;
      out.push({ edge, box: { cx: a.x + ux * mid, cy: a.y + uy * mid, ux, uy, hw, hh: size * 0.7 } });
    }
    return out;
  }

  /**
   * In three steps: the first tier's labels (the selection's), then the relation names of the followed
   * claims clear of those and of each other, then the other labels clear of both. Node labels placed first
   * all the way had left no room for any relation name around a selected node with a long chain.
   */
  private place(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const p = this.priorities;
    if (!p) return;
    const { width, height } = this.sigma.getDimensions();
    const texts = new Map<string, string>();
    const next = new Map<string, LabelSide>();
    const relations = p.relations ?? [];
    let named = new Set<string>();
    if (width && height) {
      const legend = this.options.obstacles?.() ?? [];
      const discs = [...this.centres(p.drawn, width, height)];
      const options = { width, height, gap: this.options.gap, obstacles: legend, discs, texts };
      const boxes: Box[] = [];
      for (const [node, side] of placeLabels(this.candidates(p, width, height, true), { ...options, limit: this.options.limit, boxes })) next.set(node, side);
      const names = this.nameBoxes(relations);
      named = placeRelationNames(names, [...legend, ...boxes], this.options.gap, p.keepFirstRelation ?? false);
      const nameAreas = names.filter((n) => named.has(n.edge)).map((n) => nameArea(n.box));
      const rest = placeLabels(this.candidates(p, width, height, false), { ...options, obstacles: [...legend, ...boxes, ...nameAreas], limit: this.options.limit - next.size });
      for (const [node, side] of rest) next.set(node, side);
    }
    for (const [node] of this.current) if (!next.has(node)) this.sigma.setNodeState(node, { labelled: false, labelText: "" });
    for (const [node, side] of next) {
      const text = texts.get(node) ?? "";
      if (this.current.get(node) !== side || (this.texts.get(node) ?? "") !== text) this.sigma.setNodeState(node, { labelled: true, labelSide: side, labelText: text });
    }
    this.current = next;
    this.texts = texts;
    const crowded = new Set(relations.filter((e) => this.graph.hasEdge(e) && !named.has(e) && this.sigma.getEdgeDisplayData(e)?.label));
    for (const edge of this.crowded) if (!crowded.has(edge) && this.graph.hasEdge(edge)) this.sigma.setEdgeState(edge, { crowded: false });
    for (const edge of crowded) if (!this.crowded.has(edge)) this.sigma.setEdgeState(edge, { crowded: true });
    this.crowded = crowded;
    for (const listener of this.listeners) listener();
  }
}

/** The axis-aligned box around a rotated relation name (node labels keep out of it). */
function nameArea(box: NameBox): Box {
  const ex = box.hw * Math.abs(box.ux) + box.hh * Math.abs(box.uy);
  const ey = box.hw * Math.abs(box.uy) + box.hh * Math.abs(box.ux);
  return { minX: box.cx - ex, maxX: box.cx + ex, minY: box.cy - ey, maxY: box.cy + ey };
}

// The layout stage: ForceAtlas2 then overlap removal, from seeded positions, so the build writes
// the same x/y for the same graph every time and the explorer opens on a ready picture.
import type { AbstractGraph } from "graphology-types";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import noverlapModule from "graphology-layout-noverlap";
import { RELATIONS, type Relation } from "../model/vocabulary.ts";
import { nodeSize } from "./node-size.ts";
import { seededPosition } from "./seeded-position.ts";

export interface LayoutOptions {
  /** Changes the starting positions, hence the picture; same seed, same picture. */
  seed?: number;
  /** ForceAtlas2 iterations; by default fewer on big graphs (an iteration costs ~O(n log n)). */
  iterations?: number;
  /** Side of the square the result is scaled into, in the units sigma draws sizes in at zoom 1. */
  extent?: number;
  /** Reserve room for labels when removing overlaps (small graphs only; big ones show few labels). */
  labelRoom?: boolean;
}

// The packages are CommonJS with `export default` typings: under NodeNext TypeScript sees the
// module object, while Node and vite hand over module.exports (the function) itself.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;
const noverlap = noverlapModule as unknown as typeof noverlapModule.default;

export type Positions = Record<string, { x: number; y: number }>;

/**
 * Causal claims pull hardest, so the story's chain reads as a spine; actor and topic links pull
 * gently, otherwise the few hub actors (Korea, Japan) collapse everything into one knot.
 */
const CATEGORY_WEIGHT: Record<string, number> = { causal: 1, temporal: 0.5, structural: 0.5, actor: 0.2, topic: 0.25, place: 0.25 };

export function layoutEdgeWeight(relation: unknown): number {
  if (typeof relation !== "string" || !Object.hasOwn(RELATIONS, relation)) return 0.3;
  return CATEGORY_WEIGHT[RELATIONS[relation as Relation].category] ?? 0.3;
}

function defaultIterations(order: number): number {
  if (order <= 1000) return 600;
  if (order <= 10000) return 120;
  return 30;
}

/**
 * noverlap finds overlapping pairs within the cells of a square grid, 20 × 20 by default. The extent grows with
 * √order, so node density is constant and a fixed grid puts order/400 nodes in each cell: every iteration costs
 * O(order²/400) pair tests (0.3 s for 300 iterations at 330 nodes, ~5.5 s per iteration at 32k). A grid with
 * about NODES_PER_CELL nodes per cell keeps an iteration linear. The grid only decides which pairs are
 * tested (two overlapping discs always share a cell, and a pair is tested once), so positions are the same up
 * to the order of float additions; graphs of up to 20²·NODES_PER_CELL nodes (the seed corpus) keep the
 * default grid and so exactly the layout they had.
 */
const NODES_PER_CELL = 2;

export function noverlapGrid(order: number): number {
  return Math.max(20, Math.ceil(Math.sqrt(order / NODES_PER_CELL)));
}

/** Rescales positions into [-extent/2, extent/2] keeping the aspect ratio, so sizes mean pixels. */
function fitInto(positions: Positions, extent: number): void {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const { x, y } of Object.values(positions)) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
  for (const p of Object.values(positions)) {
    p.x = ((p.x - cx) / span) * extent;
    p.y = ((p.y - cy) / span) * extent;
  }
}

/**
 * Computes x/y for every node and writes them as the `x`/`y` node attributes (the contract's
 * precomputed layout). Returns the positions too. Deterministic for a given graph and seed.
 */
export function layoutGraph(graph: AbstractGraph, options: LayoutOptions = {}): Positions {
  const seed = options.seed ?? 1;
  const order = graph.order;
  if (order === 0) return {};
  const extent = options.extent ?? Math.max(700, 90 * Math.sqrt(order));
  const labelRoom = options.labelRoom ?? order <= 500;

  graph.forEachNode((node) => {
    const { x, y } = seededPosition(node, seed, 100 * Math.sqrt(order));
    graph.mergeNodeAttributes(node, { x, y });
  });

  const settings = {
    ...forceAtlas2.inferSettings(graph),
    // Keeps small disconnected pieces (a pledge with one actor) from drifting off-screen.
    strongGravityMode: true,
    gravity: 0.05,
    scalingRatio: 10,
    barnesHutOptimize: order > 500,
  };
  const positions: Positions = forceAtlas2(graph, {
    iterations: options.iterations ?? defaultIterations(order),
    getEdgeWeight: (_edge, attrs) => layoutEdgeWeight(attrs.relation),
    settings,
  });
  fitInto(positions, extent);
  graph.forEachNode((node) => {
    const p = positions[node];
    if (p) graph.mergeNodeAttributes(node, { x: p.x, y: p.y });
  });

  const sizes = new Map<string, number>();
  graph.forEachNode((node, attrs) => {
    const label = typeof attrs.label === "string" ? attrs.label : "";
    // A label is drawn to the right of its node: give the node a radius that covers part of it.
    const room = labelRoom ? Math.min(label.length * 3, 80) : 0;
    sizes.set(node, nodeSize(graph, node) + room);
  });
  const moved: Positions = noverlap(graph, {
    maxIterations: 300,
    settings: { margin: 8, ratio: 1.15, gridSize: noverlapGrid(order) },
    inputReducer: (key, attr) => ({ x: attr.x, y: attr.y, size: sizes.get(key) ?? 1 }),
  });
  graph.forEachNode((node) => {
    const p = moved[node];
    if (p) graph.mergeNodeAttributes(node, { x: p.x, y: p.y });
  });
  return moved;
}

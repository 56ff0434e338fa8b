// The layout stage: ForceAtlas2 then overlap removal, from seeded positions, so the build writes
// the same x/y for the same graph every time and the explorer opens on a ready picture. Graphs of more than
// PACKED_ABOVE nodes are laid out one article at a time and the articles packed on a grid (layoutByArticle).
import graphology from "graphology";
import type { AbstractGraph, Attributes } from "graphology-types";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import noverlapModule from "graphology-layout-noverlap";
import { RELATIONS, type Relation } from "../model/vocabulary.ts";
import { MAX_NODE_SIZE, nodeSize } from "./node-size.ts";
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
  const order = graph.order;
  if (order === 0) return {};
  if (order > PACKED_ABOVE && options.iterations === undefined) return layoutByArticle(graph, options);
  return layoutWhole(graph, options);
}

/** ForceAtlas2 over the whole graph, then noverlap: graphs of up to PACKED_ABOVE nodes (the seed corpus). */
function layoutWhole(graph: AbstractGraph, options: LayoutOptions): Positions {
  const seed = options.seed ?? 1;
  const order = graph.order;
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

/**
 * Above this many nodes one ForceAtlas2 over the whole graph no longer pays: an iteration over the 32k nodes of
 * 1,000 generated articles took 1.4 s with Barnes-Hut (30 times one over 3.2k nodes, measured on a loaded
 * machine), 30 iterations from random starts still draw a hairball, and noverlap then has a hairball to untangle.
 * 2,000 is above the seed corpus (261 nodes) and a 10-article corpus (332), which keep layoutWhole's picture.
 */
export const PACKED_ABOVE = 2000;
// A local layout is small (an article names about 30 entities of its own): exact ForceAtlas2 is cheap there.
const LOCAL_ITERATIONS = 200;
const TILE_MARGIN = 40;
// Overlaps left between shared nodes (placed between their articles) and the tiles' own nodes.
const GLOBAL_NOVERLAP_ITERATIONS = 30;

function homeArticles(attributes: Attributes): string[] {
  return Array.isArray(attributes.articles) ? (attributes.articles as string[]) : [];
}

/**
 * Large graphs: every node named by one article only is laid out with that article's other such nodes
 * (ForceAtlas2 on the article's own subgraph, then noverlap), and the articles' tiles are packed on a square grid
 * in article-id order. A node named by several articles (a country, a minister met again) starts at the mean of
 * its articles' tile centres, then one noverlap pass over the whole graph moves nodes off each other. Linear in
 * the corpus (each article's work is bounded by its own size), deterministic (article order, seeded starts), and
 * what the explorer shows: each article's story readable in its own tile, shared entities between the tiles.
 */
function layoutByArticle(graph: AbstractGraph, options: LayoutOptions): Positions {
  const seed = options.seed ?? 1;
  const local = new Map<string, string[]>();
  const shared: string[] = [];
  graph.forEachNode((node, attributes) => {
    const articles = homeArticles(attributes);
    if (articles.length !== 1) return void shared.push(node);
    const article = articles[0] as string;
    const list = local.get(article);
    if (list) list.push(node);
    else local.set(article, [node]);
  });
  // Edges between two nodes of the same article's own set, bucketed in one pass over the edges.
  const homeOf = new Map<string, string>();
  for (const [article, nodes] of local) for (const node of nodes) homeOf.set(node, article);
  const localEdges = new Map<string, Array<[string, string, number]>>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    const article = homeOf.get(source);
    if (article === undefined || article !== homeOf.get(target) || source === target) return;
    const list = localEdges.get(article) ?? [];
    if (list.length === 0) localEdges.set(article, list);
    list.push([source, target, layoutEdgeWeight(attributes.relation)]);
  });

  const articles = [...local.keys()].sort();
  const tiles = new Map<string, Positions>();
  let cell = 0;
  for (const article of articles) {
    const tile = layoutTile(graph, local.get(article) as string[], localEdges.get(article) ?? [], seed);
    tiles.set(article, tile);
    cell = Math.max(cell, tileExtent(tile));
  }
  cell += TILE_MARGIN;
  const columns = Math.max(1, Math.ceil(Math.sqrt(articles.length)));
  const rows = Math.ceil(articles.length / columns);
  const centres = new Map<string, { x: number; y: number }>();
  articles.forEach((article, i) => {
    const centre = { x: ((i % columns) - (columns - 1) / 2) * cell, y: (Math.floor(i / columns) - (rows - 1) / 2) * cell };
    centres.set(article, centre);
    for (const [node, p] of Object.entries(tiles.get(article) as Positions)) graph.mergeNodeAttributes(node, { x: centre.x + p.x, y: centre.y + p.y });
  });
  for (const node of shared) {
    let x = 0, y = 0, n = 0;
    for (const article of homeArticles(graph.getNodeAttributes(node))) {
      const c = centres.get(article);
      if (!c) continue;
      x += c.x; y += c.y; n++;
    }
    // A small seeded offset: nodes of the same articles would otherwise start on one point, where noverlap
    // has no direction to push them in.
    const jitter = seededPosition(node, seed, cell / 4);
    graph.mergeNodeAttributes(node, { x: (n ? x / n : 0) + jitter.x, y: (n ? y / n : 0) + jitter.y });
  }

  const sizes = new Map<string, number>();
  graph.forEachNode((node) => sizes.set(node, nodeSize(graph, node)));
  const moved: Positions = noverlap(graph, {
    maxIterations: GLOBAL_NOVERLAP_ITERATIONS,
    settings: { margin: 8, ratio: 1.15, gridSize: noverlapGrid(graph.order) },
    inputReducer: (key, attr) => ({ x: attr.x, y: attr.y, size: sizes.get(key) ?? 1 }),
  });
  graph.forEachNode((node) => {
    const p = moved[node];
    if (p) graph.mergeNodeAttributes(node, { x: p.x, y: p.y });
  });
  return moved;
}

/** One article's own nodes laid out around (0, 0), in the units of the final picture. */
function layoutTile(graph: AbstractGraph, nodes: string[], edges: Array<[string, string, number]>, seed: number): Positions {
  const tile = new graphology.MultiDirectedGraph();
  const radius = 100 * Math.sqrt(nodes.length);
  for (const node of nodes) tile.addNode(node, { ...seededPosition(node, seed, radius), size: nodeSize(graph, node) });
  for (const [source, target, weight] of edges) tile.addEdge(source, target, { weight });
  const positions: Positions = forceAtlas2(tile, {
    iterations: LOCAL_ITERATIONS,
    settings: { ...forceAtlas2.inferSettings(tile), strongGravityMode: true, gravity: 0.05, scalingRatio: 10 },
  });
  fitInto(positions, Math.max(120, 90 * Math.sqrt(nodes.length)));
  for (const [node, p] of Object.entries(positions)) tile.mergeNodeAttributes(node, p);
  return noverlap(tile, { maxIterations: 100, settings: { margin: 8, ratio: 1.15 } });
}

function tileExtent(tile: Positions): number {
  let extent = 0;
  for (const { x, y } of Object.values(tile)) extent = Math.max(extent, 2 * Math.abs(x), 2 * Math.abs(y));
  return extent + 2 * MAX_NODE_SIZE;
}

// View state <-> URL query, so a link reopens the same view. Only the view's own parameters are
// touched; others (like `graph=`) are kept. Values come from a URL, so decoding distrusts them.
import { KINDS, MODALITIES, RELATIONS, type Kind, type Modality, type Relation } from "../../src/model/vocabulary.ts";
import type { CameraState } from "sigma/types";
import { initialViewState, type ViewState } from "./view-state.ts";

const KEYS = ["node", "edge", "from", "to", "hideKinds", "hideRelations", "hideModalities", "hideArticles", "time", "view", "mark", "story"] as const;

function list<T extends string>(value: string | null, allowed: Record<string, unknown>): T[] {
  if (!value) return [];
  return value.split(",").filter((v): v is T => Object.hasOwn(allowed, v));
}

export function encodeViewState(state: ViewState, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of KEYS) params.delete(key);
  if (state.selection) params.set(state.selection.type, state.selection.key);
  if (state.pathFrom) params.set("from", state.pathFrom);
  if (state.pathTo) params.set("to", state.pathTo);
  if (state.hiddenKinds.length) params.set("hideKinds", [...state.hiddenKinds].sort().join(","));
  if (state.hiddenRelations.length) params.set("hideRelations", [...state.hiddenRelations].sort().join(","));
  if (state.hiddenModalities.length) params.set("hideModalities", [...state.hiddenModalities].sort().join(","));
  if (state.hiddenArticles.length) params.set("hideArticles", [...state.hiddenArticles].sort().join(","));
  if (state.timeWindow) params.set("time", `${state.timeWindow[0]}-${state.timeWindow[1]}`);
  if (state.view !== "graph") params.set("view", state.view);
  // Node ids and claim keys never contain a comma or a space (ids are slugs, keys hex), so
  // "n:<id>,e:<key>" lists are unambiguous.
  const marked = state.highlight ? [...state.highlight.nodes.map((n) => `n:${n}`), ...state.highlight.edges.map((e) => `e:${e}`)] : [];
  if (marked.length) params.set("mark", marked.join(","));
  if (state.story) params.set("story", `${state.story.chain},${state.story.hop}`);
  return params;
}

/** Reads a view state from a query; keys that name no node or edge of `graph` are dropped. */
export function decodeViewState(
  params: URLSearchParams,
  has: { node(key: string): boolean; edge(key: string): boolean; article?(id: string): boolean },
): ViewState {
  const state = initialViewState();
  const node = params.get("node");
  const edge = params.get("edge");
  if (node !== null && has.node(node)) state.selection = { type: "node", key: node };
  else if (edge !== null && has.edge(edge)) state.selection = { type: "edge", key: edge };
  const from = params.get("from");
  const to = params.get("to");
  if (from !== null && has.node(from)) state.pathFrom = from;
  if (to !== null && has.node(to)) state.pathTo = to;
  state.hiddenKinds = list<Kind>(params.get("hideKinds"), KINDS);
  state.hiddenRelations = list<Relation>(params.get("hideRelations"), RELATIONS);
  state.hiddenModalities = list<Modality>(params.get("hideModalities"), MODALITIES);
  const articles = params.get("hideArticles");
  if (articles) state.hiddenArticles = articles.split(",").filter((id) => id !== "" && (has.article?.(id) ?? true));
  const time = /^(-?\d{1,4})-(-?\d{1,4})$/.exec(params.get("time") ?? "");
  if (time) {
    const a = Number(time[1]);
    const b = Number(time[2]);
    state.timeWindow = [Math.min(a, b), Math.max(a, b)];
  }
  if (params.get("view") === "list") state.view = "list";
  const mark = params.get("mark");
  if (mark) {
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const item of mark.split(",")) {
      const key = item.slice(2);
      if (item.startsWith("n:") && has.node(key)) nodes.add(key);
      else if (item.startsWith("e:") && has.edge(key)) edges.add(key);
    }
    if (nodes.size || edges.size) state.highlight = { nodes: [...nodes], edges: [...edges] };
  }
  // Indices only: which chains exist depends on the graph and the filters, so story.ts clamps them.
  const story = /^(\d{1,6}),(\d{1,6})$/.exec(params.get("story") ?? "");
  if (story) state.story = { chain: Number(story[1]), hop: Number(story[2]) };
  return state;
}

// Camera: four numbers, rounded so that a link stays short and a camera that did not move gives
// the same URL (x, y are in sigma's framed-graph space, 0..1 for the whole graph).
const CAMERA = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/;
const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function encodeCamera(camera: CameraState, base: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(base);
  const c = normaliseCamera(camera);
  if (c.x === 0.5 && c.y === 0.5 && c.ratio === 1 && c.angle === 0) params.delete("cam");
  else params.set("cam", [c.x, c.y, c.ratio, c.angle].join(","));
  return params;
}

export function normaliseCamera(camera: CameraState): CameraState {
  return { x: round(camera.x, 4), y: round(camera.y, 4), ratio: round(camera.ratio, 4), angle: round(camera.angle, 4) };
}

/** The camera a URL names, or null (absent, malformed, or a zoom ratio sigma would refuse). */
export function decodeCamera(params: URLSearchParams): CameraState | null {
  const match = CAMERA.exec(params.get("cam") ?? "");
  if (!match) return null;
  const [x, y, ratio, angle] = match.slice(1, 5).map(Number) as [number, number, number, number];
  if (!(ratio > 0) || ratio > 1e4 || Math.abs(x) > 1e4 || Math.abs(y) > 1e4) return null;
  return { x, y, ratio, angle };
}

// View state <-> URL query, so a link reopens the same view. Only the view's own parameters are
// touched; others (like `graph=`) are kept. Values come from a URL, so decoding distrusts them.
import { KINDS, MODALITIES, RELATIONS, type Kind, type Modality, type Relation } from "../../src/model/vocabulary.ts";
import { initialViewState, type ViewState } from "./view-state.ts";

const KEYS = ["node", "edge", "from", "to", "hideKinds", "hideRelations", "hideModalities", "hideArticles", "time", "view"] as const;

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
  return state;
}

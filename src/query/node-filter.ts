// What "filter by modality, kind, article and time window" means for a node, shared by the timeline
// and graph filtering. A criterion a node cannot have (an actor has no modality or date) does not drop it.
import type { NodeAttributes } from "../model/types.ts";
import type { Kind, Modality } from "../model/vocabulary.ts";
import { inWindow, type DateWindow } from "./date-window.ts";

export interface NodeFilter extends DateWindow {
  kinds?: readonly Kind[];
  /** Nodes with a modality must have one of these; nodes without one are kept. */
  modalities?: readonly Modality[];
  /** Keep nodes mentioned in one of these articles. */
  articles?: readonly string[];
}

export function nodePredicate(filter: NodeFilter): (attributes: NodeAttributes) => boolean {
  const kinds = filter.kinds ? new Set<string>(filter.kinds) : null;
  const modalities = filter.modalities ? new Set<string>(filter.modalities) : null;
  const articles = filter.articles ? new Set(filter.articles) : null;
  const windowed = filter.from !== undefined || filter.to !== undefined;
  return (a) =>
    (!kinds || kinds.has(a.kind)) &&
    (!modalities || a.modality === undefined || modalities.has(a.modality)) &&
    (!articles || a.articles.some((article) => articles.has(article))) &&
    (!windowed || a.date === undefined || inWindow(a.date, filter));
}

import type { DateValue, KnowledgeGraph } from "../model/types.ts";
import type { Kind, Modality } from "../model/vocabulary.ts";
import { dateSortKey } from "./date-window.ts";
import { nodePredicate, type NodeFilter } from "./node-filter.ts";

export interface TimelineEntry {
  node: string;
  label: string;
  kind: Kind;
  modality?: Modality;
  /** The date as stated, with its precision (`2018`, `2019-07`, `2023-03-16`) and bounds. */
  date: DateValue;
}

const PRECISION_ORDER = { year: 0, month: 1, day: 2 } as const;

/**
 * Dated nodes in time order (by earliest bound, then coarser precision first), filtered by kind,
 * modality, article and window. Dates keep their precision: "late 2018" stays a year-precision date.
 *
 * @example Plans and pledges from 2024 on
 * ```ts
 * timeline(graph, { modalities: ["planned"], from: "2024" }).map((e) => `${e.date.value} ${e.label}`);
 * ```
 */
export function timeline(graph: KnowledgeGraph, filter: NodeFilter = {}): TimelineEntry[] {
  const accept = nodePredicate(filter);
  const entries: Array<TimelineEntry & { key: string }> = [];
  graph.forEachNode((node, a) => {
    if (!a.date || !accept(a)) return;
    // A date that names no time ("during World War II") cannot be placed on a line.
    const key = a.date ? dateSortKey(a.date) : undefined;
    if (key === undefined) return;
    const entry: TimelineEntry & { key: string } = { node, label: a.label, kind: a.kind, date: a.date, key };
    if (a.modality !== undefined) entry.modality = a.modality;
    entries.push(entry);
  });
  entries.sort(
    (x, y) =>
      x.key.localeCompare(y.key) ||
      PRECISION_ORDER[x.date.precision ?? "day"] - PRECISION_ORDER[y.date.precision ?? "day"] ||
      x.label.localeCompare(y.label),
  );
  return entries.map(({ key: _key, ...entry }) => entry);
}

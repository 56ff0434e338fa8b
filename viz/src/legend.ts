// The legend, visible without scrolling at any window size: on a wide screen it heads the left sidebar,
// off the canvas, so it hides no node (over the canvas it covered a third of a 1280 px window's graph);
// on a narrow one it is folded over the graph's corner, and unfolded it opens above the graph, pushing the
// canvas down rather than covering its corner (the canvas keeps its size, so the view stays as it was). Shape = kind group, the four causal relations by
// colour and arrowhead, modality by line style (canvas) and by underline or strike-through (text), drafts faded.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { KINDS, RELATIONS, type Relation } from "../../src/model/vocabulary.ts";
import { clear, el } from "./dom.ts";
import { MODALITY_DASH, RELATION_HEAD_DICT } from "./modality-style.ts";
import { CAUSAL_COLORS, GROUP_SHAPES, relationLabel } from "./palette.ts";

const HEAD_GLYPH: Record<string, string> = { arrow: "▶", circle: "●", bar: "┃", diamond: "◆" };

function line(color: string, style: "solid" | "dashed" | "dotted", head?: string): HTMLElement {
  const stroke = el("span", { className: `legend-line ${style}` });
  stroke.style.borderTopColor = color;
  const out = el("span", { className: "legend-edge" }, stroke);
  if (head) {
    const glyph = el("span", { className: "legend-head", text: HEAD_GLYPH[head] ?? "▶" });
    glyph.style.color = color;
    out.append(glyph);
  }
  return out;
}

const NARROW = "(max-width: 900px)";

/** Puts the legend where it hides nothing (see the header), and moves it when the window crosses the width. */
export function placeLegend(legend: HTMLElement): void {
  const narrow = window.matchMedia(NARROW);
  const place = () => {
    const sidebar = document.getElementById("sidebar");
    const status = document.getElementById("status");
    if (narrow.matches || !sidebar) {
      if (status && legend.nextElementSibling !== status) status.before(legend);
    } else if (sidebar.firstElementChild !== legend) sidebar.prepend(legend);
  };
  // The stage knows whether its legend is unfolded: the narrow layout then puts it above the canvas (styles.css).
  const unfolded = () => {
    const open = !!legend.querySelector<HTMLDetailsElement>("details.legend-box")?.open;
    document.querySelector(".stage")?.classList.toggle("legend-open", open && legend.closest(".stage") !== null);
  };
  place();
  unfolded();
  // The sidebar's sticky legend covers its top: what is scrolled into view there (the figures) stops below it.
  const height = () => document.getElementById("sidebar")?.style.setProperty("--legend-height", `${legend.closest(".sidebar") ? legend.offsetHeight : 0}px`);
  new ResizeObserver(height).observe(legend);
  narrow.addEventListener("change", () => {
    place();
    unfolded();
    height();
  });
  // toggle does not bubble: listened for in the capture phase.
  legend.addEventListener("toggle", unfolded, true);
}

export function renderLegend(root: HTMLElement, graph: KnowledgeGraph): void {
  clear(root);
  const groups = new Set<string>();
  graph.forEachNode((_n, a) => {
    if (Object.hasOwn(KINDS, a.kind)) groups.add(KINDS[a.kind].group);
  });
  const relations = new Set<string>(graph.mapEdges((_e, a) => a.relation));
  const modalities = new Set<string>(graph.mapEdges((_e, a) => a.modality));
  let drafts = false;
  graph.forEachEdge((_e, a) => {
    if (a.drafted) drafts = true;
  });

  const shapes = el("ul", { className: "legend-list" });
  for (const [group, shape] of Object.entries(GROUP_SHAPES)) {
    if (groups.has(group)) shapes.append(el("li", {}, el("span", { className: `swatch ${shape} legend-shape` }), group));
  }
  if (graph.someNode((_n, a) => a.modality !== undefined && a.modality !== "happened")) {
    shapes.append(el("li", {}, el("span", { className: "swatch diamond legend-shape pale" }), "pale: planned, expected, did not happen"));
  }
  const causal = el("ul", { className: "legend-list" });
  for (const relation of Object.keys(CAUSAL_COLORS) as Relation[]) {
    if (!relations.has(relation) || !Object.hasOwn(RELATIONS, relation)) continue;
    causal.append(el("li", { attrs: { "data-relation": relation } }, line(CAUSAL_COLORS[relation] ?? "#888", "solid", RELATION_HEAD_DICT[relation]), relationLabel(relation)));
  }
  causal.append(el("li", {}, line("#a4adbd", "solid", "arrow"), "other relations (thin)"));
  const modality = el("ul", { className: "legend-list" });
  modality.append(el("li", {}, line("#5a6472", "solid"), "happened"));
  for (const rule of MODALITY_DASH) {
    if (!rule.modalities.some((m) => modalities.has(m))) continue;
    const sample = line("#5a6472", rule.dash > 5 ? "dashed" : "dotted");
    if (rule.opacity !== undefined) sample.style.opacity = String(rule.opacity);
    modality.append(el("li", { attrs: { "data-modality": rule.modalities.join(" ") } }, sample, rule.label));
  }
  if (graph.someEdge((_e, a) => a.confidence < 1 && !a.drafted)) {
    const faint = line("#5a6472", "solid");
    faint.style.opacity = "0.4";
    modality.append(el("li", {}, faint, "stated with confidence below 1 (fainter)"));
  }
  if (drafts) modality.append(el("li", {}, el("span", { className: "draft-swatch" }), "drafted, not reviewed (faded by confidence)"));
  const text = el("ul", { className: "legend-list" },
    el("li", {}, el("span", { className: "legend-text mod-planned", text: "planned" }), el("span", { className: "legend-text mod-expected", text: "expected" }),
      el("span", { className: "legend-text mod-not_happened", text: "did not happen" })));

  const open = !window.matchMedia(NARROW).matches;
  const box = el("details", { className: "legend-box", attrs: open ? { open: "" } : {} },
    el("summary", { text: "Legend" }),
    el("div", { className: "legend-title", text: "Shape: kind of thing (colour: kind, see Filters)" }), shapes,
    el("div", { className: "legend-title", text: "Causal links: colour and head" }), causal,
    el("div", { className: "legend-title", text: "Line: modality of the claim" }), modality,
    el("div", { className: "legend-title", text: "In the text" }), text);
  root.append(box);
}

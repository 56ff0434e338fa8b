// The legend: shape = kind group, colour = kind; thick pink arrows are causal claims.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { clear, el } from "./dom.ts";
import { CATEGORY_COLORS, kindColor, kindShape } from "./palette.ts";

export function renderLegend(root: HTMLElement, graph: KnowledgeGraph): void {
  clear(root);
  const kinds = new Set<string>();
  graph.forEachNode((_n, a) => kinds.add(a.kind));
  const list = el("ul", { className: "linklist" });
  for (const kind of [...kinds].sort()) {
    const swatch = el("span", { className: `swatch ${kindShape(kind)}` });
    swatch.style.background = kindColor(kind);
    list.append(el("li", { className: "check" }, swatch, kind));
  }
  const causal = el("span", { className: "edge-swatch causal" });
  causal.style.borderTopColor = CATEGORY_COLORS.causal;
  const other = el("span", { className: "edge-swatch" });
  other.style.borderTopColor = CATEGORY_COLORS.actor;
  list.append(el("li", { className: "check" }, causal, "causes / enables / aims at"), el("li", { className: "check" }, other, "other relations"));
  let drafts = false;
  graph.forEachEdge((_e, a) => {
    if (a.drafted) drafts = true;
  });
  if (drafts) {
    list.append(el("li", { className: "check" }, el("span", { className: "draft-swatch" }), "drafted, not reviewed (faded by confidence; dashed underline in the text)"));
  }
  root.append(el("h3", { text: "Legend" }), list);
}

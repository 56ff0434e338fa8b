// A plain, screen-reader friendly reading of the same (filtered) graph: a table of nodes and a
// table of claims with their evidence. Every name is a button that selects it.
import { MODALITIES, type Modality } from "../../src/model/vocabulary.ts";
import { clear, el } from "./dom.ts";
import type { ExplorerApi } from "./explorer-api.ts";
import { relationLabel } from "./palette.ts";

export function renderListView(root: HTMLElement, api: ExplorerApi): void {
  clear(root);
  const { graph, state } = api;
  const visible = api.visible();
  const sel = state.selection;
  const modality = (m: string | undefined) => (m && Object.hasOwn(MODALITIES, m) ? MODALITIES[m as Modality].label : m ?? "");
  const button = (text: string, onClick: () => void) => el("button", { className: "linkbtn", text, attrs: { type: "button" }, on: { click: onClick } });

  const nodes = el("table", { attrs: { "aria-label": "Nodes" } },
    el("thead", {}, el("tr", {}, ...["Name", "Kind", "Date", "Modality", "Links"].map((h) => el("th", { text: h, attrs: { scope: "col" } })))));
  const nodeBody = el("tbody");
  const nodeKeys = [...visible.nodes].sort((a, b) => graph.degree(b) - graph.degree(a)).slice(0, api.settings.listMaxRows);
  for (const node of nodeKeys) {
    const a = graph.getNodeAttributes(node);
    const row = el("tr", { className: sel?.type === "node" && sel.key === node ? "selected" : "" },
      el("td", {}, button(a.label, () => api.select({ type: "node", key: node }, { scrollText: true }))),
      el("td", { text: a.kind }),
      el("td", { text: a.date?.text ?? "" }),
      el("td", { text: modality(a.modality) }),
      el("td", { text: String(graph.degree(node)) }));
    nodeBody.append(row);
  }
  nodes.append(nodeBody);

  const claims = el("table", { attrs: { "aria-label": "Claims" } },
    el("thead", {}, el("tr", {}, ...["From", "Relation", "To", "Modality", "Evidence"].map((h) => el("th", { text: h, attrs: { scope: "col" } })))));
  const claimBody = el("tbody");
  for (const edge of [...visible.edges].slice(0, api.settings.listMaxRows)) {
    const a = graph.getEdgeAttributes(edge);
    const [s, t] = graph.extremities(edge);
    claimBody.append(el("tr", { className: sel?.type === "edge" && sel.key === edge ? "selected" : "" },
      el("td", {}, button(graph.getNodeAttribute(s, "label"), () => api.select({ type: "node", key: s }, { scrollText: true }))),
      el("td", {}, button(relationLabel(a.relation), () => api.select({ type: "edge", key: edge }, { scrollText: true }))),
      el("td", {}, button(graph.getNodeAttribute(t, "label"), () => api.select({ type: "node", key: t }, { scrollText: true }))),
      el("td", { text: modality(a.modality) }),
      el("td", { text: a.evidence.map((e) => `“${e.quote}”`).join(" ") })));
  }
  claims.append(claimBody);
  root.append(el("h2", { text: `Nodes (${visible.nodes.size})` }), nodes, el("h2", { text: `Claims (${visible.edges.size})` }), claims);
}

// Every figure the graph states (amounts, counts, rates, target years) in one table: its node, the
// value with unit and comparator, and the quote. A row selects its node and scrolls the article to
// that figure's own quote (not the node's first one). Only nodes the filters leave are listed.
import type { Figure } from "../../src/model/types.ts";
import { clear, el } from "./dom.ts";
import { itemKey, type ExplorerApi } from "./explorer-api.ts";

const COMPARATOR_SIGNS: Record<Figure["comparator"], string> = {
  exactly: "", moreThan: "> ", atLeast: "≥ ", lessThan: "< ", atMost: "≤ ", about: "≈ ",
};

const COMPACT = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 2 });

export interface FigureRow {
  node: string;
  /** Index of the figure in the node's `figures`: its quotes are the article spans `f<index>.<n>`. */
  index: number;
  figure: Figure;
}

export class FiguresPanel {
  private rendered = "";

  constructor(private readonly root: HTMLElement, private readonly api: ExplorerApi) {}

  rows(): FigureRow[] {
    const visible = this.api.visible().nodes;
    const rows: FigureRow[] = [];
    this.api.graph.forEachNode((node, a) => {
      if (visible.has(node)) (a.figures ?? []).forEach((figure, index) => rows.push({ node, index, figure }));
    });
    return rows;
  }

  render(): void {
    const rows = this.rows();
    const sel = this.api.state.selection;
    const selected = sel?.type === "node" ? sel.key : null;
    // Rebuilt only when the rows change, so a click does not lose the table's scroll position.
    const key = JSON.stringify(rows.map((r) => r.figure.id));
    if (key !== this.rendered) this.build(rows);
    this.rendered = key;
    for (const row of this.root.querySelectorAll<HTMLElement>("li[data-node]")) row.classList.toggle("selected", row.dataset.node === selected);
  }

  private build(rows: FigureRow[]): void {
    clear(this.root);
    this.root.append(el("h2", { text: `Figures (${rows.length})` }));
    if (!rows.length) {
      this.root.append(el("p", { className: "rel", text: "No figure in the nodes shown." }));
      return;
    }
    // One entry per figure, the quote under node and value across the whole width: as a two-column table
    // in the 250 px sidebar the value column took half of it and the quotes wrapped a word a line.
    const list = el("ol", { className: "figures" });
    for (const { node, index, figure } of rows) {
      const label = this.api.graph.getNodeAttribute(node, "label");
      // Compact ("300T KRW") so the value stays short beside the node's name; the exact value is in the title.
      const value = `${COMPARATOR_SIGNS[figure.comparator]}${COMPACT.format(figure.value)} ${figure.unit}${figure.per ? ` / ${figure.per}` : ""}`;
      const quote = figure.evidence[0]?.quote ?? figure.text;
      const open = () => {
        const selection = { type: "node" as const, key: node };
        this.api.select(selection, { moveCamera: true, scrollText: false });
        // On a phone the article is another tab: ask the tabs to show it before scrolling in it.
        this.root.dispatchEvent(new CustomEvent("kg:show-tab", { bubbles: true, detail: "article" }));
        this.api.showEvidence(selection, `f${index}.0`);
      };
      list.append(el("li", { attrs: { "data-node": node, "data-figure": figure.id, "data-item": itemKey({ type: "node", key: node }) } },
        el("div", { className: "figure-head" },
          el("button", { className: "linkbtn", text: label, attrs: { type: "button", title: figure.measure }, on: { click: open } }),
          el("span", { className: "figure-value", text: value, attrs: { "data-comparator": figure.comparator, title: `${figure.comparator} ${figure.value} ${figure.unit}` } })),
        el("div", { className: "rel", text: figure.measure }),
        el("div", { className: "quote", text: `“${quote}”` })));
    }
    this.root.append(list);
  }
}

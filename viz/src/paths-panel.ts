// "How is A connected to B?": two node pickers and the paths between them, every hop with its
// claims and their evidence quotes.
import { clear, el } from "./dom.ts";
import type { ExplorerApi } from "./explorer-api.ts";
import type { PathResult } from "./find-paths.ts";
import { relationLabel } from "./palette.ts";

export class PathsPanel {
  constructor(private readonly root: HTMLElement, private readonly api: ExplorerApi) {}

  private label(node: string): string {
    return this.api.graph.getNodeAttribute(node, "label");
  }

  render(result: PathResult | null): void {
    clear(this.root);
    const { pathFrom, pathTo } = this.api.state;
    if (!pathFrom && !pathTo) return;
    this.root.append(el("h2", { text: "Paths" }),
      el("p", {},
        el("strong", { text: pathFrom ? this.label(pathFrom) : "(choose a start: “Paths from here”)" }),
        " → ",
        el("strong", { text: pathTo ? this.label(pathTo) : "(choose an end: “Paths to here”)" }),
        " ",
        el("button", { className: "linkbtn", text: "clear", attrs: { type: "button" }, on: { click: () => this.api.update({ pathFrom: null, pathTo: null }) } })));
    if (!result) return;
    if (!result.paths.length) {
      this.root.append(el("p", { text: `No path links them within ${this.api.settings.pathMaxDepth} hops (with the current filters).` }));
      return;
    }
    if (result.undirected) this.root.append(el("p", { className: "rel", text: "No path follows the arrows; these ignore direction." }));
    result.paths.forEach((path, i) => {
      const box = el("div", { attrs: { "data-path": String(i) } }, el("h3", { text: `Path ${i + 1}: ${path.length} hop${path.length > 1 ? "s" : ""}` }));
      for (const hop of path) {
        const hopBox = el("div", { className: "hop" });
        for (const edge of hop) {
          const a = this.api.graph.getEdgeAttributes(edge);
          const [s, t] = this.api.graph.extremities(edge);
          hopBox.append(
            el("button", {
              className: "linkbtn", text: `${this.label(s)} — ${relationLabel(a.relation)} → ${this.label(t)}`, attrs: { type: "button" },
              on: { click: () => this.api.select({ type: "edge", key: edge }, { scrollText: true }) },
            }),
            ...a.evidence.map((ev) => el("blockquote", { className: "quote", text: `“${ev.quote}”` })),
          );
        }
        box.append(hopBox);
      }
      this.root.append(box);
    });
  }
}

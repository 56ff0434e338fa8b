// "How is A connected to B?": two node pickers and the paths between them, every hop with its
// claim and its evidence quotes. The paths are the core's (`kg path --all`), see view-paths.ts.
import { clear, el } from "./dom.ts";
import type { ExplorerApi } from "./explorer-api.ts";
import type { ViewPaths } from "./view-paths.ts";
import { relationLabel } from "./palette.ts";

export class PathsPanel {
  constructor(private readonly root: HTMLElement, private readonly api: ExplorerApi) {}

  private label(node: string): string {
    return this.api.graph.getNodeAttribute(node, "label");
  }

  render(result: ViewPaths | null): void {
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
    const shown = result.paths.length < result.total ? `the ${result.paths.length} shortest of ${result.total}` : `${result.total}`;
    this.root.append(el("p", { className: "rel", text: `${shown} path(s) of at most ${this.api.settings.pathMaxDepth} claims; a hop may walk a claim against its arrow.` }));
    result.paths.forEach((path, i) => {
      const box = el("div", { attrs: { "data-path": String(i), "data-nodes": path.nodes.join(" ") } },
        el("h3", { text: `Path ${i + 1}: ${path.hops.length} hop${path.hops.length > 1 ? "s" : ""}` }));
      for (const hop of path.hops) {
        box.append(el("div", { className: "hop", attrs: { "data-claim": hop.claim } },
          el("button", {
            className: "linkbtn", text: `${hop.sourceLabel} — ${relationLabel(hop.relation)} → ${hop.targetLabel}`, attrs: { type: "button" },
            on: { click: () => this.api.select({ type: "edge", key: hop.claim }, { scrollText: true }) },
          }),
          ...hop.quotes.map((quote) => el("blockquote", { className: "quote", text: `“${quote}”` }))));
      }
      this.root.append(box);
    });
  }
}

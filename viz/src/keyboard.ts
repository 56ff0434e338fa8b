// Keyboard navigation: "/" search, Esc clear, F fit, L list view, +/- zoom, and in the graph the
// arrow keys walk the selected node's neighbours (Enter re-anchors on the current node).
import type { Explorer } from "./explorer.ts";

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName));
}

export function attachKeyboard(explorer: Explorer, search: HTMLInputElement, graphBox: HTMLElement): void {
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    const camera = explorer.sigma.getCamera();
    switch (e.key) {
      case "/":
        e.preventDefault();
        search.focus();
        return;
      case "Escape":
        if (explorer.state.selection) explorer.select(null);
        else explorer.update({ pathFrom: null, pathTo: null, highlight: null });
        return;
      case "f":
      case "F":
        explorer.fit();
        return;
      case "l":
      case "L":
        explorer.update({ view: explorer.state.view === "list" ? "graph" : "list" });
        return;
      case "+":
      case "=":
        void camera.zoomIn({ duration: 200 });
        return;
      case "-":
        void camera.zoomOut({ duration: 200 });
        return;
    }
    if (document.activeElement !== graphBox) return;
    if (e.key === "ArrowRight" || e.key === "ArrowDown") {
      e.preventDefault();
      explorer.stepNeighbour(1);
    } else if (e.key === "ArrowLeft" || e.key === "ArrowUp") {
      e.preventDefault();
      explorer.stepNeighbour(-1);
    } else if (e.key === "Enter") {
      explorer.anchorOnSelection();
    }
  });
}

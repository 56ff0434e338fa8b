// The search field: an ARIA combobox over labels and aliases. Enter or a click selects the node
// and moves the camera to it; arrow keys move through the suggestions.
import { clear, el } from "./dom.ts";
import type { ExplorerApi } from "./explorer-api.ts";
import { buildSearchIndex, searchNodes, type SearchEntry } from "./search-index.ts";

export function attachSearch(input: HTMLInputElement, list: HTMLUListElement, api: ExplorerApi): void {
  const index = buildSearchIndex(api.graph.mapNodes((node, a) => ({ node, label: a.label, aliases: a.aliases, kind: a.kind })));
  let results: SearchEntry[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };
  const choose = (entry: SearchEntry | undefined) => {
    if (!entry) return;
    api.select({ type: "node", key: entry.node }, { moveCamera: true, scrollText: true });
    input.value = entry.label;
    close();
  };
  const paint = () => {
    clear(list);
    results.forEach((r, i) => {
      const item = el("li", { attrs: { role: "option", id: `search-option-${i}`, "aria-selected": String(i === active) } },
        el("span", { text: r.label }),
        r.matched !== r.label ? el("span", { className: "kind", text: `“${r.matched}”` }) : null,
        el("span", { className: "kind", text: r.kind }));
      item.addEventListener("mousedown", (e) => {
        e.preventDefault();
        choose(r);
      });
      list.append(item);
    });
    list.hidden = results.length === 0;
    input.setAttribute("aria-expanded", String(results.length > 0));
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-option-${active}`);
  };

  input.addEventListener("input", () => {
    results = searchNodes(index, input.value);
    active = results.length ? 0 : -1;
    paint();
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!results.length) return;
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : -1) + results.length) % results.length;
      paint();
    } else if (e.key === "Enter") {
      e.preventDefault();
      choose(results[Math.max(0, active)]);
    } else if (e.key === "Escape") {
      close();
      input.blur();
    }
  });
  input.addEventListener("blur", close);
}

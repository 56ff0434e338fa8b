// The search field: an ARIA combobox over the core's node search (the ranking `kg find` prints:
// ids, labels and aliases, case, accents and hyphens folded). Enter or a click selects the node
// and moves the camera to it; arrow keys move through the suggestions.
import type { NodeMatch } from "../../src/query/find-nodes.ts";
import { clear, el } from "./dom.ts";
import type { ExplorerApi } from "./explorer-api.ts";

/** A long quote cut to the words around the query (case-insensitive), so a suggestion stays one line. */
function excerpt(text: string, query: string, width = 48): string {
  if (text.length <= width) return text;
  const at = Math.max(0, text.toLowerCase().indexOf(query.trim().toLowerCase()));
  const start = Math.max(0, Math.min(at - 12, text.length - width));
  return `${start > 0 ? "…" : ""}${text.slice(start, start + width)}${start + width < text.length ? "…" : ""}`;
}

export function attachSearch(input: HTMLInputElement, list: HTMLUListElement, api: ExplorerApi): void {
  let results: NodeMatch[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };
  const choose = (match: NodeMatch | undefined) => {
    if (!match) return;
    const selection = { type: "node" as const, key: match.id };
    api.select(selection, { moveCamera: true, scrollText: true });
    // Found by its words or a figure: show those very words in the article, not the node's first quote.
    const a = api.graph.getNodeAttributes(match.id);
    const quote = match.matchedOn === "quote" ? a.evidence.findIndex((e) => e.quote === match.matchedText) : -1;
    const figure = match.matchedOn === "figure" ? (a.figures ?? []).findIndex((f) => f.text === match.matchedText || f.converted?.text === match.matchedText) : -1;
    if (quote >= 0) api.showEvidence(selection, quote);
    else if (figure >= 0 && a.figures[figure]?.evidence.length) api.showEvidence(selection, `f${figure}.0`);
    input.value = match.label;
    close();
  };
  const paint = () => {
    clear(list);
    results.forEach((r, i) => {
      const item = el("li", { attrs: { role: "option", id: `search-option-${i}`, "aria-selected": String(i === active), "data-node": r.id } },
        el("span", { text: r.label }),
        r.matchedOn !== "label" ? el("span", { className: "kind", text: `${r.matchedOn} “${excerpt(r.matchedText, input.value)}”` }) : null,
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
    results = input.value.trim() ? api.search.find(input.value, { limit: api.settings.searchLimit, content: true }) : [];
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

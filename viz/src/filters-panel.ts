// Filters by kind, relation and modality, and the timeline: two sliders bounding the years the
// graph's dates span. Only values present in the graph are offered.
import { MODALITIES, RELATIONS, type Kind, type Modality, type Relation } from "../../src/model/vocabulary.ts";
import { clear, el } from "./dom.ts";
import type { ExplorerApi } from "./explorer-api.ts";
import { nodeYears, yearDomain } from "./node-years.ts";
import { kindColor, kindShape, relationLabel } from "./palette.ts";

function counts<T extends string>(values: Iterable<T>): Map<T, number> {
  const out = new Map<T, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}

export class FiltersPanel {
  private readonly domain: [number, number] | null;

  constructor(private readonly root: HTMLElement, private readonly api: ExplorerApi) {
    const spans: ReturnType<typeof nodeYears>[] = [];
    api.graph.forEachNode((_n, a) => spans.push(nodeYears(a)));
    this.domain = yearDomain(spans);
  }

  private group<T extends string>(title: string, entries: Map<T, number>, hidden: readonly T[], label: (v: T) => string,
    swatch: (v: T) => HTMLElement | null, onChange: (hidden: T[]) => void, name: string): HTMLElement {
    const set = el("fieldset", { attrs: { "data-filter": name } }, el("legend", { text: title }));
    for (const [value, count] of [...entries].sort((a, b) => b[1] - a[1])) {
      const box = el("input", { attrs: { type: "checkbox", value } });
      box.checked = !hidden.includes(value);
      box.addEventListener("change", () => {
        const next = new Set(hidden);
        if (box.checked) next.delete(value); else next.add(value);
        onChange([...next]);
      });
      set.append(el("label", { className: "check" }, box, swatch(value), label(value), el("span", { className: "count", text: String(count) })));
    }
    return set;
  }

  render(): void {
    clear(this.root);
    const { graph, state } = this.api;
    const kinds = counts<Kind>(graph.mapNodes((_n, a) => a.kind));
    const relations = counts<Relation>(graph.mapEdges((_e, a) => a.relation));
    const modalities = counts<Modality>([...graph.mapNodes((_n, a) => a.modality), ...graph.mapEdges((_e, a) => a.modality)].filter((m): m is Modality => !!m));
    this.root.append(el("h3", { text: "Filters" }));
    if (this.domain) this.root.append(this.timeline(this.domain));
    this.root.append(
      this.group("Kinds", kinds, state.hiddenKinds, (k) => k, (k) => {
        const s = el("span", { className: `swatch ${kindShape(k)}` });
        s.style.background = kindColor(k);
        return s;
      }, (hiddenKinds) => this.api.update({ hiddenKinds }), "kind"),
      this.group("Modality", modalities, state.hiddenModalities, (m) => (Object.hasOwn(MODALITIES, m) ? MODALITIES[m].label : m), () => null,
        (hiddenModalities) => this.api.update({ hiddenModalities }), "modality"),
      this.group("Relations", relations, state.hiddenRelations, (r) => relationLabel(r), (r) => {
        const s = el("span", { className: `edge-swatch${Object.hasOwn(RELATIONS, r) && RELATIONS[r].category === "causal" ? " causal" : ""}` });
        return s;
      }, (hiddenRelations) => this.api.update({ hiddenRelations }), "relation"),
    );
  }

  private timeline([min, max]: [number, number]): HTMLElement {
    const window = this.api.state.timeWindow ?? [min, max];
    const out = el("output", { attrs: { id: "time-output" }, text: `${window[0]} – ${window[1]}` });
    const slider = (id: string, value: number, label: string) =>
      el("input", { attrs: { id, type: "range", min: String(min), max: String(max), step: "1", value: String(value), "aria-label": label } });
    const from = slider("time-from", window[0], "Show from year");
    const to = slider("time-to", window[1], "Show until year");
    const apply = () => {
      let a = Number(from.value);
      let b = Number(to.value);
      if (a > b) [a, b] = [b, a];
      out.textContent = `${a} – ${b}`;
      this.api.update({ timeWindow: a === min && b === max ? null : [a, b] });
    };
    from.addEventListener("input", apply);
    to.addEventListener("input", apply);
    return el("fieldset", { className: "timeline", attrs: { "data-filter": "time" } }, el("legend", { text: "Time (undated nodes stay)" }), out, from, to);
  }
}

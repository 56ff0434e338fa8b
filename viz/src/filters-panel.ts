// Filters by kind, modality, relation and article, and the timeline: two sliders bounding the years
// the graph's dates span. Only values present in the graph are offered. Every change starts from
// the explorer's current state (never from the state the panel was drawn with), so changes add
// up; `sync` puts the controls back in line with the state after any change from elsewhere
// (the URL, Reset, the keyboard).
import { MODALITIES, RELATIONS, type Kind, type Modality, type Relation } from "../../src/model/vocabulary.ts";
import { clear, el } from "./dom.ts";
import type { ExplorerApi } from "./explorer-api.ts";
import { nodeYears, yearDomain } from "./node-years.ts";
import { kindColor, kindShape, relationLabel } from "./palette.ts";
import type { ViewState } from "./view-state.ts";

function counts<T extends string>(values: Iterable<T>): Map<T, number> {
  const out = new Map<T, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}

type HiddenKey = "hiddenKinds" | "hiddenModalities" | "hiddenRelations" | "hiddenArticles";

export class FiltersPanel {
  private readonly domain: [number, number] | null;
  private readonly boxes: Array<{ box: HTMLInputElement; key: HiddenKey; value: string }> = [];
  private time: { from: HTMLInputElement; to: HTMLInputElement; out: HTMLOutputElement } | null = null;

  constructor(private readonly root: HTMLElement, private readonly api: ExplorerApi) {
    const spans: ReturnType<typeof nodeYears>[] = [];
    api.graph.forEachNode((_n, a) => spans.push(nodeYears(a)));
    this.domain = yearDomain(spans);
  }

  private toggle(key: HiddenKey, value: string, shown: boolean): void {
    const next = new Set<string>(this.api.state[key]);
    if (shown) next.delete(value);
    else next.add(value);
    this.api.update({ [key]: [...next].sort() } as Partial<ViewState>);
  }

  private group<T extends string>(title: string, entries: Map<T, number>, key: HiddenKey, label: (v: T) => string,
    swatch: (v: T) => HTMLElement | null, name: string): HTMLElement {
    const set = el("fieldset", { attrs: { "data-filter": name } }, el("legend", { text: title }));
    for (const [value, count] of [...entries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      const box = el("input", { attrs: { type: "checkbox", value } });
      box.addEventListener("change", () => this.toggle(key, value, box.checked));
      this.boxes.push({ box, key, value });
      set.append(el("label", { className: "check" }, box, swatch(value), label(value), el("span", { className: "count", text: String(count) })));
    }
    return set;
  }

  render(): void {
    clear(this.root);
    this.boxes.length = 0;
    const { graph } = this.api;
    const kinds = counts<Kind>(graph.mapNodes((_n, a) => a.kind));
    const relations = counts<Relation>(graph.mapEdges((_e, a) => a.relation));
    const modalities = counts<Modality>([...graph.mapNodes((_n, a) => a.modality), ...graph.mapEdges((_e, a) => a.modality)].filter((m): m is Modality => !!m));
    const articleTable = graph.getAttribute("articles") ?? {};
    const articles = counts<string>(graph.mapNodes((_n, a) => a.articles).flat());
    this.root.append(el("h2", { text: "Filters" }));
    this.time = null;
    if (this.domain) this.root.append(this.timeline(this.domain));
    this.root.append(
      this.group("Kinds", kinds, "hiddenKinds", (k) => k, (k) => {
        const s = el("span", { className: `swatch ${kindShape(k)}` });
        s.style.background = kindColor(k);
        return s;
      }, "kind"),
      this.group("Modality", modalities, "hiddenModalities", (m) => (Object.hasOwn(MODALITIES, m) ? MODALITIES[m].label : m), () => null, "modality"),
      this.group("Relations", relations, "hiddenRelations", (r) => relationLabel(r), (r) =>
        el("span", { className: `edge-swatch${Object.hasOwn(RELATIONS, r) && RELATIONS[r].category === "causal" ? " causal" : ""}` }), "relation"),
    );
    if (articles.size > 1) {
      this.root.append(this.group("Articles", articles, "hiddenArticles", (id) => articleTable[id]?.headline || id, () => null, "article"));
    }
    this.sync();
  }

  /** Checkboxes and sliders show the explorer's current state. */
  sync(): void {
    const state = this.api.state;
    for (const { box, key, value } of this.boxes) box.checked = !(state[key] as readonly string[]).includes(value);
    if (this.time && this.domain) {
      const [a, b] = state.timeWindow ?? this.domain;
      this.time.from.value = String(a);
      this.time.to.value = String(b);
      this.time.out.textContent = `${a} – ${b}`;
    }
  }

  private timeline([min, max]: [number, number]): HTMLElement {
    const out = el("output", { attrs: { id: "time-output" } });
    const slider = (id: string, label: string) =>
      el("input", { attrs: { id, type: "range", min: String(min), max: String(max), step: "1", "aria-label": label } });
    const from = slider("time-from", "Show from year");
    const to = slider("time-to", "Show until year");
    const apply = () => {
      let a = Number(from.value);
      let b = Number(to.value);
      if (a > b) [a, b] = [b, a];
      this.api.update({ timeWindow: a === min && b === max ? null : [a, b] });
    };
    from.addEventListener("input", apply);
    to.addEventListener("input", apply);
    this.time = { from, to, out };
    return el("fieldset", { className: "timeline", attrs: { "data-filter": "time" } },
      el("legend", { text: "Time (undated nodes stay)" }), out, from, to);
  }
}

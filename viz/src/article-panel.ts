// The article beside the graph. Every evidence span is a mark; at rest only the selection's words
// are lit (all evidence on request: "Highlight all evidence"). A click on a phrase selects the item
// it quotes or, when several items quote overlapping words, offers them in a chooser, so every item
// with evidence can be reached from its words. The clicked phrase stays where it was on screen; a
// selection from elsewhere scrolls to its evidence, and a quote in the details to that very quote.
import type { Evidence, KnowledgeGraph } from "../../src/model/types.ts";
import { el, clear } from "./dom.ts";
import { isDraftedEdge } from "./drafted.ts";
import { itemKey, parseItemKey, type ExplorerApi } from "./explorer-api.ts";
import { relationLabel } from "./palette.ts";
import { segmentText, type Span } from "./segment-text.ts";
import { codePointToUtf16Table, toUtf16Range } from "./text-offsets.ts";
import type { Selection } from "./view-state.ts";

/**
 * Owners (item keys) that each article only drafts, so their words there are marked as proposals: a
 * node reviewed in one article and drafted in another is a draft in the second article's text only.
 */
function draftedOwners(graph: KnowledgeGraph): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (article: string, owner: string) => {
    if (!out.has(article)) out.set(article, new Set());
    out.get(article)?.add(owner);
  };
  graph.forEachNode((node, a) => {
    for (const article of a.draftedIn ?? []) add(article, itemKey({ type: "node", key: node }));
  });
  graph.forEachEdge((edge, a) => {
    if (isDraftedEdge(a)) add(a.article, itemKey({ type: "edge", key: edge }));
  });
  return out;
}

/** A span's id: the item key and which of its quotes it is (`n:korea#0`; figures `n:x#f1.0`). */
const spanId = (owner: string, quote: string) => `${owner}#${quote}`;
const ownerOf = (span: string) => span.slice(0, span.lastIndexOf("#"));

function spansByArticle(graph: KnowledgeGraph): Map<string, Array<{ evidence: Evidence; span: string }>> {
  const out = new Map<string, Array<{ evidence: Evidence; span: string }>>();
  const add = (owner: string, list: readonly Evidence[], prefix = "") => {
    list.forEach((evidence, i) => {
      if (!out.has(evidence.article)) out.set(evidence.article, []);
      out.get(evidence.article)?.push({ evidence, span: spanId(owner, `${prefix}${i}`) });
    });
  };
  graph.forEachNode((node, attrs) => {
    const owner = itemKey({ type: "node", key: node });
    add(owner, attrs.evidence);
    (attrs.figures ?? []).forEach((figure, f) => add(owner, figure.evidence ?? [], `f${f}.`));
  });
  graph.forEachEdge((edge, attrs) => add(itemKey({ type: "edge", key: edge }), attrs.evidence));
  return out;
}

/** "Photo: Yonhap" for each of an article's credited pictures (the credited node's label, else the credit's words). */
export function photoCredits(graph: KnowledgeGraph, article: string): string[] {
  const images = (graph.getAttribute("articles") ?? {})[article]?.images ?? [];
  return images.flatMap((image) => {
    if (!image.credit) return [];
    const name = graph.hasNode(image.credit.entity) ? graph.getNodeAttribute(image.credit.entity, "label") : image.credit.text.quote;
    return [`Photo: ${name}`];
  });
}

/** Scrolls `container` (not the page) so that `element` is in view, centred when it was not. */
function scrollWithin(container: HTMLElement, element: HTMLElement): void {
  const box = container.getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  if (rect.top >= box.top && rect.bottom <= box.bottom) return;
  container.scrollTop += rect.top - box.top - (box.height - rect.height) / 2;
}

export class ArticlePanel {
  /** Marks of each item (all its quotes) and of each single quote. */
  private byItem = new Map<string, HTMLElement[]>();
  private bySpan = new Map<string, HTMLElement[]>();
  private active: HTMLElement[] = [];
  private current: HTMLElement[] = [];
  private chooser: HTMLElement | null = null;
  /** Each article's box and whether its text is built yet (texts are built when first shown). */
  private readonly boxes = new Map<string, { box: HTMLElement; built: boolean }>();
  private spans: Map<string, Array<{ evidence: Evidence; span: string }>> | null = null;
  private drafts: Map<string, Set<string>> | null = null;
  /** More articles than `articleTextsUpTo`: only those the selection cites are shown (not all texts one after another). */
  private readonly cited: boolean;
  private readonly hint: HTMLElement;

  constructor(private readonly root: HTMLElement, private readonly api: ExplorerApi) {
    const articles = Object.values(api.graph.getAttribute("articles") ?? {});
    this.cited = articles.length > api.settings.articleTextsUpTo;
    this.hint = el("p", { className: "hint", attrs: { "data-articles-hint": "" } });
    this.build();
  }

  private build(): void {
    clear(this.root);
    const articles = this.api.graph.getAttribute("articles") ?? {};
    const coverage = el("input", { attrs: { type: "checkbox", id: "show-coverage" } });
    coverage.addEventListener("change", () => this.root.classList.toggle("coverage", coverage.checked));
    this.root.append(el("label", { className: "check coverage-toggle" }, coverage, "Highlight all evidence"), this.hint);
    for (const article of Object.values(articles)) {
      const meta = [article.publisher, article.datePublished, (article.author ?? []).join(", ")].filter(Boolean).join(" · ");
      const box = el("article", { attrs: { "data-article": article.id } },
        el("h2", { text: article.headline || article.id }),
        el("div", { className: "meta", text: meta }));
      for (const credit of photoCredits(this.api.graph, article.id)) box.append(el("div", { className: "meta", attrs: { "data-photo-credit": "" }, text: credit }));
      if (this.api.revealArticle) {
        box.append(el("button", {
          className: "linkbtn", text: "Show in graph", attrs: { type: "button", "data-show-article": article.id, title: "Show the nodes this article quotes" },
          on: { click: () => this.api.revealArticle?.(article.id) },
        }));
      }
      this.boxes.set(article.id, { box, built: false });
      this.root.append(box);
      if (!this.cited) this.buildText(article.id);
    }
    this.showArticles(null);
  }

  /** Builds an article's text with its evidence marks (once). */
  private buildText(id: string): void {
    const entry = this.boxes.get(id);
    const article = (this.api.graph.getAttribute("articles") ?? {})[id];
    if (!entry || entry.built || !article) return;
    entry.built = true;
    this.spans ??= spansByArticle(this.api.graph);
    this.drafts ??= draftedOwners(this.api.graph);
    const spans = this.spans;
    const drafts = this.drafts;
    {
      const text = typeof article.text === "string" ? article.text : "";
      const table = codePointToUtf16Table(text);
      const list: Span[] = (spans.get(article.id) ?? []).map(({ evidence, span }) => {
        const [start, end] = toUtf16Range(table, evidence.start, evidence.end);
        return { start, end, owner: span };
      });
      const body = el("div", { className: "text" });
      const drafted = drafts.get(article.id) ?? new Set<string>();
      for (const segment of segmentText(text.length, list)) {
        const chunk = text.slice(segment.start, segment.end);
        if (!segment.owners.length) {
          body.append(chunk);
          continue;
        }
        // Items quoting these words: nodes before claims (a reader clicking words means a thing more
        // often than a statement about it), each group with the shortest span (the most specific) first.
        const unique = [...new Set(segment.owners.map(ownerOf))];
        const items = [...unique.filter((o) => o.startsWith("n:")), ...unique.filter((o) => !o.startsWith("n:"))];
        // Words that only drafted items quote are proposals: marked apart from reviewed evidence.
        const draft = items.every((owner) => drafted.has(owner));
        const modality = this.modalityClass(items[0] ?? "");
        const mark = el("mark", {
          text: chunk,
          className: [draft ? "draft" : "", items.length > 1 ? "overlap" : "", modality, this.hedged(items[0] ?? "") ? "hedged" : ""].filter(Boolean).join(" "),
          attrs: {
            "data-owner": items[0] ?? "",
            "data-owners": items.join(" "),
            ...(draft ? { title: "Drafted by kg draft, not yet reviewed" } : items.length > 1 ? { title: `Evidence for ${items.length} items` } : {}),
          },
        });
        mark.addEventListener("click", () => this.clicked(mark, items));
        for (const owner of items) {
          if (!this.byItem.has(owner)) this.byItem.set(owner, []);
          this.byItem.get(owner)?.push(mark);
        }
        for (const span of segment.owners) {
          if (!this.bySpan.has(span)) this.bySpan.set(span, []);
          this.bySpan.get(span)?.push(mark);
        }
        body.append(mark);
      }
      entry.box.append(body);
    }
  }

  /** The articles `selection` cites: a node's articles, a claim's article. */
  private citedBy(selection: Selection): string[] {
    const { graph } = this.api;
    if (selection?.type === "node" && graph.hasNode(selection.key)) {
      const a = graph.getNodeAttributes(selection.key);
      return [...new Set([...a.articles, ...a.evidence.map((e) => e.article)])];
    }
    if (selection?.type === "edge" && graph.hasEdge(selection.key)) return [graph.getEdgeAttribute(selection.key, "article")];
    return [];
  }

  /** On a big corpus: the selection's articles, built and shown; the others folded to their headline. */
  private showArticles(selection: Selection): void {
    if (!this.cited) return;
    const cited = new Set(this.citedBy(selection));
    for (const id of cited) this.buildText(id);
    for (const [id, { box }] of this.boxes) {
      box.hidden = selection !== null && !cited.has(id);
      box.classList.toggle("folded", !cited.has(id));
    }
    this.hint.textContent = selection
      ? `${cited.size} of ${this.boxes.size} articles cite the selection.`
      : `${this.boxes.size} articles: select a node or claim to read the articles that cite it.`;
  }

  /** The text's mark for what did not (yet) happen: planned, expected (or conditional, possible), not happened. */
  private modalityClass(owner: string): string {
    const { graph } = this.api;
    const item = parseItemKey(owner);
    const modality = item?.type === "node" && graph.hasNode(item.key) ? graph.getNodeAttribute(item.key, "modality")
      : item?.type === "edge" && graph.hasEdge(item.key) ? graph.getEdgeAttribute(item.key, "modality") : undefined;
    if (modality === "planned" || modality === "not_happened") return `mod-${modality}`;
    if (modality === "expected" || modality === "conditional" || modality === "potential") return "mod-expected";
    return "";
  }

  /** A claim stated with less than full confidence: its words are lit more faintly. */
  private hedged(owner: string): boolean {
    const item = parseItemKey(owner);
    return item?.type === "edge" && this.api.graph.hasEdge(item.key) && this.api.graph.getEdgeAttribute(item.key, "confidence") < 1;
  }

  private describe(owner: string): string {
    const { graph } = this.api;
    const item = parseItemKey(owner);
    if (item?.type === "node" && graph.hasNode(item.key)) {
      const a = graph.getNodeAttributes(item.key);
      return `${a.label} (${a.kind})`;
    }
    if (item?.type === "edge" && graph.hasEdge(item.key)) {
      const [s, t] = graph.extremities(item.key);
      return `${graph.getNodeAttribute(s, "label")} — ${relationLabel(graph.getEdgeAttribute(item.key, "relation"))} → ${graph.getNodeAttribute(t, "label")}`;
    }
    return owner;
  }

  private clicked(mark: HTMLElement, items: string[]): void {
    this.closeChooser();
    if (items.length === 1) {
      this.choose(mark, items[0] ?? "");
      return;
    }
    const menu = el("div", { className: "chooser", attrs: { role: "dialog", "aria-label": "Items these words are evidence for" } },
      el("div", { className: "chooser-title", text: `These words are evidence for ${items.length} items:` }));
    const list = el("ul", { className: "linklist" });
    for (const owner of items) {
      list.append(el("li", {}, el("button", {
        className: "linkbtn", text: this.describe(owner), attrs: { type: "button", "data-owner": owner },
        on: { click: () => this.choose(mark, owner) },
      })));
    }
    menu.append(list);
    menu.addEventListener("keydown", (e) => {
      if ((e as KeyboardEvent).key === "Escape") {
        e.stopPropagation();
        this.closeChooser();
      }
    });
    // Placed under the clicked words, inside the scrolling panel so it scrolls with them.
    const box = this.root.getBoundingClientRect();
    const rect = mark.getBoundingClientRect();
    menu.style.top = `${rect.bottom - box.top + this.root.scrollTop + 4}px`;
    menu.style.left = `${Math.max(8, Math.min(rect.left - box.left, box.width - 280))}px`;
    this.root.append(menu);
    this.chooser = menu;
    menu.querySelector("button")?.focus({ preventScroll: true });
    const away = (e: MouseEvent) => {
      if (!menu.contains(e.target as Node) && e.target !== mark) this.closeChooser();
    };
    document.addEventListener("mousedown", away);
    menu.addEventListener("kg:closed", () => document.removeEventListener("mousedown", away));
  }

  private closeChooser(): void {
    this.chooser?.dispatchEvent(new Event("kg:closed"));
    this.chooser?.remove();
    this.chooser = null;
  }

  /** Selects `owner`, keeping the clicked words where they were on screen (or at least in view). */
  private choose(mark: HTMLElement, owner: string): void {
    this.closeChooser();
    const before = mark.getBoundingClientRect().top;
    this.api.select(parseItemKey(owner), { moveCamera: true, scrollText: false });
    this.root.scrollTop += mark.getBoundingClientRect().top - before;
    scrollWithin(this.root, mark);
    this.setCurrent([mark]);
  }

  private setCurrent(marks: HTMLElement[]): void {
    for (const mark of this.current) mark.classList.remove("current");
    this.current = marks;
    for (const mark of marks) mark.classList.add("current");
  }

  /** Lights the selection's evidence; scrolls to its first span when asked. */
  highlight(selection: Selection, scroll: boolean): void {
    this.closeChooser();
    this.showArticles(selection);
    for (const mark of this.active) mark.classList.remove("active");
    this.active = selection ? this.byItem.get(itemKey(selection)) ?? [] : [];
    for (const mark of this.active) mark.classList.add("active");
    this.setCurrent([]);
    const first = this.active[0];
    if (scroll && first) scrollWithin(this.root, first);
  }

  /** Scrolls to the `index`-th evidence quote of an item (the details panel's quotes) and marks it. */
  showEvidence(selection: NonNullable<Selection>, index: number | string): void {
    const marks = this.bySpan.get(spanId(itemKey(selection), String(index))) ?? [];
    this.setCurrent(marks);
    const first = marks[0];
    if (first) scrollWithin(this.root, first);
  }
}

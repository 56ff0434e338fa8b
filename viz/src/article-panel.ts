// The article beside the graph, every evidence span highlighted. A click on a span selects the
// most specific node or claim it quotes; a selection lights up and scrolls to its evidence.
import type { Evidence, KnowledgeGraph } from "../../src/model/types.ts";
import { el, clear } from "./dom.ts";
import { isDraftedEdge } from "./drafted.ts";
import { itemKey, parseItemKey, type ExplorerApi } from "./explorer-api.ts";
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

function spansByArticle(graph: KnowledgeGraph): Map<string, Array<{ evidence: Evidence; owner: string }>> {
  const out = new Map<string, Array<{ evidence: Evidence; owner: string }>>();
  const add = (owner: string, list: readonly Evidence[]) => {
    for (const evidence of list) {
      if (!out.has(evidence.article)) out.set(evidence.article, []);
      out.get(evidence.article)?.push({ evidence, owner });
    }
  };
  graph.forEachNode((node, attrs) => {
    add(itemKey({ type: "node", key: node }), attrs.evidence);
    for (const figure of attrs.figures ?? []) add(itemKey({ type: "node", key: node }), figure.evidence ?? []);
  });
  graph.forEachEdge((edge, attrs) => add(itemKey({ type: "edge", key: edge }), attrs.evidence));
  return out;
}

export class ArticlePanel {
  private marks = new Map<string, HTMLElement[]>();
  private active: HTMLElement[] = [];

  constructor(private readonly root: HTMLElement, private readonly api: ExplorerApi) {
    this.build();
  }

  private build(): void {
    clear(this.root);
    const articles = this.api.graph.getAttribute("articles") ?? {};
    const spans = spansByArticle(this.api.graph);
    const drafts = draftedOwners(this.api.graph);
    for (const article of Object.values(articles)) {
      const text = typeof article.text === "string" ? article.text : "";
      const table = codePointToUtf16Table(text);
      const list: Span[] = (spans.get(article.id) ?? []).map(({ evidence, owner }) => {
        const [start, end] = toUtf16Range(table, evidence.start, evidence.end);
        return { start, end, owner };
      });
      const body = el("div", { className: "text" });
      const drafted = drafts.get(article.id) ?? new Set<string>();
      for (const segment of segmentText(text.length, list)) {
        const chunk = text.slice(segment.start, segment.end);
        if (!segment.owners.length) {
          body.append(chunk);
          continue;
        }
        const owners = segment.owners;
        // Words that only drafted items quote are proposals: marked apart from reviewed evidence.
        const draft = owners.every((owner) => drafted.has(owner));
        const mark = el("mark", {
          text: chunk,
          className: draft ? "draft" : "",
          attrs: { "data-owner": segment.owners[0] ?? "", ...(draft ? { title: "Drafted by kg draft, not yet reviewed" } : {}) },
        });
        mark.addEventListener("click", () => this.api.select(parseItemKey(owners[0] ?? ""), { moveCamera: true, scrollText: false }));
        for (const owner of owners) {
          if (!this.marks.has(owner)) this.marks.set(owner, []);
          this.marks.get(owner)?.push(mark);
        }
        body.append(mark);
      }
      const meta = [article.publisher, article.datePublished, (article.author ?? []).join(", ")].filter(Boolean).join(" · ");
      this.root.append(
        el("article", { attrs: { "data-article": article.id } },
          el("h2", { text: article.headline || article.id }),
          el("div", { className: "meta", text: meta }),
          body),
      );
    }
  }

  /** Lights the selection's evidence; scrolls to its first span when asked. */
  highlight(selection: Selection, scroll: boolean): void {
    for (const mark of this.active) mark.classList.remove("active");
    this.active = selection ? this.marks.get(itemKey(selection)) ?? [] : [];
    for (const mark of this.active) mark.classList.add("active");
    if (scroll) this.active[0]?.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  /** Scrolls to one evidence quote of an item (used by the details panel's quotes). */
  scrollToOwner(owner: string, index: number): void {
    this.marks.get(owner)?.[index]?.scrollIntoView({ block: "center", behavior: "smooth" });
  }
}

// The details of the selected node or claim: everything the contract holds about it, with its
// neighbours, causes and effects as buttons that select them. Text only, never HTML.
import type { Evidence } from "../../src/model/types.ts";
import { MODALITIES, type Modality } from "../../src/model/vocabulary.ts";
import type { CausalLink } from "../../src/query/trace-causal.ts";
import { isCausal } from "./causal-chain.ts";
import { isDraftedEdge, isDraftedNode } from "./drafted.ts";
import { clear, el } from "./dom.ts";
import type { ExplorerApi } from "./explorer-api.ts";
import { normalisedDate } from "./format-date.ts";
import { relationLabel } from "./palette.ts";

const WIKIDATA = /^(?:https?:\/\/www\.wikidata\.org\/(?:entity|wiki)\/)?(Q\d+)$/;

function modalityLabel(m: string): string {
  return Object.hasOwn(MODALITIES, m) ? MODALITIES[m as Modality].label : m;
}

function draftBadge(confidence: number | undefined): HTMLElement {
  return el("div", {
    className: "draft-badge",
    text: `Draft: proposed by kg draft, not yet reviewed${confidence === undefined ? "" : ` · confidence ${confidence}`}`,
  });
}

/** A node reviewed in some articles and only drafted in others. */
function partialDraftBadge(draftedIn: string[], articles: string[]): HTMLElement {
  return el("div", {
    className: "draft-badge partial",
    text: `Drafted, not yet reviewed, in ${draftedIn.length} of its ${articles.length} articles: ${draftedIn.join(", ")}`,
  });
}

export class DetailsPanel {
  constructor(private readonly root: HTMLElement, private readonly api: ExplorerApi) {}

  private nodeButton(node: string): HTMLButtonElement {
    const label = this.api.graph.getNodeAttribute(node, "label");
    return el("button", { className: "linkbtn", text: label, attrs: { type: "button", "data-node": node }, on: { click: () => this.api.select({ type: "node", key: node }, { moveCamera: true, scrollText: true }) } });
  }

  private quotes(list: readonly Evidence[], owner: { type: "node" | "edge"; key: string }): HTMLElement {
    const box = el("div");
    list.forEach((ev, i) => {
      const show = () => this.api.showEvidence(owner, i);
      box.append(el("blockquote", {
        className: "quote", text: `“${ev.quote}”`, attrs: { tabindex: "0", role: "button", title: "Show in the article", "data-quote": String(i) },
        on: {
          click: show,
          keydown: (e) => {
            if ((e as KeyboardEvent).key === "Enter" || (e as KeyboardEvent).key === " ") {
              e.preventDefault();
              show();
            }
          },
        },
      }));
    });
    return box;
  }

  /** Causes or effects as the core traces them: depth, the relation and modality of the hop next to it, its quote. */
  private chainList(title: string, links: CausalLink[], side: "causes" | "effects"): void {
    if (!links.length) return;
    const ul = el("ul", { className: "linklist chain", attrs: { "data-chain": side } });
    for (const link of links) {
      const hop = side === "causes" ? link.chain[0] : link.chain[link.chain.length - 1];
      const meta = hop ? `${relationLabel(hop.relation)} · ${modalityLabel(hop.modality)}` : "";
      ul.append(el("li", {},
        el("span", { className: "depth", text: String(link.depth), attrs: { title: `${link.depth} hop${link.depth > 1 ? "s" : ""} away` } }),
        " ", this.nodeButton(link.node), " ",
        el("span", { className: "rel", text: meta }),
        hop?.quotes[0] ? el("div", { className: "hop-quote", text: `“${hop.quotes[0]}”` }) : null));
    }
    this.root.append(el("h3", { text: title }), ul);
  }

  render(): void {
    clear(this.root);
    const selection = this.api.state.selection;
    if (!selection) {
      this.root.append(el("p", { className: "hint", text: "Click a node, a link or a highlighted phrase in the article to see what the story says about it." }));
      return;
    }
    if (selection.type === "node") this.renderNode(selection.key);
    else this.renderEdge(selection.key);
  }

  private renderNode(node: string): void {
    const { graph } = this.api;
    if (!graph.hasNode(node)) return;
    const a = graph.getNodeAttributes(node);
    const dl = el("dl");
    const row = (term: string, value: Node | string) => dl.append(el("dt", { text: term }), el("dd", {}, value));
    if (a.aliases.length) row("Also", a.aliases.join(", "));
    if (a.jobTitle) row("Role", a.jobTitle);
    if (a.date) {
      row("Date", `“${a.date.text}”`);
      row("Normalised", normalisedDate(a.date));
    }
    if (a.modality) row("Modality", modalityLabel(a.modality));
    const wd = WIKIDATA.exec(a.wikidata ?? "");
    if (wd) row("Wikidata", el("a", { text: wd[1], attrs: { href: `https://www.wikidata.org/wiki/${wd[1]}`, target: "_blank", rel: "noopener noreferrer" } }));
    for (const f of a.figures ?? []) row("Figure", `${f.measure}: ${f.text}${f.converted ? ` (${f.converted.text})` : ""}${f.per ? ` per ${f.per}` : ""}`);

    this.root.append(
      el("h2", { text: a.label }),
      el("div", { className: "kind", text: a.kind }),
      ...(isDraftedNode(a) ? [draftBadge(a.confidence)] : a.draftedIn?.length ? [partialDraftBadge(a.draftedIn, a.articles)] : []),
      el("p", { text: a.description }),
      dl,
    );
    if (a.evidence.length) this.root.append(el("h3", { text: "Evidence" }), this.quotes(a.evidence, { type: "node", key: node }));

    const chain = this.api.chain(node);
    this.chainList("Upstream causes", chain.causes, "causes");
    this.chainList("Downstream effects", chain.effects, "effects");

    const links = el("ul", { className: "linklist", attrs: { "aria-label": "Neighbours" } });
    graph.forEachOutEdge(node, (edge, ea, _s, target) => links.append(this.linkItem(edge, ea.relation, "→", target)));
    graph.forEachInEdge(node, (edge, ea, source) => links.append(this.linkItem(edge, ea.relation, "←", source)));
    if (links.childElementCount) this.root.append(el("h3", { text: "Neighbours" }), links);

    const hidden = this.api.hiddenNeighbours?.(node) ?? 0;
    this.root.append(el("div", { className: "actions" },
      el("button", { text: "Paths from here", attrs: { type: "button" }, on: { click: () => this.api.update({ pathFrom: node }) } }),
      el("button", { text: "Paths to here", attrs: { type: "button" }, on: { click: () => this.api.update({ pathTo: node }) } }),
      // A big graph opens in part (reveal.ts): this (or a double-click on the node) shows its other neighbours.
      hidden ? el("button", { text: `Expand: ${hidden} more neighbour${hidden > 1 ? "s" : ""}`, attrs: { type: "button", id: "btn-expand", title: "Show this node's neighbours (or double-click it)" }, on: { click: () => this.api.expand?.(node) } }) : null,
    ));
  }

  private linkItem(edge: string, relation: string, arrow: string, other: string): HTMLElement {
    return el("li", {},
      el("button", {
        className: `linkbtn rel${isCausal(relation) ? " causal" : ""}`, text: `${arrow} ${relationLabel(relation)}`, attrs: { type: "button", title: "Show this claim" },
        on: { click: () => this.api.select({ type: "edge", key: edge }, { scrollText: true }) },
      }),
      " ", this.nodeButton(other));
  }

  private renderEdge(edge: string): void {
    const { graph } = this.api;
    if (!graph.hasEdge(edge)) return;
    const a = graph.getEdgeAttributes(edge);
    const [source, target] = graph.extremities(edge);
    const dl = el("dl");
    const row = (term: string, value: Node | string) => dl.append(el("dt", { text: term }), el("dd", {}, value));
    row("From", this.nodeButton(source));
    row("Relation", relationLabel(a.relation));
    row("To", this.nodeButton(target));
    row("Modality", modalityLabel(a.modality));
    row("Confidence", String(a.confidence));
    if (a.role) row("Role", a.role);
    if (a.note) row("Note", a.note);
    row("Claim", edge);
    this.root.append(
      el("h2", { text: `${graph.getNodeAttribute(source, "label")} ${relationLabel(a.relation)} ${graph.getNodeAttribute(target, "label")}` }),
      el("div", { className: "kind", text: isCausal(a.relation) ? "causal claim" : "claim" }),
      ...(isDraftedEdge(a) ? [draftBadge(a.confidence)] : []),
      dl,
    );
    if (a.evidence.length) this.root.append(el("h3", { text: "Evidence" }), this.quotes(a.evidence, { type: "edge", key: edge }));
  }
}

// The story view's controls: which chain (root → end, its length), Prev / Next through its hops, and
// for the current hop what the article says: the claim, its relation and modality, its quote. Text
// only, never HTML. Shown at the top of the reader while the story view is on.
import { MODALITIES, type Modality } from "../../src/model/vocabulary.ts";
import type { StoryChain } from "../../src/query/story-chains.ts";
import { clear, el } from "./dom.ts";
import { relationLabel } from "./palette.ts";
import type { Story } from "./story.ts";

export interface StoryControls {
  readonly story: Story;
  storyChains(): StoryChain[];
  storyMove(delta: 1 | -1): void;
  storyChoose(index: number): void;
  setStory(on: boolean): void;
  label(node: string): string;
}

const modalityLabel = (m: string) => (Object.hasOwn(MODALITIES, m) ? MODALITIES[m as Modality].label : m);

export class StoryPanel {
  readonly root: HTMLElement;

  constructor(host: HTMLElement, private readonly controls: StoryControls) {
    this.root = el("section", { attrs: { id: "story", "aria-label": "Story", "aria-live": "polite" } });
    host.prepend(this.root);
  }

  render(): void {
    clear(this.root);
    const { story } = this.controls;
    this.root.hidden = !story.active;
    if (!story.active) return;
    const chains = this.controls.storyChains();
    const head = el("div", { className: "story-head" },
      el("h2", { text: "Story: the causal chains" }),
      el("button", { className: "linkbtn", text: "leave story", attrs: { type: "button", "data-story": "leave" }, on: { click: () => this.controls.setStory(false) } }));
    this.root.append(head);
    const now = story.current(chains);
    if (!now) {
      this.root.append(el("p", { className: "hint", text: "No causal chain passes the current filters." }));
      return;
    }
    const label = (n: string) => this.controls.label(n);
    const select = el("select", { attrs: { id: "story-chain", "aria-label": "Chain" } });
    chains.forEach((chain, i) => {
      const end = chain.hops[chain.hops.length - 1]!.target;
      const option = el("option", { text: `${i + 1}. ${label(chain.root)} → ${label(end)} (${chain.hops.length} hop${chain.hops.length > 1 ? "s" : ""})`, attrs: { value: String(i) } });
      option.selected = i === story.chainIndex;
      select.append(option);
    });
    select.addEventListener("change", () => this.controls.storyChoose(Number(select.value)));
    const first = story.chainIndex === 0 && story.step === 0;
    const last = story.chainIndex === chains.length - 1 && story.step === now.chain.hops.length - 1;
    const prev = el("button", { text: "◀ Prev", attrs: { type: "button", id: "story-prev", title: "Previous hop" }, on: { click: () => this.controls.storyMove(-1) } });
    const next = el("button", { text: "Next ▶", attrs: { type: "button", id: "story-next", title: "Next hop" }, on: { click: () => this.controls.storyMove(1) } });
    prev.disabled = first;
    next.disabled = last;
    const { hop } = now;
    this.root.append(
      el("label", { className: "story-chain", text: `Chain (${chains.length}): ` }, select),
      el("div", { className: "story-steps" }, prev,
        el("span", { className: "story-pos", text: `hop ${story.step + 1} of ${now.chain.hops.length}`, attrs: { "data-step": String(story.step) } }), next),
      el("div", { className: "story-hop", attrs: { "data-claim": hop.claim } },
        el("strong", { text: hop.sourceLabel }), " ",
        el("span", { className: "rel causal", text: relationLabel(hop.relation), attrs: { "data-relation": hop.relation } }), " ",
        el("strong", { text: hop.targetLabel }),
        el("div", { className: "rel", text: `${modalityLabel(hop.modality)}${hop.confidence < 1 ? ` · confidence ${hop.confidence}` : ""} · ${hop.article}`, attrs: { "data-modality": hop.modality } })),
      ...hop.quotes.map((quote) => el("blockquote", { className: "quote story-quote", text: `“${quote}”` })),
    );
  }
}

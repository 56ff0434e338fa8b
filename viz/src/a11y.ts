// Keyboard access the panels do not give by themselves: skip links, the article's phrases as
// buttons (Tab reaches them, Enter or Space activates), and focus kept after every action, because
// the panels redraw themselves (a selection, a filter, a tab) and a removed or hidden focused
// element drops the focus to <body>, sending a keyboard user back to the top of the page.
import type { PanelTab } from "./panel-tabs.ts";

/** What identifies a focused control across a redraw of its panel (new elements, same meaning). */
interface FocusMark {
  element: HTMLElement;
  id: string;
  panel: HTMLElement | null;
  tag: string;
  attrs: Array<[string, string]>;
  text: string;
}

const KEY_ATTRS = ["data-node", "data-owner", "data-quote", "data-tab", "data-kind", "data-relation", "data-modality", "data-article", "name", "value", "type"];
const PANEL_SELECTOR = "#details, #paths, #sparql, #article, #filters, #figures, #list-view, .tabs, .topbar, #legend";

function visible(element: HTMLElement): boolean {
  return element.isConnected && element.getClientRects().length > 0 && !element.closest("[hidden]");
}

function markOf(element: HTMLElement): FocusMark {
  return {
    element,
    id: element.id,
    panel: element.closest<HTMLElement>(PANEL_SELECTOR),
    tag: element.tagName,
    attrs: KEY_ATTRS.flatMap((name) => (element.hasAttribute(name) ? [[name, element.getAttribute(name) ?? ""] as [string, string]] : [])),
    text: (element.textContent ?? "").trim(),
  };
}

/** The same control after a redraw, else the first heading or control of its panel, else the panel. */
function counterpart(mark: FocusMark): HTMLElement | null {
  if (mark.id) {
    const same = document.getElementById(mark.id);
    if (same && visible(same)) return same;
  }
  const panel = mark.panel && mark.panel.isConnected && visible(mark.panel) ? mark.panel : null;
  if (!panel) return null;
  const candidates = [...panel.querySelectorAll<HTMLElement>(mark.tag)].filter(visible);
  const same = candidates.find((c) => mark.attrs.every(([k, v]) => c.getAttribute(k) === v) && (c.textContent ?? "").trim() === mark.text)
    ?? candidates.find((c) => mark.attrs.length > 0 && mark.attrs.every(([k, v]) => c.getAttribute(k) === v));
  if (same) return same;
  const heading = panel.querySelector<HTMLElement>("h2, h3");
  if (heading && visible(heading)) {
    if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
    return heading;
  }
  if (!panel.hasAttribute("tabindex")) panel.tabIndex = -1;
  return panel;
}

export class FocusKeeper {
  private last: FocusMark | null = null;

  constructor(private readonly fallback: () => HTMLElement | null) {
    document.addEventListener("focusin", (e) => {
      if (e.target instanceof HTMLElement && e.target !== document.body) this.last = markOf(e.target);
    });
    // Some redraws happen outside the explorer's render (a panel's own toggle, a tab switch):
    // check once the event that caused them has been handled.
    for (const type of ["click", "keydown", "change", "input"] as const) {
      document.addEventListener(type, () => setTimeout(() => this.restore(), 0), true);
    }
  }

  /** Puts the focus back where it meant to be if a redraw dropped it to <body>. */
  restore(): void {
    const active = document.activeElement;
    if (active && active !== document.body && active instanceof HTMLElement && visible(active)) return;
    const mark = this.last;
    // Still there: the focus left it on purpose (a click on plain text), not through a redraw.
    if (!mark || visible(mark.element)) return;
    const next = counterpart(mark) ?? this.fallback();
    if (next) {
      next.focus({ preventScroll: true });
      this.last = markOf(next);
    }
  }
}

/** Article phrases as buttons: reachable by Tab, activated by Enter or Space like a click. */
export function makePhrasesFocusable(article: HTMLElement): void {
  const decorate = (root: ParentNode) => {
    for (const mark of root.querySelectorAll<HTMLElement>("mark[data-owner]:not([tabindex])")) {
      // A mark of blanks only (the gap between two overlapping quotes) has no words to name it;
      // the words on either side are reachable.
      if (!mark.textContent?.trim()) {
        mark.tabIndex = -1;
        continue;
      }
      mark.tabIndex = 0;
      mark.setAttribute("role", "button");
    }
  };
  decorate(article);
  // The panel may redraw its text (another graph, articles shown on demand): new phrases too.
  new MutationObserver(() => decorate(article)).observe(article, { childList: true, subtree: true });
  article.addEventListener("keydown", (e) => {
    const target = e.target;
    if (!(target instanceof HTMLElement) || target.tagName !== "MARK" || !target.dataset.owner) return;
    if (e.key !== "Enter" && e.key !== " ") return;
    e.preventDefault();
    target.click();
  });
}

const SKIP_TAB: Record<string, PanelTab | undefined> = { article: "article" };

/** Skip links move the focus without a fragment navigation (which would add a history entry). */
export function attachSkipLinks(nav: HTMLElement, layout: HTMLElement | null): void {
  nav.addEventListener("click", (e) => {
    const link = (e.target as HTMLElement).closest<HTMLAnchorElement>("a[href^='#']");
    if (!link) return;
    const target = document.getElementById(link.hash.slice(1));
    if (!target) return;
    e.preventDefault();
    const tab = SKIP_TAB[link.dataset.skip ?? ""];
    if (tab && layout) layout.dispatchEvent(new CustomEvent<PanelTab>("kg:show-tab", { detail: tab }));
    // The article text's first phrase when there is one, so the next Tab is not needed.
    const first = link.dataset.skip === "article" ? target.querySelector<HTMLElement>("mark[tabindex]") : null;
    if (!target.hasAttribute("tabindex") && !/^(INPUT|BUTTON|SELECT|TEXTAREA|A)$/.test(target.tagName)) target.tabIndex = -1;
    (first ?? target).focus();
    (first ?? target).scrollIntoView({ block: "nearest" });
  });
}

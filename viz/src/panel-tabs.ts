// On a narrow screen the graph comes first and the panels share the space below it as tabs
// (Details, Article, Filters, Figures); on a wide one the tabs are hidden by CSS and every panel
// shows. The active tab is a view detail of the page, not of the story, so it is not in the URL.
export type PanelTab = "details" | "article" | "filters" | "figures";

export class PanelTabs {
  private readonly buttons: HTMLButtonElement[];

  constructor(private readonly layout: HTMLElement) {
    this.buttons = [...layout.querySelectorAll<HTMLButtonElement>(".tabs [role=tab]")];
    for (const button of this.buttons) {
      button.addEventListener("click", () => this.show(button.dataset.tab as PanelTab));
      button.addEventListener("keydown", (e) => {
        if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
        const i = this.buttons.indexOf(button) + (e.key === "ArrowRight" ? 1 : -1);
        const next = this.buttons[(i + this.buttons.length) % this.buttons.length];
        if (next) {
          this.show(next.dataset.tab as PanelTab);
          next.focus();
        }
      });
    }
    // A panel asks for another tab (the figures table opening a quote in the article) by an event, not by reaching into the tabs.
    layout.addEventListener("kg:show-tab", (e) => this.show((e as CustomEvent<PanelTab>).detail));
    this.show((layout.dataset.tab as PanelTab | undefined) ?? "details");
  }

  show(tab: PanelTab): void {
    this.layout.dataset.tab = tab;
    for (const button of this.buttons) {
      const on = button.dataset.tab === tab;
      button.setAttribute("aria-selected", String(on));
      button.tabIndex = on ? 0 : -1;
    }
  }
}

// The Copy-link button: the view's address (selection, filters, camera) to the clipboard. Where the
// clipboard API is missing or refused (no permission, an insecure origin), the link is shown in a
// field, selected, for the reader to copy by hand — never a silent failure.
import { clear, el } from "./dom.ts";

export function attachCopyLink(button: HTMLButtonElement, box: HTMLElement, link: () => string, status: (text: string) => void): void {
  const showFallback = (url: string) => {
    clear(box);
    const field = el("input", { attrs: { type: "text", readonly: "", id: "copy-link-field", "aria-label": "Link to this view" } });
    field.value = url;
    const close = el("button", { text: "Close", attrs: { type: "button" }, on: { click: () => hide() } });
    box.append(el("label", { attrs: { for: "copy-link-field" }, text: "The clipboard is not available here: copy this link (Ctrl+C)." }), field, close);
    box.hidden = false;
    field.focus();
    field.select();
    field.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.stopPropagation();
        hide();
      }
    });
  };
  const hide = () => {
    box.hidden = true;
    clear(box);
    button.focus();
  };
  button.addEventListener("click", async () => {
    const url = link();
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard API");
      await navigator.clipboard.writeText(url);
      box.hidden = true;
      status("Link to this view copied to the clipboard.");
    } catch {
      showFallback(url);
      status("Copy the link from the field below the toolbar.");
    }
  });
}

// The current view as PNG. Sigma draws into a WebGL canvas whose buffer is cleared after each
// frame, so the copy is taken inside `afterRender`, onto an opaque background.
import type { ExplorerSigma } from "./renderer.ts";

export function viewToPng(sigma: ExplorerSigma, background = "#fbfaf7"): Promise<Blob> {
  return new Promise((resolve, reject) => {
    sigma.once("afterRender", () => {
      const stage = sigma.getStageCanvas();
      const out = document.createElement("canvas");
      out.width = stage.width;
      out.height = stage.height;
      const ctx = out.getContext("2d");
      if (!ctx) return reject(new Error("no 2D canvas context"));
      ctx.fillStyle = background;
      ctx.fillRect(0, 0, out.width, out.height);
      ctx.drawImage(stage, 0, 0);
      out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png");
    });
    sigma.refresh();
  });
}

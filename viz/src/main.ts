// Entry point: load the graph (?graph=URL, else graph.json beside the page, else a file the
// user opens), restore the view from the URL, and wire the toolbar.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { attachKeyboard } from "./keyboard.ts";
import { byId } from "./dom.ts";
import { download } from "./download.ts";
import { Explorer } from "./explorer.ts";
import { graphToRdf, visibleSubgraph, type RdfDownload } from "./export-rdf.ts";
import { svgToPng, viewToSvg } from "./export-image.ts";
import { fetchGraph, graphFromJson } from "./load-graph.ts";
import { PanelTabs } from "./panel-tabs.ts";
import { attachSearch } from "./search-box.ts";
import { SparqlPanel } from "./sparql-panel.ts";
import { attachSkipLinks, FocusKeeper, makePhrasesFocusable } from "./a11y.ts";
import { attachCopyLink } from "./copy-link.ts";
import { ViewHistory } from "./history.ts";
import { decodeCamera, decodeViewState } from "./url-state.ts";
import { initialViewState } from "./view-state.ts";

const MEDIA: Record<RdfDownload, string> = { ttl: "text/turtle", nt: "application/n-triples", jsonld: "application/ld+json" };

function status(text: string): void {
  byId("status").textContent = text;
}

/** The history of the graph on show (replaced when another graph is opened). */
let activeHistory: ViewHistory | null = null;

function start(graph: KnowledgeGraph, focus: FocusKeeper): Explorer {
  const params = new URLSearchParams(window.location.search);
  const has = { node: (k: string) => graph.hasNode(k), edge: (k: string) => graph.hasEdge(k) };
  const state = decodeViewState(params, has);
  const articles = Object.values(graph.getAttribute("articles") ?? {});
  const title = articles.length === 1 ? articles[0]?.headline : `${articles.length} articles`;
  if (title) {
    byId("title").textContent = title;
    document.title = `${title} · knowledge graph`;
  }
  const explorer = new Explorer(graph, state);
  explorer.focus.selectCurrentHop();
  // For the benchmark: the first frame is drawn during construction or in sigma's first
  // animation frame; two frames later it is on screen either way.
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark("kg:first-render")));
  // A link's camera wins over the selection's: the view opens as it was copied.
  const camera = decodeCamera(params);
  if (camera) explorer.sigma.getCamera().setState(camera);
  else if (state.story) explorer.focus.fitCurrentHop();
  else if (state.selection) explorer.focusCamera(state.selection);
  activeHistory?.dispose();
  const viewHistory = new ViewHistory({
    get state() {
      return explorer.state;
    },
    camera: () => explorer.sigma.getCamera().getState(),
    restore: (next, view) => {
      explorer.resetTo(next);
      if (view) explorer.sigma.getCamera().setState(view);
    },
  }, has);
  activeHistory = viewHistory;
  explorer.onRender(() => {
    viewHistory.stateChanged();
    focus.restore();
  });
  explorer.sigma.getCamera().on("updated", () => viewHistory.cameraMoved());
  const search = byId<HTMLInputElement>("search-input");
  attachSearch(search, byId<HTMLUListElement>("search-results"), explorer);
  attachKeyboard(explorer, search, byId("graph"));
  new SparqlPanel(byId("sparql"), explorer);

  byId("btn-fit").addEventListener("click", () => explorer.fit());
  byId("btn-layout").addEventListener("click", () => (explorer.layout.running ? explorer.layout.stop() : explorer.layout.start()));
  byId("btn-view").addEventListener("click", () => explorer.update({ view: explorer.state.view === "list" ? "graph" : "list" }));
  byId("btn-clear").addEventListener("click", () => {
    // Reset means the start: the search words go too (their suggestions with them).
    search.value = "";
    search.dispatchEvent(new Event("input"));
    explorer.resetTo(initialViewState());
    explorer.fit();
  });
  const rdf = (format: RdfDownload) => async () => {
    try {
      status(`Writing ${format}…`);
      const text = await graphToRdf(visibleSubgraph(graph, explorer.visible()), format);
      download(new Blob([text], { type: MEDIA[format] }), `graph.${format}`);
      status(`Downloaded graph.${format}`);
    } catch (error) {
      status(`Export failed: ${(error as Error).message}`);
      console.warn(error);
    }
  };
  byId("dl-ttl").addEventListener("click", rdf("ttl"));
  byId("dl-nt").addEventListener("click", rdf("nt"));
  byId("dl-jsonld").addEventListener("click", rdf("jsonld"));
  const picture = () => viewToSvg({ graph, sigma: explorer.sigma, visible: explorer.visible(), labels: explorer.focus.labels.placed() });
  byId("dl-svg").addEventListener("click", () => {
    download(new Blob([picture().svg], { type: "image/svg+xml" }), "graph.svg");
    status("Downloaded graph.svg");
  });
  byId("dl-png").addEventListener("click", async () => {
    const scale = Number(byId<HTMLSelectElement>("dl-scale").value) || 1;
    try {
      const svg = picture();
      download(await svgToPng(svg, scale), "graph.png");
      status(`Downloaded graph.png (${Math.round(svg.width * scale)}×${Math.round(svg.height * scale)} px)`);
    } catch (error) {
      status(`Export failed: ${(error as Error).message}`);
      console.warn(error);
    }
  });
  for (const button of document.querySelectorAll(".download .menu button")) {
    button.addEventListener("click", () => {
      const menu = button.closest("details");
      if (menu) menu.open = false;
    });
  }
  // Exposed for tests and the benchmark: read-only handles, not an API contract.
  Object.assign(window, { explorer });
  document.body.dataset.ready = "true";
  return explorer;
}

async function boot(): Promise<void> {
  const layout = document.querySelector<HTMLElement>("main.layout");
  if (layout) new PanelTabs(layout);
  attachSkipLinks(document.querySelector<HTMLElement>(".skip-links") ?? document.body, layout);
  makePhrasesFocusable(byId("article"));
  const focus = new FocusKeeper(() => document.getElementById("graph"));
  let explorer: Explorer | null = null;
  attachCopyLink(byId<HTMLButtonElement>("btn-copy-link"), byId("copy-link-box"), () => {
    activeHistory?.flushCamera();
    return activeHistory?.url() ?? window.location.href;
  }, status);
  byId<HTMLInputElement>("open-file").addEventListener("change", async (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      const graph = graphFromJson(JSON.parse(await file.text()));
      explorer?.sigma.kill();
      const url = new URL(window.location.href);
      url.search = "";
      window.history.replaceState(null, "", url);
      explorer = start(graph, focus);
    } catch (error) {
      status(`Could not open ${file.name}: ${(error as Error).message}`);
    }
  });
  const source = new URLSearchParams(window.location.search).get("graph") ?? "graph.json";
  try {
    status(`Loading ${source}…`);
    explorer = start(await fetchGraph(source), focus);
  } catch (error) {
    status(`${(error as Error).message}. Use “Open…” to load a graph.json exported by \`kg build\`.`);
    document.body.dataset.ready = "error";
  }
}

void boot();

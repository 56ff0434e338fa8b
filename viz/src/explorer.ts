// The explorer: owns the view state, derives what to show from it, and re-renders sigma's item
// states and the panels after each change. The graph is read, never written.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { nodeSize } from "../../src/layout/node-size.ts";
import { prepareNodeSearch, type NodeSearch } from "../../src/query/node-search.ts";
import { ArticlePanel } from "./article-panel.ts";
import { ItemStates } from "./apply-item-states.ts";
import { causalChain, chainFilter, type CausalChain } from "./causal-chain.ts";
import { DetailsPanel } from "./details-panel.ts";
import { byId } from "./dom.ts";
import { capFollowed, neighbourhood, pathEmphasis, selectionEmphasis } from "./emphasis.ts";
import type { ExplorerApi } from "./explorer-api.ts";
import { FiguresPanel } from "./figures-panel.ts";
import { Focus } from "./focus.ts";
import { landmarks } from "./landmarks.ts";
import { FiltersPanel } from "./filters-panel.ts";
import { LayoutRunner } from "./layout-runner.ts";
import { placeLegend, renderLegend } from "./legend.ts";
import { renderListView } from "./list-view.ts";
import { PathsPanel } from "./paths-panel.ts";
import { createRenderer, type ExplorerSigma } from "./renderer.ts";
import { resolveExplorerSettings, type ExplorerSettings } from "./settings.ts";
import { highlightEmphasis } from "./highlight.ts";
import type { Selection, ViewState } from "./view-state.ts";
import { filterSummary } from "./filter-summary.ts";
import { viewFilter, type Visible } from "./visibility.ts";
import { passingItems } from "../../src/query/passing-items.ts";
import type { GraphFilter } from "../../src/query/filter-graph.ts";
import { viewPaths, type ViewPaths } from "./view-paths.ts";

export class Explorer implements ExplorerApi {
  readonly search: NodeSearch;
  readonly sigma: ExplorerSigma;
  readonly layout: LayoutRunner;
  private readonly sizes = new Map<string, number>();
  private readonly positions = new Map<string, { x: number; y: number }>();
  private readonly items: ItemStates;
  private readonly article: ArticlePanel;
  private readonly details: DetailsPanel;
  private readonly pathsPanel: PathsPanel;
  private readonly filters: FiltersPanel;
  private readonly figures: FiguresPanel;
  /** The story view, the revealed part of a big graph and the label placement (focus.ts). */
  readonly focus: Focus;
  private visibleCache: { key: string; filter: GraphFilter; value: Visible } | null = null;
  private chainCache: { key: string; value: CausalChain } | null = null;
  private pathCache: { key: string; value: ViewPaths } | null = null;
  private hovered: string | null = null;
  /** Followed claims whose relation name is not drawn (capFollowed), told in the status line. */
  private unnamedRelations = 0;
  /** Followed claims whose relation name may be drawn (capFollowed's), some crowded out by the label placement. */
  private namedRelations = 0;
  private neighbourCursor = -1;
  private anchor: string | null = null;
  private readonly renderListeners: Array<() => void> = [];
  /** The panels exist (labels are placed during the first render, before the constructor ends). */
  private statusReady = false;
  private statusCrowded = 0;

  readonly settings: ExplorerSettings;

  constructor(readonly graph: KnowledgeGraph, public state: ViewState, settings: Partial<ExplorerSettings> = {}) {
    this.settings = resolveExplorerSettings(settings);
    graph.forEachNode((node) => this.sizes.set(node, nodeSize(graph, node)));
    this.search = prepareNodeSearch(graph);
    // A big graph opens on a few nodes (reveal.ts): everything starts hidden, so the first frame draws only those.
    const startHidden = graph.order > this.settings.openWholeUpTo;
    this.sigma = createRenderer(graph, byId("graph"), { sizes: this.sizes, positions: this.positions, settings: this.settings, startHidden });
    const marks = landmarks(graph, { roots: this.settings.landmarkRoots, subjectsPerArticle: this.settings.landmarkSubjectsPerArticle });
    if (graph.order > this.settings.alwaysLabelNodesUpTo) {
      for (const node of [...marks.roots, ...marks.subjects]) this.sigma.setNodeState(node, { landmark: true });
    }
    this.focus = new Focus(this, marks, this.sizes);
    // Only when the count changed: the line also carries one-off messages (link copied, file downloaded).
    this.focus.labels.onPlace(() => {
      if (this.statusReady && this.focus.labels.crowdedCount !== this.statusCrowded) this.writeStatus();
    });
    this.items = new ItemStates(this.sigma, graph, { startHidden });
    this.article = new ArticlePanel(byId("article"), this);
    this.details = new DetailsPanel(byId("details"), this);
    this.pathsPanel = new PathsPanel(byId("paths"), this);
    this.filters = new FiltersPanel(byId("filters"), this);
    this.figures = new FiguresPanel(byId("figures"), this);
    this.layout = new LayoutRunner(graph, this.positions, this.sizes, (running) => {
      this.sigma.refresh();
      byId("btn-layout").textContent = running ? "Stop layout" : "Re-layout";
    });
    renderLegend(byId("legend"), graph);
    placeLegend(byId("legend"));
    this.filters.render();
    this.bindSigma();
    // sigma only listens to window resizes; the stage also changes size when the layout reflows
    // (a narrow window, a tab shown). A zero-sized stage is allowed (see renderer.ts) and redrawn here.
    // resize() alone resets the canvases and leaves them blank (an unfolded legend on a phone moved the stage
    // and changed its height by a pixel: the graph vanished): the frame is drawn again.
    // Only a real change is redrawn: the observer's first call comes right after the first frame, and on a
    // 50k-claim graph another full frame there kept the page busy for as long again as the first one.
    new ResizeObserver(() => {
      const before = [this.sigma.getDimensions().width, this.sigma.getDimensions().height];
      this.sigma.resize();
      const after = this.sigma.getDimensions();
      if (after.width !== before[0] || after.height !== before[1]) this.sigma.scheduleRender();
    }).observe(byId("graph"));
    this.statusReady = true;
    this.render({ scrollText: true });
  }

  private bindSigma(): void {
    this.sigma.on("clickNode", ({ node }) => this.select({ type: "node", key: node }, { scrollText: true }));
    this.sigma.on("clickEdge", ({ edge }) => this.select({ type: "edge", key: edge }, { scrollText: true }));
    this.sigma.on("clickStage", () => this.select(null));
    this.sigma.on("enterNode", ({ node }) => {
      this.hovered = node;
      this.applyItems();
    });
    this.sigma.on("leaveNode", () => {
      this.hovered = null;
      this.applyItems();
    });
  }

  /** What is shown: what the filters let through, cut to the story or to the revealed part of a big graph. */
  visible(): Visible {
    return this.focus.restrict();
  }

  /** What the filters let through (the core's passingItems), with the core filter and its cache key. */
  passing(): { key: string; filter: GraphFilter; value: Visible } {
    const s = this.state;
    const key = JSON.stringify([s.hiddenKinds, s.hiddenRelations, s.hiddenModalities, s.hiddenArticles, s.timeWindow]);
    if (this.visibleCache?.key !== key) {
      const filter = viewFilter(this.graph, s);
      this.visibleCache = { key, filter, value: passingItems(this.graph, filter) };
    }
    return this.visibleCache;
  }

  chain(node: string): CausalChain {
    const view = this.passing();
    const key = JSON.stringify([node, view.key]);
    if (this.chainCache?.key !== key) this.chainCache = { key, value: causalChain(this.graph, node, chainFilter(view.filter)) };
    return this.chainCache.value;
  }

  private paths(): ViewPaths | null {
    const { pathFrom, pathTo } = this.state;
    if (!pathFrom || !pathTo) return null;
    const view = this.passing();
    const key = JSON.stringify([pathFrom, pathTo, view.key]);
    if (this.pathCache?.key !== key) {
      const options = { maxLength: this.settings.pathMaxDepth, limit: this.settings.pathLimit };
      this.pathCache = { key, value: viewPaths(this.graph, pathFrom, pathTo, view.filter, options) };
    }
    return this.pathCache.value;
  }

  private applyItems(): void {
    const paths = this.paths();
    if (paths) this.focus.revealNodes(paths.paths.flatMap((p) => p.nodes));
    let emphasis = this.focus.emphasis() ?? (paths ? pathEmphasis(this.graph, paths.paths) : null);
    const sel = this.state.selection;
    emphasis ??= selectionEmphasis(this.graph, sel?.type === "node" ? this.chain(sel.key) : null, sel);
    emphasis ??= highlightEmphasis(this.graph, this.state.highlight);
    if (!emphasis && this.hovered && this.graph.hasNode(this.hovered)) emphasis = neighbourhood(this.graph, this.hovered);
    const visible = this.visible();
    this.unnamedRelations = emphasis ? capFollowed(this.graph, emphasis, sel, this.settings.maxRelationLabels) : 0;
    this.namedRelations = emphasis?.followed?.size ?? 0;
    this.items.apply(visible, emphasis, this.state.selection);
    this.focus.placeLabels(visible, emphasis, this.state.selection);
  }

  update(patch: Partial<ViewState>): void {
    this.state = { ...this.state, ...patch };
    this.render({ scrollText: false });
  }

  select(selection: Selection, options: { moveCamera?: boolean; scrollText?: boolean; patch?: Partial<ViewState> } = {}): void {
    this.focus.revealSelection(selection);
    this.state = { ...this.state, ...options.patch, selection };
    this.anchor = selection?.type === "node" ? selection.key : null;
    this.neighbourCursor = -1;
    this.render({ scrollText: options.scrollText ?? true });
    if (options.moveCamera && selection) this.focusCamera(selection);
  }

  showEvidence(selection: NonNullable<Selection>, index: number | string): void {
    const sel = this.state.selection;
    if (sel?.type !== selection.type || sel.key !== selection.key) this.select(selection, { scrollText: false });
    this.article.showEvidence(selection, index);
  }

  private render({ scrollText }: { scrollText: boolean }): void {
    this.applyItems();
    this.filters.sync();
    this.details.render();
    this.pathsPanel.render(this.paths());
    this.figures.render();
    this.focus.render();
    this.article.highlight(this.state.selection, scrollText);
    const list = byId("list-view");
    const listOn = this.state.view === "list";
    list.hidden = !listOn;
    byId("btn-view").setAttribute("aria-pressed", String(listOn));
    if (listOn) renderListView(list, this);
    this.writeStatus();
    for (const listener of this.renderListeners) listener();
  }

  /** The status line; written again when labels are placed (the relation names left out depend on the camera). */
  private writeStatus(): void {
    const visible = this.visible();
    const summary = filterSummary(this.state);
    const crowded = this.focus.labels.crowdedCount;
    this.statusCrowded = crowded;
    const left = this.unnamedRelations + crowded;
    const unnamed = left ? ` · relation names on ${this.namedRelations - crowded} claims, +${left} more` : "";
    byId("status").textContent = `${visible.nodes.size} of ${this.graph.order} nodes · ${visible.edges.size} of ${this.graph.size} claims${summary ? ` · ${summary}` : ""}${unnamed}`;
  }

  /** Called after every render (the URL and history, focus keeping: see main.ts). */
  onRender(listener: () => void): void {
    this.renderListeners.push(listener);
  }

  rerender(): void {
    this.render({ scrollText: false });
  }

  hiddenNeighbours(node: string): number {
    return this.focus.hiddenNeighbours(node);
  }

  expand(node: string): void {
    this.focus.expand(node);
  }

  revealArticle(article: string): void {
    this.focus.revealArticle(article);
  }

  /** Re-renders everything, the filter controls included (after a reset or a URL change). */
  resetTo(state: ViewState): void {
    this.state = state;
    // Arrow keys step from the restored selection, not from a node selected before Back or Reset.
    this.anchor = state.selection?.type === "node" ? state.selection.key : null;
    this.neighbourCursor = -1;
    this.layout.reset();
    this.filters.render();
    this.render({ scrollText: false });
    this.sigma.refresh();
  }

  focusCamera(selection: NonNullable<Selection>): void {
    const node = selection.type === "node" ? selection.key : this.graph.hasEdge(selection.key) ? this.graph.source(selection.key) : null;
    const data = node ? this.sigma.getNodeDisplayData(node) : undefined;
    if (!data) return;
    const camera = this.sigma.getCamera();
    void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.7) }, { duration: 400 });
  }

  fit(): void {
    void this.sigma.getCamera().animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 300 });
  }

  /**
   * Keyboard: arrows cycle through the neighbours of an anchor node (the last node selected by
   * other means), so Left undoes Right; Enter makes the current node the new anchor.
   */
  stepNeighbour(delta: 1 | -1): void {
    const visible = this.visible();
    const sel = this.state.selection;
    if (!this.anchor || !this.graph.hasNode(this.anchor)) this.anchor = sel?.type === "node" ? sel.key : null;
    if (!this.anchor) {
      const first = [...visible.nodes].sort((a, b) => this.graph.degree(b) - this.graph.degree(a))[0];
      if (first) this.select({ type: "node", key: first }, { moveCamera: true });
      return;
    }
    const neighbours = this.graph.neighbors(this.anchor).filter((n) => visible.nodes.has(n));
    if (!neighbours.length) return;
    this.neighbourCursor = (this.neighbourCursor + delta + neighbours.length) % neighbours.length;
    const next = neighbours[this.neighbourCursor];
    if (next === undefined) return;
    const anchor = this.anchor;
    const cursor = this.neighbourCursor;
    this.select({ type: "node", key: next }, { moveCamera: true });
    this.anchor = anchor;
    this.neighbourCursor = cursor;
  }

  /** Keyboard: Enter re-anchors neighbour stepping on the selected node. */
  anchorOnSelection(): void {
    const sel = this.state.selection;
    this.anchor = sel?.type === "node" ? sel.key : null;
    this.neighbourCursor = -1;
  }
}

// What part of the graph the explorer shows and labels, beyond the filters: the story view (the causal
// chains only, stepped hop by hop with the camera on each hop), the revealed part of a big graph (grown
// on demand, reveal.ts), and which labels are drawn (label-placer.ts). The explorer asks this after
// each change; it keeps no view state of the explorer's own.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import type { GraphFilter } from "../../src/query/filter-graph.ts";
import type { StoryChain } from "../../src/query/story-chains.ts";
import { byId, el } from "./dom.ts";
import type { Emphasis } from "./emphasis.ts";
import type { Box } from "./label-placement.ts";
import { LabelPlacer } from "./label-placer.ts";
import type { Landmarks } from "./landmarks.ts";
import type { ExplorerSigma } from "./renderer.ts";
import { Reveal } from "./reveal.ts";
import type { ExplorerSettings } from "./settings.ts";
import { Story } from "./story.ts";
import { StoryPanel, type StoryControls } from "./story-panel.ts";
import type { Selection, StoryPosition, ViewState } from "./view-state.ts";
import type { Visible } from "./visibility.ts";

export interface FocusHost {
  readonly graph: KnowledgeGraph;
  readonly sigma: ExplorerSigma;
  readonly settings: Readonly<ExplorerSettings>;
  readonly state: Readonly<ViewState>;
  /** `patch`: other fields changed in the same step (the story's place), so they make one history entry. */
  select(selection: Selection, options?: { moveCamera?: boolean; scrollText?: boolean; patch?: Partial<ViewState> }): void;
  /** Re-derives and redraws everything (after the shown part changed). */
  rerender(): void;
  /** What the filters let through, with the core filter and its cache key. */
  passing(): { key: string; filter: GraphFilter; value: Visible };
  fit(): void;
}

/** The first nodes of a big graph: root causes first, then the articles' main subjects, at most `limit`. */
export function startNodes(marks: Landmarks, limit: number): string[] {
  return [...new Set([...marks.roots, ...marks.subjects])].slice(0, limit);
}

/** The legend's box over the canvas, in the canvas's viewport pixels (labels keep out of it). */
function legendBoxes(): Box[] {
  const legend = document.querySelector("#legend .legend-box");
  const stage = document.getElementById("graph");
  if (!legend || !stage) return [];
  const l = legend.getBoundingClientRect();
  const s = stage.getBoundingClientRect();
  if (!l.width || !l.height) return [];
  return [{ minX: l.left - s.left, maxX: l.right - s.left, minY: l.top - s.top, maxY: l.bottom - s.top }];
}

export class Focus implements StoryControls {
  readonly story: Story;
  readonly reveal: Reveal;
  readonly labels: LabelPlacer;
  private readonly panel: StoryPanel;
  private readonly landmarkNodes: string[];
  private readonly roots: Set<string>;
  private cache: { key: string; value: Visible } | null = null;
  private readonly storyButton: HTMLButtonElement;

  constructor(private readonly host: FocusHost, marks: Landmarks, sizes: Map<string, number>) {
    const { graph, settings } = host;
    this.landmarkNodes = [...marks.roots, ...marks.subjects];
    this.roots = new Set(marks.roots);
    this.story = new Story(graph, settings.storyWholeUpTo, () => host.state.story);
    this.reveal = new Reveal(graph, graph.order > settings.openWholeUpTo ? startNodes(marks, settings.startNodes) : null);
    this.labels = new LabelPlacer(host.sigma, graph, sizes, { limit: settings.maxLabels, gap: 3, sizeThreshold: 4, obstacles: legendBoxes });
    // Folding or unfolding the legend frees or takes canvas room: labels are placed again.
    byId("legend").addEventListener("toggle", () => this.labels.schedule(), true);
    this.panel = new StoryPanel(byId("reader"), this);
    this.storyButton = el("button", {
      text: "Story", attrs: { id: "btn-story", type: "button", "aria-pressed": "false", title: "Only the causal chains, hop by hop" },
      on: { click: () => this.toggleStory() },
    });
    byId("btn-view").after(this.storyButton);
    if (this.reveal.active) {
      const all = el("button", { text: "Show all", attrs: { id: "btn-show-all", type: "button", title: `Show all ${graph.order} nodes (the graph opens on its main nodes)` } });
      all.addEventListener("click", () => {
        this.reveal.showAll();
        all.remove();
        host.rerender();
      });
      this.storyButton.after(all);
    }
    host.sigma.on("doubleClickNode", (e) => {
      e.preventSigmaDefault();
      this.expand(e.node);
    });
  }

  label(node: string): string {
    return this.host.graph.getNodeAttribute(node, "label");
  }

  storyChains(): StoryChain[] {
    const { key, filter } = this.host.passing();
    return this.story.chains(key, filter);
  }

  /** What is shown: the filters' answer, cut to the story's chains or to the revealed part. */
  restrict(): Visible {
    const passing = this.host.passing();
    const key = JSON.stringify([passing.key, this.host.state.story?.chain ?? null, this.reveal.version]);
    if (this.cache?.key !== key) {
      const value = this.story.active ? this.story.restrict(this.storyChains(), passing.value) : this.reveal.restrict(passing.value);
      this.cache = { key, value };
    }
    return this.cache.value;
  }

  /** A selection made anywhere (search, text, panels) is revealed with the claim's two ends. */
  revealSelection(selection: Selection): void {
    if (!selection || !this.reveal.active) return;
    const { graph } = this.host;
    if (selection.type === "node") this.reveal.add([selection.key]);
    else if (graph.hasEdge(selection.key)) this.reveal.add(graph.extremities(selection.key));
  }

  revealNodes(nodes: Iterable<string>): void {
    this.reveal.add(nodes);
  }

  /** Neighbours a double-click or "Expand" would add. */
  hiddenNeighbours(node: string): number {
    return this.reveal.hiddenNeighbours(node, this.host.passing().value).length;
  }

  expand(node: string): void {
    if (!this.reveal.active) return;
    this.reveal.expand(node, this.host.passing().value);
    this.host.rerender();
  }

  /** The nodes an article quotes, revealed ("Show in graph" in the article panel). */
  revealArticle(article: string): void {
    const nodes = this.host.graph.filterNodes((_n, a) => a.articles.includes(article));
    this.reveal.add(nodes);
    this.host.rerender();
  }

  emphasis(): Emphasis | null {
    if (!this.story.active) return null;
    const emphasis = this.story.emphasis(this.storyChains());
    if (emphasis) emphasis.followed = emphasis.edges;
    return emphasis;
  }

  render(): void {
    this.storyButton.setAttribute("aria-pressed", String(this.story.active));
    this.panel.render();
  }

  /** Label priorities after a view change: the selection, the story's key nodes, landmarks, then the emphasised. */
  placeLabels(visible: Visible, emphasis: Emphasis | null, selection: Selection): void {
    const { graph, state } = this.host;
    const first: string[] = [];
    if (selection?.type === "node") first.push(selection.key);
    else if (selection?.type === "edge" && graph.hasEdge(selection.key)) first.push(...graph.extremities(selection.key));
    for (const end of [state.pathFrom, state.pathTo]) if (end) first.push(end);
    const story = this.story.active ? this.story.keyNodes(this.storyChains()) : [];
    const size = (n: string) => this.host.sigma.getNodeDisplayData(n)?.size ?? 0;
    const emphasised = emphasis ? [...emphasis.nodes].sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1)) : [];
    const followed = [...(emphasis?.followed ?? [])];
    const selectedEdge = selection?.type === "edge" ? selection.key : null;
    this.labels.update({
      tiers: [first, ...story, this.landmarkNodes, emphasised],
      eligible: (node) => visible.nodes.has(node) && (!emphasis || emphasis.nodes.has(node)),
      rest: true,
      // Faded nodes are all but invisible: labels may cover them (a phone's SPARQL results had no room otherwise).
      drawn: emphasis ? [...visible.nodes].filter((n) => emphasis.nodes.has(n)) : visible.nodes,
      // The selection and the story's start keep their label in a dense cluster; other labels give way.
      mayCover: (node) => first.includes(node) || this.roots.has(node),
      // The selection's label, and those of results shown in the graph (SPARQL), are shortened where they fit
      // nowhere whole (a hop zoomed in on a phone; fifteen results in a phone's dense middle).
      mayShorten: (node) => first.includes(node) || !!state.highlight?.nodes.includes(node),
      relations: selectedEdge && followed.includes(selectedEdge) ? [selectedEdge, ...followed.filter((e) => e !== selectedEdge)] : followed,
      keepFirstRelation: selectedEdge !== null && followed.includes(selectedEdge),
    });
  }

  /**
   * The Story button: on, the reader lands on the story's controls (its tab opened on a phone), not
   * sixty filter boxes before them in the tab order; off, the focus stays on the button.
   */
  private toggleStory(): void {
    const on = !this.story.active;
    this.setStory(on);
    if (!on) return;
    document.querySelector(".layout")?.dispatchEvent(new CustomEvent("kg:show-tab", { detail: "details" }));
    const target = this.panel.root.querySelector<HTMLElement>("#story-next:not(:disabled)") ?? this.panel.root.querySelector<HTMLElement>("#story-chain");
    target?.focus();
  }

  setStory(on: boolean): void {
    if (on === this.story.active) return;
    if (on) this.showHop({ chain: 0, hop: 0 });
    else {
      this.host.select(null, { patch: { story: null } });
      this.host.fit();
    }
  }

  storyMove(delta: 1 | -1): void {
    const next = this.story.move(this.storyChains(), delta);
    if (next) this.showHop(next);
  }

  storyChoose(index: number): void {
    const next = this.story.choose(this.storyChains(), index);
    if (next) this.showHop(next);
  }

  /**
   * Goes to `position`: selects its hop's claim (details and text show its quote) in the same step as
   * the story's place changes (one history entry), and fits the camera to the hop's two ends.
   */
  private showHop(position: StoryPosition): void {
    const hop = this.storyChains()[position.chain]?.hops[position.hop];
    if (!hop) {
      this.host.select(null, { patch: { story: position } });
      return;
    }
    this.host.select({ type: "edge", key: hop.claim }, { scrollText: true, patch: { story: position } });
    this.fitNodes([hop.source, hop.target]);
  }

  /** A link that names a story step but no selection: its hop's claim is selected, as stepping there does. */
  selectCurrentHop(): void {
    const now = this.story.active ? this.story.current(this.storyChains()) : null;
    if (now && !this.host.state.selection) this.host.select({ type: "edge", key: now.hop.claim }, { scrollText: true });
  }

  /** The camera on the current hop (a link that names a story step but no camera opens there). */
  fitCurrentHop(duration = 0): void {
    const now = this.story.active ? this.story.current(this.storyChains()) : null;
    if (now) this.fitNodes([now.hop.source, now.hop.target], duration);
  }

  /**
   * Animates the camera to the bounding box of `nodes`, with room for their labels: at most half the
   * viewport for the nodes, and across it no more than leaves the widest label room centred under its
   * node (on a 390 px phone a hop spread over half the width left both labels nowhere to go).
   */
  fitNodes(nodes: string[], duration = 450): void {
    const sigma = this.host.sigma;
    const points = nodes.map((n) => sigma.getNodeDisplayData(n)).filter((d) => d !== undefined);
    if (!points.length) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [x1, x2, y1, y2] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const camera = sigma.getCamera();
    const { width, height } = sigma.getDimensions();
    if (!width || !height) return;
    // How much of the framed graph the viewport spans per unit of camera ratio, measured at the current camera.
    const a = sigma.viewportToFramedGraph({ x: 0, y: 0 });
    const b = sigma.viewportToFramedGraph({ x: width, y: height });
    const spanX = Math.abs(b.x - a.x) / camera.ratio;
    const spanY = Math.abs(b.y - a.y) / camera.ratio;
    const widest = Math.max(0, ...nodes.map((n) => this.labels.width(n)));
    const across = Math.max(48, Math.min(width / 2, width - widest - 24));
    const ratio = Math.min(1.2, Math.max(0.08, ((x2 - x1) / spanX) * (width / across), (2 * (y2 - y1)) / spanY));
    const target = { x: (x1 + x2) / 2, y: (y1 + y2) / 2, ratio };
    if (duration <= 0) camera.setState(target);
    else void camera.animate(target, { duration });
  }
}

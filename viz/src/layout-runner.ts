// "Re-layout": ForceAtlas2 in a web worker (graphology's supervisor) on a positions-only copy of
// the graph, streamed into the view's position map each frame. The model's x/y stay untouched.
import { MultiDirectedGraph } from "graphology";
import { inferSettings } from "graphology-layout-forceatlas2";
import FA2LayoutModule from "graphology-layout-forceatlas2/worker.js";
import noverlapModule from "graphology-layout-noverlap";
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { seededPosition } from "../../src/layout/seeded-position.ts";

// CommonJS default exports: see src/layout/layout-graph.ts.
const FA2Layout = FA2LayoutModule as unknown as typeof FA2LayoutModule.default;
type FA2Layout = InstanceType<typeof FA2Layout>;
const noverlap = noverlapModule as unknown as typeof noverlapModule.default;

export class LayoutRunner {
  private supervisor: FA2Layout | null = null;
  private frame = 0;
  private runs = 0;

  constructor(
    private readonly graph: KnowledgeGraph,
    private readonly positions: Map<string, { x: number; y: number }>,
    private readonly sizes: Map<string, number>,
    private readonly onTick: (running: boolean) => void,
  ) {}

  get running(): boolean {
    return this.supervisor !== null;
  }

  /** Starts from fresh seeded positions (a new seed each run) and stops after `ms`. */
  start(ms = 2500): void {
    this.stop();
    this.runs += 1;
    const copy = new MultiDirectedGraph();
    const radius = 100 * Math.sqrt(this.graph.order);
    this.graph.forEachNode((node) => copy.addNode(node, { ...seededPosition(node, 1000 + this.runs, radius), size: this.sizes.get(node) ?? 6 }));
    this.graph.forEachEdge((_e, _a, s, t) => copy.addEdge(s, t));
    const supervisor = new FA2Layout(copy, {
      settings: { ...inferSettings(copy), strongGravityMode: true, gravity: 0.05, scalingRatio: 10, barnesHutOptimize: copy.order > 500 },
    });
    this.supervisor = supervisor;
    supervisor.start();
    const started = performance.now();
    const pull = () => {
      copy.forEachNode((node, a) => this.positions.set(node, { x: a.x as number, y: a.y as number }));
      if (performance.now() - started >= ms) {
        supervisor.kill();
        this.supervisor = null;
        if (copy.order <= 2000) {
          noverlap.assign(copy, { maxIterations: 200, settings: { margin: 4, ratio: 1.2 } });
          copy.forEachNode((node, a) => this.positions.set(node, { x: a.x as number, y: a.y as number }));
        }
        this.onTick(false);
        return;
      }
      this.onTick(true);
      this.frame = requestAnimationFrame(pull);
    };
    this.frame = requestAnimationFrame(pull);
  }

  stop(): void {
    cancelAnimationFrame(this.frame);
    this.supervisor?.kill();
    this.supervisor = null;
  }

  /** Back to the precomputed layout. */
  reset(): void {
    this.stop();
    this.positions.clear();
  }
}

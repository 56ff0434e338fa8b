// A SPARQL panel: queries go to the `/sparql` endpoint that `kg serve` runs beside the explorer, and
// every result that names an entity or a claim of the graph is a button selecting it there.
import { clear, el } from "./dom.ts";
import type { ExplorerApi } from "./explorer-api.ts";
import { relationLabel } from "./palette.ts";
import type { KnowledgeGraph } from "../../src/model/types.ts";

declare global {
  interface ImportMeta {
    /** vite's glob import, resolved at build time (no network at run time). */
    glob<T>(pattern: string, options: { query: "?raw"; import: "default"; eager: true }): Record<string, T>;
  }
}

/** The project's example queries (data/queries/*.rq), bundled into the explorer as text by vite. */
const BUNDLED: Record<string, string> = import.meta.glob<string>("../../data/queries/*.rq", { query: "?raw", import: "default", eager: true });

export interface NamedQuery {
  name: string;
  /** The query's first comment line: what it asks. */
  title: string;
  text: string;
}

export function bundledQueries(files: Record<string, string> = BUNDLED): NamedQuery[] {
  return Object.entries(files)
    .map(([path, text]) => {
      const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.rq$/, "");
      const title = /^#\s*(.+)$/m.exec(text)?.[1]?.trim() ?? name;
      return { name, title, text };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

interface JsonTerm {
  type: "uri" | "literal" | "bnode" | "triple";
  value: string | object;
}

interface JsonResults {
  head: { vars?: string[] };
  results?: { bindings: Array<Record<string, JsonTerm>> };
  boolean?: boolean;
}

/** The graph key an IRI stands for: `…/entity/<id>` is a node, `…/claim/<key>` an edge. */
export function keyOfIri(iri: string): { type: "node" | "edge"; key: string } | null {
  const match = /\/(entity|claim)\/([^/#?]+)$/.exec(iri);
  if (!match?.[2]) return null;
  return { type: match[1] === "entity" ? "node" : "edge", key: decodeURIComponent(match[2]) };
}

/** A claim as its statement ("Japan — causes → Korea's retaliation"), not its hash IRI. */
export function claimStatement(graph: KnowledgeGraph, edge: string): string {
  const [source, target] = graph.extremities(edge);
  return `${graph.getNodeAttribute(source, "label")} — ${relationLabel(graph.getEdgeAttribute(edge, "relation"))} → ${graph.getNodeAttribute(target, "label")}`;
}

export class SparqlPanel {
  private readonly input: HTMLTextAreaElement;
  private readonly output: HTMLElement;
  /** Graph items named by the last results (for "show all results in the graph"). */
  private found = { nodes: new Set<string>(), edges: new Set<string>() };

  constructor(private readonly root: HTMLElement, private readonly api: ExplorerApi, private readonly endpoint = "sparql", queries = bundledQueries()) {
    this.input = el("textarea", { className: "sparql-input", attrs: { rows: "8", spellcheck: "false", "aria-label": "SPARQL query (Ctrl+Enter runs it)", id: "sparql-input" } });
    const gsomia = queries.find((q) => q.name === "gsomia-causal-chain") ?? queries[0];
    this.input.value = gsomia?.text ?? "SELECT * WHERE { ?s ?p ?o } LIMIT 10";
    this.input.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void this.run();
      }
    });
    const picker = el("select", { attrs: { id: "sparql-queries" } },
      ...queries.map((q) => el("option", { text: `${q.name}: ${q.title}`, attrs: { value: q.name, ...(q === gsomia ? { selected: "" } : {}) } })));
    picker.addEventListener("change", () => {
      const query = queries.find((q) => q.name === picker.value);
      if (query) this.input.value = query.text;
    });
    this.output = el("div", { className: "sparql-output", attrs: { role: "status", "aria-live": "polite" } });
    const run = el("button", { text: "Run query", attrs: { type: "button", id: "sparql-run", title: "Ctrl+Enter in the query" }, on: { click: () => void this.run() } });
    const box = el("details", { className: "sparql" }, el("summary", { text: "SPARQL" }),
      el("label", { className: "sparql-pick", attrs: { for: "sparql-queries" }, text: "Example queries (data/queries)" }), picker,
      this.input, run, this.output);
    clear(this.root);
    this.root.append(box);
  }

  async run(): Promise<void> {
    clear(this.output);
    this.output.append(el("p", { text: "Running…" }));
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: "POST",
        headers: { "content-type": "application/sparql-query", accept: "application/sparql-results+json" },
        body: this.input.value,
      });
    } catch {
      this.message("No SPARQL endpoint answers here: open the explorer through `kg serve` (npm start).");
      return;
    }
    const text = await response.text();
    if (!response.ok) {
      this.message(`${response.status}: ${text.slice(0, 500)}`);
      return;
    }
    let data: JsonResults;
    try {
      data = JSON.parse(text) as JsonResults;
    } catch {
      this.message("The endpoint did not answer with SPARQL JSON results (is it a CONSTRUCT? use SELECT or ASK here).");
      return;
    }
    this.render(data);
  }

  private message(text: string): void {
    clear(this.output);
    this.output.append(el("p", { className: "rel", text }));
  }

  private cell(term: JsonTerm | undefined): HTMLElement {
    if (!term) return el("td");
    const value = typeof term.value === "string" ? term.value : JSON.stringify(term.value);
    const target = term.type === "uri" ? keyOfIri(value) : null;
    const exists = target && (target.type === "node" ? this.api.graph.hasNode(target.key) : this.api.graph.hasEdge(target.key));
    if (target && exists) {
      (target.type === "node" ? this.found.nodes : this.found.edges).add(target.key);
      const text = target.type === "node" ? this.api.graph.getNodeAttribute(target.key, "label") : claimStatement(this.api.graph, target.key);
      return el("td", {}, el("button", {
        className: "linkbtn", text, attrs: { type: "button", title: value },
        on: { click: () => this.api.select({ type: target.type, key: target.key }, { moveCamera: true, scrollText: true }) },
      }));
    }
    return el("td", { text: value });
  }

  private render(data: JsonResults): void {
    clear(this.output);
    if (typeof data.boolean === "boolean") {
      this.output.append(el("p", { text: `ASK: ${data.boolean}` }));
      return;
    }
    const vars = data.head.vars ?? [];
    const rows = data.results?.bindings ?? [];
    this.found = { nodes: new Set(), edges: new Set() };
    const table = el("table", { className: "sparql-table" },
      el("thead", {}, el("tr", {}, ...vars.map((v) => el("th", { text: `?${v}`, attrs: { scope: "col" } })))),
      el("tbody", {}, ...rows.map((row) => el("tr", {}, ...vars.map((v) => this.cell(row[v]))))));
    const { nodes, edges } = this.found;
    const showAll = nodes.size || edges.size
      ? el("button", {
        text: `Show all results in the graph (${nodes.size} node${nodes.size === 1 ? "" : "s"}, ${edges.size} claim${edges.size === 1 ? "" : "s"})`,
        attrs: { type: "button", id: "sparql-show-all" },
        on: { click: () => this.api.update({ selection: null, highlight: { nodes: [...nodes].sort(), edges: [...edges].sort() } }) },
      })
      : null;
    // Wide results scroll sideways in their own box (focusable, so the keyboard can scroll it) instead of being clipped by the panel.
    const scroller = el("div", { className: "sparql-scroll", attrs: { tabindex: "0", role: "region", "aria-label": "Query results" } }, table);
    this.output.append(el("p", { text: `${rows.length} row${rows.length === 1 ? "" : "s"}` }), ...(showAll ? [showAll] : []), scroller);
  }
}

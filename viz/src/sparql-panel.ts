// A SPARQL panel: queries go to the `/sparql` endpoint that `kg serve` runs beside the explorer, and
// every result that names an entity or a claim of the graph is a button selecting it there.
import { clear, el } from "./dom.ts";
import type { ExplorerApi } from "./explorer-api.ts";

const EXAMPLE = `PREFIX faro: <http://purl.org/faro/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
# What led, step by step, to the decision not to extend GSOMIA?
# The walk goes through the claims (rdf:subject → rdf:object): hedged hops are claims, not plain triples.
SELECT DISTINCT ?cause ?label WHERE {
  ?cause (^rdf:subject/rdf:object)+ ?decision .
  ?decision rdfs:label ?label0 . FILTER(CONTAINS(?label0, "GSOMIA"))
  ?claim rdf:subject ?cause ; rdf:predicate faro:causes .
  ?cause rdfs:label ?label .
}`;

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

export class SparqlPanel {
  private readonly input: HTMLTextAreaElement;
  private readonly output: HTMLElement;

  constructor(private readonly root: HTMLElement, private readonly api: ExplorerApi, private readonly endpoint = "sparql") {
    this.input = el("textarea", { className: "sparql-input", attrs: { rows: "8", spellcheck: "false", "aria-label": "SPARQL query" } });
    this.input.value = EXAMPLE;
    this.output = el("div", { className: "sparql-output", attrs: { role: "status", "aria-live": "polite" } });
    const run = el("button", { text: "Run query", attrs: { type: "button", id: "sparql-run" }, on: { click: () => void this.run() } });
    const box = el("details", { className: "sparql" }, el("summary", { text: "SPARQL" }), this.input, run, this.output);
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
      const text = target.type === "node" ? this.api.graph.getNodeAttribute(target.key, "label") : `claim ${target.key}`;
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
    const table = el("table", { className: "sparql-table" },
      el("thead", {}, el("tr", {}, ...vars.map((v) => el("th", { text: `?${v}` })))),
      el("tbody", {}, ...rows.map((row) => el("tr", {}, ...vars.map((v) => this.cell(row[v]))))));
    this.output.append(el("p", { text: `${rows.length} row${rows.length === 1 ? "" : "s"}` }), table);
  }
}

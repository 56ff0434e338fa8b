// The graph as Gephi-style formats (GEXF, GraphML) carry it: entities and claims with scalar attributes,
// plus the articles as nodes of their own (headline, date, publisher and authors as nodes, and a `mentions`
// edge to every entity the article names), so a graph tool shows where each entity comes from. Every node
// has a label, a colour (by kind group) and, once the graph is laid out, a position; article and agent nodes
// sit at the centre of what they mention (the layout stage places only entities). Deterministic.
import type { KnowledgeGraph } from "../model/types.ts";
import { KINDS, type Kind } from "../model/vocabulary.ts";
import { slug } from "../rdf/graph-to-quads.ts";
import { flatEdge, flatNode, type FlatValue } from "./flat-attributes.ts";

export interface FlatNode {
  key: string;
  label: string;
  attributes: Record<string, FlatValue>;
  color: string;
  size: number;
  x?: number;
  y?: number;
}

export interface FlatEdge {
  key: string;
  source: string;
  target: string;
  label: string;
  attributes: Record<string, FlatValue>;
}

export interface FlatGraph {
  nodes: FlatNode[];
  edges: FlatEdge[];
}

/** One colour per kind group (and for articles and their agents); hex, as GEXF 1.3 and most tools read it. */
export const GROUP_COLORS = {
  actor: "#1f77b4",
  place: "#2ca02c",
  event: "#d62728",
  policy: "#ff7f0e",
  topic: "#9467bd",
  article: "#7f7f7f",
  agent: "#8c564b",
} as const;

const articleKey = (id: string) => `article:${id}`;
const agentKey = (name: string) => `agent:${slug(name)}`;

export function flatGraph(graph: KnowledgeGraph): FlatGraph {
  const nodes: FlatNode[] = [];
  const edges: FlatEdge[] = [];
  graph.forEachNode((id, a) => {
    nodes.push({
      key: id,
      label: a.label,
      attributes: flatNode(a),
      color: GROUP_COLORS[KINDS[a.kind as Kind].group],
      size: 10,
      ...(a.x !== undefined && a.y !== undefined ? { x: a.x, y: a.y } : {}),
    });
  });
  graph.forEachEdge((key, a, source, target) => edges.push({ key, source, target, label: a.relation, attributes: flatEdge(a) }));

  const byArticle = new Map<string, string[]>();
  graph.forEachNode((id, a) => a.articles.forEach((article) => {
    let list = byArticle.get(article);
    if (!list) byArticle.set(article, (list = []));
    list.push(id);
  }));
  const seenAgents = new Set<string>();
  const articles = graph.getAttribute("articles");
  for (const id of Object.keys(articles).sort()) {
    const meta = articles[id]!;
    const mentioned = byArticle.get(id) ?? [];
    const placed = mentioned.map((n) => graph.getNodeAttributes(n)).filter((a) => a.x !== undefined && a.y !== undefined);
    const centre = placed.length > 0
      ? { x: placed.reduce((s, a) => s + (a.x as number), 0) / placed.length, y: placed.reduce((s, a) => s + (a.y as number), 0) / placed.length }
      : undefined;
    const key = articleKey(id);
    nodes.push({
      key,
      label: meta.headline,
      attributes: {
        kind: "NewsArticle",
        headline: meta.headline,
        datePublished: meta.datePublished,
        publisher: meta.publisher,
        author: meta.author.join("; "),
        section: meta.section,
        language: meta.language,
        url: meta.url ?? "",
      },
      color: GROUP_COLORS.article,
      size: 20,
      ...(centre ?? {}),
    });
    const agents: Array<[string, string, "publisher" | "author"]> = [[meta.publisher, "Publisher", "publisher"], ...meta.author.map((name): [string, string, "author"] => [name, "Person", "author"])];
    agents.forEach(([name, kind, role], i) => {
      const agent = agentKey(name);
      if (!seenAgents.has(agent)) {
        seenAgents.add(agent);
        // Beside the article, one step apart, so they do not hide it.
        const at = centre ? { x: centre.x + 10 * (i + 1), y: centre.y + 10 } : {};
        nodes.push({ key: agent, label: name, attributes: { kind, name }, color: GROUP_COLORS.agent, size: 8, ...at });
      }
      edges.push({ key: `${id}.${role}.${i}`, source: key, target: agent, label: role, attributes: { relation: role, article: id } });
    });
    for (const entity of mentioned) {
      edges.push({ key: `${id}.mentions.${entity}`, source: key, target: entity, label: "mentions", attributes: { relation: "mentions", article: id } });
    }
    // The article's pictures (schema:image), each credited to its agency's node.
    (meta.images ?? []).forEach((image, i) => {
      const picture = `${key}.image-${i + 1}`;
      nodes.push({
        key: picture,
        label: image.caption.quote,
        attributes: { kind: "ImageObject", caption: image.caption.quote, creditText: image.credit?.text.quote ?? "", article: id },
        color: GROUP_COLORS.article,
        size: 6,
        ...(centre ? { x: centre.x - 10 * (i + 1), y: centre.y - 10 } : {}),
      });
      edges.push({ key: `${id}.image.${i + 1}`, source: key, target: picture, label: "image", attributes: { relation: "image", article: id } });
      if (image.credit && graph.hasNode(image.credit.entity)) {
        edges.push({ key: `${id}.image.${i + 1}.creator`, source: picture, target: image.credit.entity, label: "creator", attributes: { relation: "creator", article: id } });
      }
    });
  }
  return { nodes, edges };
}

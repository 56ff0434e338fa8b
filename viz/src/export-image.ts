// The current view as a picture: an SVG (nodes, claims, the labels shown, a title, the legend of what is
// visible and a source line) and a PNG of that SVG at a chosen scale. Hand-written because
// @sigma/export-image is made for sigma v3 (its renderers and layers); sigma v4 renders through styles
// and primitives it does not know. Every colour, size, opacity, shape, dash and arrowhead is read from
// sigma's own display data (the styles and reducer the canvas draws with) or from the tables the legend
// and the styles share (palette.ts, modality-style.ts), never from a copy. The PNG rasterises the SVG,
// so both downloads are the same picture and the PNG's size is exactly the SVG's times the scale.
import type { KnowledgeGraph } from "../../src/model/types.ts";
import { FONT, type ExplorerSigma } from "./renderer.ts";
import { canvasMeasure } from "./label-placement.ts";
import { MODALITY_DASH, RELATION_HEAD_DICT } from "./modality-style.ts";
import { kindColor, kindShape, relationColor, relationLabel, STAGE_BACKGROUND } from "./palette.ts";
import type { LabelSide } from "./label-placement.ts";
import type { Visible } from "./visibility.ts";

export interface PictureSource {
  graph: KnowledgeGraph;
  sigma: ExplorerSigma;
  visible: Visible;
  /** Sides of the labels drawn now (label-placer.ts). */
  labels: ReadonlyMap<string, LabelSide>;
}

const SVG_NS = "http://www.w3.org/2000/svg";
const HEADER = 40;
const LINE = 16;
const PAD = 12;

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const n = (v: number) => Number(v.toFixed(2));

/** A node's outline in the shape the canvas gives its kind (sigma's sdf shapes, drawn as SVG). */
function shapeSvg(shape: string, x: number, y: number, r: number, attrs: string): string {
  switch (shape) {
    case "square": return `<rect x="${n(x - r * 0.85)}" y="${n(y - r * 0.85)}" width="${n(r * 1.7)}" height="${n(r * 1.7)}" rx="${n(r * 0.25)}" ${attrs}/>`;
    case "diamond": return `<polygon points="${n(x)},${n(y - r)} ${n(x + r)},${n(y)} ${n(x)},${n(y + r)} ${n(x - r)},${n(y)}" ${attrs}/>`;
    case "triangle": return `<polygon points="${n(x)},${n(y - r)} ${n(x + r * 0.87)},${n(y + r * 0.5)} ${n(x - r * 0.87)},${n(y + r * 0.5)}" ${attrs}/>`;
    case "rectangle": return `<rect x="${n(x - r)}" y="${n(y - r * 0.62)}" width="${n(r * 2)}" height="${n(r * 1.24)}" rx="${n(r * 0.4)}" ${attrs}/>`;
    default: return `<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" ${attrs}/>`;
  }
}

/** An arrowhead at (x, y) pointing along (dx, dy) (unit vector), as the canvas's extremities. */
function headSvg(head: string, x: number, y: number, dx: number, dy: number, w: number, color: string, opacity: number): string {
  const s = Math.max(5, w * 2.6);
  const px = -dy;
  const py = dx;
  const fill = `fill="${color}" fill-opacity="${n(opacity)}"`;
  switch (head) {
    case "circle": return `<circle cx="${n(x - dx * s * 0.5)}" cy="${n(y - dy * s * 0.5)}" r="${n(s * 0.5)}" ${fill}/>`;
    case "bar": return `<line x1="${n(x + px * s * 0.7)}" y1="${n(y + py * s * 0.7)}" x2="${n(x - px * s * 0.7)}" y2="${n(y - py * s * 0.7)}" stroke="${color}" stroke-opacity="${n(opacity)}" stroke-width="${n(Math.max(2, w))}"/>`;
    case "diamond": {
      const bx = x - dx * s * 1.4;
      const by = y - dy * s * 1.4;
      const mx = x - dx * s * 0.7;
      const my = y - dy * s * 0.7;
      return `<polygon points="${n(x)},${n(y)} ${n(mx + px * s * 0.45)},${n(my + py * s * 0.45)} ${n(bx)},${n(by)} ${n(mx - px * s * 0.45)},${n(my - py * s * 0.45)}" ${fill}/>`;
    }
    default: {
      const bx = x - dx * s;
      const by = y - dy * s;
      return `<polygon points="${n(x)},${n(y)} ${n(bx + px * s * 0.5)},${n(by + py * s * 0.5)} ${n(bx - px * s * 0.5)},${n(by - py * s * 0.5)}" ${fill}/>`;
    }
  }
}

/** The title: the article's headline, or the corpus's size and publishers. */
export function pictureTitle(graph: KnowledgeGraph): string {
  const articles = Object.values(graph.getAttribute("articles") ?? {});
  if (articles.length === 1) return articles[0]?.headline ?? "Knowledge graph";
  return `${articles.length} articles`;
}

/** Where the picture's facts come from: publisher, date and address of the articles it shows. */
export function pictureSource(graph: KnowledgeGraph, visible: Visible): string {
  const all = graph.getAttribute("articles") ?? {};
  const cited = new Set<string>();
  for (const node of visible.nodes) for (const a of graph.getNodeAttribute(node, "articles")) cited.add(a);
  const shown = Object.values(all).filter((a) => cited.has(a.id)).sort((a, b) => a.id.localeCompare(b.id));
  const list = shown.length ? shown : Object.values(all);
  const one = list.length === 1 ? list[0] : undefined;
  const facts = one
    ? [one.publisher, one.datePublished.slice(0, 10), one.url ?? ""]
    : [`${list.length} articles: ${[...new Set(list.map((a) => a.publisher))].sort().join(", ")}`, list.map((a) => a.datePublished.slice(0, 10)).sort().filter((d, i, s) => i === 0 || i === s.length - 1).join(" to ")];
  return [...facts.filter(Boolean), "made with news-kg"].join(" · ");
}

interface LegendItem {
  section: string;
  /** SVG of the 22×12 sample, drawn with its left edge at 0 and centred on y = 0. */
  sample: string;
  text: string;
}

/** The legend of what the view shows: its kinds, its relations, the modalities of its claims. */
function legendItems(graph: KnowledgeGraph, visible: Visible): LegendItem[] {
  const kinds = new Set<string>();
  for (const node of visible.nodes) kinds.add(graph.getNodeAttribute(node, "kind"));
  const relations = new Set<string>();
  const modalities = new Set<string>();
  for (const edge of visible.edges) {
    relations.add(graph.getEdgeAttribute(edge, "relation"));
    modalities.add(graph.getEdgeAttribute(edge, "modality"));
  }
  const items: LegendItem[] = [];
  for (const kind of [...kinds].sort()) items.push({ section: "Kinds", sample: shapeSvg(kindShape(kind), 6, 0, 5.5, `fill="${kindColor(kind)}"`), text: kind });
  for (const relation of [...relations].sort()) {
    const color = relationColor(relation);
    items.push({
      section: "Relations",
      sample: `<line x1="0" y1="0" x2="16" y2="0" stroke="${color}" stroke-width="2.5"/>${headSvg(RELATION_HEAD_DICT[relation] ?? "arrow", 22, 0, 1, 0, 2.2, color, 1)}`,
      text: relationLabel(relation),
    });
  }
  if (modalities.has("happened")) items.push({ section: "Modality", sample: `<line x1="0" y1="0" x2="22" y2="0" stroke="#5a6472" stroke-width="2.5"/>`, text: "happened" });
  for (const rule of MODALITY_DASH) {
    if (!rule.modalities.some((m) => modalities.has(m))) continue;
    const opacity = rule.opacity === undefined ? "" : ` stroke-opacity="${rule.opacity}"`;
    items.push({ section: "Modality", sample: `<line x1="0" y1="0" x2="22" y2="0" stroke="#5a6472" stroke-width="2.5" stroke-dasharray="${rule.dash} ${rule.gap}"${opacity}/>`, text: rule.label });
  }
  return items;
}

/** Widths of text in the legend's bold section titles (11 px, weight 600), as the picture draws them. */
function boldMeasure(): (text: string) => number {
  const ctx = document.createElement("canvas").getContext("2d");
  return (text) => {
    if (!ctx) return text.length * 7;
    ctx.font = `600 11px ${FONT}`;
    return ctx.measureText(text).width;
  };
}

/** The view as an SVG document (text), its size the stage's plus the title, legend and source bands. */
export function viewToSvg(source: PictureSource): { svg: string; width: number; height: number } {
  const { graph, sigma, visible, labels } = source;
  const { width, height: stageHeight } = sigma.getDimensions();
  const measure = canvasMeasure();
  const title = pictureTitle(graph);
  const credit = pictureSource(graph, visible);

  // The legend flows left to right and wraps at the picture's width, each group on its own lines after its
  // section title. The items start in one column past the widest title, measured in the titles' bold
  // (measured in the regular weight, "Relations:" ran into its first item).
  const items = legendItems(graph, visible);
  const bold = boldMeasure();
  const column = PAD + Math.max(0, ...[...new Set(items.map((i) => i.section))].map((t) => bold(`${t}:`))) + 10;
  const legend: string[] = [];
  let lx = PAD;
  let ly = HEADER + stageHeight + PAD + LINE / 2;
  let section = "";
  for (const item of items) {
    if (item.section !== section) {
      if (section) ly += LINE + 2;
      section = item.section;
      legend.push(`<text x="${n(PAD)}" y="${n(ly + 4)}" font-size="11" font-weight="600" fill="#5f6b7a" class="legend-section">${esc(section)}:</text>`);
      lx = column;
    }
    const w = 28 + measure(item.text, 11, FONT) + 12;
    if (lx + w > width - PAD && lx > column) {
      lx = column;
      ly += LINE;
    }
    legend.push(`<g transform="translate(${n(lx)},${n(ly)})" class="legend-item">${item.sample}<text x="28" y="4" font-size="11" fill="#1d2733">${esc(item.text)}</text></g>`);
    lx += w;
  }
  // The source line wraps between its parts, so a narrow picture keeps all of it.
  const sourceLines: string[] = [];
  for (const part of credit.split(" · ")) {
    const last = sourceLines[sourceLines.length - 1];
    if (last !== undefined && measure(`${last} · ${part}`, 11, FONT) <= width - 2 * PAD) sourceLines[sourceLines.length - 1] = `${last} · ${part}`;
    else sourceLines.push(part);
  }
  const sourceY = ly + LINE + 8;
  const height = Math.ceil(sourceY + (sourceLines.length - 1) * 14 + PAD);

  const view = (key: string) => {
    const data = sigma.getNodeDisplayData(key);
    return data ? { data, ...sigma.framedGraphToViewport(data) } : null;
  };
  const edges: string[] = [];
  for (const edge of visible.edges) {
    const data = sigma.getEdgeDisplayData(edge);
    if (!data || data.visibility === "hidden") continue;
    const [s, t] = graph.extremities(edge);
    const a = view(s);
    const b = view(t);
    if (!a || !b) continue;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len < 1) continue;
    const dx = (b.x - a.x) / len;
    const dy = (b.y - a.y) / len;
    const tr = sigma.scaleSize(b.data.size);
    const ex = b.x - dx * tr;
    const ey = b.y - dy * tr;
    const w = Math.max(0.6, sigma.scaleSize(data.size));
    const extra = data as unknown as { dashSize?: number; gapSize?: number };
    const dash = extra.dashSize && extra.gapSize ? ` stroke-dasharray="${extra.dashSize} ${extra.gapSize}"` : "";
    const relation = graph.getEdgeAttribute(edge, "relation");
    edges.push(`<g data-edge="${esc(edge)}" data-relation="${esc(relation)}"><line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(ex - dx * w * 1.5)}" y2="${n(ey - dy * w * 1.5)}" stroke="${data.color}" stroke-opacity="${n(data.opacity)}" stroke-width="${n(w)}"${dash}/>` +
      `${data.head ? headSvg(data.head, ex, ey, dx, dy, w, data.color, data.opacity) : ""}</g>`);
  }
  const edgeLabels: string[] = [];
  for (const edge of sigma.getEdgeDisplayedLabels()) {
    const data = sigma.getEdgeDisplayData(edge);
    if (!data?.label || !visible.edges.has(edge)) continue;
    const [s, t] = graph.extremities(edge);
    const a = view(s);
    const b = view(t);
    if (!a || !b) continue;
    edgeLabels.push(`<text x="${n((a.x + b.x) / 2)}" y="${n((a.y + b.y) / 2 - 3)}" text-anchor="middle" font-size="10" fill="${data.labelColor}" class="edge-label">${esc(data.label)}</text>`);
  }
  const nodes: string[] = [];
  const nodeLabels: string[] = [];
  const shownLabels = sigma.getNodeDisplayedLabels();
  for (const node of visible.nodes) {
    const v = view(node);
    if (!v) continue;
    const { data, x, y } = v;
    const r = sigma.scaleSize(data.size);
    nodes.push(shapeSvg(data.shape ?? kindShape(graph.getNodeAttribute(node, "kind")), x, y, r, `data-node="${esc(node)}" fill="${data.color}" fill-opacity="${n(data.opacity)}"`));
    if (!data.label || !shownLabels.has(node)) continue;
    const side = labels.get(node) ?? "right";
    const size = data.labelSize ?? 13;
    const gap = r + 4;
    const [tx, ty, anchor] = side === "left" ? [x - gap, y + size * 0.35, "end"] : side === "below" ? [x, y + gap + size * 0.8, "middle"] : side === "above" ? [x, y - gap - size * 0.25, "middle"] : [x + gap, y + size * 0.35, "start"];
    nodeLabels.push(`<text x="${n(tx)}" y="${n(ty)}" text-anchor="${anchor}" font-size="${size}" fill="${data.labelColor}" class="node-label" paint-order="stroke" stroke="${STAGE_BACKGROUND}" stroke-width="3" stroke-linejoin="round">${esc(data.label)}</text>`);
  }

  const svg = `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT)}">` +
    `<title>${esc(title)}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `<text x="${PAD}" y="26" font-size="16" font-weight="650" fill="#1d2733" class="picture-title">${esc(title)}</text>` +
    `<defs><clipPath id="stage-clip"><rect x="0" y="0" width="${width}" height="${stageHeight}"/></clipPath></defs>` +
    `<g transform="translate(0,${HEADER})"><rect width="${width}" height="${stageHeight}" fill="${STAGE_BACKGROUND}"/>` +
    `<g clip-path="url(#stage-clip)" class="stage">${edges.join("")}${nodes.join("")}${edgeLabels.join("")}${nodeLabels.join("")}</g></g>` +
    `<g class="legend">${legend.join("")}</g>` +
    `<text x="${PAD}" y="${n(sourceY)}" font-size="11" fill="#5f6b7a" class="picture-source">${sourceLines.map((line, i) => `<tspan x="${PAD}" dy="${i ? 14 : 0}">${esc(line)}</tspan>`).join("")}</text>` +
    `</svg>`;
  return { svg, width, height };
}

/** The SVG rasterised at `scale` (1 = the stage's CSS pixels): a PNG of exactly width·scale × height·scale. */
export async function svgToPng(picture: { svg: string; width: number; height: number }, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([picture.svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(picture.width * scale);
    canvas.height = Math.round(picture.height * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("no 2D canvas context");
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

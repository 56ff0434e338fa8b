// Who states a claim (issue 8 §2). The annotation records reported speech as `announcedBy` edges from what
// was said to the speaker (the drafter's speech-attribution stage and the seed annotation both do). A
// claim is the speaker's when an `announcedBy` edge of the same article starts at one of its ends and
// quotes the same paragraph: "the minister said the two countries will restore exchanges" makes the
// planned `hasActor japan` claim Choo's statement about Japan, not Japan's own plan. Whether his words are
// quoted is read off the article text: a claim whose evidence sits between quotation marks is a direct
// quotation, otherwise a paraphrase. Claims nobody is reported as saying are the article's own: its byline.
// Browser-safe, deterministic (edge order, then speaker order).
import type { ArticleInfo, Evidence, KnowledgeGraph } from "../model/types.ts";

export interface Attribution {
  /** Entity ids of the speakers, in the order of their announcedBy edges; empty for the article's own claims. */
  speakers: string[];
  /** Reported speech only: the claim's words are between quotation marks in the article. */
  direct?: boolean;
}

const QUOTE_MARKS = new Set(['"', "\u201c", "\u201d"]);

/** Paragraph (line) number and "inside quotation marks" for code point offsets of one article text. */
class TextPositions {
  private readonly line: Uint32Array;
  private readonly quoted: Uint8Array;
  constructor(text: string) {
    const points = Array.from(text);
    this.line = new Uint32Array(points.length + 1);
    this.quoted = new Uint8Array(points.length + 1);
    let line = 0;
    let inside = 0;
    points.forEach((c, i) => {
      this.line[i] = line;
      this.quoted[i] = inside;
      if (c === "\n") {
        line++;
        inside = 0; // a quotation that runs on opens again in the next paragraph
      } else if (QUOTE_MARKS.has(c)) inside ^= 1;
    });
    this.line[points.length] = line;
  }
  lineOf(offset: number): number {
    return this.line[Math.min(offset, this.line.length - 1)] ?? 0;
  }
  isQuoted(e: Evidence): boolean {
    return this.quoted[Math.min(e.start, this.quoted.length - 1)] === 1;
  }
}

/** The attribution of every claim stated by `article`, by claim key. */
export function attributeClaims(graph: KnowledgeGraph, article: ArticleInfo, keys: readonly string[]): Map<string, Attribution> {
  const text = new TextPositions(article.text);
  const lines = (evidence: Evidence[]) => new Set(evidence.filter((e) => e.article === article.id).map((e) => text.lineOf(e.start)));
  // announcedBy edges by the node they start at.
  const reports = new Map<string, Array<{ speaker: string; lines: Set<number> }>>();
  for (const key of keys) {
    const a = graph.getEdgeAttributes(key);
    if (a.relation !== "announcedBy") continue;
    const from = graph.source(key);
    let list = reports.get(from);
    if (!list) reports.set(from, (list = []));
    list.push({ speaker: graph.target(key), lines: lines(a.evidence) });
  }
  const out = new Map<string, Attribution>();
  for (const key of keys) {
    const a = graph.getEdgeAttributes(key);
    const speakers: string[] = [];
    if (a.relation !== "announcedBy") {
      const here = lines(a.evidence);
      for (const end of [graph.source(key), graph.target(key)]) {
        for (const report of reports.get(end) ?? []) {
          if (speakers.includes(report.speaker)) continue;
          if ([...report.lines].some((l) => here.has(l))) speakers.push(report.speaker);
        }
      }
    }
    const own = a.evidence.filter((e) => e.article === article.id);
    out.set(key, speakers.length === 0 ? { speakers } : { speakers, direct: own.length > 0 && own.every((e) => text.isQuoted(e)) });
  }
  return out;
}

// Gephi-style formats (GEXF, GraphML) hold only scalar attributes: lists and records are
// flattened to text, one projection shared by both writers.
import type { EdgeAttributes, NodeAttributes } from "../model/types.ts";

export type FlatValue = string | number;

export function flatNode(a: NodeAttributes): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = {
    kind: a.kind,
    aliases: a.aliases.join("; "),
    description: a.description,
    modality: a.modality ?? "",
    date: a.date?.text ?? "",
    dateValue: a.date?.value ?? "",
    dateEarliest: a.date?.earliest ?? "",
    dateLatest: a.date?.latest ?? "",
    wikidata: a.wikidata ?? "",
    jobTitle: a.jobTitle ?? "",
    figures: a.figures.map((f) => `${f.measure}: ${f.text}${f.converted ? ` (${f.converted.text})` : ""}`).join("; "),
    evidence: a.evidence.map((e) => e.quote).join(" | "),
    articles: a.articles.join("; "),
    draftedIn: (a.draftedIn ?? []).join("; "),
    confidence: a.confidence ?? 1,
  };
  return out;
}

export function flatEdge(a: EdgeAttributes): Record<string, FlatValue> {
  return {
    relation: a.relation,
    modality: a.modality,
    confidence: a.confidence,
    role: a.role ?? "",
    note: a.note ?? "",
    drafted: a.drafted ? "true" : "false",
    article: a.article,
    evidence: a.evidence.map((e) => e.quote).join(" | "),
  };
}

// Temporal order from data/lexicons/temporal-cues.json: "X after Y" and "X follows Y" put Y before
// X, "X before Y" puts X first, "during"/"while" set X during Y, and a sentence opening "Later,"
// follows the previous sentence's main event. Both ends must be happenings (events, or entities of
// a happening kind the recognizer named: "during World War II"): "after the meeting, he
// left" orders nothing when "left" is not an event of the lexicon, and never states a cause.
import lexicon from "../../data/lexicons/temporal-cues.json" with { type: "json" };
import { hasBreakAfter, matchesAt, type Token } from "./clause-tokens.ts";
import type { SentenceView } from "./event-model.ts";
import { type NodeRef, spanOf } from "./relation-refs.ts";
import type { RelationCandidate } from "./types.ts";
import { EVENT_LIKE_KINDS, KINDS } from "../model/vocabulary.ts";

/** An event mention, or an entity the recognizer named that is a happening ("World War II"). */
const isHappening = (r: NodeRef): boolean => !!r.event || EVENT_LIKE_KINDS.has(r.kind);

interface TemporalCue {
  cue: string;
  forms: string[];
  complementIs: "earlier" | "later" | "during";
  frontable?: boolean;
  verbOnly?: boolean;
  sentenceLink?: boolean;
  confidence: number;
}

const FORMS = (lexicon.cues as TemporalCue[])
  .flatMap((entry) => entry.forms.map((form) => ({ words: form.split(" "), entry, form })))
  .sort((a, b) => b.words.length - a.words.length);

export function linkTemporal(views: readonly SentenceView[], refs: NodeRef[][]): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (let s = 0; s < views.length; s++) {
    const view = views[s] as SentenceView;
    const here = (refs[s] ?? []).filter(isHappening);
    for (let i = 0; i < view.tokens.length; i++) {
      const f = FORMS.find((x) => matchesAt(view.tokens, i, x.words));
      if (!f) continue;
      const t = view.tokens[i] as Token;
      if (f.entry.verbOnly && !t.tags.has("Verb")) continue;
      const end = i + f.words.length;
      let head: NodeRef | undefined;
      let complement: NodeRef | undefined;
      if (f.entry.sentenceLink) {
        if (i !== 0) continue;
        const prev = [...(refs[s - 1] ?? [])].filter(isHappening).sort((a, b) => a.tokStart - b.tokStart)[0];
        const first = here.find((r) => r.tokStart >= end);
        if (!prev || !first) continue;
        out.push(edge(views, s, prev, first, "before", f.entry.confidence, `cue '${f.form}' opens the sentence: the previous sentence's event comes first`, i, end));
        continue;
      }
      if (f.entry.frontable && i === 0) {
        let brk = end;
        while (brk < view.tokens.length && !hasBreakAfter(view.tokens[brk])) brk++;
        complement = here.find((r) => r.tokStart >= end && r.tokStart <= brk);
        head = here.find((r) => r.tokStart > brk);
      } else {
        // The complement is the phrase the cue governs: it ends at a comma or clause break, and a
        // non-event noun right after the cue ("after the drought, and … imposed curbs") is it.
        let stop = end;
        while (stop < view.tokens.length && stop < end + 10 && !hasBreakAfter(view.tokens[stop])) stop++;
        // An actor there is the subject of a clause ("after Tokyo curbed exports"), not the phrase.
        const first = (refs[s] ?? []).find((r) => r.tokStart >= end && r.tokStart <= stop && (isHappening(r) || KINDS[r.kind].group !== "actor"));
        complement = first && isHappening(first) ? first : undefined;
        head = here.filter((r) => r.tokEnd <= i).sort((a, b) => b.tokEnd - a.tokEnd)[0];
      }
      if (!head || !complement || head.id === complement.id) continue;
      // "compensation for Koreans forced into labor … during the war": a verb between the head
      // and the cue takes the phrase for itself.
      if (!(f.entry.frontable && i === 0) && view.tokens.slice(head.tokEnd, i).some((x) => x.tags.has("Verb") && !x.tags.has("Auxiliary") && !x.tags.has("Copula"))) continue;
      const note = `cue '${f.form}' (${f.entry.complementIs === "during" ? "during" : `the phrase after it is ${f.entry.complementIs}`})`;
      if (f.entry.complementIs === "earlier") out.push(edge(views, s, complement, head, "before", f.entry.confidence, note, i, end));
      else if (f.entry.complementIs === "later") out.push(edge(views, s, head, complement, "before", f.entry.confidence, note, i, end));
      else out.push(edge(views, s, head, complement, "during", f.entry.confidence, note, i, end));
      i = end - 1;
    }
  }
  return out;
}

function edge(views: readonly SentenceView[], s: number, a: NodeRef, b: NodeRef, relation: "before" | "during", confidence: number, note: string, cueStart: number, cueEnd: number): RelationCandidate {
  const view = views[s] as SentenceView;
  const inThis = [a, b].filter((r) => r.sent === s);
  const from = Math.min(cueStart, ...inThis.map((r) => r.evStart));
  const to = Math.max(cueEnd, ...inThis.map((r) => r.tokEnd));
  const evidence = [spanOf(view, from, to)];
  const away = [a, b].find((r) => r.sent !== s);
  const awayView = away ? views[away.sent] : undefined;
  if (away && awayView) evidence.unshift(spanOf(awayView, away.evStart, away.evEnd));
  const modality = a.event?.modality === "happened" && b.event?.modality === "happened" ? "happened" : (b.event?.modality ?? "happened");
  return { from: a.id, rel: relation, to: b.id, modality, confidence, note, evidence };
}

// The event/relation/modality stage of the rule extractor. Reads the sentences with the entities,
// dates and figures the earlier stages found and proposes:
//   - events and plans, one node per happening, from the verbs and nominalisations of
//     data/lexicons/event-triggers.json (mentions joined by event-coref);
//   - the modality of each (modality-detect, data/lexicons/modality-cues.json);
//   - who does, issues and announces it, what it concerns and where (relation-roles,
//     speech-attribution with data/lexicons/speech-verbs.json);
//   - causal links from data/lexicons/causal-cues.json and temporal order from temporal-cues.json.
// Every relation carries the verbatim span that states it, a confidence and a note naming its
// rule, and is checked against src/validate/relation-constraints.ts before it leaves this stage.
import type { Kind } from "../model/vocabulary.ts";
import { linkCauses } from "./causal-links.ts";
import { IMPLICATIVE_CONTROL_VERBS, OBJECT_CONTROL_VERBS } from "./causal-lexicon.ts";
import { matchesAt, tokenizeSentences, type Token } from "./clause-tokens.ts";
import { entitiesIn, isActorKind, subjectLeft } from "./event-arguments.ts";
import { joinMentions } from "./event-coref.ts";
import { buildViews, detectMentions, refusalBefore } from "./event-detect.ts";
import { triggerIndex } from "./event-lexicon.ts";
import type { EventMention, EventNode, SentenceView } from "./event-model.ts";
import { assignModality, objectModalityByVerb } from "./modality-detect.ts";
import { startsAfter } from "./date-calendar.ts";
import { keepValidRelations } from "./relation-check.ts";
import { type NodeRef, refsBySentence, spanOf } from "./relation-refs.ts";
import { roleLinks } from "./relation-roles.ts";
import { linkTemporal } from "./relation-temporal.ts";
import { attributeSpeech } from "./speech-attribution.ts";
import { SPEECH_WORDS } from "./speech-lexicon.ts";
import { pronounSubjects } from "./pronoun-subjects.ts";
import type { DateMention, DraftContext, EntityCandidate, EventCandidate, FigureMention, RelationCandidate } from "./types.ts";

/** Verbs whose object, not their subject, does what the infinitive after it names. */
const OBJECT_CONTROL: ReadonlySet<string> = new Set([...OBJECT_CONTROL_VERBS, ...IMPLICATIVE_CONTROL_VERBS]);
/** Participle clauses that elaborate the event before them ("…, aiming to break ground in 2026"). */
const ELABORATIONS = [["aiming", "to"], ["seeking", "to"], ["hoping", "to"], ["targeting"], ["scheduled", "for"], ["scheduled", "to"], ["with", "the", "aim", "of"]];
const PART_OF = [["as", "part", "of"], ["part", "of"]];

export function extractEvents(
  ctx: DraftContext,
  entities: EntityCandidate[],
  dates: DateMention[],
  figures: FigureMention[],
): { events: EventCandidate[]; relations: RelationCandidate[] } {
  const views = buildViews(tokenizeSentences(ctx), entities);
  const mentions: EventMention[] = [];
  const elaborationOf = new Map<EventMention, Array<{ sent: number; from: number; to: number }>>();
  views.forEach((view, s) => {
    let found = detectMentions(view, s);
    assignModality(view, found);
    found = addRefusals(view, found);
    inheritActors(view, found);
    found = foldElaborations(view, found, elaborationOf);
    mentions.push(...found);
  });
  attachDatesAndFigures(views, mentions, elaborationOf, dates, figures);
  objectModalityByVerb(views, mentions, ctx.datePublished);
  futureByDate(mentions, ctx.datePublished);
  const taken = new Set<string>([...entities.map((e) => e.id), ...ctx.corpus.map((e) => e.id)]);
  const nodes = joinMentions(mentions, views, taken);
  const refs = refsBySentence(views, nodes, mentions);
  const roles = [...roleLinks(views, nodes, mentions), ...attributeSpeech(views, nodes, mentions)];
  const proposed: RelationCandidate[] = [
    ...roles,
    ...pronounSubjects(views, nodes, mentions, roles),
    ...linkCauses({ views, refs, nodes, mentions }),
    ...linkTemporal(views, refs),
    ...partOfLinks(views, refs),
  ];
  const kinds = new Map<string, Kind>(entities.map((e) => [e.id, e.kind]));
  const events = nodes.filter((n) => !n.entityId).map((n) => toCandidate(ctx, views, n));
  for (const e of events) kinds.set(e.id, e.kind);
  return { events, relations: keepValidRelations(proposed, kinds) };
}

/**
 * "The new rules take effect on Jan. 1", "the ban, which takes effect next year": nothing in the
 * words marks the event as planned, but its own date lies after the article's. An event the article
 * dates in its future has not happened: a change is expected, anything else planned. The date
 * resolver already chose past or future from the tense, so a past date never reaches here.
 */
function futureByDate(mentions: EventMention[], published: string | undefined): void {
  if (!published) return;
  for (const m of mentions) {
    if (m.modality !== "happened" || m.form === "refusal" || m.form === "anaphor" || !m.date?.value) continue;
    if (!startsAfter(m.date.value, published)) continue;
    m.modality = m.frame.class === "change" ? "expected" : "planned";
  }
}

/** "declined to extend the pact": a decision that happened, and the extension that did not. */
function addRefusals(view: SentenceView, found: EventMention[]): EventMention[] {
  const decision = triggerIndex().frames.get("decision");
  const out: EventMention[] = [];
  for (const m of found) {
    const refusal = m.form === "verb" && decision ? refusalBefore(view, m) : undefined;
    if (refusal && decision) {
      const clause = view.clauses[m.clauseIndex];
      const subject = clause ? subjectLeft(view, refusal.tokStart, clause.start) : undefined;
      const actors = subject ? entitiesIn(view, subject.tokStart, subject.tokEnd).filter(isActorKind).slice(0, 2) : [];
      const words = view.tokens.slice(refusal.tokStart, refusal.tokEnd).map((t) => t.lower).join(" ");
      out.push({
        ...m,
        frame: decision,
        form: "refusal",
        tokStart: refusal.tokStart,
        tokEnd: refusal.tokEnd,
        trigger: spanOf(view, refusal.tokStart, refusal.tokEnd),
        actors,
        args: [],
        evidence: { tokStart: Math.min(refusal.tokStart, subject?.tokStart ?? refusal.tokStart), tokEnd: m.evidence.tokEnd },
        // "if the company refuses to raise wages": a refusal the sentence only supposes, and so its object.
        modality: clause?.type === "if" ? "conditional" : "happened",
        modalityCue: clause?.type === "if" ? `${view.tokens[clause.start]?.lower ?? "if"} + ${words}` : words,
        refused: m,
        figures: [],
        confidence: 0.8,
      });
      m.modality = clause?.type === "if" ? "conditional" : "not_happened";
      m.modalityCue = words;
      m.negated = true;
    }
    out.push(m);
  }
  return out;
}

/**
 * A verb with no subject of its own takes its actor from the verb it depends on: a coordinated
 * or participle clause from the clause before ("Korea retaliated … and declined"), an infinitive
 * from its governing verb ("Choo pledged Friday to activate").
 */
const NESTED_CLAUSES: ReadonlySet<string> = new Set(["relative", "subordinate", "if", "quote"]);

function inheritActors(view: SentenceView, found: EventMention[]): void {
  for (const m of found) {
    if (m.actors.length > 0 || m.form === "noun" || m.form === "entity" || m.form === "anaphor" || m.negated) continue;
    if (m.frame.class === "change" && !m.object) continue;
    const clause = view.clauses[m.clauseIndex];
    if (!clause) continue;
    const startTok = m.form === "refusal" ? m.tokStart : m.tokStart;
    const before = view.tokens[startTok - 1];
    if (before?.lower === "to") {
      let g = startTok - 2;
      while (g >= clause.start && !(view.tokens[g] as Token).tags.has("Verb")) g--;
      if (g >= clause.start) {
        // "forcing hospitals to postpone operations", "urged the union to return": after a verb that
        // controls its object, the object does what the infinitive names, not the subject.
        const governor = view.tokens[g] as Token;
        if (OBJECT_CONTROL.has(governor.lower) && g + 1 < startTok - 1) {
          m.actors = entitiesIn(view, g + 1, startTok - 1).filter(isActorKind).slice(0, 2);
          continue;
        }
        const subject = subjectLeft(view, g, clause.start);
        const actors = subject ? entitiesIn(view, subject.tokStart, subject.tokEnd).filter(isActorKind).slice(0, 2) : [];
        if (actors.length) {
          m.actors = actors;
          continue;
        }
      }
    }
    if (clause.type === "coordinated" || clause.type === "participle" || m.form === "refusal" || before?.lower === "to") {
      const earlier = [...found].reverse().filter((n) => n !== m && n.tokStart < m.tokStart && n.actors.length > 0 && n.form !== "noun");
      // "The court overturned a law that allowed police to detain suspects, ruling that …": a participle
      // clause after a comma shares the subject of the main clause, not of a relative clause in between.
      const outer = clause.type === "participle" ? earlier.find((n) => !NESTED_CLAUSES.has(view.clauses[n.clauseIndex]?.type ?? "main")) : undefined;
      const previous = outer ?? earlier[0];
      if (previous) m.actors = previous.actors;
    }
  }
}

function foldElaborations(view: SentenceView, found: EventMention[], elaborationOf: Map<EventMention, Array<{ sent: number; from: number; to: number }>>): EventMention[] {
  const elaborations = view.clauses.filter((c) => (c.type === "participle" || c.start > 0) && ELABORATIONS.some((w) => matchesAt(view.tokens, c.start, w)));
  const dropped = new Set<EventMention>();
  for (const clause of elaborations) {
    const host = [...found].reverse().find((n) => n.form !== "anaphor" && n.form !== "refusal" && n.tokStart < clause.start);
    if (!host) continue;
    const list = elaborationOf.get(host) ?? [];
    list.push({ sent: host.sent, from: clause.start, to: clause.end });
    elaborationOf.set(host, list);
    for (const m of found) if (m.form === "verb" && m.tokStart >= clause.start && m.tokStart < clause.end) dropped.add(m);
  }
  return found.filter((m) => !dropped.has(m));
}

/**
 * A date in the trigger's clause (or an elaborating clause) dates the event; a figure measures it
 * when it is the verb's object count ("construct 15 industrial complexes"), an amount of money or
 * a rate in its arguments, or sits in an elaborating clause. Each date and figure goes to one event.
 */
function attachDatesAndFigures(
  views: readonly SentenceView[],
  mentions: EventMention[],
  elaborationOf: Map<EventMention, Array<{ sent: number; from: number; to: number }>>,
  dates: DateMention[],
  figures: FigureMention[],
): void {
  const usedDates = new Set<DateMention>();
  const usedFigures = new Set<FigureMention>();
  const ordered = [...mentions].filter((m) => m.form !== "anaphor").sort((a, b) => rankForDate(a) - rankForDate(b));
  for (const m of ordered) {
    const view = views[m.sent] as SentenceView;
    const clause = view.clauses[m.clauseIndex];
    if (!clause) continue;
    const regions = [spanOf(view, clause.start, clause.end), ...(elaborationOf.get(m) ?? []).map((e) => spanOf(view, e.from, e.to))];
    const inRegion = (s: { start: number; end: number }): boolean => regions.some((r) => r.start <= s.start && s.end <= r.end);
    // "…, the ministry said Thursday": a date next to a speech verb dates the report, not the event.
    const candidates = dates.filter((d) => !usedDates.has(d) && inRegion(d) && !overlaps(d, m.trigger) && !nextToSpeech(view, d) && !inDateline(view, d));
    const nearest = candidates.sort((a, b) => distance(a, m.trigger) - distance(b, m.trigger))[0];
    if (nearest && (m.form !== "noun" || distance(nearest, m.trigger) < 40 || (elaborationOf.get(m) ?? []).length > 0)) {
      m.date = nearest;
      usedDates.add(nearest);
    }
    const argEnd = view.tokens[m.evidence.tokEnd - 1]?.end ?? m.trigger.end;
    const elaborations = regions.slice(1);
    for (const f of figures) {
      if (usedFigures.has(f)) continue;
      const inElaboration = elaborations.some((r) => r.start <= f.start && f.end <= r.end);
      const afterTrigger = f.start >= m.trigger.end && f.start - m.trigger.end <= 2 && m.form === "verb";
      const moneyInArgs = f.start >= m.trigger.end && f.end <= argEnd && (f.unit !== "count" && f.unit !== "rank");
      if (inElaboration || afterTrigger || moneyInArgs) {
        m.figures.push(f);
        usedFigures.add(f);
      }
    }
  }
}

/** "MILAN, Oct 3 (AP) —": the dateline's date is the day the story was filed, not the date of what it reports. */
function inDateline(view: SentenceView, d: DateMention): boolean {
  const before = view.sentence.text.slice(0, d.start - view.sentence.start);
  const after = view.sentence.text.slice(d.end - view.sentence.start);
  return /^\s*([A-Z][\p{L} .'-]*,\s*)?$/u.test(before) && /^\s*(\(|[\u2014\u2013-]\s)/.test(after);
}

function nextToSpeech(view: SentenceView, d: DateMention): boolean {
  const k = view.tokens.findIndex((t) => t.end > d.start);
  if (k < 0) return false;
  let j = k;
  while (j < view.tokens.length && (view.tokens[j] as Token).end <= d.end) j++;
  const before = view.tokens[k - 1]?.lower ?? "";
  const after = view.tokens[j]?.lower ?? "";
  return SPEECH_WORDS.has(before) || SPEECH_WORDS.has(after);
}

const rankForDate = (m: EventMention): number => (m.form === "verb" ? 0 : m.form === "refusal" ? 2 : 1) * 100000 + m.sent * 100 + m.tokStart / 1000;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const distance = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;

/** "… seek joint investment as part of the country's plans": the left event is part of the right one. */
function partOfLinks(views: readonly SentenceView[], refs: NodeRef[][]): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  views.forEach((view, s) => {
    const here = (refs[s] ?? []).filter((r) => r.event);
    for (let i = 0; i < view.tokens.length; i++) {
      const words = PART_OF.find((w) => matchesAt(view.tokens, i, w));
      if (!words) continue;
      const end = i + words.length;
      const whole = here.find((r) => r.tokStart >= end && r.tokStart < end + 6);
      const parts = here.filter((r) => r.tokEnd <= i);
      const part = parts.sort((a, b) => b.tokEnd - a.tokEnd)[0];
      if (whole && part && whole.id !== part.id) {
        out.push({ from: part.id, rel: "partOf", to: whole.id, modality: part.event?.modality ?? "happened", confidence: 0.85, note: `cue '${words.join(" ")}'`, evidence: [spanOf(view, part.evStart, whole.tokEnd)] });
      }
      i = end - 1;
    }
  });
  return out;
}

function toCandidate(ctx: DraftContext, views: readonly SentenceView[], node: EventNode): EventCandidate {
  const p = node.primary;
  const mentions = [...node.mentions].sort((a, b) => a.sent - b.sent || a.tokStart - b.tokStart);
  const entityMentions = mentions.flatMap((m) => {
    const view = views[m.sent] as SentenceView;
    const span = spanOf(view, m.evidence.tokStart, m.evidence.tokEnd);
    // The words that state an event are its clause (the annotation guide quotes clauses), not only the
    // trigger and its arguments: a verb mention, and the first mention of the event, is quoted with the
    // clause it stands in. A later noun mention ("the curbs") is its own noun phrase: its clause may be
    // about something else ("officials said the curbs hurt trade").
    const clause = m.form === "verb" || m.form === "refusal" || (m === p && m.form !== "anaphor") ? view.clauses[m.clauseIndex] : undefined;
    const clauseSpan = clause ? spanOf(view, clause.start, clause.end) : span;
    const via = m.form === "anaphor" ? "coref:anaphor" : `trigger:${m.frame.id}:${m.form}`;
    const own = { start: Math.min(span.start, m.trigger.start), end: Math.max(span.end, m.trigger.end) };
    const start = Math.min(own.start, clauseSpan.start);
    const end = Math.max(own.end, clauseSpan.end);
    const quoted = [{ start, end, text: ctx.text.slice(start, end), via }];
    // A noun phrase quoted inside a longer clause keeps its own quote too: it is the event's name there.
    if (m.form === "noun" && (own.start !== start || own.end !== end)) quoted.push({ ...own, text: ctx.text.slice(own.start, own.end), via });
    // A verb keeps the words of its own phrase as well (subject, verb and arguments, then verb and
    // arguments alone): an annotator quotes "Tokyo curbed exports on three key products" or
    // "declined to extend the pact", not the clause's connective, its date or its trailing clause.
    if (m.form === "verb" || m.form === "refusal") {
      for (const part of [own, { start: Math.min(m.trigger.start, own.end), end: own.end }]) {
        if (part.end - part.start > 2 && !quoted.some((q) => q.start === part.start && q.end === part.end)) quoted.push({ ...part, text: ctx.text.slice(part.start, part.end), via });
      }
    }
    return quoted;
  });
  const aliases = [
    ...new Set(
      mentions
        .filter((m) => m.form === "noun" && m !== p)
        .map((m) => ctx.text.slice(spanOf(views[m.sent] as SentenceView, m.evidence.tokStart, m.tokEnd).start, m.trigger.end).replace(/^(the|a|an|this|that|its|their)\s+/i, ""))
        .filter((a) => a.toLowerCase() !== node.label.toLowerCase() && a.length > 2),
    ),
  ].sort();
  const date = p.date ?? mentions.find((m) => m.date)?.date;
  const figures = mentions.flatMap((m) => m.figures).sort((a, b) => a.start - b.start);
  const hedged = mentions.find((m) => m.hedge);
  const confidence = Math.min(0.95, p.confidence + 0.05 * (mentions.length - 1));
  return {
    id: node.id,
    kind: node.kind as EventCandidate["kind"],
    label: node.label,
    aliases,
    modality: p.modality,
    trigger: p.trigger,
    mentions: dedupeMentions(entityMentions),
    ...(date ? { date } : {}),
    figures,
    confidence: Math.round(confidence * 100) / 100,
    ...(hedged ? {} : {}),
  };
}

function dedupeMentions<T extends { start: number; end: number }>(list: T[]): T[] {
  const out: T[] = [];
  for (const m of list) if (!out.some((o) => o.start === m.start && o.end === m.end)) out.push(m);
  return out;
}

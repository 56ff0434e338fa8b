// Who said what: each speech verb of speech-verbs.json ("said", "pledged", "according to") finds
// its speaker (the actor named right before or right after it, or the previous speaker for "he",
// "she", "the minister") and the stretch it reports (before the verb for `"…," Choo said`, after
// it for `Choo said (that) …`). Every event in that stretch is announced by the speaker. A quote
// that runs on into the next sentence, or a sentence that opens "In addition," keeps the speaker.
import lexicon from "../../data/lexicons/speech-verbs.json" with { type: "json" };
import { hasBreakAfter, matchesAt, type Token } from "./clause-tokens.ts";
import { isActorKind } from "./event-arguments.ts";
import type { EntitySpan, EventMention, EventNode, SentenceView } from "./event-model.ts";
import type { EntityCandidate, RelationCandidate, Span } from "./types.ts";

const VERBS = lexicon.verbs.map((v) => v.split(" ")).sort((a, b) => b.length - a.length);
const PREPOSITIONS = lexicon.prepositions.map((v) => v.split(" "));
const HEDGING = new Set(lexicon.hedgingVerbs);
const PRONOUNS = new Set(lexicon.pronouns);
const CONTINUATIONS = lexicon.continuations.map((v) => v.split(" "));
const QUOTE = /["\u201c\u201d]/;
const ADDRESSEE_VERBS = new Set(lexicon.addresseeVerbs);
const LEAD_WORDS = new Set(lexicon.speakerLeadWords);
const APPOSITIVE_OPENERS = new Set(lexicon.appositiveOpeners);
const TITLE_WORDS = new Set(["minister", "president", "official", "spokesperson", "spokesman", "spokeswoman", "secretary", "chairman", "chief", "ambassador", "governor", "premier", "leader"]);
const SKIPPABLE = (t: Token | undefined): boolean => !!t && (t.tags.has("Date") || t.tags.has("Adverb") || /^(on|friday|monday|tuesday|wednesday|thursday|saturday|sunday|yesterday|today|also|further|again)$/.test(t.lower));

interface Report {
  sent: number;
  speaker: EntityCandidate;
  speakerSpan: Span;
  /** Reported tokens [from, to). */
  from: number;
  to: number;
  direct: boolean;
  verb: string;
  hedged: boolean;
}

export function attributeSpeech(views: readonly SentenceView[], nodes: readonly EventNode[], mentions: readonly EventMention[]): RelationCandidate[] {
  const relations: RelationCandidate[] = [];
  let lastSpeaker: { entity: EntityCandidate; span: Span; sent: number; direct: boolean; paragraph: number } | undefined;
  for (let s = 0; s < views.length; s++) {
    const view = views[s] as SentenceView;
    // "he", "the minister": the last speaker, or else the last person the article named.
    const reports = findReports(view, s, lastSpeaker?.entity ?? lastPerson(views, s));
    for (const report of reports) {
      for (const m of mentions) {
        if (m.sent !== s || m.node === undefined || m.tokStart < report.from || m.tokStart >= report.to) continue;
        const node = nodes[m.node];
        if (!node) continue;
        if (!announced(m, node, mentions, report.from)) continue;
        if (!report.direct && inAsideRelative(view, m)) continue;
        const evidence = spanBetween(view, report.speakerSpan, m);
        relations.push({
          from: node.id,
          rel: "announcedBy",
          to: report.speaker.id,
          role: "source",
          modality: "happened",
          confidence: (report.direct ? 0.9 : 0.85) * (report.hedged ? 0.75 : 1),
          note: `reported speech: ${report.direct ? "direct quotation" : "paraphrase"} ('${report.verb}')${report.hedged ? `; a claim of ${report.speaker.label}, kept apart` : ""}`,
          evidence: [evidence],
        });
      }
      relations.push(...pronounDoers(view, report, mentions, nodes));
      lastSpeaker = { entity: report.speaker, span: report.speakerSpan, sent: s, direct: report.direct, paragraph: view.sentence.paragraph };
    }
    if (reports.length > 0 || !lastSpeaker || s - lastSpeaker.sent > 1) continue;
    // A quotation that runs on, or "In addition, …" right after a report: the same speaker.
    const opensQuote = QUOTE.test(view.tokens[0]?.pre ?? "") && lastSpeaker.direct && lastSpeaker.paragraph === view.sentence.paragraph;
    const continues = CONTINUATIONS.some((words) => matchesAt(view.tokens, 0, words));
    if (!opensQuote && !continues) continue;
    const prev = views[lastSpeaker.sent] as SentenceView;
    for (const m of mentions) {
      if (m.sent !== s || m.node === undefined) continue;
      const node = nodes[m.node];
      if (!node || !announced(m, node, mentions, 0)) continue;
      const here = { start: view.sentence.start, end: view.tokens[m.evidence.tokEnd - 1]?.end ?? view.sentence.end };
      relations.push({
        from: node.id,
        rel: "announcedBy",
        to: lastSpeaker.entity.id,
        role: "source",
        modality: "happened",
        confidence: opensQuote ? 0.85 : 0.8,
        note: opensQuote
          ? "reported speech: direct quotation continued from the previous sentence"
          : "reported speech: paraphrase; the sentence continues the previous speaker's account",
        evidence: [lastSpeakerEvidence(prev, lastSpeaker.span), here],
      });
    }
    lastSpeaker.sent = s;
  }
  return relations;
}

/**
 * What a report announces: the events it states, not every event it names. An event the article
 * already named is taken up again, not announced ("…, the summit laid the foundation, Choo said");
 * and a noun that comes after another event of the report is part of that claim's wording (its
 * cause, its object: "uncertainty raised by the dispute"), while a verb states a claim of its own.
 */
function announced(m: EventMention, node: EventNode, mentions: readonly EventMention[], from: number): boolean {
  const earlier = node.mentions.some((o) => o !== m && (o.sent < m.sent || (o.sent === m.sent && o.tokStart < m.tokStart)));
  if (earlier) return false;
  if (m.form === "verb" || m.form === "refusal") return true;
  return !mentions.some((o) => o !== m && o.sent === m.sent && o.node !== undefined && o.tokStart >= from && o.tokStart < m.tokStart);
}

function lastPerson(views: readonly SentenceView[], before: number): EntityCandidate | undefined {
  for (let s = before - 1; s >= 0 && s >= before - 3; s--) {
    const people = (views[s]?.entities ?? []).filter((e) => e.entity.kind === "Person");
    if (people.length) return people[people.length - 1]?.entity;
  }
  return undefined;
}

/**
 * "Critics warned that cuts could weaken the peso, which fell 1.5% after the announcement": a
 * relative clause set off by a comma is the reporter's aside, not part of what was said.
 */
function inAsideRelative(view: SentenceView, m: EventMention): boolean {
  const clause = view.clauses[m.clauseIndex];
  if (!clause || clause.type !== "relative") return false;
  const opener = view.tokens[clause.start];
  return !!opener && /^(which|who|whose)$/.test(opener.lower) && /,/.test(view.tokens[clause.start - 1]?.post ?? "");
}

function findReports(view: SentenceView, sent: number, previous: EntityCandidate | undefined): Report[] {
  const tokens = view.tokens;
  const out: Report[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prep = PREPOSITIONS.find((w) => matchesAt(tokens, i, w));
    if (prep) {
      const speaker = speakerAt(view, i + prep.length, previous);
      if (speaker) {
        const contentBefore = i > 0;
        out.push({
          sent,
          speaker: speaker.entity,
          speakerSpan: speaker.span,
          from: contentBefore ? 0 : speaker.tokEnd,
          to: contentBefore ? i : tokens.length,
          direct: isQuoted(view, contentBefore ? 0 : speaker.tokEnd, contentBefore ? i : tokens.length),
          verb: prep.join(" "),
          hedged: false,
        });
        i += prep.length;
      }
      continue;
    }
    const verb = VERBS.find((w) => matchesAt(tokens, i, w));
    if (!verb || !tokens[i]?.tags.has("Verb")) continue;
    const verbText = verb.join(" ");
    const end = i + verb.length;
    // Speaker before ("Choo said", "Finance Minister Choo Kyung-ho pledged Friday") or after ("said Choo").
    let speaker = speakerEndingAt(view, i, previous);
    let after = false;
    // "…, saying Beijing's subsidies …": a participle reports the main clause's subject, which stands before it.
    if (!speaker && tokens[i]?.lower.endsWith("ing")) {
      const subject = view.entities.find((e) => e.tokEnd <= i && isActorKind(e) && e.tokStart <= 3);
      if (subject) speaker = fromSpan(subject);
      else continue;
    }
    // "Economists welcomed the cut but said it was not enough": the verb after "and"/"but" shares
    // the subject of the first conjunct, an actor opening the sentence.
    if (!speaker && /^(and|but)$/.test(tokens[i - 1]?.lower ?? "")) {
      const subject = view.entities.find((e) => e.tokEnd < i && isActorKind(e) && e.tokStart <= 3);
      if (subject) speaker = fromSpan(subject);
      else continue;
    }
    // "officials told Reuters": after these verbs the actor is the one spoken to. A speaker after
    // the verb is an inversion that follows its report ("…," said Choo); in "… and said it was
    // not enough" the pronoun after the verb opens the report.
    if (!speaker && !ADDRESSEE_VERBS.has(verbText) && (i === 0 || hasBreakAfter(tokens[i - 1]) || QUOTE.test(tokens[i]?.pre ?? "") || !PRONOUNS.has(tokens[end]?.lower ?? ""))) {
      speaker = speakerAt(view, end, previous);
      after = !!speaker;
    }
    if (!speaker) continue;
    const isPerson = speaker.entity.kind === "Person";
    const hedged = HEDGING.has(verbText) && (verbText !== "says" || !isPerson);
    // `"…," said Choo` / `…, Choo said.`: the report comes before; otherwise after the verb.
    // A dateline ("SEOUL (Reuters) - South Korea said …") is not a report before the verb.
    // "…," union President Marc Dubois told / "…, a spokeswoman for Air Valdora said": the words
    // before the speaker up to the comma or quotation mark are its title or description.
    const lead = leadStart(tokens, speaker.tokStart);
    // "On Monday, Governor Ana Ruiz said …": a fronted time or place before the comma is no report.
    const clauseBefore = tokens.slice(0, lead).some((t) => t.tags.has("Verb") && !t.tags.has("Gerund")) || isQuoted(view, 0, lead);
    const reportFirst = after || (lead > 0 && clauseBefore && (/[,"\u201c\u201d]/.test(tokens[lead - 1]?.post ?? "") || QUOTE.test(tokens[lead]?.pre ?? "")));
    const from = reportFirst ? 0 : after ? speaker.tokEnd : end;
    const to = reportFirst ? (after ? i : lead) : tokens.length;
    if (to <= from) continue;
    out.push({ sent, speaker: speaker.entity, speakerSpan: speaker.span, from, to, direct: isQuoted(view, from, to), verb: verbText, hedged });
    i = end - 1;
  }
  return out;
}

interface Speaker {
  entity: EntityCandidate;
  span: Span;
  tokStart: number;
  tokEnd: number;
}

function speakerEndingAt(view: SentenceView, verbAt: number, previous: EntityCandidate | undefined): Speaker | undefined {
  let k = verbAt - 1;
  while (k >= 0 && SKIPPABLE(view.tokens[k]) && !view.entityAt[k]) k--;
  if (k < 0) return undefined;
  // "Carlos Vidal, a member of the ruling party, said": the speaker stands before the appositive.
  const named = beforeAppositive(view, k);
  if (named) return fromSpan(named);
  const e = view.entityAt[k];
  if (e && isActorKind(e)) return fromSpan(e);
  const t = view.tokens[k] as Token;
  if (previous && (PRONOUNS.has(t.lower) || (TITLE_WORDS.has(t.lower) && view.tokens[k - 1]?.lower === "the"))) {
    const start = TITLE_WORDS.has(t.lower) ? k - 1 : k;
    return { entity: previous, span: { start: view.tokens[start]?.start ?? t.start, end: t.end }, tokStart: start, tokEnd: k + 1 };
  }
  return undefined;
}

function speakerAt(view: SentenceView, at: number, previous: EntityCandidate | undefined): Speaker | undefined {
  const e = view.entityAt[at];
  if (e && isActorKind(e)) return fromSpan(e);
  // "…," said Finance Minister Lars Klingbeil: a title of capitalised words before the named person.
  for (let k = at; k < at + 4 && /^[A-Z]/.test(view.tokens[k]?.text ?? "") && !hasBreakAfter(view.tokens[k]) && !view.entityAt[k]; k++) {
    const named = view.entityAt[k + 1];
    if (named && named.entity.kind === "Person") return fromSpan(named);
  }
  const t = view.tokens[at];
  if (t && previous && PRONOUNS.has(t.lower)) return { entity: previous, span: { start: t.start, end: t.end }, tokStart: at, tokEnd: at + 1 };
  if (t && previous && t.lower === "the" && TITLE_WORDS.has(view.tokens[at + 1]?.lower ?? "")) {
    const title = view.tokens[at + 1] as Token;
    return { entity: previous, span: { start: t.start, end: title.end }, tokStart: at, tokEnd: at + 2 };
  }
  return undefined;
}

/** Where the speaker's description starts: back over lower-case title words ("union President", "a spokeswoman for"). */
function leadStart(tokens: readonly Token[], speakerStart: number): number {
  let k = speakerStart;
  while (k > 0 && speakerStart - k < 6) {
    const t = tokens[k - 1] as Token;
    if (/[,;:"\u201c\u201d()\u2014]/.test(t.post)) break;
    if (!LEAD_WORDS.has(t.lower) && !(t.tags.has("Noun") && !t.tags.has("Verb")) && !t.tags.has("Adjective")) return speakerStart;
    k--;
  }
  return k;
}

/**
 * The token before a speech verb closes an appositive (", a member of the ruling party,"): the
 * actor named right before the appositive's comma is the speaker.
 */
function beforeAppositive(view: SentenceView, k: number): EntitySpan | undefined {
  const tokens = view.tokens;
  if (!/,/.test(tokens[k]?.post ?? "")) return undefined;
  let j = k - 1;
  while (j >= 0 && k - j <= 12 && !/[,;:"\u201c\u201d]/.test(tokens[j]?.post ?? "")) j--;
  if (j < 0 || k - j > 12 || !/,/.test(tokens[j]?.post ?? "")) return undefined;
  const opener = tokens[j + 1];
  if (!opener || !APPOSITIVE_OPENERS.has(opener.lower)) return undefined;
  const e = view.entityAt[j];
  return e && isActorKind(e) && e.tokEnd === j + 1 ? e : undefined;
}

const fromSpan = (e: EntitySpan): Speaker => ({ entity: e.entity, span: { start: e.start, end: e.end }, tokStart: e.tokStart, tokEnd: e.tokEnd });

function isQuoted(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = view.tokens[k] as Token;
    if (QUOTE.test(t.pre) || QUOTE.test(t.post)) return true;
  }
  return false;
}

function spanBetween(view: SentenceView, speaker: Span, m: EventMention): Span {
  const a = view.tokens[m.evidence.tokStart]?.start ?? m.trigger.start;
  const b = view.tokens[m.evidence.tokEnd - 1]?.end ?? m.trigger.end;
  const start = Math.min(speaker.start, a, m.trigger.start);
  const end = Math.max(speaker.end, b, m.trigger.end);
  return { start: Math.max(start, view.sentence.start), end: Math.min(end, view.sentence.end) };
}

function lastSpeakerEvidence(view: SentenceView, speaker: Span): Span {
  // The speaker with the speech verb next to it: `Choo said` / `said Choo`.
  const tokens = view.tokens;
  const first = tokens.findIndex((t) => t.end > speaker.start);
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < speaker.end) last++;
  const isSpeech = (t: Token | undefined): boolean => !!t && VERBS.some((w) => w.length === 1 && w[0] === t.lower);
  const start = isSpeech(tokens[first - 1]) ? (tokens[first - 1] as Token).start : speaker.start;
  const end = isSpeech(tokens[last + 1]) ? (tokens[last + 1] as Token).end : speaker.end;
  return { start, end };
}

const SUBJECT_PRONOUNS = lexicon.subjectPronouns as Record<string, string[]>;

/**
 * "Google said it would appeal the ruling", "the union said they would strike": a pronoun that
 * opens the report, with only auxiliaries, adverbs and control verbs before the event's verb, is
 * the speaker doing it (the speaker issues a measure or plan, takes part in anything else).
 */
function pronounDoers(view: SentenceView, report: Report, mentions: readonly EventMention[], nodes: readonly EventNode[]): RelationCandidate[] {
  if (report.direct) return [];
  let k = report.from;
  while (k < report.to && SKIPPABLE(view.tokens[k])) k++;
  if (view.tokens[k]?.lower === "that") k++;
  const pronoun = view.tokens[k]?.lower ?? "";
  const kinds = SUBJECT_PRONOUNS[pronoun];
  if (!kinds || !(kinds.includes(report.speaker.kind) || (kinds.includes("*") && report.speaker.kind !== "Person"))) return [];
  const out: RelationCandidate[] = [];
  for (const m of mentions) {
    if (m.sent !== report.sent || m.form !== "verb" || m.node === undefined || m.actors.length > 0 || m.passive || m.tokStart <= k || m.tokStart >= report.to) continue;
    // Only auxiliaries, modals, adverbs, "not" and "to"-verbs between the pronoun and the verb.
    const between = view.tokens.slice(k + 1, m.tokStart);
    if (between.length > 5 || between.some((t) => t.post.includes(",") || (t.tags.has("Noun") && !t.tags.has("Verb")) || t.tags.has("Determiner"))) continue;
    const node = nodes[m.node];
    if (!node) continue;
    const issuing = m.frame.actorRel === "issuedBy" && report.speaker.kind !== "Group";
    out.push({
      from: node.id,
      rel: issuing ? "issuedBy" : "hasActor",
      to: report.speaker.id,
      ...(issuing ? {} : { role: m.frame.role ?? "actor" }),
      modality: m.modality,
      confidence: 0.7,
      note: `'${pronoun}' opening what ${report.speaker.label} ${report.verb}: the speaker does it`,
      evidence: [spanBetween(view, report.speakerSpan, m)],
    });
    break;
  }
  return out;
}

// Who did it and what it was about, from where an entity stands in the event's own clause: an
// actor named before the trigger is the doer ("dock workers began a strike" → hasActor; measured
// on held-out news, annotators give the doer even when a speech verb or a relative clause stands
// between, "the union said the strike would go on"), an entity named shortly after it is what the
// event is about ("curbed exports to Korea" → concerns), a place after "in" or "at" is where it
// happened, and an actor after a participle's "by" is the agent of that participle ("approved by
// the board" → hasActor of the approval; "the strike, called by the union," → of the strike; never of
// the verb after it). It fills in only pairs the argument rules (relation-roles.ts) left unlinked, at a lower
// confidence, and says so in the note. How close "shortly after" is, and which words end it, is
// read from data/lexicons/relation-patterns.json (clauseRoles): past a comma, a speech verb or a
// relative pronoun the entity belongs to another clause or verb.
import lexicon from "../../data/lexicons/relation-patterns.json" with { type: "json" };
import { KINDS } from "../model/vocabulary.ts";
import { inflect, triggerIndex } from "./event-lexicon.ts";
import { SPEECH_WORDS } from "./speech-lexicon.ts";
import type { EntityCandidate, EntityMention, EventCandidate, RelationCandidate } from "./types.ts";

const PLACE_KINDS = new Set(["Country", "Region", "Place", "Facility"]);
const RULES = lexicon.clauseRoles;
const STOP_WORDS = new Set([...RULES.blockingWords, ...SPEECH_WORDS]);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** "… approved by the bank's board", "called by the union": the actor is the agent of the participle before "by". */
const AGENT_BEFORE = /\b[\p{L}-]+(?:ed|en|wn|ght|id|ne)\s+(?:[\p{L}-]+ly\s+)?by\s+(?:the\s+|its\s+|their\s+)?$/iu;
/** Between the trigger and "by": nothing (the trigger is the participle), or ", <participle>" after a noun event ("The strike, called by …"). */
const PASSIVE_OF_TRIGGER = /^(?:\s+(?:[\p{L}-]+ly\s+)?by\s+|,\s+[\p{L}-]+(?:ed|en|wn|ght|id|ne)\s+(?:[\p{L}-]+ly\s+)?by\s+)(?:the\s+|its\s+|their\s+)?$/iu;
/** "The strike was called by the union": a verb of instigation in the passive after the event noun. */
const PASSIVE_PREDICATE = new RegExp(
  `^\\s+(?:was|were|is|are|has been|have been|had been|will be|would be|being)\\s+(?:[\\p{L}-]+ly\\s+)?(?:${RULES.instigatorParticiples.join("|")})\\s+(?:[\\p{L}-]+ly\\s+)?by\\s+(?:the\\s+|its\\s+|their\\s+)?$`,
  "iu",
);
const ISSUER_KINDS = new Set<string>(lexicon.issuer.kinds);
/** The words of the frames whose doer issues the event whatever its kind ("fined", "the fine"). */
const ISSUER_WORDS = new Set(
  lexicon.issuer.frames.flatMap((id) => {
    const frame = triggerIndex().frames.get(id);
    return frame ? [...frame.nouns, ...frame.verbs.flatMap(inflect), ...(frame.forms ?? [])].map((w) => w.toLowerCase()) : [];
  }),
);
/** A Policy, Plan or Programme, or a fine: its doer issues it (annotation guide §8) rather than takes part; a Group (people with no organisation: "students", "contractors") issues nothing and takes part. */
const issued = (text: string, event: EventCandidate): boolean => ISSUER_KINDS.has(event.kind) || ISSUER_WORDS.has(text.slice(event.trigger.start, event.trigger.end).toLowerCase());
const PHRASE_OPENERS = new Set(RULES.phraseOpeners);
/** "Dockworkers at Canada's two largest ports walked out": an actor in a phrase of the subject is not the doer. */
const NON_ACTOR_PHRASE = new RegExp(`\\b(?:${lexicon.subjectNonActorPreps.join("|")})\\s+(?:[\\p{L}\\p{N}'’.-]+\\s+){0,3}$`, "iu");
/** "PARIS (Reuters) - Workers walked out": the agency of a dateline, before its dash, files the story and does nothing in it. */
const DATELINE_BETWEEN = /^[^.!?\n]{0,4}\)\s*[-\u2013\u2014]\s/u;
/** "The central bank held rates steady before the election": the noun after a preposition is no verb of the subject's. */
const insidePhrase = (gap: string): boolean => words(gap).some((w) => PHRASE_OPENERS.has(w));
const words = (s: string): string[] => (s.match(WORD) ?? []).map((w) => w.toLowerCase());

export function clauseRoleLinks(text: string, events: readonly EventCandidate[], entities: readonly EntityCandidate[], existing: readonly RelationCandidate[]): RelationCandidate[] {
  const linked = new Set<string>();
  for (const r of existing) {
    linked.add(`${r.from}|${r.to}`);
    linked.add(`${r.to}|${r.from}`);
  }
  const out: RelationCandidate[] = [];
  for (const event of events) {
    // The first mention holds the trigger and its clause.
    const clause = event.mentions.find((m) => m.start <= event.trigger.start && event.trigger.end <= m.end);
    if (!clause) continue;
    const inClause = entities
      .map((entity) => ({ entity, mention: entity.mentions.find((m) => clause.start <= m.start && m.end <= clause.end) ?? appositiveAgent(text, event, entity.mentions) }))
      .filter((x): x is { entity: EntityCandidate; mention: EntityMention } => !!x.mention && x.entity.id !== event.id);
    for (const { entity, mention } of inClause) {
      if (linked.has(`${event.id}|${entity.id}`)) continue;
      const after = mention.start >= event.trigger.end;
      const gap = text.slice(event.trigger.end, mention.start);
      const prep = /\b(in|at|near|across|throughout|outside|off)\s+(the\s+)?$/i.test(text.slice(Math.max(clause.start, mention.start - 16), mention.start));
      let rel: RelationCandidate["rel"];
      let note: string;
      let confidence: number;
      const isActor = KINDS[entity.kind].group === "actor";
      const agentOf = AGENT_BEFORE.test(text.slice(Math.max(clause.start, mention.start - 40), mention.start));
      if (after && isActor && agentOf && (PASSIVE_OF_TRIGGER.test(gap) || PASSIVE_PREDICATE.test(gap))) {
        rel = issued(text, event) && entity.kind !== "Group" ? "issuedBy" : "hasActor";
        note = `'by ${entity.label}' after the event's participle: the doer of a passive`;
        confidence = 0.6;
      } else if (mention.end <= event.trigger.start && isActor && !agentOf && !modifiesActor(text, mention, entities, event.trigger.start) && !NON_ACTOR_PHRASE.test(text.slice(Math.max(clause.start, mention.start - 40), mention.start)) && !insidePhrase(text.slice(mention.end, event.trigger.start)) && !DATELINE_BETWEEN.test(text.slice(mention.end, event.trigger.start))) {
        rel = issued(text, event) && entity.kind !== "Group" ? "issuedBy" : "hasActor";
        note = `'${entity.label}' is named before the event's verb in its clause: the doer`;
        confidence = 0.55;
      } else if (after && claimedByNearer(text, events, event, mention)) {
        continue;
      } else if (after && prep && PLACE_KINDS.has(entity.kind) && closeAfter(gap)) {
        rel = "hasPlace";
        note = `'in/at/near/across ${entity.label}' in the event's clause: where it happened`;
        confidence = 0.55;
      } else if (after && !prep && !(isActor && agentOf) && closeAfter(gap)) {
        // ("criticised by the union": the actor after a participle's "by" does that verb, it is not what the event is about)
        rel = "concerns";
        note = `'${entity.label}' is named right after the event's verb in its clause: what it is about`;
        confidence = 0.5;
      } else continue;
      linked.add(`${event.id}|${entity.id}`);
      out.push({ from: event.id, rel, to: entity.id, modality: event.modality, confidence, note, evidence: [{ start: Math.min(clause.start, mention.start), end: Math.max(clause.end, mention.end) }] });
    }
  }
  out.push(...coordinatedSubjectLinks(text, events, entities, [...existing, ...out]));
  return out;
}

/** Up to three lower-case words between a name and the actor it describes ("German carmaker Volkwerk"). */
const MODIFIER_GAP = /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u;

/**
 * "German carmaker Volkwerk said it would cut jobs", "Chinese rivals": a name that modifies another
 * actor's name (a demonym or a country before a descriptor and a name, or inside a group's name) is
 * not the doer; the actor it describes is.
 */
function modifiesActor(text: string, mention: EntityMention, entities: readonly EntityCandidate[], before: number): boolean {
  return entities.some((other) =>
    KINDS[other.kind].group === "actor" &&
    other.mentions.some((m) => m !== mention && m.end <= before && ((m.start <= mention.start && mention.end <= m.end && m.end - m.start > mention.end - mention.start) || (other.kind !== "Person" && m.start >= mention.end && /^\p{Lu}/u.test(text.slice(m.start, m.end)) && MODIFIER_GAP.test(text.slice(mention.end, m.start))))),
  );
}

/**
 * "The strike, called by the CGT union, began …": a noun event's own quote ends at the noun, so the
 * agent of the participle after it lies outside; the mention right after ", <participle> by (the)" is
 * taken with it (the passive rule above then decides).
 */
function appositiveAgent(text: string, event: EventCandidate, mentions: readonly EntityMention[]): EntityMention | undefined {
  return mentions.find((m) => m.start >= event.trigger.end && m.start - event.trigger.end <= 40 && PASSIVE_OF_TRIGGER.test(text.slice(event.trigger.end, m.start)) && !/^\s/.test(text.slice(event.trigger.end, m.start)));
}

const CONJUNCTION = /\b(?:and|but)\s+(?:(?:also|then|later|quickly|subsequently|swiftly|immediately)\s+)?$/iu;
/** The regular past ends so; irregular past forms of the trigger lexicon count too ("began", "struck"). */
const PAST = /(?:ed|en)$/u;

/**
 * "The union rejected the offer and launched a strike": the second verb of a coordination has the
 * subject of the first. For an event with no actor yet whose verb (or the verb whose object it is:
 * "and called a strike") follows "and"/"but" with no actor between, the doer of the latest event
 * before the conjunction in the same sentence is its doer too.
 */
function coordinatedSubjectLinks(text: string, events: readonly EventCandidate[], entities: readonly EntityCandidate[], existing: readonly RelationCandidate[]): RelationCandidate[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const isEntity = new Set(entities.map((e) => e.id));
  const doers = existing.filter((r) => (r.rel === "hasActor" || r.rel === "issuedBy") && isEntity.has(r.to) && byId.has(r.from));
  const hasDoer = new Set(doers.map((r) => r.from));
  const verbs = triggerIndex().verbs;
  const out: RelationCandidate[] = [];
  for (const event of events) {
    if (hasDoer.has(event.id)) continue;
    const sentenceStart = Math.max(0, ...[".", "!", "?", "\n"].map((c) => text.lastIndexOf(c, event.trigger.start - 1) + 1));
    const before = text.slice(sentenceStart, event.trigger.start);
    // The conjunction, then at most a verb and an article before the trigger ("and called a strike").
    const m = /\b(?:and|but)\s+(?:(?:also|then|later|quickly|subsequently|swiftly|immediately)\s+)?((?:[\p{L}-]+\s+){0,2})$/iu.exec(before);
    if (!m || !CONJUNCTION.test(before.slice(0, (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0)))) continue;
    const lead = words(m[1] ?? "");
    const verbFirst = lead.length === 0 ? text.slice(event.trigger.start, event.trigger.end).toLowerCase() : (lead[0] as string);
    if (!(PAST.test(verbFirst) || verbs.has(verbFirst))) continue;
    if (lead.length > 0 && !/^(?:a|an|the|its|their|new|fresh)$/u.test(lead[lead.length - 1] as string) && lead.length > 1) continue;
    const conjAt = sentenceStart + (m.index ?? 0);
    if (/[,;:]/.test(text.slice(conjAt - 1, event.trigger.start))) continue;
    // The first verb's doer: the latest event of the sentence before the conjunction that has one.
    const prior = doers
      .filter((r) => {
        const e = byId.get(r.from) as EventCandidate;
        return e.trigger.end <= conjAt && e.trigger.start >= sentenceStart;
      })
      .sort((a, b) => (byId.get(b.from) as EventCandidate).trigger.start - (byId.get(a.from) as EventCandidate).trigger.start)[0];
    if (!prior) continue;
    const actor = entities.find((e) => e.id === prior.to) as EntityCandidate;
    if (actor.mentions.some((mm) => mm.start >= conjAt && mm.start < event.trigger.start)) continue;
    const rel = issued(text, event) && actor.kind !== "Group" ? "issuedBy" : "hasActor";
    out.push({
      from: event.id,
      rel,
      to: actor.id,
      modality: event.modality,
      confidence: 0.5,
      note: `'${actor.label}' does the verb before '${m[0].trim().split(/\s+/)[0]}': the subject of both coordinated verbs`,
      evidence: [{ start: Math.min(...actor.mentions.filter((mm) => mm.start >= sentenceStart).map((mm) => mm.start), conjAt), end: event.trigger.end }],
    });
    hasDoer.add(event.id);
  }
  return out;
}

/**
 * "The announcement follows the recent Korea-Japan summit": an entity after this event's trigger
 * that another event's trigger comes between, or right after (a modifier of that noun), belongs
 * to that other event.
 */
function claimedByNearer(text: string, events: readonly EventCandidate[], event: EventCandidate, mention: EntityMention): boolean {
  return events.some((o) => {
    if (o === event) return false;
    const t = o.trigger;
    if (t.start >= event.trigger.end && t.end <= mention.start) return true;
    if (t.start < mention.end) return false;
    // The punctuation test first: the gap can run to the end of the article, and most long ones hold a comma.
    const gap = text.slice(mention.end, t.start);
    return !/[,;]/.test(gap) && words(gap).length <= RULES.maxWordsBeforeOtherTrigger;
  });
}

/** An entity shortly after the trigger, with no clause boundary or speech verb between. */
function closeAfter(gap: string): boolean {
  const w = words(gap);
  return w.length <= RULES.maxWordsAfterTrigger && !/[;,"\u201c\u201d\u2014]/.test(gap) && !w.some((x) => STOP_WORDS.has(x));
}

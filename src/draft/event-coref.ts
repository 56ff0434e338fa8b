// One event, one node: mentions that name the same happening are joined ("Tokyo curbed exports" …
// "export restrictions" … "The move"). Three rules, tried in order:
//   1. an anaphor ("the move", "the step") joins the latest earlier action by an actor;
//   2. a bare definite nominalisation ("the curbs", "the summit") joins the latest node of its frame;
//   3. otherwise mentions of one frame join when their key (object head, theme head or actor, as the
//      frame says) agrees and their entities and actors do not contradict each other.
import { EVENT_LIKE_KINDS, type Kind } from "../model/vocabulary.ts";
import type { EventMention, EventNode, SentenceView } from "./event-model.ts";
import { isPolicyAim, labelFor } from "./event-label.ts";
import triggerLexicon from "../../data/lexicons/event-triggers.json" with { type: "json" };
import { triggerIndex } from "./event-lexicon.ts";

const AGENTIVE = new Set(["action", "response"]);
/** An aim ("to restore", "aimed at mending") is not what "the decision" refers to. */
const isAim = (m: EventMention): boolean => /purpose|gerund|aim|design|intend|bid|effort|order to|so as/.test(m.modalityCue ?? "");
/**
 * What "the move" can refer back to: an action that happened (else one announced as planned), or
 * a change an actor made to something.
 */
const actionableWith =
  (modality: "happened" | "planned") =>
  (n: EventNode): boolean =>
    !n.entityId &&
    n.primary.form !== "refusal" &&
    n.primary.modality === modality &&
    !isAim(n.primary) &&
    (AGENTIVE.has(n.primary.frame.class) || (n.primary.form === "verb" && !!n.primary.object && !n.primary.passive));
const actionable = (n: EventNode): boolean => actionableWith("happened")(n);
const announced = (n: EventNode): boolean => actionableWith("planned")(n);
const ANAPHOR_REACH = 2;

export function joinMentions(mentions: EventMention[], views: readonly SentenceView[], takenIds: Set<string>): EventNode[] {
  const nodes: EventNode[] = [];
  // A noun inside a verb's object ("will lift its export restrictions") is what the act is about;
  // "the decision" after it means the act, not the noun.
  const governed = new Set(
    mentions.filter((n) => n.form === "noun" && mentions.some((v) => v.form === "verb" && v.sent === n.sent && v.object && n.tokStart >= v.object.tokStart && n.tokStart < v.object.tokEnd)),
  );
  const ungoverned = (ok: (n: EventNode) => boolean) => (n: EventNode): boolean => ok(n) && n.mentions.some((x) => !governed.has(x));
  const add = (m: EventMention, node: EventNode): void => {
    m.node = nodes.indexOf(node);
    node.mentions.push(m);
  };
  for (const m of mentions) {
    if (m.form === "entity" && m.entityId) {
      const existing = nodes.find((n) => n.entityId === m.entityId);
      if (existing) add(m, existing);
      else {
        const node: EventNode = { id: m.entityId, kind: "Event", label: "", mentions: [], primary: m, entityId: m.entityId };
        nodes.push(node);
        add(m, node);
      }
      continue;
    }
    if (m.form === "anaphor") {
      const target =
        latest(nodes, m, ungoverned((n) => actionable(n) && n.primary.actors.length > 0)) ?? latest(nodes, m, ungoverned(actionable)) ?? latest(nodes, m, ungoverned(announced));
      if (target) add(m, target);
      continue;
    }
    const view = views[m.sent] as SentenceView;
    const bare = m.form === "noun" && !m.mod && !m.pp && /^(the|this|that|these|those)$/.test(view.tokens[m.tokStart - 1]?.lower ?? "");
    if (bare) {
      // "Typhoon Kalmaegi … the storm": a named entity joins by its noun or a synonym of it (nounSynonyms).
      const noun = view.tokens[m.tokStart]?.lower ?? "";
      const target = latest(
        nodes,
        m,
        (n) =>
          (n.entityId
            ? n.mentions.some((x) => x.form === "entity" && (views[x.sent]?.tokens.slice(x.tokStart, x.tokEnd).some((t) => t.lower === noun || canonical(t.lower) === canonical(noun)) ?? false))
            : n.primary.frame.id === m.frame.id && (!(m.frame.nounsDistinct || m.frame.class === "change") || n.mentions.some((x) => sameNoun(views, x, noun) || nominalOf(views, x) === noun.replace(/s$/, "")))) &&
          (m.actors.length === 0 || n.primary.actors.length === 0 || m.actors.some((a) => n.primary.actors.some((b) => b.entity.id === a.entity.id))),
        Infinity,
      );
      if (target) {
        add(m, target);
        continue;
      }
      // "The minister criticised the decision to close the plant": a noun in the object of a verb is
      // what that verb acts on, never the act itself, so it refers back to no event of its own clause.
      const notGoverning = (ok: (n: EventNode) => boolean) => (n: EventNode): boolean => ok(n) && !n.mentions.some((x) => x.sent === m.sent && x.form === "verb" && !!x.object && m.tokStart >= x.object.tokStart && m.tokStart < x.object.tokEnd);
      const fallback = triggerIndex().definiteAnaphors.has(noun)
        ? (latest(nodes, m, notGoverning(ungoverned(actionable))) ?? latest(nodes, m, notGoverning(ungoverned(announced))))
        : undefined;
      if (fallback) {
        m.form = "anaphor";
        add(m, fallback);
        continue;
      }
    }
    const same = m.form === "refusal" ? undefined : nodes.find((n) => !n.entityId && n.primary.form !== "refusal" && sameEvent(n.primary, m));
    if (same) {
      add(m, same);
      continue;
    }
    const node: EventNode = { id: "", kind: "Event", label: "", mentions: [], primary: m };
    nodes.push(node);
    add(m, node);
  }
  for (const node of nodes) finishNode(node, views, takenIds);
  return nodes;
}

/** "the drought" after "a drought": the same noun (root) names the same thing. */
/**
 * The noun a verb mention is named by ("slumped" → "slump"): "the layoffs" after "sales slumped"
 * is another change of the same frame, "the slump" the same one.
 */
function nominalOf(views: readonly SentenceView[], x: EventMention): string | undefined {
  if (x.form !== "verb") return undefined;
  const root = views[x.sent]?.tokens[x.tokStart]?.root ?? "";
  return (x.frame.nounFor?.[root] ?? x.frame.noun).replace(/s$/, "");
}

// News names one happening by several nouns ("a magnitude 6.8 earthquake" … "the quake", "the strike" … "the walkout").
const NOUN_SYNONYMS = new Map<string, string>(Object.entries((triggerLexicon as { nounSynonyms?: Record<string, string> }).nounSynonyms ?? {}));
const canonical = (w: string): string => NOUN_SYNONYMS.get(w) ?? NOUN_SYNONYMS.get(w.replace(/s$/, "")) ?? w.replace(/s$/, "");

function sameNoun(views: readonly SentenceView[], x: EventMention, noun: string): boolean {
  const tokens = views[x.sent]?.tokens.slice(x.tokStart, x.tokEnd) ?? [];
  return tokens.some((t) => t.lower === noun || t.root === noun || canonical(t.lower) === canonical(noun));
}

function latest(nodes: EventNode[], m: EventMention, ok: (n: EventNode) => boolean, reach = ANAPHOR_REACH): EventNode | undefined {
  let best: { node: EventNode; at: number } | undefined;
  for (const node of nodes) {
    if (!ok(node)) continue;
    for (const n of node.mentions) {
      const before = n.sent < m.sent || (n.sent === m.sent && n.tokStart < m.tokStart);
      if (!before || m.sent - n.sent > reach) continue;
      const at = n.sent * 10000 + n.tokStart;
      if (!best || at > best.at) best = { node, at };
    }
  }
  return best?.node;
}

function keyOf(m: EventMention): string | undefined {
  switch (m.frame.key) {
    case "object": {
      // "export restrictions" and "curbed exports" share a key: the modifier is normalised like a head.
      const synonyms = triggerIndex().themeSynonyms;
      const mod = m.mod?.toLowerCase().split(/\s+/).pop();
      return m.object?.head ?? (mod ? (synonyms.get(mod) ?? mod) : undefined) ?? m.pp?.head;
    }
    case "theme":
      return m.theme?.head;
    case "actor":
      return m.actors.map((a) => a.entity.id).sort().join("+") || m.mod?.toLowerCase() || m.pp?.head;
    case "none":
      return m.actors.map((a) => a.entity.id).sort().join("+");
  }
}

const GENERIC_MODIFIERS = new Set(["new", "recent", "further", "higher", "lower", "more", "its", "their", "the", "main", "sharp", "steep", "big", "major", "latest"]);

/** "raised its key rate …, prompting banks to increase mortgage rates": one head, two things, told
 * apart by the nouns before the head (within a sentence; across sentences news varies them freely). */
function modifiersDiffer(a: EventMention, b: EventMention): boolean {
  const phrase = (m: EventMention) => (m.frame.key === "theme" ? m.theme : m.frame.key === "object" ? m.object : undefined);
  const before = (m: EventMention): string | undefined => {
    const p = phrase(m);
    const words = (p?.text ?? "").toLowerCase().split(/\s+/).filter(Boolean);
    const head = p?.head ?? "";
    let at = -1;
    words.forEach((w, k) => {
      if (at === -1 && head && (w === head || w.startsWith(head.slice(0, Math.max(3, head.length - 2))))) at = k;
    });
    const word = at > 0 ? words[at - 1] : undefined;
    return word && !GENERIC_MODIFIERS.has(word) ? word : undefined;
  };
  const x = before(a);
  const y = before(b);
  return !!x && !!y && x !== y;
}

/** "cancelled 800 flights" … "forced the cancellation of more than 1,000 flights": a different
 * number on the same head is a different happening, wherever the two mentions are. */
function countsDiffer(a: EventMention, b: EventMention): boolean {
  const numbers = (m: EventMention): Set<string> => {
    const p = m.frame.key === "theme" ? m.theme : m.object ?? m.pp;
    return new Set((p?.text ?? "").match(/\d[\d,.]*/g)?.map((n) => n.replace(/[,.]$/, "").replace(/,/g, "")) ?? []);
  };
  const x = numbers(a);
  const y = numbers(b);
  return x.size > 0 && y.size > 0 && ![...x].some((n) => y.has(n));
}

function sameEvent(a: EventMention, b: EventMention): boolean {
  if (a.frame.id !== b.frame.id) return false;
  const ka = keyOf(a);
  const kb = keyOf(b);
  if (!ka || !kb || ka !== kb) return false;
  if (a.sent === b.sent && modifiersDiffer(a, b)) return false;
  if (countsDiffer(a, b)) return false;
  const actorsA = new Set(a.actors.map((x) => x.entity.id));
  const actorsB = b.actors.map((x) => x.entity.id);
  if (actorsA.size > 0 && actorsB.length > 0 && !actorsB.some((id) => actorsA.has(id))) return false;
  const argsA = new Set(a.args.map((x) => x.span.entity.id));
  const argsB = b.args.map((x) => x.span.entity.id);
  if (argsA.size > 0 && argsB.length > 0 && !argsB.some((id) => argsA.has(id))) return false;
  // A plan and a fact of one frame are two things ("will lift the ban" vs "lifted the ban").
  // A noun with no cue of its own ("the supply chain cooperation") says nothing about modality.
  const silent = (m: EventMention): boolean => m.form === "noun" && !m.modalityCue;
  if (silent(a) || silent(b)) return true;
  const factual = (m: EventMention): boolean => m.modality === "happened";
  return factual(a) === factual(b);
}

function finishNode(node: EventNode, views: readonly SentenceView[], takenIds: Set<string>): void {
  if (node.entityId) return;
  // The label and modality come from the richest mention: a verb with its arguments beats a noun.
  const rank = (m: EventMention): number =>
    (m.form === "verb" || m.form === "refusal" ? 4 : m.form === "adjective" ? 2 : m.form === "noun" ? 3 : 0) + (m.actors.length ? 1 : 0) + (m.object || m.pp ? 1 : 0);
  const primary = [...node.mentions].sort((x, y) => rank(y) - rank(x) || x.sent - y.sent || x.tokStart - y.tokStart)[0] as EventMention;
  node.primary = primary;
  node.label = labelFor(primary, views);
  node.kind = isPolicyAim(primary, views[primary.sent] as SentenceView) ? "Event" : kindOf(primary);
  node.id = uniqueId(slug(node.label), takenIds);
}

function kindOf(m: EventMention): Kind {
  const kind = m.form === "refusal" ? "Event" : m.frame.kind;
  if (kind === "Plan" && (m.modality === "happened" || m.modality === "not_happened")) return "Event";
  return EVENT_LIKE_KINDS.has(kind) ? kind : "Event";
}

const ID_TAIL_WORDS = new Set(["in", "of", "on", "to", "for", "into", "with", "from", "at", "by", "over", "against", "between", "across", "near", "and", "or", "the", "a", "an"]);

export function slug(label: string): string {
  const words = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/'s\b/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 7);
  // An id cut at seven words does not end on a preposition ("…-grand-prix-at").
  while (words.length > 1 && ID_TAIL_WORDS.has(words[words.length - 1] ?? "")) words.pop();
  return words.join("-") || "event";
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

// People named only by their role ("The company's chief executive said", "A union spokesman told
// reporters", "the central bank governor warned"): a speaker an annotator makes a node though the
// article never names them. Only a role phrase right before a speech verb counts, and only when no
// named person of the article holds that role (then coref-resolve has read the phrase as that person).
import context from "../../data/lexicons/entity-name-context.json" with { type: "json" };
import { capitalise } from "./entity-labels.ts";
import { addMention, claim, type EntityState } from "./entity-state.ts";
import { matchTitle } from "./name-patterns.ts";
import { SPEECH_WORDS } from "./speech-lexicon.ts";

const ROLE_NOUNS = new Set(context.roleNouns);

export function readRolePeople(state: EntityState): void {
  const { tokens, text } = state;
  const heldTitles = [...state.entities.values()].filter((e) => e.kind === "Person" && e.jobTitle).map((e) => e.jobTitle!.toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    if (!/^(the|a|an)$/i.test(tokens[i]!.text) || state.claimed[i]) continue;
    let j = i + 1;
    if (/^\p{Ll}+$/u.test(tokens[j]?.text ?? "") && /^['’]s$/.test(tokens[j + 1]?.text ?? "")) j += 2;
    let end = -1;
    let role = "";
    for (let k = j; k < j + 4 && end < 0; k++) {
      const token = tokens[k];
      if (!token?.word || !/^\p{Ll}/u.test(token.text) || state.claimed[k]) break;
      const title = matchTitle(tokens, k, Math.min(tokens.length, k + 4), true);
      if (title) {
        end = title.end;
        role = title.title.toLowerCase();
      } else if (ROLE_NOUNS.has(token.text) && !ROLE_NOUNS.has(tokens[k + 1]?.text ?? "")) {
        end = k + 1;
        role = token.text;
      }
    }
    if (end < 0) continue;
    const verb = tokens[end];
    if (!verb || !SPEECH_WORDS.has(verb.text) || !/^\p{Ll}/u.test(verb.text)) continue;
    const head = role.split(/\s+/).pop()!;
    if (heldTitles.some((t) => t.includes(head))) continue;
    const label = capitalise(text.slice(tokens[i + 1]!.start, tokens[end - 1]!.end));
    const key = `Person:role:${label.toLowerCase()}`;
    let entity = state.entities.get(key);
    if (!entity) {
      entity = { key, kind: "Person", label, mentions: [], knownNames: [], jobTitle: capitalise(role) };
      state.entities.set(key, entity);
    }
    addMention(state, entity, tokens[i]!.start, tokens[end - 1]!.end, "pattern:role-speaker", 0.5, true);
    claim(state, i, end);
    i = end - 1;
  }
}

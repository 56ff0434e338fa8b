// The one-word speech verbs of data/lexicons/speech-verbs.json ("said", "warned", "told"), shared by
// every stage that must know a reported clause or a speaker is near: a name next to one is a person,
// a reported clause opens after one, a date beside one dates the saying. Multi-word entries
// ("according to") are matched as phrases by speech-attribution.ts and cannot match one token.
import speech from "../../data/lexicons/speech-verbs.json" with { type: "json" };

export const SPEECH_WORDS: ReadonlySet<string> = new Set(speech.verbs.filter((v) => !v.includes(" ")));

/**
 * Verbs after which a reported clause may open without "that" ("said a decision would be made",
 * "fear a shutdown would hurt growth"): the speech verbs but those that take the one spoken to
 * next ("told reporters …"), and the verbs of thought of clauseOpeningVerbs.
 */
export const CLAUSE_OPENING_VERBS: ReadonlySet<string> = new Set([
  ...[...SPEECH_WORDS].filter((v) => !speech.addresseeVerbs.includes(v)),
  ...speech.clauseOpeningVerbs.verbs,
]);

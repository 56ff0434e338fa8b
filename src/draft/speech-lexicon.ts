// The one-word speech verbs of data/lexicons/speech-verbs.json ("said", "warned", "told"), shared by
// every stage that must know a reported clause or a speaker is near: a name next to one is a person,
// a reported clause opens after one, a date beside one dates the saying. Multi-word entries
// ("according to") are matched as phrases by speech-attribution.ts and cannot match one token.
import speech from "../../data/lexicons/speech-verbs.json" with { type: "json" };

export const SPEECH_WORDS: ReadonlySet<string> = new Set(speech.verbs.filter((v) => !v.includes(" ")));

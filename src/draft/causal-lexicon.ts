// The word sets of data/lexicons/causal-cues.json that more than one stage reads (event detection,
// modality-free causal linking, actor inheritance), built once here so that each stage reads the same
// list and no stage imports another only for a constant.
import lexicon from "../../data/lexicons/causal-cues.json" with { type: "json" };

/** Words that make a noun phrase name a state or a change ("higher costs", "weak demand"). */
export const CHANGE_ADJECTIVES: ReadonlySet<string> = new Set(lexicon.changeAdjectives);
/** Verb lemmas whose subject causes what they name ("cripple", "drive up"). */
export const CAUSATIVE_VERBS: ReadonlySet<string> = new Set(lexicon.causativeVerbs.verbs);
/** Verbs that after "due to" state a schedule ("due to meet on Monday"), not a cause. */
export const SCHEDULE_AFTER_DUE_TO: ReadonlySet<string> = new Set(lexicon.scheduleAfterDueTo);
/** Verbs that take an object and an infinitive the object is to do ("ordered the firms to pay"). */
export const OBJECT_CONTROL_VERBS: ReadonlySet<string> = new Set(lexicon.objectControlVerbs);
/** Control verbs whose infinitive happened ("forced X to close"). */
export const IMPLICATIVE_CONTROL_VERBS: ReadonlySet<string> = new Set(lexicon.implicativeControlVerbs);
/** Verbs of "blamed X on Y", "attributed X to Y". */
export const BLAME_VERBS: ReadonlySet<string> = new Set(lexicon.blameVerbs);
/** Nouns whose own "for" follows them ("demand for electric vehicles"): no blame's "for". */
const BLAME_FOR_NOUNS: ReadonlySet<string> = new Set(lexicon.blameForNouns.nouns);

/**
 * Where the cause of "blamed the fire on faulty wiring" starts: the index of the preposition ("on",
 * "to" after attribute, "for" when the object is the cause) that the blame verb at `i` governs, read
 * up to 12 words or a clause break; undefined when `i` is no blame verb with its object between.
 */
export function blamePreposition(tokens: ReadonlyArray<{ lower: string; post: string }>, i: number): number | undefined {
  const verb = tokens[i];
  if (!verb || !BLAME_VERBS.has(verb.lower) || tokens[i + 1]?.lower === "on" || tokens[i + 1]?.lower === "to") return undefined;
  const preps = /^attribut/.test(verb.lower) ? ["to"] : ["on", "for"];
  let k = i + 1;
  const governs = (at: number): boolean => preps.includes(tokens[at]?.lower ?? "") && !(tokens[at]?.lower === "for" && BLAME_FOR_NOUNS.has(tokens[at - 1]?.lower ?? ""));
  while (k < tokens.length && k < i + 12 && !governs(k) && !/[.;:]/.test(tokens[k]?.post ?? "")) k++;
  return governs(k) ? k : undefined;
}

// Which relations make "A is a cause of B". `prevents` is causal too, but A preventing B is no reason
// B happened, so it is followed only when asked for.
import type { Relation } from "../model/vocabulary.ts";

/** Relations followed by {@link causesOf} and {@link effectsOf} unless told otherwise. */
export const DEFAULT_CAUSAL_RELATIONS: readonly Relation[] = ["causes", "enables", "intendsToCause"];

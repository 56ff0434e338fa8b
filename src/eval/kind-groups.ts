// Kind groups for matching: two entities can be the same thing only if their kinds are in the same
// group. The groups are the annotation guide's (§3: actors, places, happenings, texts, topics), so
// that confusions a careful annotator could make (Event or Policy for "Tokyo curbed exports",
// Country or GovernmentOrganization for "Seoul said") still match and are reported as kind errors,
// while a place never matches an actor of the same name. The vocabulary's own `group` splits
// happenings into event and policy and puts agreements with policies, which suits the explorer's
// legend but would make "Event vs Policy" a missed entity here.
import type { Kind } from "../model/vocabulary.ts";

export type EvalKindGroup = "actor" | "place" | "happening" | "text" | "topic";

export const EVAL_KIND_GROUPS: Readonly<Record<Kind, EvalKindGroup>> = {
  Country: "actor",
  Person: "actor",
  GovernmentOrganization: "actor",
  Court: "actor",
  Organization: "actor",
  Bloc: "actor",
  Group: "actor",
  Region: "place",
  Place: "place",
  Facility: "place",
  Event: "happening",
  Policy: "happening",
  Plan: "happening",
  Programme: "happening",
  Agreement: "text",
  Legislation: "text",
  Product: "topic",
  Sector: "topic",
  Economy: "topic",
  Issue: "topic",
};

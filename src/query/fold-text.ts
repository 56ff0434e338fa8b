// Search keys: "Gsomia", "GSOMIA" and "gsomía" must all find the same node, so matching works on a
// folded form (compatibility decomposition, combining marks dropped, lower case, single spaces).

const COMBINING_MARKS = /\p{M}+/gu;
const SEPARATORS = /[\s\-_‐-―]+/gu;

/** Fold text for case- and accent-insensitive matching: `foldText("Gsomía  Pact") === "gsomia pact"`. */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase().replace(SEPARATORS, " ").trim();
}

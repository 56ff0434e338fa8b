// Labels and ids: what a person would write for a name found in the text, and the id derived from it.

/** kebab-case id from a label: accents folded, anything but a–z and 0–9 a hyphen. */
export function slugify(label: string): string {
  return label
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Key for comparing names: case and accents folded, no leading article, one space, straight quotes. */
export function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "")
    .replace(/['’]s$/, "");
}

/** A name as a label: no leading article, no possessive, no trailing punctuation, one space. */
export function cleanLabel(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(the|The|THE)\s+/, "")
    .replace(/['’]s$/, "")
    .replace(/[,;:]+$/, "")
    .trim();
}

/** First letter upper case, the rest as written ("japanese firms" → "Japanese firms"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "FINANCE MINISTER" → "Finance Minister", "finance minister" → "Finance Minister"; "CEO" stays. */
export function titleCase(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) => {
      if (/^\s+$/.test(word)) return word;
      if (/^(of|and|for|the|on)$/i.test(word)) return word.toLowerCase();
      if (/^[A-Z]{2,4}$/.test(word) && /^(CEO|CFO|COO|CTO|BOK|USTR|UN|U\.S\.)$/.test(word)) return word;
      return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
    })
    .join("");
}

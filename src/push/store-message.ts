// A store's error body as one short line of text. Stores answer errors as HTML (Virtuoso: a page whose <xmp>
// holds the message), plain text or JSON; people need the sentence, not the markup.

const LIMIT = 400;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The readable text of an error body, at most 400 characters, or "" when it holds none. */
export function storeMessage(body: string): string {
  let text = body;
  if (/<(!doctype|html|body|xmp|h1|p)\b/i.test(text)) {
    // The heading and the message; the <title> only repeats the heading.
    text = text
      .replace(/<head\b[\s\S]*?<\/head>/gi, " ")
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ")
      .replace(/<[^>]*>/g, " ")
      .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
        if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
        if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
        return ENTITIES[name.toLowerCase()] ?? whole;
      });
  }
  text = text.replace(/\s+/g, " ").trim();
  return [...text].length > LIMIT ? `${[...text].slice(0, LIMIT - 1).join("")}…` : text;
}

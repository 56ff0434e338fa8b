// Secrets never appear in output or errors: every text that may carry one (a store's message, a network
// error, a URL) passes through here before it is printed or put in an error.

/** `text` with every occurrence of each secret (and of its URL-encoded form) replaced by `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret === "") continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join("***");
  }
  return out;
}

/** A URL as it may be shown: without user info (user:password@), whatever it held. */
export function shownUrl(url: URL): string {
  if (url.username === "" && url.password === "") return url.href;
  const copy = new URL(url.href);
  copy.username = "";
  copy.password = "";
  return copy.href;
}

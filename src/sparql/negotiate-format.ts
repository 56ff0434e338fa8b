// HTTP content negotiation over the formats a result can take (RFC 9110 Accept with q-values).
import { MEDIA_TYPE_ALIASES, type GraphFormat, type SolutionFormat } from "./result-formats.ts";

interface Range {
  type: string;
  q: number;
}

function parseAccept(accept: string): Range[] {
  return accept
    .split(",")
    .map((part) => {
      const [type = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { type: type.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((r) => r.type !== "" && Number.isFinite(r.q));
}

function matches(range: string, mediaType: string): boolean {
  if (range === "*/*" || range === mediaType) return true;
  return range.endsWith("/*") && mediaType.startsWith(range.slice(0, -1));
}

/**
 * The format to answer with: the offer the client prefers most (by q, then by the order of `offers`, whose
 * first entry is the default when there is no Accept header or it allows anything). `undefined` when the
 * client accepts none of them (HTTP 406).
 */
export function negotiateFormat<F extends SolutionFormat | GraphFormat>(accept: string | undefined, offers: Record<F, string>): F | undefined {
  const names = Object.keys(offers) as F[];
  if (!accept || accept.trim() === "") return names[0];
  const ranges = parseAccept(accept);
  let best: { format: F; q: number; specificity: number } | undefined;
  for (const range of ranges) {
    if (range.q <= 0) continue;
    for (const [index, format] of names.entries()) {
      const direct = matches(range.type, offers[format]);
      const alias = MEDIA_TYPE_ALIASES[range.type] === format;
      if (!direct && !alias) continue;
      // An exact type beats a wildcard of the same q; earlier offers win remaining ties.
      const specificity = range.type.includes("*") ? 0 : 1;
      const better = !best || range.q > best.q || (range.q === best.q && (specificity > best.specificity || (specificity === best.specificity && index < names.indexOf(best.format))));
      if (better) best = { format, q: range.q, specificity };
    }
  }
  return best?.format;
}

// `--base IRI`, checked when the command line is read: a bad base would otherwise surface later as
// an RDF writer's error (exit 1 or an internal error) or, worse, as IRIs such as "https://x.orgentity/y".
import { InvalidArgumentError } from "commander";

/** Absolute IRI (RFC 3987 scheme, no characters an IRI cannot hold) ending in "/" or "#". */
export function parseBaseIri(value: string): string {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) throw new InvalidArgumentError(`"${value}" is not an absolute IRI (expected e.g. https://example.org/news-kg/)`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020<>"{}|\\^`\u007f]/.test(value)) throw new InvalidArgumentError(`"${value}" holds a character an IRI cannot (space, <, >, ", {, }, |, \\, ^ or \`)`);
  if (!/[/#]$/.test(value)) throw new InvalidArgumentError(`"${value}" must end with "/" or "#", since ids are appended to it`);
  return value;
}

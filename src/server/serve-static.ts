// The explorer's built files, served read-only. Paths are resolved inside the root and anything
// escaping it is not found, so `..` cannot reach the rest of the disk.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
  ".nq": "application/n-quads",
  ".ttl": "text/turtle",
  ".map": "application/json",
};

/** Serve `pathname` from `root`; returns false when there is no such file (the caller answers 404). */
export async function serveStatic(root: string, pathname: string, response: ServerResponse, headOnly: boolean): Promise<boolean> {
  const base = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false; // malformed %-escape: no such file
  }
  let path = resolve(join(base, normalize(decoded)));
  if (path !== base && !path.startsWith(base + sep)) return false;
  let info = await stat(path).catch(() => null);
  if (info?.isDirectory()) {
    path = join(path, "index.html");
    info = await stat(path).catch(() => null);
  }
  if (!info?.isFile()) return false;
  response.writeHead(200, { "Content-Type": TYPES[extname(path)] ?? "application/octet-stream", "Content-Length": info.size });
  if (headOnly) response.end();
  else createReadStream(path).pipe(response);
  return true;
}

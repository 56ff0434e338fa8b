// The explorer's built files, served read-only through sirv (ETags and 304s, byte ranges, MIME types).
// Around it, what sirv does not do:
// - every path is resolved to its real location and must lie inside the real root, so neither `..` nor a
//   symlink can reach the rest of the disk; dotfiles are not served;
// - a file that is missing or unreadable is answered 404 or 403 before sirv starts a reply, and a read that
//   fails once the reply has begun (the file vanished in between) ends that reply instead of leaving the
//   read stream's error unhandled — which would stop the whole process;
// - sirv runs in its per-request mode (`dev`), since the files change under it when the explorer or
//   graph.json is rebuilt; its start-up cache would then serve stale sizes.
import { constants } from "node:fs";
import { access, realpath, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { relative, resolve, sep } from "node:path";
import type { Readable } from "node:stream";
import sirv from "sirv";

export type StaticHandler = (request: IncomingMessage, response: ServerResponse, pathname: string) => Promise<boolean>;

const SIRV_KNOWS = /\.(?:html?|m?js|css|json|map|svg|png|jpe?g|gif|webp|woff2?|wasm|txt|nq|nt|ttl|trig|jsonld|rdf)$/i;
// Vite names built assets by content hash: they never change under one name.
const HASHED_ASSET = /^\/assets\/.+-[\w-]{8,}\.\w+$/;

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep);
}

/** Keeps a single `bytes=a-b`, `bytes=a-` or `bytes=-n` range sirv reads correctly; drops any other. */
function normaliseRange(request: IncomingMessage, size: number): void {
  const header = request.headers.range;
  if (header === undefined) return;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  delete request.headers.range;
  if (!match || (match[1] === "" && match[2] === "")) return; // ignoring a Range is always allowed (RFC 9110 §14.2)
  let start: number;
  let end: number;
  if (match[1] === "") {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  // sirv reads an end of 0 as "to the end" and cannot send an empty file's range: serve those whole.
  if (end < start && start < size) return;
  if (end === 0 && start === 0) return;
  request.headers.range = `bytes=${start}-${end}`;
}

/**
 * A handler serving files from `root`. It resolves to false when there is no such file (the caller
 * answers 404) and true once it has answered.
 */
export function createStaticHandler(root: string): StaticHandler {
  const base = resolve(root);
  const servers = new Map<string, ReturnType<typeof sirv>>();
  return async (request, response, pathname) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return false; // malformed %-escape: no such file
    }
    if (decoded.includes("\0") || decoded.split("/").some((part) => part.startsWith(".") && part !== ".well-known")) return false;
    const realRoot = await realpath(base).catch(() => null);
    if (!realRoot) return false;
    const wanted = resolve(base, `.${decoded}`);
    if (!inside(base, wanted)) return false;
    let file = await realpath(wanted).catch(() => null);
    let info = file ? await stat(file).catch(() => null) : null;
    if (file && info?.isDirectory()) {
      file = await realpath(resolve(file, "index.html")).catch(() => null);
      info = file ? await stat(file).catch(() => null) : null;
    }
    if (!file || !info?.isFile() || !inside(realRoot, file)) return false;
    const denied = await access(file, constants.R_OK).then(
      () => undefined,
      (error: NodeJS.ErrnoException) => error.code ?? "EACCES",
    );
    // Gone between the look-up and the access check (a rebuild replacing it): not found, not forbidden.
    if (denied === "ENOENT" || denied === "ENOTDIR") return false;
    if (denied) {
      response.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" }).end("forbidden: the file cannot be read\n");
      return true;
    }
    normaliseRange(request, info.size);
    // sirv looks the file up by URL again: hand it the real path, so it serves what was checked.
    request.url = `/${relative(realRoot, file).split(sep).map(encodeURIComponent).join("/")}`;
    response.once("pipe", (source: Readable) => {
      source.once("error", () => response.destroy());
    });
    const serve = servers.get(realRoot) ?? sirv(realRoot, {
      dev: true,
      etag: true,
      extensions: [],
      setHeaders: (res, path) => {
        res.setHeader("Cache-Control", HASHED_ASSET.test(path) ? "public, max-age=31536000, immutable" : "no-cache");
        // sirv sends an empty Content-Type for extensions it does not know; with nosniff, say "bytes".
        if (!SIRV_KNOWS.test(path)) res.setHeader("Content-Type", "application/octet-stream");
      },
    });
    servers.set(realRoot, serve);
    try {
      await new Promise<void>((done) => {
        response.once("close", done);
        response.once("finish", done);
        serve(request, response, () => {
          // sirv found nothing after all (the file went in between): say so.
          if (!response.headersSent) response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found\n");
          done();
        });
      });
    } catch {
      // sirv's stat of a file that has just vanished throws synchronously.
      if (!response.headersSent) response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found\n");
      else response.destroy();
    }
    return true;
  };
}

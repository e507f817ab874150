import { createReadStream, statSync, type Stats } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, resolve, sep } from "node:path";
import { chooseEncoding, ENCODING_SUFFIX, type Encoding } from "./encoding.ts";

/**
 * Serves the built PWA (vite's dist/). Unknown GET paths that accept HTML get
 * index.html (client-side routes). Files that decide which version runs (sw.js,
 * index.html, the manifest) are revalidated on every load; hashed /assets/ are immutable.
 * Text files go out as the build's brotli or gzip copy when the browser accepts one
 * (`x.js.br`, `x.js.gz`; relay/PROTOCOL.md section 5): a phone on a weak link gets a
 * third of the bytes, and the relay spends no CPU compressing.
 */
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".wasm": "application/wasm",
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
}

export function cacheControlOf(urlPath: string): string {
  if (urlPath.startsWith("/assets/")) return "public, max-age=31536000, immutable";
  // Everything else (sw.js, index.html, *.webmanifest, icons, workbox runtime) must be revalidated,
  // or a phone could keep an old service worker pointing at assets that no longer exist.
  return "no-cache";
}

/** Returns false when `staticDir` has nothing for this request (the caller answers 404). */
export function serveStatic(req: IncomingMessage, res: ServerResponse, urlPath: string, staticDir: string): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    res.writeHead(400).end();
    return true;
  }
  const root = resolve(staticDir);
  const target = resolve(root, "." + (decoded.endsWith("/") ? decoded + "index.html" : decoded));
  if (decoded.includes("\0") || (target !== root && !target.startsWith(root + sep))) {
    res.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" }).end("403 Forbidden\n");
    return true;
  }
  const stats = fileStats(target);
  if (stats) {
    sendFile(req, res, target, stats, cacheControlOf(decoded));
    return true;
  }
  const accept = req.headers.accept ?? "";
  if (accept.includes("text/html")) {
    const index = resolve(root, "index.html");
    const indexStats = fileStats(index);
    if (indexStats) {
      sendFile(req, res, index, indexStats, "no-cache");
      return true;
    }
  }
  return false;
}

function fileStats(file: string): Stats | null {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

/**
 * The precompressed copies of `file` that can stand for it. A copy older than the file is
 * left out: it was made from an earlier file (a hand-edited dist/), and would send old bytes.
 */
function compressedCopies(file: string, stats: Stats): Map<Encoding, { path: string; stats: Stats }> {
  const copies = new Map<Encoding, { path: string; stats: Stats }>();
  for (const encoding of Object.keys(ENCODING_SUFFIX) as Encoding[]) {
    const path = file + ENCODING_SUFFIX[encoding];
    const copy = fileStats(path);
    if (copy && copy.mtimeMs >= stats.mtimeMs) copies.set(encoding, { path, stats: copy });
  }
  return copies;
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, stats: Stats, cacheControl: string): void {
  const copies = compressedCopies(file, stats);
  const encoding = chooseEncoding(req.headers["accept-encoding"], [...copies.keys()]);
  const sent = encoding ? copies.get(encoding)! : { path: file, stats };
  // one validator per representation: a cache must not answer a gzip request with brotli bytes
  const etag = `W/"${sent.stats.size.toString(16)}-${Math.floor(sent.stats.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ""}"`;
  const headers: Record<string, string> = {
    "Content-Type": contentTypeOf(file),
    "Cache-Control": cacheControl,
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
  if (copies.size > 0) headers["Vary"] = "Accept-Encoding";
  if (encoding) headers["Content-Encoding"] = encoding;
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, "Content-Length": sent.stats.size });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const stream = createReadStream(sent.path);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

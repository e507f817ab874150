import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipBytes, brotliBytes } from "./precompress.ts";
import { CHUNK_REPORT_PATH, firstLoadFiles, type ChunkReport } from "./chunkGraph.ts";

/**
 * The sizes of a build as a browser receives it (tests/bench/bundle.bench.ts writes them to
 * tests/bench/BUNDLE.md; the first-load spec checks the budget against them). Body bytes only:
 * HTTP headers are not counted.
 */
export interface FileSize {
  file: string;
  raw: number;
  /** what goes over the wire to a browser that accepts gzip (the build's .gz copy; the file itself without one) */
  gzip: number;
  brotli: number;
}

export interface BuildSizes {
  /** every JS and CSS file of the build (dist/assets) */
  files: FileSize[];
  /** what index.html makes the browser fetch and run before the app paints (modulepreloads and static imports included) */
  firstLoad: FileSize[];
  /** the service worker's install: sw.js, the workbox runtime and every precached file */
  install: FileSize[];
  /** the files the app caches later, once idle (the map) */
  deferred: FileSize[];
  /** the first visit, page and install together: a hashed file the page already has comes from the HTTP cache */
  firstVisit: FileSize[];
}

export function readChunkReport(dist: string): ChunkReport {
  return JSON.parse(readFileSync(join(dist, CHUNK_REPORT_PATH), "utf8")) as ChunkReport;
}

/**
 * A file's size raw, and as served: its precompressed copy when the build made one, else the bytes
 * themselves. `compressMissing` compresses on the fly instead (a build from before precompression,
 * measured for the "before" figures as the wire would carry it with compression on).
 */
export function servedSize(dist: string, file: string, compressMissing = false): FileSize {
  const path = join(dist, file);
  const raw = statSync(path).size;
  const copy = (suffix: string, make: (b: Buffer) => Buffer): number => {
    if (existsSync(path + suffix)) return statSync(path + suffix).size;
    return compressMissing ? Math.min(raw, make(readFileSync(path)).length) : raw;
  };
  return { file, raw, gzip: copy(".gz", gzipBytes), brotli: copy(".br", brotliBytes) };
}

/** The URLs of sw.js's precache manifest (generateSW writes them as `{url:"…",revision:…}`). */
export function precacheEntries(dist: string): Array<{ url: string; revisioned: boolean }> {
  const sw = readFileSync(join(dist, "sw.js"), "utf8");
  const seen = new Map<string, boolean>();
  for (const m of sw.matchAll(/\{\s*url:\s*"([^"]+)",\s*revision:\s*(null|"[^"]*")\s*\}/g)) seen.set(m[1]!, m[2] !== "null");
  return [...seen].map(([url, revisioned]) => ({ url, revisioned }));
}

export function deferredFromHtml(html: string): string[] {
  const content = /<meta\s+name="rembuk-deferred-chunks"\s+content="([^"]*)"/.exec(html)?.[1] ?? "";
  return content.split(/\s+/).filter(Boolean).map((p) => p.replace(/^\//, ""));
}

export function measureBuild(dist: string, compressMissing = false): BuildSizes {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const report = readChunkReportOrGuess(dist, html);
  const size = (file: string) => servedSize(dist, file, compressMissing);
  const firstLoad = firstLoadFiles(html, report).map(size);
  const swRuntime = /define\(\["\.\/(workbox-[\w-]+)"\]/.exec(readFileSync(join(dist, "sw.js"), "utf8"))?.[1];
  const precached = precacheEntries(dist);
  const install = ["sw.js", ...(swRuntime ? [`${swRuntime}.js`] : []), ...precached.map((e) => e.url)].map(size);
  // the page fetched index.html and the first chunks; workbox fetches revisioned files again (cache: reload)
  const fromPage = new Set(["index.html", ...firstLoad.map((f) => f.file)]);
  const revisioned = new Set(precached.filter((e) => e.revisioned).map((e) => e.url));
  const firstVisit = [size("index.html"), ...firstLoad, ...install.filter((f) => !fromPage.has(f.file) || revisioned.has(f.file))];
  const files = readdirSync(join(dist, "assets"))
    .filter((f) => /\.(?:js|css)$/.test(f))
    .map((f) => size(`assets/${f}`));
  return { files, firstLoad, install, deferred: deferredFromHtml(html).map(size), firstVisit };
}

/**
 * A build from before the chunk report (the "before" figures) has none: its chunks are then what
 * index.html names plus what those import, read from the files' own import statements.
 */
function readChunkReportOrGuess(dist: string, html: string): ChunkReport {
  if (existsSync(join(dist, CHUNK_REPORT_PATH))) return readChunkReport(dist);
  const assets = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return {
    chunks: assets
      .filter((f) => f.endsWith(".js"))
      .map((file) => ({
        file,
        entry: true,
        dynamicEntry: false,
        imports: [...readFileSync(join(dist, file), "utf8").matchAll(/import\s*(?:[\w{},\s*$]+from\s*)?["']\.\/([^"']+\.js)["']/g)].map((m) => `assets/${m[1]}`),
        dynamicImports: [],
        css: assets.filter((f) => f.endsWith(".css")),
        modules: [],
      })),
  };
}

export function total(files: readonly FileSize[]): { raw: number; gzip: number; brotli: number } {
  return files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

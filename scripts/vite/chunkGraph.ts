/**
 * What the build put in which chunk, and what a browser fetches first. The build writes the report
 * (dist/.vite/chunks.json, chunkReport.ts); the bundle benchmark and the first-load spec read it with
 * dist/index.html, so the budget and the "stays lazy" checks look at the real build, module by module.
 */
export interface ChunkModule {
  /** the module's path from the repository root ("web/src/main.tsx", "node_modules/yjs/dist/yjs.mjs") */
  id: string;
  /** bytes of this module's code in the chunk (0: imported but all of it shaken out) */
  bytes: number;
}

export interface ChunkRecord {
  /** path inside dist/, e.g. "assets/index-abc123.js" */
  file: string;
  entry: boolean;
  dynamicEntry: boolean;
  /** chunks this one imports statically (the browser fetches them before running it) */
  imports: string[];
  dynamicImports: string[];
  /** CSS files vite loads with this chunk */
  css: string[];
  modules: ChunkModule[];
}

export interface ChunkReport {
  chunks: ChunkRecord[];
}

export const CHUNK_REPORT_PATH = ".vite/chunks.json";

/** The files index.html makes the browser fetch at once: the entry script, modulepreloads, stylesheets. */
export function htmlReferences(html: string): string[] {
  const refs: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag) && /\btype=["']?module/i.test(tag);
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    if (!isScript && rel !== "modulepreload" && rel !== "stylesheet") continue;
    const url = /\b(?:src|href)=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (url && !/^[a-z]+:/i.test(url)) refs.push(url.replace(/^\//, ""));
  }
  return refs;
}

/**
 * Every file of the first load: what index.html names, and everything those chunks import statically
 * (with their CSS), which the browser must have before the app runs. Lazy chunks are not in it.
 */
export function firstLoadFiles(html: string, report: ChunkReport): string[] {
  const byFile = new Map(report.chunks.map((c) => [c.file, c]));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const chunk = byFile.get(file);
    if (!chunk) return;
    chunk.imports.forEach(visit);
    chunk.css.forEach(visit);
  };
  htmlReferences(html).forEach(visit);
  return [...seen];
}

/** The modules of these chunks whose code made it into the build (bytes > 0) and whose id matches. */
export function modulesMatching(report: ChunkReport, files: readonly string[], patterns: readonly RegExp[]): Array<{ file: string; id: string }> {
  const wanted = new Set(files);
  return report.chunks
    .filter((c) => wanted.has(c.file))
    .flatMap((c) => c.modules.filter((m) => m.bytes > 0 && patterns.some((p) => p.test(m.id))).map((m) => ({ file: c.file, id: m.id })));
}

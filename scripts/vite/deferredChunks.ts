import type { Plugin } from "vite";
import { firstLoadFiles, type ChunkReport } from "./chunkGraph.ts";
import { recordChunks } from "./chunkReport.ts";

/**
 * Keeps big lazy chunks (the map's maplibre-gl: 1 MB, 275 KB gzip) out of the service worker's install,
 * so a first visit on a weak link fetches the app, not the map. Their files are named in index.html
 * (`<meta name=… content="/assets/a.js /assets/a.css">`) for the app to cache once it is idle
 * (web/src/sync/deferredChunks.ts); the service worker serves them from that cache (vite.config.ts).
 */
export interface DeferredChunksOptions {
  /** repository root, for module ids */
  root: string;
  /** a lazy chunk holding a module of one of these packages is deferred, with its CSS */
  packages: readonly string[];
  /** the meta element's name the app reads */
  metaName: string;
}

export function deferredFiles(report: ChunkReport, firstLoad: readonly string[], packages: readonly string[]): string[] {
  const initial = new Set(firstLoad);
  const prefixes = packages.map((p) => `node_modules/${p}/`);
  const files = new Set<string>();
  for (const chunk of report.chunks) {
    if (initial.has(chunk.file) || !chunk.modules.some((m) => m.bytes > 0 && prefixes.some((p) => m.id.startsWith(p)))) continue;
    files.add(chunk.file);
    chunk.css.filter((css) => !initial.has(css)).forEach((css) => files.add(css));
  }
  return [...files].sort();
}

export function deferredChunks(options: DeferredChunksOptions): Plugin & { files(): ReadonlySet<string> } {
  let files = new Set<string>();
  return {
    name: "rembuk:deferred-chunks",
    apply: "build",
    /** what the build deferred, as paths inside dist/ (for workbox's manifestTransforms, after the bundle) */
    files: () => files,
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const report = recordChunks(ctx.bundle, options.root);
        files = new Set(deferredFiles(report, firstLoadFiles(html, report), options.packages));
        return [{ tag: "meta", attrs: { name: options.metaName, content: [...files].map((f) => `/${f}`).join(" ") }, injectTo: "head" }];
      },
    },
  };
}

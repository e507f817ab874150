import { relative } from "node:path";
import type { Plugin, Rolldown } from "vite";
import { CHUNK_REPORT_PATH, type ChunkRecord, type ChunkReport } from "./chunkGraph.ts";

/** A module id as a path from the repository root, without vite's query suffixes. */
function moduleId(id: string, root: string): string {
  if (id.startsWith("\0")) return `virtual:${id.slice(1)}`;
  return relative(root, id.replace(/\?.*$/, "")).split("\\").join("/");
}

/** The bundle's chunks as plain records (chunkGraph.ts), module ids relative to `root`. */
export function recordChunks(bundle: Rolldown.OutputBundle, root: string): ChunkReport {
  const chunks: ChunkRecord[] = [];
  for (const output of Object.values(bundle)) {
    if (output.type !== "chunk") continue;
    chunks.push({
      file: output.fileName,
      entry: output.isEntry,
      dynamicEntry: output.isDynamicEntry,
      imports: [...output.imports],
      dynamicImports: [...output.dynamicImports],
      css: [...(output.viteMetadata?.importedCss ?? [])],
      modules: Object.entries(output.modules).map(([id, m]) => ({ id: moduleId(id, root), bytes: m.renderedLength })),
    });
  }
  return { chunks: chunks.sort((a, b) => a.file.localeCompare(b.file)) };
}

/** Writes dist/.vite/chunks.json: which modules each chunk holds (read by tests/bench/bundle.bench.ts and the first-load spec). */
export function chunkReport(options: { root: string }): Plugin {
  return {
    name: "rembuk:chunk-report",
    apply: "build",
    generateBundle: {
      order: "post",
      handler(_, bundle) {
        this.emitFile({ type: "asset", fileName: CHUNK_REPORT_PATH, source: JSON.stringify(recordChunks(bundle, options.root), null, 1) });
      },
    },
  };
}

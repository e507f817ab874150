import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { Plugin, ResolvedConfig } from "vite";

/**
 * Writes `x.br` and `x.gz` beside every text file of the build, at the highest levels (the build pays
 * once; the relay only picks a file, relay/src/http/static.ts). It runs after everything else has
 * written dist/, the service worker included.
 */
const TEXT_EXTENSIONS = new Set([".js", ".mjs", ".css", ".html", ".svg", ".json", ".webmanifest", ".txt", ".wasm"]);
/** Below this a file fits in a packet or two anyway, and a copy is more to keep in step. */
const MIN_BYTES = 1024;
/** A copy must save at least this share of the bytes to be worth a second representation. */
const MIN_SAVING = 0.1;

export interface CompressedFile {
  /** path inside the folder, with forward slashes */
  file: string;
  raw: number;
  /** null: no copy (too small, or compression would not save enough) */
  gzip: number | null;
  brotli: number | null;
}

export function gzipBytes(data: Buffer): Buffer {
  return gzipSync(data, { level: 9 });
}

export function brotliBytes(data: Buffer): Buffer {
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    // dot folders (.vite/, the build's own reports) are not served to the app
    if (entry.name.startsWith(".")) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(path);
    return entry.isFile() && TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase()) ? [path] : [];
  });
}

/** Compresses one file; a copy that would not pay for itself is removed rather than left stale. */
export function precompressFile(path: string): { raw: number; gzip: number | null; brotli: number | null } {
  const data = readFileSync(path);
  const write = (suffix: string, bytes: Buffer | null): number | null => {
    if (bytes === null || bytes.length > data.length * (1 - MIN_SAVING)) {
      rmSync(path + suffix, { force: true });
      return null;
    }
    writeFileSync(path + suffix, bytes);
    return bytes.length;
  };
  const big = data.length >= MIN_BYTES;
  return { raw: data.length, gzip: write(".gz", big ? gzipBytes(data) : null), brotli: write(".br", big ? brotliBytes(data) : null) };
}

export function precompressDir(dir: string): CompressedFile[] {
  return textFiles(dir).map((path) => ({ file: relative(dir, path).split("\\").join("/"), ...precompressFile(path) }));
}

export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "rembuk:precompress",
    apply: "build",
    enforce: "post",
    configResolved(resolved) {
      config = resolved;
    },
    // after vite-plugin-pwa's closeBundle has written sw.js and the workbox runtime
    closeBundle: {
      order: "post",
      sequential: true,
      handler() {
        precompressDir(resolve(config.root, config.build.outDir));
      },
    },
  };
}

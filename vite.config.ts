import { fileURLToPath, URL } from "node:url";
import { defineConfig } from "vite";
import solid from "vite-plugin-solid";
import { VitePWA } from "vite-plugin-pwa";
import { precompress } from "./scripts/vite/precompress.ts";
import { chunkReport } from "./scripts/vite/chunkReport.ts";
import { deferredChunks } from "./scripts/vite/deferredChunks.ts";
import { DEFERRED_CHUNKS_CACHE, DEFERRED_CHUNKS_META } from "./web/src/sync/deferredChunks.ts";

const repoRoot = fileURLToPath(new URL(".", import.meta.url));
// The map's maplibre-gl (1 MB) waits for the app to be idle instead of riding the service worker's install.
const deferred = deferredChunks({ root: repoRoot, packages: ["maplibre-gl"], metaName: DEFERRED_CHUNKS_META });

const relayUrl = process.env.REMBUK_RELAY_URL ?? "http://localhost:8080";

// The PWA lives in web/, static assets in public/, and the build goes to dist/,
// which the relay serves (one process for app + relay, see relay/src/main.ts).
export default defineConfig({
  root: fileURLToPath(new URL("./web", import.meta.url)),
  publicDir: fileURLToPath(new URL("./public", import.meta.url)),
  resolve: {
    alias: [
      { find: "@shared", replacement: fileURLToPath(new URL("./shared/src", import.meta.url)) },
      // Yjs's string reads without a TextDecoder call per short string (web/src/sync/fastDecoding.ts);
      // exactly "lib0/decoding": that module takes the rest from "lib0/decoding.js"
      { find: /^lib0\/decoding$/, replacement: fileURLToPath(new URL("./web/src/sync/fastDecoding.ts", import.meta.url)) },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    rolldownOptions: {
      output: {
        // Everything the first screen needs in one chunk: left alone, rolldown splits modules shared with
        // the lazy screens into small chunks, each one more request before the app can run.
        codeSplitting: { groups: [{ name: "app", tags: ["$initial"] }] },
      },
    },
  },
  // module workers: the import worker (web/src/features/import/worker) shares chunks and loads read-excel-file on demand
  worker: { format: "es" },
  server: {
    // `npm run dev` runs vite alone; the relay is expected on REMBUK_RELAY_URL.
    proxy: {
      "/sync": { target: relayUrl.replace(/^http/, "ws"), ws: true },
      "/api": relayUrl,
      "/healthz": relayUrl,
    },
  },
  plugins: [
    solid(),
    chunkReport({ root: repoRoot }),
    deferred,
    VitePWA({
      // The app registers the worker itself with workbox-window and offers a reload on update.
      injectRegister: false,
      registerType: "prompt",
      strategies: "generateSW",
      manifest: {
        name: "Rembuk: Pokja Kampung KB",
        short_name: "Rembuk",
        description: "Ruang kerja pokja Kampung KB: keluarga, papan intervensi, notulen. Tetap jalan tanpa sinyal.",
        lang: "id",
        start_url: "/",
        display: "standalone",
        background_color: "#f6f4ef",
        theme_color: "#1f6f5c",
        icons: [
          { src: "icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
          { src: "icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "icon-512.png", sizes: "512x512", type: "image/png" },
        ],
      },
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest,json}"],
        navigateFallback: "index.html",
        navigateFallbackDenylist: [/^\/sync/, /^\/api/, /^\/healthz/],
        cleanupOutdatedCaches: true,
        // the deferred chunks are not installed with the app (scripts/vite/deferredChunks.ts) ...
        manifestTransforms: [async (entries) => ({ manifest: entries.filter((e) => !deferred.files().has(e.url)), warnings: [] })],
        // ... but served from the cache the app fills once idle (web/src/sync/deferredChunks.ts), or the
        // first time they are fetched. Precached files never get here (their route comes first).
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/assets/"),
            handler: "CacheFirst",
            options: { cacheName: DEFERRED_CHUNKS_CACHE },
          },
        ],
      },
    }),
    // last: brotli and gzip copies of everything above, sw.js included (served by the relay)
    precompress(),
  ],
});

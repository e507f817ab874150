import { fileURLToPath, URL } from "node:url";
import { defineConfig } from "vite";
import solid from "vite-plugin-solid";
import { VitePWA } from "vite-plugin-pwa";

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
      },
    }),
  ],
});

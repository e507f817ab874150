import { fileURLToPath, URL } from "node:url";
import { defineConfig } from "vite";

/**
 * The relay as plain JavaScript for Node (`npm run build` writes dist-relay/; `npm start` runs it).
 * Loading the TypeScript through tsx at run time cost every relay process, and each of its room
 * workers, the loader's memory (tests/bench/RELAY.md, "Where an idle relay's memory goes").
 * The packages stay outside (node_modules, as the relay resolves them); @shared and the relay's
 * own modules are bundled. Two entries: the relay, and the room worker it starts (engines.ts).
 */
export default defineConfig({
  resolve: {
    alias: [{ find: "@shared", replacement: fileURLToPath(new URL("./shared/src", import.meta.url)) }],
  },
  build: {
    ssr: true,
    outDir: fileURLToPath(new URL("./dist-relay", import.meta.url)),
    emptyOutDir: true,
    target: "node20",
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL("./relay/src/main.ts", import.meta.url)),
        roomWorker: fileURLToPath(new URL("./relay/src/rooms/roomWorker.ts", import.meta.url)),
      },
      output: { format: "es", entryFileNames: "[name].mjs", chunkFileNames: "relay-[hash].mjs" },
    },
  },
});

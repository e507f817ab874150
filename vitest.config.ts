import { fileURLToPath, URL } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests sit next to the code (*.test.ts); integration and fuzz tests in tests/.
// Playwright specs (*.spec.ts) are run by Playwright, not here.
export default defineConfig({
  resolve: {
    alias: { "@shared": fileURLToPath(new URL("./shared/src", import.meta.url)) },
  },
  test: {
    include: ["shared/**/*.test.ts", "relay/**/*.test.ts", "web/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/fuzz/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

import { defineConfig } from "@playwright/test";

// Debian's chromium (never a downloaded browser); each spec starts its own relay
// on port 0 serving the built app (tests/e2e/support/fixtures.ts).
export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  outputDir: "test-results/playwright",
  use: {
    browserName: "chromium",
    locale: "id-ID",
    timezoneId: "Asia/Makassar",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});

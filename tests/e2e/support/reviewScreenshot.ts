import { fileURLToPath } from "node:url";
import { test, type Page } from "@playwright/test";

/**
 * A screenshot kept for review beside the page models (tests/e2e/pages/screenshots/<name>.png: the phone roster,
 * board and header of issue 14). A test run writes it to the test's own output folder, so `npm test` leaves the
 * working tree as it was; `UPDATE_SCREENSHOTS=1 npx playwright test ...` rewrites the committed copies.
 */
export async function reviewScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const path = process.env.UPDATE_SCREENSHOTS === "1" ? fileURLToPath(new URL(`../pages/screenshots/${name}.png`, import.meta.url)) : test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, ...options });
}

import { cpSync, appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect } from "@playwright/test";
import { RelayProcess } from "./support/relayProcess.ts";
import { AppPage } from "./pages/AppPage.ts";

test("when a new version is deployed the user is offered a reload, not forced into one", async ({ browser }) => {
  // A deployment of our own: a copy of dist/ that the test can replace with a "new version".
  const deployed = mkdtempSync(join(tmpdir(), "rembuk-deploy-"));
  cpSync("dist", deployed, { recursive: true });
  const relay = new RelayProcess({ staticDir: deployed });
  await relay.start();
  try {
    const context = await browser.newContext();
    const app = new AppPage(await context.newPage(), relay.url);
    await app.join(relay.token("uji-versi", "kader"));
    await app.waitForOfflineReady();
    // A returning user: the page is controlled by the installed worker (a first visit is not).
    await app.page.reload();
    await expect.poll(() => app.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect(app.page.getByTestId("update-banner")).toHaveCount(0);

    // Deploy: a changed service worker script is a new version to the browser.
    appendFileSync(join(deployed, "sw.js"), "\n// versi berikutnya\n");
    await app.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    const banner = app.page.getByTestId("update-banner");
    await expect(banner).toContainText("Versi baru Rembuk tersedia");
    await banner.getByRole("button", { name: "Muat ulang" }).click();
    await expect(banner).toHaveCount(0);
    await expect(app.syncStatus()).toBeVisible();
    await context.close();
  } finally {
    await relay.dispose();
    rmSync(deployed, { recursive: true, force: true });
  }
});

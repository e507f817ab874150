import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { relayWithRoster } from "./support/relayWithRoster.ts";

/** A kader's phone. */
const PHONE = { viewport: { width: 412, height: 915 } };

test("the notice waits for the documents: installed but not yet synced says nothing; once stored it shows, and a dismissal holds", async ({ browser, relay, workspace }, info) => {
  const context = await browser.newContext(PHONE);
  let syncAllowed = false;
  await context.routeWebSocket(/\/sync\//, (ws) => (syncAllowed ? ws.connectToServer() : ws.close()));
  const app = new AppPage(await context.newPage(), relay.url);
  await app.join(relay.token(workspace, "kader"));
  // the service worker is installed and active (the app shell is precached), the documents are not here
  await app.waitForOfflineReady();
  await expect(app.syncStatus()).not.toHaveAttribute("data-mode", "online");
  await expect(app.offlineReadyNotice()).toBeHidden();

  syncAllowed = true;
  await app.expectSynced();
  await expect(app.offlineReadyNotice()).toBeVisible();
  await expect(app.offlineReadyNotice()).toContainText("Siap dipakai tanpa sinyal");
  await info.attach("siap-tanpa-sinyal-ponsel", { body: await app.page.screenshot(), contentType: "image/png" });

  await app.offlineReadyNotice().getByRole("button", { name: "Tutup pemberitahuan" }).click();
  await expect(app.offlineReadyNotice()).toBeHidden();
  // dismissed for this workspace on this device: not shown again after a reload
  await app.page.reload();
  await app.expectSynced();
  await app.waitForOfflineReady();
  await app.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await expect(app.offlineReadyNotice()).toBeHidden();
  await context.close();
});

test("the notice waits for the app: documents stored while the service worker still installs say nothing; it shows (in English too) once installed", async ({ browser }) => {
  const workspace = `uji-siap-${Date.now().toString(36)}`;
  const relay = await relayWithRoster(workspace, 30);
  try {
    const context = await browser.newContext(PHONE);
    await context.addInitScript(() => localStorage.setItem("rembuk:locale", "en"));
    // hold one file of the service worker's install: it cannot finish, so it cannot activate
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = false;
    await context.route(/\/icon-512\.png/, async (route) => {
      if (route.request().serviceWorker()) {
        holding = true;
        await held;
      }
      await route.continue();
    });
    const page = await context.newPage();
    const app = new AppPage(page, relay.url);
    const roster = new RosterPage(page);
    await app.join(relay.token(workspace, "kader"));
    await app.expectSynced();
    await expect(roster.count()).toContainText("30");
    // the roster is written to IndexedDB on this device
    await expect
      .poll(() =>
        page.evaluate(
          (name) =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open(name);
              open.onsuccess = () => {
                const count = open.result.transaction("updates").objectStore("updates").count();
                count.onsuccess = () => resolve(count.result);
              };
              open.onerror = () => resolve(-1);
            }),
          `rembuk/${workspace}/roster`,
        ),
      )
      .toBeGreaterThan(0);
    await expect.poll(() => holding).toBe(true);
    const installing = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { installing: registration?.installing !== null, active: registration?.active ?? null };
    });
    expect(installing).toEqual({ installing: true, active: null });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await expect(app.offlineReadyNotice()).toBeHidden();

    release();
    await expect(app.offlineReadyNotice()).toBeVisible();
    await expect(app.offlineReadyNotice()).toContainText("Ready to use without signal");
    await context.close();
  } finally {
    await relay.dispose();
  }
});

import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";

test("after one visit the app reopens with its data when the network and the relay are gone", async ({ browser, relay, workspace }) => {
  const context = await browser.newContext();
  const app = new AppPage(await context.newPage(), relay.url);
  const roster = new RosterPage(app.page);
  await app.join(relay.token(workspace, "kader"));
  await roster.addHousehold({ kepala: "Maria Goreti", rt: "2", rw: "1" });
  await app.expectSynced();
  await expect(app.syncStatus()).toHaveText("Tersinkron · Semua perubahan sudah terkirim", { useInnerText: true });
  await app.waitForOfflineReady();
  // the preview of the first screen is written a moment after the roster settles
  await expect.poll(() => app.page.evaluate(() => localStorage.getItem(Object.keys(localStorage).find((k) => k.startsWith("rembuk:preview:")) ?? "") ?? "")).toContain("Maria Goreti");

  // Really offline: the relay process (which also served the app) is stopped, and the browser is cut off.
  await relay.stop();
  await context.setOffline(true);
  await app.page.reload();

  await roster.expectNames(["Maria Goreti"]);
  await expect(app.syncStatus()).toHaveAttribute("data-mode", "offline");
  // the first screen was painted from the small preview before the full roster was read
  expect(await app.page.evaluate(() => performance.getEntriesByName("rembuk:roster-preview-rows").length)).toBe(1);
  // and it still works: a new household is kept and counted as not yet sent
  await roster.addHousehold({ kepala: "Agus Salim", rt: "2", rw: "1" });
  await roster.expectNames(["Agus Salim", "Maria Goreti"]);
  await expect(app.page.getByTestId("sync-pending")).toContainText(/^Tersimpan di HP, belum terkirim: 1 perubahan sejak \d{2}\.\d{2}$/);
  await expect(app.syncStatus()).toHaveText("Offline · 1 belum terkirim", { useInnerText: true });
  await context.close();
});

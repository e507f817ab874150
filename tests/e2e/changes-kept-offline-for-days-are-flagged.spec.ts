import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";

test("changes kept only on the phone for more than two days are flagged as at risk", async ({ page, relay, workspace }) => {
  await page.clock.install({ time: new Date("2026-11-20T08:00:00+08:00") });
  const app = new AppPage(page, relay.url);
  const roster = new RosterPage(page);
  await app.join(relay.token(workspace, "kader"));
  // the app is stored on the phone (its service worker installed) before the signal goes, as in the field
  await app.waitForOfflineReady();
  await page.context().setOffline(true);
  await roster.addHousehold({ kepala: "Natalia Ndun", rt: "4", rw: "2" });
  await app.expectOfflineWithPending();
  await expect(page.getByTestId("sync-stale")).toHaveCount(0);

  await page.clock.fastForward("49:00:00");
  await expect(page.getByTestId("sync-stale")).toContainText("lebih dari 2 hari");
  await expect(page.getByTestId("sync-pending")).toHaveText("Tersimpan di HP, belum terkirim: 1 perubahan sejak 20 Nov 2026 08.00");
});

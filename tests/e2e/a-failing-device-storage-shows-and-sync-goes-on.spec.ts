import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";

test("when the phone's IndexedDB fails the badge says so and changes still reach the relay", async ({ browser, relay, workspace }) => {
  const phone = await browser.newContext();
  const app = new AppPage(await phone.newPage(), relay.url);
  await app.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  const roster = new RosterPage(app.page);
  await roster.addHousehold({ kepala: "Maria Goreti", rt: "2", rw: "1" });
  await app.expectSynced();

  // the roster's database is deleted under the open app (as a sign-out in another tab or the browser's
  // "clear data" does): the browser closes the app's connection, and every later write throws
  await app.page.evaluate((ws) => new Promise((resolve) => (indexedDB.deleteDatabase(`rembuk/${ws}/roster`).onsuccess = resolve)), workspace);
  await roster.addHousehold({ kepala: "Agus Salim", rt: "2", rw: "1" });

  // the change reaches the relay all the same: another device gets it, and the phone has its confirmation
  const laptop = await browser.newContext();
  const other = new AppPage(await laptop.newPage(), relay.url);
  await other.join(relay.token(workspace, "lurah"));
  await new RosterPage(other.page).expectNames(["Agus Salim", "Maria Goreti"]);
  await expect(app.syncStatus()).toHaveAttribute("data-pending", "0");
  // and the phone says its own copy is not being kept, instead of a calm "Tersinkron"
  await expect(app.syncStatus()).toHaveAttribute("data-storage", "failed");
  await expect(app.syncStatus()).toHaveText("Gagal simpan di HP", { useInnerText: true });
  await expect(app.page.getByTestId("sync-storage-failed")).toContainText("perubahan tetap dikirim ke server");
  await Promise.all([phone.close(), laptop.close()]);
});

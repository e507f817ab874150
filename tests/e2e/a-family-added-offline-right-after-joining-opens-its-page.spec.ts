import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";

const PHONE = { width: 412, height: 915 };

/**
 * The screens after the roster are lazy chunks the service worker stores at install. In the seconds before that
 * install (no service worker here at all) a kader who loses signal still gets the family's page after "Tambah
 * keluarga", because the app fetched it into memory once the first screen was idle; a screen that was not
 * fetched says so instead of leaving an empty page.
 */
test("a family added with no signal right after joining opens its page, and a screen never fetched says what to do", async ({ browser, relay, workspace }) => {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: PHONE });
  const page = await context.newPage();
  const householdChunk = page.waitForResponse((r) => /\/assets\/HouseholdPage-[^/]*\.js$/.test(r.url()) && r.ok());
  const app = new AppPage(page, relay.url);
  await app.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  await app.expectSynced();
  // nobody opened a family yet: the idle preload fetched its page
  await householdChunk;

  await context.setOffline(true);
  await new RosterPage(page).addHousehold({ kepala: "Natalia Ndun", rt: "4", rw: "2" });

  // Pengaturan is not preloaded (rarely opened in the field): offline it says so, with a reload
  await app.openTab("Pengaturan");
  await expect(page.getByTestId("screen-load-error")).toContainText("belum tersimpan di HP ini");
  await expect(page.getByTestId("screen-load-error").getByRole("button", { name: "Muat ulang" })).toBeVisible();
  await context.close();
});

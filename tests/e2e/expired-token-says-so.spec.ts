import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";

test("an invite that has expired says so, at the link and on a phone whose token ran out", async ({ browser, relay, workspace }) => {
  // a phone whose clock is two days ahead opens a one-day invite: refused at the link, with the reason
  const late = await browser.newContext();
  const latePage = await late.newPage();
  await latePage.clock.install({ time: Date.now() + 2 * 86_400_000 });
  await latePage.goto(`${relay.url}/#/gabung?token=${encodeURIComponent(relay.token(workspace, "kader"))}`);
  await expect(latePage.getByTestId("join-error")).toHaveText("Tautan undangan sudah kedaluwarsa. Minta tautan baru ke lurah.");
  await late.close();

  // a phone that joined in time keeps its data; after its token expires it says why it no longer syncs
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install({ time: Date.now() });
  const app = new AppPage(page, relay.url);
  await app.join(relay.token(workspace, "kader"));
  await new RosterPage(page).addHousehold({ kepala: "Kornelis Tefa", rt: "1", rw: "2" });
  await app.expectSynced();
  await context.setOffline(true);
  await page.clock.fastForward("25:00:00");
  await context.setOffline(false);
  await expect(app.syncStatus()).toHaveAttribute("data-mode", "refused");
  await expect(app.syncStatus()).toContainText("Tautan kedaluwarsa");
  await expect(app.accessScreen().getByRole("heading")).toHaveText("Tautan Anda kedaluwarsa");
  await expect(app.accessScreen()).toContainText("Buka tautan itu di HP ini");
  // an expired link is not a revoked one: the kader may keep working on the phone until a new link comes
  await app.accessScreen().getByRole("button", { name: "Lanjut bekerja di HP ini" }).click();
  await new RosterPage(page).expectNames(["Kornelis Tefa"]);
  await context.close();
});

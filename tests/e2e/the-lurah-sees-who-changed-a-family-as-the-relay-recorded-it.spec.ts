import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { InvitesPage } from "./pages/InvitesPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { SettingsPage } from "./pages/SettingsPage.ts";
import { reviewScreenshot } from "./support/reviewScreenshot.ts";

// Issue 17, item 17: the relay records who sent every update it stores (the token, its role and
// agency) and when. The lurah reads that trail per document (Pengaturan) and per family (the family's
// page); which family and field an update wrote is read on her laptop from its own copy, and the
// names come from her invite list, not from what a phone wrote into the document.
test("the lurah sees in Pengaturan and on the family's page which kader created a family and changed its address, and when", async ({ browser, relay, workspace }) => {
  const lurahCtx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const kaderCtx = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const lurah = new AppPage(await lurahCtx.newPage(), relay.url);
  await lurah.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));
  await lurah.openTab("Undangan");
  const link = await new InvitesPage(lurah.page).createInvite("kader", "Ibu Bidan Ani");

  const kader = new AppPage(await kaderCtx.newPage(), relay.url);
  await kader.page.goto(link);
  await new RosterPage(kader.page).addHousehold({ kepala: "Dominggus Bria", rt: "2", rw: "1" });
  const kaderFamily = new HouseholdPage(kader.page);
  await kaderFamily.openFromRoster("Dominggus Bria");
  await kaderFamily.editHousehold({ alamat: "Jl. Kenanga 5" });
  await kader.expectSynced();

  // Pengaturan > Jejak perubahan: the roster's trail, newest first
  await lurah.openTab("Pengaturan");
  const settings = new SettingsPage(lurah.page);
  await settings.openAuditTrail("roster");
  const byKader = settings.auditEntries().filter({ hasText: "Ibu Bidan Ani" });
  await expect(byKader.filter({ hasText: "Keluarga Dominggus Bria: Alamat" })).toHaveCount(1);
  await expect(byKader.filter({ hasText: "Keluarga Dominggus Bria: data keluarga" })).toHaveCount(1);
  await expect(settings.auditEntries().first()).toContainText("Alamat");
  await settings.auditEntries().first().scrollIntoViewIfNeeded();
  await reviewScreenshot(lurah.page, "audit-trail-laptop");

  // the family's page: the same two changes, and nothing of another family
  await lurah.openTab("Keluarga");
  const family = new HouseholdPage(lurah.page);
  await family.openFromRoster("Dominggus Bria");
  const entries = await family.openRelayTrail();
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText("Ibu Bidan Ani");
  await expect(entries.nth(0)).toContainText("Alamat");
  await expect(entries.nth(1)).toContainText("data keluarga");
  await expect(entries.nth(0)).toHaveAttribute("data-role", "kader");
  await entries.nth(1).scrollIntoViewIfNeeded();
  await reviewScreenshot(lurah.page, "family-audit-laptop");

  // a kader has neither section
  await kader.openTab("Pengaturan");
  await expect(kader.page.getByTestId("audit-section")).toHaveCount(0);
  await kader.openTab("Keluarga");
  await kaderFamily.openFromRoster("Dominggus Bria");
  await expect(kader.page.getByTestId("family-audit-section")).toHaveCount(0);
  await lurahCtx.close();
  await kaderCtx.close();
});

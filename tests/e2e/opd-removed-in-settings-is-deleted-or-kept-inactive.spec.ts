import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { SettingsPage } from "./pages/SettingsPage.ts";

// Issue 14, item 8: an OPD could not be removed from Pengaturan. One nothing refers to is deleted; one
// with claims is kept inactive: its history still names it, and it is offered nowhere new.
test("an OPD removed in Pengaturan is deleted when unused, and kept inactive with its history when it has claims", async ({ page, relay, workspace }) => {
  const app = new AppPage(page, relay.url);
  const settings = new SettingsPage(page);
  await app.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));

  // a typo nobody used: asked, then deleted outright
  await app.openTab("Pengaturan");
  await settings.addAgency("DNKES", "Dinas Kesehatan (salah ketik)");
  await settings.removeAgency("DNKES");
  await expect(page.getByTestId("agency-remove-confirm")).toContainText("Belum ada klaim, kartu atau anggota yang memakainya");
  await page.getByTestId("agency-remove-confirm").getByRole("button", { name: "Ya, hapus" }).click();
  await expect(settings.agency("DNKES")).toHaveCount(0);
  await expect(page.getByTestId("agency-inactive")).toHaveCount(0);

  // DINSOS handles a family
  await app.openTab("Keluarga");
  await new RosterPage(page).addHousehold({ kepala: "Paulus Nenobais", rt: "5", rw: "2" });
  const family = new HouseholdPage(page);
  await family.openFromRoster("Paulus Nenobais");
  const claimForm = page.getByTestId("family-claim-form");
  await claimForm.locator('select[name="agency"]').selectOption("DINSOS");
  await claimForm.locator('select[name="domain"]').selectOption("pantas_sejahtera");
  await claimForm.getByRole("button", { name: "Catat penanganan langsung" }).click();
  await expect(page.getByTestId("family-handled-by")).toContainText("Sudah ditangani oleh DINSOS");
  const familyUrl = page.url();

  // removing DINSOS says it is in use, and keeps it apart as inactive
  await app.openTab("Pengaturan");
  await settings.removeAgency("DINSOS");
  await expect(page.getByTestId("agency-remove-confirm")).toContainText("DINSOS masih dipakai (1 klaim, 0 kartu, 0 anggota)");
  await page.getByTestId("agency-remove-confirm").getByRole("button", { name: "Ya, hapus" }).click();
  await expect(settings.agency("DINSOS")).toHaveCount(0);
  await expect(page.locator('[data-testid=agency-inactive][data-code="DINSOS"]')).toContainText("Dinas Sosial");

  // offered nowhere new; its claim still reads right
  await app.openTab("Undangan");
  const invite = page.getByTestId("invite-form");
  await invite.locator('select[name="role"]').selectOption("opd");
  await expect(invite.locator('select[name="opd"] option[value="DINSOS"]')).toHaveCount(0);
  await expect(invite.locator('select[name="opd"] option[value="DLHK"]')).toHaveCount(1);
  await page.goto(familyUrl);
  await expect(page.getByTestId("family-handled-by")).toContainText("Sudah ditangani oleh DINSOS");
  await expect(claimForm.locator('select[name="agency"] option[value="DINSOS"]')).toHaveCount(0);

  // and it can be brought back
  await app.openTab("Pengaturan");
  await page.locator('[data-testid=agency-inactive][data-code="DINSOS"]').getByRole("button", { name: "Aktifkan lagi" }).click();
  await expect(settings.agency("DINSOS")).toHaveCount(1);
  await expect(page.getByTestId("agency-inactive")).toHaveCount(0);
});

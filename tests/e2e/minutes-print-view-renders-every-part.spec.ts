import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { InvitesPage } from "./pages/InvitesPage.ts";
import { MinutesPage } from "./pages/MinutesPage.ts";

test("the print view is a complete Notulen Rapat: kop, attendance, agenda, notes, decisions, action items, signatures", async ({ page, relay, workspace }, testInfo) => {
  const app = new AppPage(page, relay.url);
  const minutes = new MinutesPage(page);
  await app.join(relay.token(workspace, "lurah", { name: "Pak Hasan" }));

  // the kop comes from the workspace profile
  await app.openTab("Pengaturan");
  const profile = page.getByTestId("profile-form");
  await profile.locator('input[name="name"]').fill("Kelurahan Loa Ipuh");
  await profile.locator('input[name="kodeWilayah"]').fill("64.02.11.1001");
  await profile.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByTestId("workspace-name")).toHaveText("Kelurahan Loa Ipuh");

  // an invite puts the person in the member directory, so a meeting can list them
  await app.openTab("Undangan");
  await new InvitesPage(page).createInvite("kader", "Bu Yuli");

  await app.openTab("Notulen");
  await minutes.addMeeting("Rembuk stunting November", "Balai kelurahan");
  await minutes.setDetails({ time: "09:00", chair: "Pak Hasan", noteTaker: "Bu Yuli" });
  await minutes.addMemberAttendee("Bu Yuli");
  await minutes.addGuest("dr. Sari", "Puskesmas Loa Ipuh");
  await minutes.addAgenda("Pembukaan");
  await minutes.addAgenda("Data keluarga risiko stunting");
  await minutes.typeAtEnd("# Pembahasan data\n- 12 keluarga KRS di RT 03\nAir bersih **mendesak**.");
  await minutes.addDecision("Kelas ibu hamil tiap bulan di posyandu");
  await minutes.addActionItem({ what: "Jamban sehat RT 03", who: "Bu Yuli", agency: "DINSOS" });
  await minutes.makeCard("Jamban sehat RT 03", "pantas_tempat_tinggal");

  await page.emulateMedia({ media: "print" });
  const sheet = minutes.printSheet();
  await expect(sheet).toBeVisible();
  await expect(sheet.getByTestId("print-kop")).toContainText("KELURAHAN LOA IPUH");
  await expect(sheet.getByTestId("print-kop")).toContainText("64.02.11.1001");
  await expect(sheet.getByTestId("print-title")).toContainText("NOTULEN RAPAT");
  await expect(sheet.getByTestId("print-title")).toContainText("Rembuk stunting November");
  await expect(sheet.getByTestId("print-when")).toContainText("09:00");
  await expect(sheet.getByTestId("print-when")).toContainText("Balai kelurahan");
  const attendees = sheet.getByTestId("print-attendee");
  await expect(attendees).toHaveCount(2);
  await expect(attendees.nth(0)).toContainText("Bu Yuli");
  await expect(attendees.nth(1)).toContainText("dr. Sari");
  await expect(attendees.nth(1)).toContainText("Puskesmas Loa Ipuh");
  await expect(sheet.getByTestId("print-attendance")).toContainText("Tanda tangan");
  await expect(sheet.getByTestId("print-agenda").locator("li")).toHaveText(["Pembukaan", "Data keluarga risiko stunting"]);
  await expect(sheet.getByTestId("print-notes").locator("h3")).toHaveText("Pembahasan data");
  await expect(sheet.getByTestId("print-notes").locator("li")).toHaveText("12 keluarga KRS di RT 03");
  await expect(sheet.getByTestId("print-notes").locator("strong")).toHaveText("mendesak");
  await expect(sheet.getByTestId("print-decisions")).toContainText("Kelas ibu hamil tiap bulan di posyandu");
  const action = sheet.getByTestId("print-action");
  await expect(action).toContainText("Jamban sehat RT 03");
  await expect(action).toContainText("DINSOS");
  await expect(action).toContainText("Terbuka");
  await expect(sheet.getByTestId("print-signature-chair")).toContainText("Ketua rapat");
  await expect(sheet.getByTestId("print-signature-chair")).toContainText("Pak Hasan");
  await expect(sheet.getByTestId("print-signature-notetaker")).toContainText("Notulis");
  await expect(sheet.getByTestId("print-signature-notetaker")).toContainText("Bu Yuli");

  // nothing of the app prints: no header, tabs, list or editor
  await expect(page.getByTestId("workspace-name")).toBeHidden();
  await expect(page.getByRole("navigation")).toBeHidden();
  await expect(page.getByTestId("sync-status")).toBeHidden();
  await expect(page.getByTestId("meeting-link").first()).toBeHidden();
  await expect(minutes.notes()).toBeHidden();

  const shot = testInfo.outputPath("notulen-print.png");
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach("notulen-print", { path: shot, contentType: "image/png" });
  await page.emulateMedia({ media: "screen" });
  await expect(minutes.notes()).toBeVisible();
  await expect(sheet).toBeHidden();
});

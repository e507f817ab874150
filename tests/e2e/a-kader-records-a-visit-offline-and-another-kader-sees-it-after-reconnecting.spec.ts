import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { FamilyVisits } from "./pages/VisitsPage.ts";
import { relayWithFamilies } from "./support/relayWithFamilies.ts";
import { appDay, shortDate } from "./support/appDays.ts";
import { reviewScreenshot } from "./support/reviewScreenshot.ts";

const PHONE = { width: 412, height: 915 };

test("a kader records a visit with no signal: it shows on the family's page at once, and on another kader's phone after reconnecting", async ({ browser, workspace }) => {
  const relay = await relayWithFamilies(workspace, [{ id: "fammaria0001", kepala: "Maria Bria", rt: 3, rw: 1, krs: true }], [
    { name: "Bidan Sari", role: "kader" },
    { name: "Kader Yuli", role: "kader" },
  ]);
  const contextA = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const contextB = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  try {
    const a = new AppPage(await contextA.newPage(), relay.url);
    const b = new AppPage(await contextB.newPage(), relay.url);
    await a.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
    await b.join(relay.token(workspace, "kader", { name: "Kader Yuli" }));
    // the app and the village's documents are on the phone before the signal goes, as in the field
    await expect(a.offlineReadyNotice()).toBeVisible();
    await new HouseholdPage(a.page).openFromRoster("Maria Bria");
    await new HouseholdPage(b.page).openFromRoster("Maria Bria");
    const visitsA = new FamilyVisits(a.page);
    const visitsB = new FamilyVisits(b.page);
    await expect(visitsB.section()).toContainText("Belum ada kunjungan TPK");

    await contextA.setOffline(true);
    await visitsA.start();
    // the phone's own name is already chosen, and today
    await expect(visitsA.form().getByTestId("visit-visitors").getByRole("button", { name: "Bidan Sari" })).toHaveAttribute("aria-pressed", "true");
    await expect(visitsA.form().locator('input[name="date"]')).toHaveValue(appDay());
    await visitsA.fill({ with: ["Kader Yuli"], activities: ["Konseling gizi / pola asuh", "Rujuk ke posyandu"], notes: "Ibu hamil 7 bulan, belum ke posyandu", nextInDays: 14 });
    await visitsA.form().scrollIntoViewIfNeeded();
    await reviewScreenshot(a.page, "visit-form-phone");
    await visitsA.save();
    const expectVisit = async (visits: FamilyVisits) => {
      await expect(visits.rows()).toHaveCount(1);
      const row = visits.rows().first();
      await expect(row.getByTestId("visit-date")).toHaveText(shortDate(appDay()));
      await expect(row.getByTestId("visit-visitor")).toHaveText("Bidan Sari, Kader Yuli");
      await expect(row.getByTestId("visit-activities")).toHaveText(["Konseling gizi / pola asuh", "Rujuk ke posyandu"].join(""));
      await expect(row).toContainText("Ibu hamil 7 bulan, belum ke posyandu");
      await expect(visits.next()).toHaveText(`Kunjungan berikutnya: ${shortDate(appDay(14))}`);
    };
    await expectVisit(visitsA);
    await a.expectOfflineWithPending();
    await visitsA.section().scrollIntoViewIfNeeded();
    await reviewScreenshot(a.page, "family-visits-phone");
    // the other phone is online, but the visit has not left the first one
    await expect(visitsB.rows()).toHaveCount(0);

    await contextA.setOffline(false);
    await a.expectSynced();
    await expectVisit(visitsB);
  } finally {
    await contextA.close();
    await contextB.close();
    await relay.dispose();
  }
});

import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { FamilyVisits, MyVisitsPage } from "./pages/VisitsPage.ts";
import { relayWithFamilies } from "./support/relayWithFamilies.ts";
import { appDay, shortDate } from "./support/appDays.ts";
import { reviewScreenshot } from "./support/reviewScreenshot.ts";

test.use({ viewport: { width: 412, height: 915 }, hasTouch: true, isMobile: true });

test("on a phone 'Kunjungan saya' lists a family whose next visit is due and KRS families never visited, with RT/RW and what is due, and a tap opens the family", async ({ page, workspace }) => {
  const relay = await relayWithFamilies(
    workspace,
    [
      { id: "fammaria0001", kepala: "Maria Bria", rt: 3, rw: 1, krs: false },
      { id: "famyohan0001", kepala: "Yohanes Bria", rt: 5, rw: 2, krs: true },
      { id: "famagus00001", kepala: "Agus Salim", rt: 3, rw: 1, krs: false },
    ],
    [{ name: "Bidan Sari", role: "kader" }],
  );
  try {
    const app = new AppPage(page, relay.url);
    const household = new HouseholdPage(page);
    const visits = new FamilyVisits(page);
    const mine = new MyVisitsPage(page);
    await app.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
    // Maria Bria was visited ten days ago and was to be visited again three days ago
    await household.openFromRoster("Maria Bria");
    await visits.record({ date: appDay(-10), activities: ["Pengukuran anak"], next: appDay(-3) });
    await expect(visits.next()).toHaveText(`Kunjungan berikutnya ${shortDate(appDay(-3))}: terlambat 3 hari`);
    await page.getByTestId("back-to-roster").click();
    // Agus Salim was visited today, next in a month: nothing due
    await household.openFromRoster("Agus Salim");
    await visits.record({ activities: ["Bantuan diserahkan"], nextInDays: 30 });
    await page.getByTestId("back-to-roster").click();

    await mine.openFromRoster();
    await expect(mine.names()).toHaveText(["Maria Bria", "Yohanes Bria"]);
    const maria = mine.group("terlambat").getByTestId("due-family");
    await expect(maria).toContainText("Maria Bria");
    await expect(maria).toContainText("RT 3 / RW 1");
    await expect(maria.getByTestId("due-what")).toHaveText(`Jadwal ${shortDate(appDay(-3))}, terlambat 3 hari`);
    await expect(mine.group("belumPernah").getByTestId("due-family")).toContainText(["Yohanes BriaRT 5 / RW 2KRS, belum pernah dikunjungi"]);
    await expect(mine.family("Agus Salim")).toHaveCount(0);
    await reviewScreenshot(page, "my-visits-phone");

    await mine.open("Maria Bria");
    // also one tap away in the tab bar's "Lainnya"
    await app.openTab("Kunjungan");
    await expect(mine.names()).toHaveText(["Maria Bria", "Yohanes Bria"]);
  } finally {
    await relay.dispose();
  }
});

import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";

function monthsAgo(months: number): string {
  const d = new Date();
  d.setMonth(d.getMonth() - months, d.getDate() - 3);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

test("a conflict made on two offline phones is shown and resolved", async ({ browser, relay, workspace }) => {
  const contextA = await browser.newContext();
  const contextB = await browser.newContext();
  const a = new AppPage(await contextA.newPage(), relay.url);
  const b = new AppPage(await contextB.newPage(), relay.url);
  const householdA = new HouseholdPage(a.page);
  const householdB = new HouseholdPage(b.page);

  await a.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  await b.join(relay.token(workspace, "kader", { name: "Kader Yuli" }));
  await new RosterPage(a.page).addHousehold({ kepala: "Siti Aminah", rt: "2", rw: "1" });
  await householdA.openFromRoster("Siti Aminah");
  await householdA.addMember({ nama: "Dewi", relation: "anak", sex: "F", birthDate: monthsAgo(12) });
  const form = await householdA.addMeasurement("Dewi", { lengthCm: "70", weightKg: "8" });
  await form.getByRole("button", { name: "Simpan" }).click();
  await new RosterPage(b.page).expectNames(["Siti Aminah"]);
  await householdB.openFromRoster("Siti Aminah");
  await expect(householdB.child("Dewi").getByTestId("measurement-length")).toHaveText("PB 70 cm");
  await a.expectSynced();
  await b.expectSynced();

  await contextA.setOffline(true);
  await contextB.setOffline(true);
  await householdA.editHousehold({ jamban: "tidak_ada" });
  await householdA.editMeasurement("Dewi", { lengthCm: "71" });
  await householdB.editHousehold({ jamban: "jamban_septik" });
  await householdB.editMeasurement("Dewi", { lengthCm: "72,5" });
  await a.expectOfflineWithPending();
  await b.expectOfflineWithPending();
  await expect(householdA.fact("jamban")).toHaveText("Tidak ada jamban");
  await expect(householdB.fact("jamban")).toHaveText("Jamban dengan tangki septik");

  await contextA.setOffline(false);
  await contextB.setOffline(false);
  for (const household of [householdA, householdB]) {
    const panel = household.conflicts();
    await expect(panel).toContainText("Nilai berbeda dari dua perangkat");
    await expect(panel.getByTestId("conflict").getByRole("heading")).toHaveText(["Jamban", /^Panjang\/tinggi badan \(cm\): Dewi, /]);
    const values = panel.getByTestId("conflict-value");
    await expect(values).toHaveCount(4);
    await expect(values.filter({ hasText: "Tidak ada jamban" })).toContainText("Bidan Sari");
    await expect(values.filter({ hasText: "Jamban dengan tangki septik" })).toContainText("Kader Yuli");
    await expect(values.filter({ hasText: "71 cm" })).toContainText("Bidan Sari");
    await expect(values.filter({ hasText: "72,5 cm" })).toContainText("Kader Yuli");
    // while an answer is in dispute the page does not pretend to know it
    await expect(household.fact("jamban")).toHaveText("—");
  }

  await householdB.chooseConflictValue("Tidak ada jamban");
  await householdA.chooseConflictValue("72,5 cm");
  for (const household of [householdA, householdB]) {
    await expect(household.conflicts()).toHaveCount(0);
    await expect(household.fact("jamban")).toHaveText("Tidak ada jamban");
    await expect(household.child("Dewi").getByTestId("measurement-length")).toHaveText("PB 72,5 cm");
  }
  await a.expectSynced();
  await b.expectSynced();

  await contextA.close();
  await contextB.close();
});

import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { FamilyVisits } from "./pages/VisitsPage.ts";
import { relayWithFamilies } from "./support/relayWithFamilies.ts";
import { dayLastMonth } from "./support/appDays.ts";

// a phone: the filters start folded behind their summary
test.use({ viewport: { width: 412, height: 915 } });

/** "KRS yang memperoleh pendampingan" is counted per month: the roster shows the KRS families still waiting this month. */
test("on a phone the roster's 'KRS belum didampingi bulan ini' lists the KRS families not visited this month and drops one once a kader visits it", async ({ page, workspace }) => {
  const lastMonth = { date: dayLastMonth(), visitor: "Bidan Sari", activities: ["konseling" as const], notes: "", nextVisit: "" };
  const relay = await relayWithFamilies(
    workspace,
    [
      { id: "fammaria0001", kepala: "Maria Bria", rt: 3, rw: 1, krs: true },
      { id: "famyuli00001", kepala: "Yuliana Seran", rt: 4, rw: 1, krs: true },
      { id: "famrahel0001", kepala: "Rahel Ndun", rt: 4, rw: 1, krs: true, visits: [lastMonth] },
      { id: "famagus00001", kepala: "Agus Salim", rt: 3, rw: 1, krs: false },
    ],
    [{ name: "Bidan Sari", role: "kader" }],
  );
  try {
    const roster = new RosterPage(page);
    await new AppPage(page, relay.url).join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
    await roster.expectNames(["Agus Salim", "Maria Bria", "Rahel Ndun", "Yuliana Seran"]);

    await roster.openFilters();
    await page.getByTestId("filter-unvisited").check();
    // a visit last month does not count for this one; a family not KRS is not a target
    await roster.expectNames(["Maria Bria", "Rahel Ndun", "Yuliana Seran"]);
    await expect(roster.count()).toHaveText("3 dari 4 keluarga");

    await new HouseholdPage(page).openFromRoster("Maria Bria");
    await new FamilyVisits(page).record({ activities: ["Konseling KB"] });
    await page.getByTestId("back-to-roster").click();
    // the filter is still on, and Maria Bria has had her visit this month
    await expect(page.getByTestId("filter-unvisited")).toBeChecked();
    await roster.expectNames(["Rahel Ndun", "Yuliana Seran"]);
    await expect(roster.count()).toHaveText("2 dari 4 keluarga");

    // with a search typed the index still decides by this month's visits
    await roster.search().pressSequentially("bria");
    await expect(roster.count()).toHaveText("0 dari 4 keluarga");
    await page.getByTestId("filter-unvisited").uncheck();
    await roster.expectNames(["Maria Bria"]);
  } finally {
    await relay.dispose();
  }
});

import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { iso } from "./support/dates.ts";

// a phone: the filters start folded behind their summary
test.use({ viewport: { width: 412, height: 915 } });

/** The KRS filters read the screening through the roster index (web/src/state/rosterIndex.ts). */
test("on a phone the roster filters by KRS factor and KRS only, with a search, and clearing a filter keeps the filters open", async ({ page, relay, workspace }) => {
  const app = new AppPage(page, relay.url);
  const roster = new RosterPage(page);
  const household = new HouseholdPage(page);
  await app.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  const baby = new Date();
  baby.setMonth(baby.getMonth() - 10);
  // each family has a baby (a sasaran family); two have a risk at home
  for (const [kepala, rt, patch] of [["Siti Aminah", "3", { jamban: "tidak_ada" }], ["Siti Rahayu", "4", {}], ["Yohanes Bria", "3", { sumberAir: "sungai" }]] as const) {
    await roster.addHousehold({ kepala, rt, rw: "1" });
    await household.openFromRoster(kepala);
    await household.addMember({ nama: `Bayi ${kepala.split(" ")[1]}`, relation: "anak", sex: "F", birthDate: iso(baby) });
    if (Object.keys(patch).length > 0) await household.editHousehold(patch);
    await page.getByTestId("back-to-roster").click();
  }
  await roster.expectNames(["Siti Aminah", "Siti Rahayu", "Yohanes Bria"]);

  await roster.openFilters();
  const factor = page.getByTestId("filter-factor");
  await factor.selectOption("jamban_tidak_layak");
  await roster.expectNames(["Siti Aminah"]);
  await factor.selectOption("air_tidak_layak");
  await roster.expectNames(["Yohanes Bria"]);
  await factor.selectOption("");
  await roster.expectNames(["Siti Aminah", "Siti Rahayu", "Yohanes Bria"]);
  // the last filter cleared: the box stays open under the person's finger
  await expect(page.getByTestId("filter-krs")).toBeVisible();
  await page.getByTestId("filter-krs").check();
  await roster.expectNames(["Siti Aminah", "Yohanes Bria"]);
  await page.getByTestId("roster-search").pressSequentially("siti");
  await roster.expectNames(["Siti Aminah"]);
  await expect(page.getByTestId("roster-count")).toHaveText("1 dari 3 keluarga");
  await page.getByRole("button", { name: "Hapus filter" }).click();
  await roster.expectNames(["Siti Aminah", "Siti Rahayu", "Yohanes Bria"]);
  await expect(page.getByTestId("roster-search")).toHaveValue("");
});

import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";

test.use({ viewport: { width: 412, height: 915 } });

// Issue 14, item 12: after "Tambah keluarga" the kader landed on the full list with no feedback.
test("a family added on a phone opens its own page saying it was saved, ready for its members", async ({ page, relay, workspace }) => {
  const app = new AppPage(page, relay.url);
  const roster = new RosterPage(page);
  const household = new HouseholdPage(page);
  await app.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));
  await roster.submitNewHousehold({ kepala: "Maria Bano", rt: "4", rw: "2" });

  await expect(page).toHaveURL(/#\/w\/[^/]+\/keluarga\/[0-9a-z]+$/);
  await expect(household.root()).toBeVisible();
  await expect(page.getByTestId("household-kepala")).toHaveText("Maria Bano");
  await expect(page.getByTestId("household-saved")).toHaveText(/^Tersimpan\./);
  await expect(page.getByTestId("household-saved")).toBeInViewport();
  await household.addMember({ nama: "Yosefina Bano", relation: "anak", sex: "F", birthDate: "2025-06-01" });
  await expect(household.member("Yosefina Bano")).toBeVisible();

  // the list has the family once, and coming back to its page does not say "Tersimpan" again
  await page.getByTestId("back-to-roster").click();
  await roster.expectNames(["Maria Bano"]);
  await household.openFromRoster("Maria Bano");
  await expect(page.getByTestId("household-saved")).toHaveCount(0);
});

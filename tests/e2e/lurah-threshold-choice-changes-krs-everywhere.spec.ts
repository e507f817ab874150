import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { SettingsPage } from "./pages/SettingsPage.ts";
import { iso } from "./support/dates.ts";


test("the lurah's choice of the 'terlalu tua' reading changes a family's KRS reason on a kader's phone", async ({ browser, relay, workspace }) => {
  const lurahContext = await browser.newContext();
  const kaderContext = await browser.newContext();
  const lurah = new AppPage(await lurahContext.newPage(), relay.url);
  const kader = new AppPage(await kaderContext.newPage(), relay.url);
  await lurah.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));
  await kader.join(relay.token(workspace, "kader", { name: "Bidan Sari" }));

  // a family whose wife is 35 and a half: not "terlalu tua" under the default (> 35)
  const roster = new RosterPage(kader.page);
  const household = new HouseholdPage(kader.page);
  await roster.addHousehold({ kepala: "Lukas Manu", rt: "2", rw: "1" });
  await household.openFromRoster("Lukas Manu");
  await household.editHousehold({ jamban: "jamban_septik", sumberAir: "ledeng" });
  const born = new Date();
  born.setFullYear(born.getFullYear() - 35, born.getMonth() - 6);
  await household.addMember({ nama: "Yuliana Manu", relation: "istri", sex: "F", birthDate: iso(born) });
  await expect(household.krsReason()).toContainText("Tidak berisiko");

  await lurah.openTab("Pengaturan");
  await new SettingsPage(lurah.page).chooseTerlaluTua("35to40");

  await expect(household.krsReason()).toContainText("PUS terlalu tua");

  // a kader sees the rules but cannot change them (and the relay would drop the change anyway)
  await kader.openTab("Pengaturan");
  await expect(kader.page.getByTestId("screening-form").locator('select[name="tua"]')).toBeDisabled();
  await expect(kader.page.getByTestId("screening-form").locator('select[name="tua"]')).toHaveValue("35to40");
  await lurahContext.close();
  await kaderContext.close();
});

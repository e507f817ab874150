import { test, expect } from "./support/fixtures.ts";
import { AppPage } from "./pages/AppPage.ts";
import { RosterPage } from "./pages/RosterPage.ts";
import { HouseholdPage } from "./pages/HouseholdPage.ts";
import { BoardPage } from "./pages/BoardPage.ts";
import { SettingsPage } from "./pages/SettingsPage.ts";
import { iso } from "./support/dates.ts";

const NEED = "Kel. Y. L., RT 04/RW 02: jamban tidak layak";

test("a family the lurah records as adopted by a BAAS donor shows as handled on an agency's board: no second helper", async ({ browser, relay, workspace }) => {
  const lurahCtx = await browser.newContext();
  const dlhkCtx = await browser.newContext();
  const lurah = new AppPage(await lurahCtx.newPage(), relay.url);
  await lurah.join(relay.token(workspace, "lurah", { name: "Pak Lurah" }));

  // the donor is a partner on the workspace's list (the district's OPD stay on it)
  await lurah.openTab("Pengaturan");
  await new SettingsPage(lurah.page).addAgency("BAAS", "Bapak Asuh Anak Stunting");
  await expect(lurah.page.getByTestId("agency-list")).toContainText("DLHK");

  await lurah.openTab("Keluarga");
  await new RosterPage(lurah.page).addHousehold({ kepala: "Yakobus Lay", rt: "4", rw: "2" });
  const household = new HouseholdPage(lurah.page);
  await household.openFromRoster("Yakobus Lay");
  await household.editHousehold({ jamban: "tidak_ada" });
  const wifeBorn = new Date();
  wifeBorn.setFullYear(wifeBorn.getFullYear() - 28);
  await household.addMember({ nama: "Ana Lay", relation: "istri", sex: "F", birthDate: iso(wifeBorn) });
  const board = new BoardPage(lurah.page);
  await board.publishFromHousehold("jamban tidak layak");

  // direct handling: BAAS takes on the family's housing/sanitation domain
  const form = lurah.page.getByTestId("family-claim-form");
  await form.locator('select[name="agency"]').selectOption("BAAS");
  await form.locator('select[name="domain"]').selectOption("pantas_tempat_tinggal");
  await form.locator('input[name="note"]').fill("orang tua asuh, 6 bulan");
  await form.getByRole("button", { name: "Catat penanganan langsung" }).click();
  const handling = lurah.page.getByTestId("family-handling").filter({ hasText: "Pantas tempat tinggal" });
  await expect(handling.getByTestId("family-handled-by")).toContainText("Sudah ditangani oleh BAAS");
  await lurah.expectSynced();

  // an agency liaison sees the need already handled and is offered no claim
  const dlhk = new AppPage(await dlhkCtx.newPage(), relay.url);
  await dlhk.join(relay.token(workspace, "opd", { opd: "DLHK", name: "Pak Dedi" }));
  const dlhkBoard = new BoardPage(dlhk.page);
  await dlhkBoard.open();
  await dlhkBoard.tab("Kebutuhan belum tertangani");
  await expect(dlhkBoard.need(NEED).getByTestId("need-handled")).toContainText("Sudah ditangani oleh BAAS");
  await expect(dlhkBoard.need(NEED).getByTestId("claim-need")).toHaveCount(0);
  await lurahCtx.close();
  await dlhkCtx.close();
});
